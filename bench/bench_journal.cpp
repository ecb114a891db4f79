// Times the journal of unsaved changes on a large corpus: what one change
// costs the analyst (the undo command plus the journal record: finding what
// changed, serialising it, write and fdatasync), by kind of change, and what
// recovering the journal costs at the next open. Works on a copy of the corpus.
//
//   bench/gencorpus.py /tmp/bench-corpus --documents 1000 --annotations 100000
//   build-release/bench/bench_journal /tmp/bench-corpus [changes]

#include "annotation/journal.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace Marginalia;

namespace {
struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return {};
    return { v.at(v.size() / 2), v.at(std::min(v.size() - 1, v.size() * 95 / 100)), v.last() };
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_journal CORPUS_DIR [changes]\n";
        return 2;
    }
    const QString dir = args.at(1);
    const int changes = args.value(2, QStringLiteral("200")).toInt();
    QTemporaryDir tmp(QDir(dir).absoluteFilePath(QStringLiteral("../bench-journal-XXXXXX")));
    const QString copy = tmp.filePath(QStringLiteral("corpus"));
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString from = it.next();
        const QString to = copy + QLatin1Char('/') + QDir(dir).relativeFilePath(from);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(from, to);
    }

    // The same changes twice: without the journal (what the change itself
    // costs) and with it; the difference is the journal's.
    struct Kind
    {
        const char *name;
        QVector<double> without;
        QVector<double> with;
    };
    QVector<Kind> kinds = { { "edit a note", {}, {} }, { "add a highlight", {}, {} }, { "undo", {}, {} },
        { "rename a tag", {}, {} } };
    double openMs = 0;
    int annotations = 0;
    int tagCount = 0;
    int documentCount = 0;
    for (const bool journaled : { false, true }) {
        Corpus corpus;
        corpus.setUseJournal(journaled);
        QElapsedTimer t;
        t.start();
        corpus.open(copy);
        openMs = t.nsecsElapsed() / 1e6;
        annotations = corpus.annotationCount();
        tagCount = corpus.codebook()->tagCount();
        CorpusModel *docs = corpus.documents();
        documentCount = docs->documentCount();
        const QString tag = corpus.codebook()->tags().first().id;
        QRandomGenerator rng(42);
        auto randomSpan = [&](QString *path) {
            for (;;) {
                const int row = rng.bounded(docs->documentCount());
                if (!docs->spans(row).isEmpty()) {
                    *path = docs->document(row).path;
                    return docs->spans(row).at(rng.bounded(int(docs->spans(row).size()))).id;
                }
            }
        };
        const std::function<void(int)> change[] = {
            [&](int i) {
                QString path;
                const QString id = randomSpan(&path);
                corpus.setSpanNote(path, id, QStringLiteral("note %1").arg(i));
            },
            [&](int) {
                const int row = rng.bounded(docs->documentCount());
                const int len = int(docs->document(row).textLength());
                const int start = rng.bounded(std::max(1, len - 20));
                corpus.addSpan(docs->document(row).path, start, start + 10, tag);
            },
            [&](int) { corpus.undoStack()->undo(); },
            [&](int i) {
                const Tag t0 = corpus.codebook()->tag(tag);
                corpus.editTag(tag, QStringLiteral("Tag %1").arg(i), t0.color, t0.description);
            },
        };
        for (int i = 0; i < changes; ++i) {
            const int k = i % int(kinds.size());
            t.restart();
            change[k](i);
            (journaled ? kinds[k].with : kinds[k].without).append(t.nsecsElapsed() / 1e6);
        }
    } // the journaled corpus goes without saving, as in a crash

    const QString journal = Journal::pathFor(copy);
    const qint64 journalBytes = QFileInfo(journal).size();
    const int records = int(Journal::read(journal).changes.size());

    // The next open after a crash: read, replay and rebuild, as one undo step.
    QVector<double> recoverMs;
    double reopenMs = 0;
    {
        Corpus next;
        next.setUseJournal(true);
        QElapsedTimer t;
        t.start();
        next.open(copy);
        reopenMs = t.nsecsElapsed() / 1e6;
        t.restart();
        QString error;
        if (!next.recoverJournal(&error)) {
            out << error << "\n";
            return 1;
        }
        recoverMs.append(t.nsecsElapsed() / 1e6);
    }

    out << "corpus: " << dir << " (" << documentCount << " documents, " << annotations << " annotations, "
        << tagCount << " tags); open " << openMs << " ms\n";
    out << changes << " changes; ms per change without the journal, and with it (the record's write + fdatasync):\n";
    for (const Kind &k : std::as_const(kinds)) {
        const Stats a = stats(k.without);
        const Stats b = stats(k.with);
        out << "  " << QString::fromLatin1(k.name).leftJustified(16) << " without: median " << a.median << " p95 "
            << a.p95 << "   with: median " << b.median << " p95 " << b.p95 << " max " << b.max << "\n";
    }
    out << "journal: " << records << " records, " << journalBytes / 1024 << " KiB\n";
    out << "next open (reads the journal too) " << reopenMs << " ms; recover " << records << " records "
        << recoverMs.value(0) << " ms\n";
    return 0;
}
