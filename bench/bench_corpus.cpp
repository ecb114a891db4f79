// Times opening a corpus (scan + import + sidecar load + attach, which
// re-anchors the spans of changed articles) and saving its sidecar, the two
// things an analyst waits for most. Median of N runs. "Corpus::save" is the
// window's save: fingerprint check of the file on disk, backup copy, write.
//
//   bench/gencorpus.py /tmp/bench-corpus --documents 1000 --annotations 100000
//   build-release/bench/bench_corpus /tmp/bench-corpus [runs]

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Marginalia;

namespace {
double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_corpus CORPUS_DIR [runs]\n";
        return 2;
    }
    const QString dir = args.at(1);
    const int runs = args.value(2, QStringLiteral("5")).toInt();

    QFile f(dir + QStringLiteral("/marginalia.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        out << "no sidecar in " << dir << "\n";
        return 2;
    }
    const QByteArray bytes = f.readAll();

    QVector<double> openMs, parseMs, serializeMs, saveMs, corpusSaveMs;
    int docs = 0, spans = 0;
    QTemporaryDir tmp;
    // A copy of the corpus for Corpus::save, so the benchmark never rewrites its input.
    const QString copy = tmp.filePath(QStringLiteral("corpus"));
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString from = it.next();
        const QString to = copy + QLatin1Char('/') + QDir(dir).relativeFilePath(from);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(from, to);
    }
    Corpus saving;
    saving.open(copy);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto parsed = SidecarCodec::parse(bytes);
        parseMs.append(t.nsecsElapsed() / 1e6);
        if (!parsed.ok) {
            out << "parse failed: " << parsed.error << "\n";
            return 1;
        }

        Corpus corpus;
        t.restart();
        corpus.open(dir);
        openMs.append(t.nsecsElapsed() / 1e6);
        t.restart();
        const SidecarData data = corpus.toSidecarData();
        const QByteArray serialized = SidecarCodec::serialize(data);
        serializeMs.append(t.nsecsElapsed() / 1e6);
        spans = data.annotationCount();
        docs = int(data.documents.size());

        // Save to a scratch copy so the benchmark never rewrites its input.
        const SidecarStore store(tmp.filePath(QStringLiteral("marginalia.json")));
        t.restart();
        QString error;
        if (!store.save(data, &error)) {
            out << error << "\n";
            return 1;
        }
        saveMs.append(t.nsecsElapsed() / 1e6);
        Q_UNUSED(serialized)

        t.restart();
        if (!saving.save(&error)) {
            out << error << "\n";
            return 1;
        }
        corpusSaveMs.append(t.nsecsElapsed() / 1e6);
    }
    out << "corpus: " << dir << " (" << docs << " documents with spans, " << spans << " annotations, sidecar "
        << bytes.size() / 1024 << " KiB)\n";
    out << "median of " << runs << " runs, ms:\n";
    out << "  sidecar parse              " << median(parseMs) << "\n";
    out << "  open (scan+import+attach) " << median(openMs) << "\n";
    out << "  to data + serialize        " << median(serializeMs) << "\n";
    out << "  save (validate+fsync)      " << median(saveMs) << "\n";
    out << "  Corpus::save (+fingerprint, backup) " << median(corpusSaveMs) << "\n";
    return 0;
}
