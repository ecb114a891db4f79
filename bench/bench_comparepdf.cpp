// Times the comparison PDF (ComparisonPdfExporter) of two generated articles:
// the comparison once, then the PDF N times (layout of both columns, the
// summary, painting, the highlight annotations), median and minimum, with the
// page count. One span on every fifth sentence of each side, so the
// highlighting and the PDF annotations are part of what is measured.
//
//   bench/gencomparepair.py /tmp/pair5k --words 5000
//   QT_QPA_PLATFORM=offscreen build-release/bench/bench_comparepdf /tmp/pair5k/a.txt /tmp/pair5k/b.txt [runs]

#include "compare/comparator.h"
#include "export/comparisonpdfexporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace Marginalia;

namespace {
double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_comparepdf A.txt B.txt [runs]\n";
        return 2;
    }
    const QString texts[2] = { readText(args.at(1)), readText(args.at(2)) };
    if (texts[0].isEmpty() || texts[1].isEmpty()) {
        QTextStream(stderr) << "cannot read the articles\n";
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 5;
    const ComparisonResult result = Comparator::compare({ texts[0] }, { texts[1] });

    ExportSnapshot snapshot;
    snapshot.corpusName = QStringLiteral("bench");
    Tag tag;
    tag.id = QStringLiteral("t1");
    tag.name = QStringLiteral("Framing");
    tag.color = QColor(0xff, 0xd5, 0x4f);
    snapshot.addTag(tag);
    int spans = 0;
    for (int side = 0; side < 2; ++side) {
        ExportSnapshot::Entry e;
        e.document.path = side == 0 ? QStringLiteral("a.txt") : QStringLiteral("b.txt");
        e.document.meta.title = side == 0 ? QStringLiteral("Article A") : QStringLiteral("Article B");
        e.document.setText(texts[side]);
        const QVector<TextRange> &sentences = side == 0 ? result.sentencesA : result.sentencesB;
        for (int i = 0; i < sentences.size(); i += 5) {
            Span s;
            s.id = QStringLiteral("s%1-%2").arg(side).arg(i);
            s.tagId = tag.id;
            s.start = sentences.at(i).start;
            s.end = sentences.at(i).end;
            e.spans.append(s);
        }
        spans += int(e.spans.size());
        snapshot.entries.append(e);
    }

    QVector<double> times;
    int pages = 0;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        ComparisonPdfExporter pdf(snapshot, QStringLiteral("a.txt"), QStringLiteral("b.txt"), result, {});
        QElapsedTimer t;
        t.start();
        QString error;
        const QByteArray made = pdf.run(&error);
        times.append(double(t.nsecsElapsed()) / 1e6);
        if (made.isEmpty()) {
            QTextStream(stderr) << "export failed: " << error << "\n";
            return 1;
        }
        pages = pdf.pageCount();
        bytes = made.size();
    }
    out << "sentences A " << result.sentencesA.size() << ", B " << result.sentencesB.size() << "; pairs "
        << result.pairs.size() << "; spans " << spans << "; " << pages << " pages, " << bytes / 1024 << " KiB\n";
    out << "comparison PDF: median " << QString::number(median(times), 'f', 0) << " ms, min "
        << QString::number(*std::min_element(times.cbegin(), times.cend()), 'f', 0) << " ms over " << runs << " runs\n";
    return 0;
}
