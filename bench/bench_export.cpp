// Times the annotated PDF export (layout, painting, real PDF highlight
// annotations, in memory) of a corpus, median of N runs, and writes the
// equivalent highlighted HTML for the LibreOffice comparison.
//
//   bench/gencorpus.py /tmp/bench-export --documents 1 --annotations 1000 --words 36000
//   QT_QPA_PLATFORM=offscreen build-release/bench/bench_export /tmp/bench-export [runs] [HTML_OUT]
// bench/run-export-bench.sh does all of it, with LibreOffice.

#include "corpus/corpus.h"
#include "export/exportjob.h"
#include "export/exportsnapshot.h"
#include "export/exportwriter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Marginalia;

namespace {
double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_export CORPUS_DIR [runs] [HTML_OUT]\n";
        return 2;
    }
    const int runs = args.value(2, QStringLiteral("5")).toInt();
    Corpus corpus;
    if (corpus.open(args.at(1)) != Corpus::OpenStatus::Ok) {
        out << "cannot open " << args.at(1) << "\n";
        return 2;
    }
    ExportSnapshot snapshot;
    QString error;
    if (!ExportSnapshot::fromCorpus(corpus, {}, &snapshot, &error)) {
        out << error << "\n";
        return 2;
    }

    for (bool annotations : { true, false }) {
        QVector<double> wall, cpu;
        int pages = 0;
        qsizetype bytes = 0;
        for (int i = 0; i < runs; ++i) {
            PdfOptions options;
            options.annotations = annotations;
            ExportJob job(snapshot, ExportJob::Format::Pdf, options);
            QElapsedTimer t;
            const double c0 = cpuSeconds();
            t.start();
            const QByteArray pdf = job.render(&error);
            wall.append(t.nsecsElapsed() / 1e9);
            cpu.append(cpuSeconds() - c0);
            if (pdf.isEmpty()) {
                out << "export failed: " << error << "\n";
                return 1;
            }
            pages = job.pageCount();
            bytes = pdf.size();
        }
        out << QStringLiteral("pdf export %1: %2 pages, %3 spans, %4 KiB: median %5 s wall, %6 s CPU (%7 runs)\n")
                   .arg(annotations ? QStringLiteral("with annotations") : QStringLiteral("without annotations"))
                   .arg(pages)
                   .arg(snapshot.spanCount())
                   .arg(bytes / 1024)
                   .arg(median(wall), 0, 'f', 3)
                   .arg(median(cpu), 0, 'f', 3)
                   .arg(runs);
    }
    if (args.size() > 3) {
        ExportJob html(snapshot, ExportJob::Format::Html);
        if (!html.run(args.at(3), &error)) {
            out << error << "\n";
            return 1;
        }
        out << "wrote " << args.at(3) << "\n";
    }
    return 0;
}
