// Times Comparator::compare on two articles (segmentation, similarity,
// alignment, word diffs, shared passages, numbers, quotes, lexicon): the
// median of N runs, plus the alignment size, so runs can be checked.
//
//   bench/gencomparepair.py /tmp/pair5k --words 5000
//   taskset -c 0 build-release/bench/bench_compare /tmp/pair5k/a.txt /tmp/pair5k/b.txt [runs]

#include "compare/comparator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Marginalia;

namespace {
// CPU time of this thread: on a shared machine wall time also counts the
// time other processes had the core, CPU time does not.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

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
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_compare A.txt B.txt [runs]\n";
        return 2;
    }
    const QString a = readText(args.at(1));
    const QString b = readText(args.at(2));
    if (a.isEmpty() || b.isEmpty()) {
        QTextStream(stderr) << "cannot read the articles\n";
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 21;
    const Comparator::Options options; // default lexicon loaded once, as the app does
    QVector<double> times, cpu;
    ComparisonResult r;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        r = Comparator::compare({ a }, { b }, options);
        times.append(double(t.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - c0);
    }
    auto words = [](const QString &s) { return s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size(); };
    out << "words A " << words(a) << ", B " << words(b) << "; sentences A " << r.sentencesA.size() << ", B "
        << r.sentencesB.size() << "; pairs " << r.pairs.size() << " (moved "
        << std::count_if(r.pairs.cbegin(), r.pairs.cend(), [](const AlignedPair &p) { return p.moved; }) << "), only A "
        << r.onlyA.size() << ", only B " << r.onlyB.size() << ", shared passages " << r.sharedPassages.size() << "\n";
    out << "compare: median " << QString::number(median(times), 'f', 1) << " ms, min "
        << QString::number(*std::min_element(times.cbegin(), times.cend()), 'f', 1) << " ms over " << runs
        << " runs; CPU time median " << QString::number(median(cpu), 'f', 1) << " ms, min "
        << QString::number(*std::min_element(cpu.cbegin(), cpu.cend()), 'f', 1) << " ms\n";
    return 0;
}
