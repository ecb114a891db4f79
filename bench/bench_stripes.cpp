// The coding stripes' cost in the real reading view: the ~1 MB article with
// 10,000 spans over 9 tags that bench_annotate generates (same seeds), opened
// in a ReadingView on the offscreen platform, with the stripes on and off:
// showing the article and painting the first screen, repainting the stripe
// margin alone, and one span added and removed through the undo stack with
// the repaint it causes (and, as an upper bound, with a forced repaint of the
// whole screen).
//
//   build-release/bench/bench_stripes [runs] [--span-only]
//
// --span-only skips the opening and paging measures (for profiling).

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "codingstripearea.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"
#include "readingview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPaintEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
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

// As bench_annotate.cpp generates it.
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
// Counts the rows of the viewport (and margin) that paint events covered.
class PaintRecorder : public QObject
{
public:
    int rows = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->objectName() != QLatin1String("codingStripes"))
            rows += static_cast<QPaintEvent *>(event)->rect().height();
        return false;
    }
};
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = app.arguments().value(1, QStringLiteral("7")).toInt();
    const bool spanOnly = app.arguments().contains(QStringLiteral("--span-only"));
    const bool windowOnly = app.arguments().contains(QStringLiteral("--window-only"));

    // The corpus on disk: the article and a sidecar with the codebook and the spans (ASCII: code points = UTF-16).
    QTemporaryDir dir;
    const QString text = article(1024 * 1024);
    QFile file(dir.filePath(QStringLiteral("bench.txt")));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        return 1;
    file.close();
    SidecarData data;
    for (int i = 0; i < 9; ++i) {
        Tag t;
        t.id = QStringLiteral("tag%1").arg(i);
        t.name = QStringLiteral("Tag %1").arg(i);
        t.color = QColor::fromHsv(i * 40, 90, 245);
        data.codebook.append(t);
    }
    QRandomGenerator rng(7);
    SidecarData::DocumentEntry entry;
    entry.path = QStringLiteral("bench.txt");
    for (int i = 0; i < 10000; ++i) {
        Span s;
        s.id = QStringLiteral("span%1").arg(i, 5, 10, QLatin1Char('0'));
        s.tagId = data.codebook.at(int(rng.bounded(9))).id;
        s.start = int(rng.bounded(int(text.size()) - 400));
        s.end = s.start + 5 + int(rng.bounded(i % 50 == 0 ? 390 : 80));
        s.quote = text.mid(s.start, s.end - s.start);
        entry.spans.append(s);
    }
    data.documents.append(entry);
    QString error;
    if (!SidecarStore(dir.filePath(SidecarStore::fileName())).save(data, &error)) {
        out << error << "\n";
        return 1;
    }
    Corpus corpus;
    if (corpus.open(dir.path()) != Corpus::OpenStatus::Ok)
        return 1;
    out << "article: " << text.size() << " UTF-16 units, " << corpus.documents()->spanCount() << " spans; sidecar "
        << QFileInfo(dir.filePath(SidecarStore::fileName())).size() << " bytes\n";

    // The view hands each replaced article's QTextDocument (and its highlighter,
    // which follows span changes) to deleteLater(). The app's event loop deletes
    // them at once; without one, processEvents() does not, so do it here, or
    // every article shown before keeps rehighlighting on each span change.
    auto settle = [] {
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };

    for (const bool stripes : { false, true }) {
        if (windowOnly)
            break;
        ReadingView view;
        view.setCorpus(&corpus);
        view.setStripesVisible(stripes);
        view.resize(1000, 1200);
        view.show();
        QApplication::processEvents();
        const QString label = stripes ? QStringLiteral("stripes on") : QStringLiteral("stripes off");

        QVector<double> showMs;
        for (int r = 0; r < (spanOnly ? 1 : runs); ++r) {
            view.showDocument({});
            settle();
            QElapsedTimer t;
            t.start();
            view.showDocument(entry.path);
            view.repaint(); // the first screen, highlighted and painted (stripes included)
            showMs.append(t.nsecsElapsed() / 1e6);
        }
        out << label << ": show the article + paint the first screen: median " << median(showMs) << " ms\n";

        if (!spanOnly) {
            // The other end of the article: Ctrl+End right after opening. The
            // view lays out only the blocks it shows, so this must not cost a
            // layout of everything before them.
            QVector<double> endMs, allMs;
            for (int r = 0; r < runs; ++r) {
                view.showDocument({});
                settle();
                view.showDocument(entry.path);
                view.repaint();
                QElapsedTimer t;
                t.start();
                view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
                view.repaint();
                endMs.append(t.nsecsElapsed() / 1e6);
                // Every block laid out and painted once: page through the whole article.
                view.verticalScrollBar()->setValue(0);
                view.repaint();
                t.restart();
                while (view.verticalScrollBar()->value() < view.verticalScrollBar()->maximum()) {
                    view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
                    view.repaint();
                }
                allMs.append(t.nsecsElapsed() / 1e6);
            }
            out << label << ": jump to the end + paint the last screen: median " << median(endMs) << " ms\n";
            out << label << ": page through the whole article, painting every screen (every block laid out): median "
                << median(allMs) << " ms\n";
        }

        if (stripes) {
            QVector<double> paintMs;
            for (int r = 0; r < 50; ++r) {
                QElapsedTimer t;
                t.start();
                view.stripeArea()->repaint();
                paintMs.append(t.nsecsElapsed() / 1e6);
            }
            out << label << ": repaint the stripe margin (" << view.stripeTags().size()
                << " lanes, one screen): median " << median(paintMs) << " ms\n";
        }

        {
            // What every span change costs before any repaint: the highlighter's index and (when on) the lanes.
            QVector<double> changeMs;
            for (int r = 0; r < 50; ++r) {
                QElapsedTimer t;
                t.start();
                Q_EMIT corpus.documents()->spanRangeChanged(entry.path, 0, 0);
                changeMs.append(t.nsecsElapsed() / 1e6);
            }
            out << label << ": a span change without repaint (index and lanes): median " << median(changeMs) << " ms\n";
        }
        // The screen the analyst looks at: the top of the article, and spans
        // added where they are seen (within the first screen's text).
        view.verticalScrollBar()->setValue(0);
        QApplication::processEvents();
        const QRect shown = view.viewport()->rect();
        const int shownEnd = view.cursorForPosition(shown.bottomRight()).position();
        QRandomGenerator pick(11);
        auto pickStart = [&] { return int(pick.bounded(shownEnd - 30)); };
        {
            // What the analyst waits for: the span added through the undo stack
            // (Corpus::addSpan pushes the AddSpanCommand, as Tag Selection and the
            // digit shortcuts do), then the events that causes processed until
            // the queue is empty: the repaint of what the app marked dirty, no
            // more. Removal is the undo of it (Ctrl+Z), measured the same way.
            PaintRecorder painted;
            view.viewport()->installEventFilter(&painted);
            view.stripeArea()->installEventFilter(&painted);
            QVector<double> addMs, addSignalMs, removeMs, paintedRows;
            for (int i = 0; i < 200; ++i) {
                const int start = pickStart();
                painted.rows = 0;
                QElapsedTimer t;
                t.start();
                corpus.addSpan(entry.path, start, start + 30, data.codebook.at(i % 9).id);
                addSignalMs.append(t.nsecsElapsed() / 1e6);
                QApplication::processEvents();
                addMs.append(t.nsecsElapsed() / 1e6);
                paintedRows.append(painted.rows);
                t.restart();
                corpus.undoStack()->undo();
                QApplication::processEvents();
                removeMs.append(t.nsecsElapsed() / 1e6);
            }
            view.viewport()->removeEventFilter(&painted);
            view.stripeArea()->removeEventFilter(&painted);
            out << label
                << ": add one span through the undo stack + process the events it causes (its repaint): median "
                << median(addMs) << " ms, 95th percentile " << percentile(addMs, 0.95)
                << " ms, of which the change before painting: median " << median(addSignalMs)
                << " ms; remove (undo) + its events: median " << median(removeMs) << " ms, 95th percentile "
                << percentile(removeMs, 0.95) << " ms (200 each; painted per add: median " << median(paintedRows)
                << " of the viewport's " << shown.height() << " rows)\n";
        }
        {
            // An upper bound: the whole viewport and margin repainted after each
            // change, which the app does not ask for (see ReadingLayout).
            QVector<double> addMs, removeMs;
            for (int i = 0; i < 200; ++i) {
                const int start = pickStart();
                QElapsedTimer t;
                t.start();
                corpus.addSpan(entry.path, start, start + 30, data.codebook.at(i % 9).id);
                view.viewport()->repaint();
                view.stripeArea()->repaint();
                addMs.append(t.nsecsElapsed() / 1e6);
                t.restart();
                corpus.undoStack()->undo();
                view.viewport()->repaint();
                view.stripeArea()->repaint();
                removeMs.append(t.nsecsElapsed() / 1e6);
            }
            out << label << ": add one span + force a repaint of the whole viewport and margin: median "
                << median(addMs) << " ms, 95th percentile " << percentile(addMs, 0.95)
                << " ms; remove (undo) + the same: median " << median(removeMs) << " ms, 95th percentile "
                << percentile(removeMs, 0.95) << " ms (200 each)\n";
        }
    }

    {
        // The whole window (stripes on, span list, coded segments, codebook
        // counts...): every listener of the model does its share of a change.
        // Tag Selection's end (MainWindow::applyTag on the selection: the span
        // added, the status message, the span list's current row), then Undo.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaBench"));
        QCoreApplication::setApplicationName(QStringLiteral("bench_stripes"));
        QSettings().clear();
        MainWindow window;
        window.setAutosaveDelay(60 * 60 * 1000);
        window.resize(1600, 1200);
        window.show();
        if (!window.openCorpus(dir.path()))
            return 1;
        QElapsedTimer wait;
        wait.start();
        while (window.isLoading() && wait.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        window.showDocument(entry.path);
        settle();
        ReadingView *reader = window.readingView();
        reader->verticalScrollBar()->setValue(0);
        settle();
        const int windowShownEnd = reader->cursorForPosition(reader->viewport()->rect().bottomRight()).position();
        QRandomGenerator where(11);
        QVector<double> addMs, removeMs;
        for (int i = 0; i < 200; ++i) {
            const int start = int(where.bounded(windowShownEnd - 30));
            reader->selectRange(start, start + 30);
            settle();
            QElapsedTimer t;
            t.start();
            window.applyTag(data.codebook.at(i % 9).id);
            QApplication::processEvents();
            addMs.append(t.nsecsElapsed() / 1e6);
            t.restart();
            window.corpus()->undoStack()->undo();
            QApplication::processEvents();
            removeMs.append(t.nsecsElapsed() / 1e6);
        }
        out << "main window (" << window.width() << " x " << window.height()
            << "): tag the selection (applyTag) + process the events it causes: median " << median(addMs)
            << " ms, 95th percentile " << percentile(addMs, 0.95) << " ms; undo + its events: median "
            << median(removeMs) << " ms, 95th percentile " << percentile(removeMs, 0.95) << " ms (200 each)\n";
        QSettings().clear();
    }
    return 0;
}
