// The reading view's costs with a heavily annotated article: a ~1 MB article
// with 10,000 spans (overlapping, some across paragraphs) is opened the way
// ReadingView opens it and fully laid out, then one span is added and removed
// through the undo stack, which rehighlights only the blocks it touches.
// The article is generated here, deterministically (fictional word soup).
//
//   build-release/bench/bench_annotate [runs]
//
// Needs an application object for fonts; runs on the offscreen platform.

#include "annotation/annotationcommands.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "render/spanhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextDocumentLayout>
#include <QRandomGenerator>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>

using namespace Marginalia;

namespace {
double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double percentile(QVector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min(int(v.size()) - 1, int(v.size() * p)));
}

QString article(int bytes)
{
    static const char *const words[] = { "harbour", "council", "bridge", "storm", "commuters", "ferry", "repair",
        "fares", "budget", "crews", "residents", "inquiry" };
    QRandomGenerator rng(42);
    QString text;
    text.reserve(bytes + 200);
    int sentence = 0;
    while (text.size() < bytes) {
        text += QLatin1String(words[rng.bounded(12)]);
        if (++sentence > 12 && rng.bounded(6) == 0) {
            text += QLatin1String(".");
            sentence = 0;
            text += rng.bounded(4) == 0 ? QLatin1String("\n") : QLatin1String(" ");
        } else {
            text += QLatin1Char(' ');
        }
    }
    return text;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = app.arguments().value(1, QStringLiteral("7")).toInt();

    const QString text = article(1024 * 1024);
    QVector<Tag> tags;
    for (int i = 0; i < 9; ++i) {
        Tag t;
        t.id = QStringLiteral("tag%1").arg(i);
        t.name = QStringLiteral("Tag %1").arg(i);
        t.color = QColor::fromHsv(i * 40, 90, 245);
        tags.append(t);
    }
    QRandomGenerator rng(7);
    QVector<Span> spans;
    for (int i = 0; i < 10000; ++i) {
        Span s;
        s.id = QStringLiteral("span%1").arg(i, 5, 10, QLatin1Char('0'));
        s.tagId = tags.at(int(rng.bounded(9))).id;
        s.start = int(rng.bounded(int(text.size()) - 400));
        s.end = s.start + 5 + int(rng.bounded(i % 50 == 0 ? 390 : 80)); // a few run across paragraphs
        s.quote = text.mid(s.start, s.end - s.start);
        spans.append(s);
    }
    std::sort(spans.begin(), spans.end(), Span::lessThan);

    CodebookModel codebook;
    codebook.setTags(tags);
    CorpusModel corpus;
    corpus.setCodebook(&codebook);
    Document doc;
    doc.path = QStringLiteral("bench.txt");
    doc.setText(text);
    corpus.setDocuments({ doc }, { { doc.path, spans } });

    out << "article: " << text.size() << " UTF-16 units, " << text.count(QLatin1Char('\n')) + 1 << " paragraphs, "
        << corpus.spanCount() << " spans\n";

    QVector<double> openMs, highlightOnlyMs;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        // What ReadingView::showDocument does, then force highlighting and layout of every block.
        QTextDocument document;
        document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
        QTextOption option = document.defaultTextOption();
        option.setTextDirection(Qt::LayoutDirectionAuto);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(option);
        document.setPlainText(text);
        document.setTextWidth(900);
        QElapsedTimer h;
        h.start();
        SpanHighlighter highlighter(&document, &corpus, &codebook, doc.path);
        highlighter.rehighlight();
        highlightOnlyMs.append(h.nsecsElapsed() / 1e6);
        double height = 0;
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
            height += document.documentLayout()->blockBoundingRect(b).height();
        openMs.append(t.nsecsElapsed() / 1e6);
        if (height <= 0)
            out << "layout produced nothing\n";
    }
    out << "open + highlight + full layout: median " << median(openMs) << " ms (of which highlighting "
        << median(highlightOnlyMs) << " ms), " << runs << " runs\n";

    // The same layout without any span: what the text alone costs.
    {
        QVector<double> plainMs;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            QTextDocument document;
            document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
            document.setPlainText(text);
            document.setTextWidth(900);
            for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
                document.documentLayout()->blockBoundingRect(b);
            plainMs.append(t.nsecsElapsed() / 1e6);
        }
        out << "reference, no spans: open + full layout: median " << median(plainMs) << " ms\n";
    }
    // What the reading view waits for before it paints: the text, every block
    // highlighted (QSyntaxHighlighter does all on attach), the first screen laid out.
    {
        QVector<double> viewMs;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            QTextDocument document;
            document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
            document.setPlainText(text);
            document.setTextWidth(900);
            SpanHighlighter highlighter(&document, &corpus, &codebook, doc.path);
            highlighter.rehighlight();
            double height = 0;
            for (QTextBlock b = document.begin(); b.isValid() && height < 1200; b = b.next())
                height += document.documentLayout()->blockBoundingRect(b).height();
            viewMs.append(t.nsecsElapsed() / 1e6);
        }
        out << "open + highlight + first screen (1200 px) laid out: median " << median(viewMs) << " ms\n";
    }

    // One span added and removed through the undo stack, as the window does.
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    document.setPlainText(text);
    document.setTextWidth(900);
    SpanHighlighter highlighter(&document, &corpus, &codebook, doc.path);
    highlighter.rehighlight();
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        document.documentLayout()->blockBoundingRect(b);
    QUndoStack stack;
    QVector<double> addMs, removeMs, indexMs, signalMs;
    {
        // A full rebuild of the highlighter's index: what an edit in place of a
        // span (dataChanged on its row) costs. Spans added and removed update
        // the index in place instead (rows inserted / about to be removed).
        const QModelIndex firstSpan = corpus.index(0, 0, corpus.index(0, 0));
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            Q_EMIT corpus.dataChanged(firstSpan, firstSpan);
            Q_EMIT corpus.spanRangeChanged(doc.path, 0, 0);
            indexMs.append(t.nsecsElapsed() / 1e6);
            t.restart();
            Q_EMIT corpus.spanRangeChanged(doc.path, 0, 0);
            signalMs.append(t.nsecsElapsed() / 1e6);
        }
        out << "index rebuild on a change (no block to redraw): median " << median(indexMs)
            << " ms; the change signal without a rebuild: median " << median(signalMs) << " ms\n";
    }
    for (int i = 0; i < 200; ++i) {
        Span s;
        s.id = QStringLiteral("new%1").arg(i);
        s.tagId = tags.at(i % 9).id;
        s.start = int(rng.bounded(int(text.size()) - 100));
        s.end = s.start + 30;
        s.quote = text.mid(s.start, 30);
        QElapsedTimer t;
        t.start();
        stack.push(new AddSpanCommand(&corpus, doc.path, s));
        addMs.append(t.nsecsElapsed() / 1e6);
        t.restart();
        stack.undo();
        removeMs.append(t.nsecsElapsed() / 1e6);
    }
    out << "add one span: median " << median(addMs) << " ms, 95th percentile " << percentile(addMs, 0.95)
        << " ms; remove (undo): median " << median(removeMs) << " ms, 95th percentile " << percentile(removeMs, 0.95)
        << " ms (200 each)\n";
    return 0;
}
