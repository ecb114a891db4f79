// Corpus-wide search over every canonical text in memory (what the search
// dock, "Tag All Results" and `marginalia autocode` run), median of N runs per
// query. The corpus is opened first (not timed). bench/run_search_bench.sh
// times the same queries with ripgrep (`rg -c`) on the same files.
//
//   bench/gencorpus.py /tmp/search-corpus --documents 10000 --annotations 0 --words 770
//   build-release/bench/bench_search /tmp/search-corpus [runs] [threads]
//
// BENCH_TEXTS_IN_MEMORY=1 keeps the texts in memory instead of the corpus's
// TextStore (the default), to compare the two. The document list's filter
// box (DocumentFilterProxy, title, outlet, path and text, on the window's
// thread) is timed too.

#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/documentfilterproxy.h"
#include "search/corpussearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringMatcher>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

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
        out << "usage: bench_search CORPUS_DIR [runs]\n";
        return 2;
    }
    const int runs = args.value(2, QStringLiteral("7")).toInt();
    // Optional third argument: threads for the search (default: all cores).
    if (args.size() > 3)
        QThreadPool::globalInstance()->setMaxThreadCount(args.at(3).toInt());
    Corpus corpus;
    const bool inMemory = qEnvironmentVariableIntValue("BENCH_TEXTS_IN_MEMORY") == 1;
    corpus.setTextsOnDisk(!inMemory);
    if (corpus.open(args.at(1)) == Corpus::OpenStatus::Failed) {
        out << "cannot open " << args.at(1) << "\n";
        return 2;
    }
    qint64 units = 0;
    for (int row = 0; row < corpus.documents()->documentCount(); ++row)
        units += corpus.documents()->document(row).textLength();
    out << corpus.documents()->documentCount() << " documents, " << units << " UTF-16 units, "
        << QThreadPool::globalInstance()->maxThreadCount() << " threads, texts "
        << (inMemory ? "in memory" : "in the corpus's TextStore") << "\n";

    // The filter box: each keystroke filters every row.
    {
        DocumentFilterProxy proxy;
        proxy.setCorpus(corpus.documents(), corpus.codebook());
        for (const QString &word : { QStringLiteral("inquiry"), QStringLiteral("zzzz-no-such-word") }) {
            QVector<double> ms;
            int rows = 0;
            for (int r = 0; r < runs; ++r) {
                proxy.setText(QString());
                QElapsedTimer t;
                t.start();
                proxy.setText(word);
                rows = proxy.rowCount();
                ms.append(t.nsecsElapsed() / 1e6);
            }
            out << "filter box \"" << word << "\": " << rows << " rows, median " << median(ms) << " ms\n";
        }
    }

    struct Case
    {
        const char *name;
        CorpusSearch::Query query;
    };
    const QVector<Case> cases = {
        { "plain, case-sensitive \"inquiry\"", { QStringLiteral("inquiry"), false, true, false } },
        { "plain, ignoring case \"inquiry\"", { QStringLiteral("inquiry"), false, false, false } },
        { "plain, whole word, case-sensitive \"fare\"", { QStringLiteral("fare"), false, true, true } },
        { "rare phrase \"minister inquiry funding\"",
            { QStringLiteral("minister inquiry funding"), false, true, false } },
        { "regex \"fare|budget\"", { QStringLiteral("fare|budget"), true, true, false } },
        { "regex, ignoring case, whole word \"harbou?r\"", { QStringLiteral("harbou?r"), true, false, true } },
    };
    for (const Case &c : cases) {
        const CorpusSearch search(c.query);
        QVector<double> ms;
        qsizetype hits = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            hits = search.search(corpus.documents()).size();
            ms.append(t.nsecsElapsed() / 1e6);
        }
        out << c.name << ": " << hits << " hits, median " << median(ms) << " ms\n";
        if (c.query.regex || c.query.wholeWord)
            continue;
        // The same plain search with QStringMatcher (what CorpusSearch used
        // before SubstringSearcher), same documents on the same pool: counts
        // only, so it does less than the line above.
        const QStringMatcher matcher(c.query.pattern, c.query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
        QVector<int> rows(corpus.documents()->documentCount());
        std::iota(rows.begin(), rows.end(), 0);
        QVector<double> refMs;
        qsizetype refHits = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const QVector<qsizetype> counts = QtConcurrent::blockingMapped<QVector<qsizetype>>(rows, [&](int row) {
                const QString &text = corpus.documents()->document(row).text();
                qsizetype n = 0;
                for (qsizetype at = matcher.indexIn(text, 0); at >= 0;
                     at = matcher.indexIn(text, at + c.query.pattern.size()))
                    ++n;
                return n;
            });
            refHits = std::accumulate(counts.begin(), counts.end(), qsizetype(0));
            refMs.append(t.nsecsElapsed() / 1e6);
        }
        out << "  the same with QStringMatcher (before), counting only: " << refHits << " hits, median " << median(refMs)
            << " ms\n";
    }
    return 0;
}
