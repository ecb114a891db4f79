// Times loading and saving a corpus's sidecar (the durability issue's target:
// 100,000 annotations over 1,000 documents in at most 300 ms each way), and
// opening the whole corpus (scan + import + sidecar load + attach, which
// re-anchors the spans of changed articles). Median of N runs, wall time and
// the CPU time of the whole process (all threads) during the step.
//
//   bench/gencorpus.py /tmp/bench-corpus --documents 1000 --annotations 100000
//   build-release/bench/bench_corpus /tmp/bench-corpus [runs] [--baseline] [--sidecar-only] [--settle MS]
//
// BENCH_TEXTS_IN_MEMORY=1 keeps the article texts of Corpus::open in memory
// instead of the corpus's TextStore (the window's default).
// --baseline also times the QJsonDocument reader and writer the codec had
// before (tests/sidecarreference.h) on the same bytes; --sidecar-only skips
// opening and saving the whole corpus. The input is never
// written: saves go to a copy in a temporary folder (on the same file system
// as TMPDIR).

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "sidecarreference.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <map>
#include <sys/resource.h>
#include <unistd.h>

using namespace Marginalia;

namespace {

double cpuMs()
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(v.size() / 2);
}

// Wall and CPU times of named steps over the runs.
struct Samples
{
    std::vector<QString> order;
    std::map<QString, std::vector<double>> wall, cpu;

    void add(const QString &name, double wallMs, double cpuMs = -1)
    {
        if (!wall.count(name))
            order.push_back(name);
        wall[name].push_back(wallMs);
        if (cpuMs >= 0)
            cpu[name].push_back(cpuMs);
    }
    void print(QTextStream &out) const
    {
        out << QStringLiteral("  %1 %2 %3\n")
                   .arg(QStringLiteral("step"), -58)
                   .arg(QStringLiteral("wall"), 9)
                   .arg(QStringLiteral("CPU"), 9);
        for (const QString &name : order) {
            const QString c = cpu.count(name) ? QString::number(median(cpu.at(name)), 'f', 1) : QStringLiteral("");
            out << QStringLiteral("  %1 %2 %3\n").arg(name, -58).arg(median(wall.at(name)), 9, 'f', 1).arg(c, 9);
        }
    }
};

// Times f (wall and process CPU) and records it.
template<typename F>
auto timed(Samples &samples, const QString &name, F f)
{
    QElapsedTimer t;
    const double c = cpuMs();
    t.start();
    auto result = f();
    samples.add(name, t.nsecsElapsed() / 1e6, cpuMs() - c);
    return result;
}

double ms(qint64 ns)
{
    return ns / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments();
    const bool baseline = args.removeAll(QStringLiteral("--baseline")) > 0;
    const bool sidecarOnly = args.removeAll(QStringLiteral("--sidecar-only")) > 0;
    // --settle MS: wait that long (untimed) before each load and each save, so
    // that each starts as an autosave does, seconds after the last one, when
    // the kernel has written back and freed what the one before left
    // (default 0: back to back).
    int settleMs = 0;
    if (const qsizetype at = args.indexOf(QStringLiteral("--settle")); at > 0 && at + 1 < args.size()) {
        settleMs = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    const auto settle = [settleMs]() {
        if (settleMs > 0)
            QThread::msleep(ulong(settleMs));
    };
    if (args.size() < 2) {
        out << "usage: bench_corpus CORPUS_DIR [runs] [--baseline]\n";
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

    QTemporaryDir tmp;
    // A copy of the corpus for the saves, so the benchmark never rewrites its input.
    const QString copy = tmp.filePath(QStringLiteral("corpus"));
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString from = it.next();
        const QString to = copy + QLatin1Char('/') + QDir(dir).relativeFilePath(from);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(from, to);
    }
    const QString copySidecar = copy + QStringLiteral("/marginalia.json");

    Samples load, save, corpus, codec;
    int streamed = 0; // saves whose bytes were validated while being written
    int docs = 0, spans = 0;
    SidecarStore::Fingerprint fingerprint = SidecarStore::fingerprintOf(copySidecar);
    for (int i = 0; i < runs; ++i) {
        // The codec alone, on bytes in memory.
        const auto parsed
            = timed(codec, QStringLiteral("SidecarCodec::parse"), [&] { return SidecarCodec::parse(bytes); });
        if (!parsed.ok) {
            out << "parse failed: " << parsed.error << "\n";
            return 1;
        }
        const QByteArray written = timed(
            codec, QStringLiteral("SidecarCodec::serialize"), [&] { return SidecarCodec::serialize(parsed.data); });
        timed(codec, QStringLiteral("SidecarCodec::check (validating parse)"),
            [&] { return SidecarCodec::check(written).ok; });
        if (baseline) {
            const auto old = timed(
                codec, QStringLiteral("before: QJsonDocument parse + checks"), [&] { return Reference::parse(bytes); });
            timed(codec, QStringLiteral("before: QJsonDocument serialize"),
                [&] { return Reference::serialize(old.data); });
        }

        // SidecarStore::load: read, parse (and hash alongside), build SidecarData.
        settle();
        SidecarStore store(copySidecar);
        SidecarStore::Timings t;
        store.setTimings(&t);
        const auto loaded = timed(load, QStringLiteral("SidecarStore::load (total)"), [&] { return store.load(); });
        if (loaded.status != SidecarStore::Status::Ok) {
            out << loaded.error << "\n";
            return 1;
        }
        load.add(QStringLiteral("  read the file"), ms(t.read));
        load.add(QStringLiteral("  parse + build SidecarData"), ms(t.parse));
        load.add(QStringLiteral("  SHA-256 (other thread, alongside parse)"), ms(t.hash));
        spans = loaded.data.annotationCount();
        docs = int(loaded.data.documents.size());

        // SidecarStore::save as the window saves: with the fingerprint check.
        settle();
        QString error;
        const auto status = timed(save, QStringLiteral("SidecarStore::save (total, with fsync)"),
            [&] { return store.save(loaded.data, &error, fingerprint, &fingerprint); });
        if (status != SidecarStore::SaveStatus::Saved) {
            out << error << "\n";
            return 1;
        }
        streamed += t.validatedWhileWritten ? 1 : 0;
        save.add(QStringLiteral("  serialize (thread 1)"), ms(t.serialize));
        save.add(QStringLiteral("  | validate while serialised (thread 2; check())"), ms(t.validate));
        save.add(QStringLiteral("  | write + hash while serialised (thread 3)"), ms(t.write));
        save.add(QStringLiteral("  | fsync it (thread 3)"), ms(t.fsync));
        save.add(QStringLiteral("  | fingerprint of the file on disk (thread 4)"), ms(t.checkOnDisk));
        save.add(QStringLiteral("  | backup copy (thread 4)"), ms(t.backup));
        save.add(QStringLiteral("  rename backup and file, fsync the folder"), ms(t.commit));

        if (sidecarOnly)
            continue;
        // The whole corpus, as the window opens and saves it.
        Corpus c;
        // BENCH_TEXTS_IN_MEMORY=1: without the TextStore, to compare.
        c.setTextsOnDisk(qEnvironmentVariableIntValue("BENCH_TEXTS_IN_MEMORY") != 1);
        timed(corpus, QStringLiteral("Corpus::open (scan + import + load + attach)"), [&] { return c.open(copy); });
        timed(corpus, QStringLiteral("Corpus::toSidecarData"), [&] { return c.toSidecarData(); });
        const bool ok = timed(corpus, QStringLiteral("Corpus::save (toSidecarData + SidecarStore::save)"),
            [&] { return c.save(&error); });
        if (!ok) {
            out << error << "\n";
            return 1;
        }
        fingerprint = SidecarStore::fingerprintOf(copySidecar);
    }

    // The disk alone: the same bytes written and fsynced, no Marginalia code.
    Samples disk;
    for (int i = 0; i < runs; ++i) {
        QFile plain(tmp.filePath(QStringLiteral("plain-%1.json").arg(i)));
        plain.open(QIODevice::WriteOnly);
        timed(disk, QStringLiteral("write() of the same bytes"),
            [&] { return plain.write(bytes) == bytes.size() && plain.flush(); });
        timed(disk, QStringLiteral("fsync() of them"), [&] { return ::fsync(plain.handle()) == 0; });
    }

    double load1, load5, load15;
    FILE *la = std::fopen("/proc/loadavg", "r");
    const bool haveLoad = la && std::fscanf(la, "%lf %lf %lf", &load1, &load5, &load15) == 3;
    if (la)
        std::fclose(la);
    out << "corpus: " << dir << " (" << docs << " documents, " << spans << " annotations, sidecar "
        << bytes.size() / 1024 << " KiB)\n";
    out << "median of " << runs << " runs, ms; CPU = user + system time of all threads";
    if (settleMs > 0)
        out << "; " << settleMs << " ms untimed pause before each load and save";
    if (haveLoad)
        out << "; load average " << load1 << " " << load5 << " " << load15;
    out << "\n\nsidecar codec (bytes in memory):\n";
    codec.print(out);
    out << "\nload:\n";
    load.print(out);
    out << "\nsave (bytes validated while written in " << streamed << " of " << runs << " runs):\n";
    save.print(out);
    if (!sidecarOnly) {
        out << "\ncorpus:\n";
        corpus.print(out);
    }
    out << "\ndisk alone:\n";
    disk.print(out);
    return 0;
}
