// Changes of the corpus folder while it is open (Corpus::refreshArticles and
// the watch): added articles join, removed ones leave with their highlights
// kept aside (never dropped, written back on save), edited ones are imported
// again with their highlights re-anchored by the Reanchorer and their states
// in needsAttention(); removed and edited articles wait while there are
// unsaved changes, and the watch notices a file rewritten in place.

#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "corpus/corpusscanner.h"
#include "corpus/importpool.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;

namespace {
const QByteArray Keep = "Harbour works begin\n\nThe harbour authority began dredging the east basin on Monday.\n";
const QByteArray Gone = "Ferry fares rise\n\nThe ferry company raised fares by forty cents, citing fuel costs.\n";
const QByteArray Edit = "Bridge reopens\n\nThe Harrow Bridge reopened on Tuesday after three weeks of repairs.\n"
                        "Residents of the Quay district said they had not been consulted about the toll.\n";

struct Fixture
{
    QTemporaryDir dir;
    QString tag;
    Fixture()
    {
        TestUtil::writeFile(dir.filePath(QStringLiteral("keep.txt")), Keep);
        TestUtil::writeFile(dir.filePath(QStringLiteral("gone.txt")), Gone);
        TestUtil::writeFile(dir.filePath(QStringLiteral("edit.txt")), Edit);
        Corpus c;
        c.open(dir.path());
        tag = c.addTag(QStringLiteral("Cost"), QColor(Qt::yellow));
        span(c, QStringLiteral("gone.txt"), Gone, "forty cents");
        span(c, QStringLiteral("edit.txt"), Edit, "not been consulted");
        c.save();
    }
    QString span(Corpus &c, const QString &path, const QByteArray &text, const char *quote) const
    {
        const int at = int(QString::fromUtf8(text).indexOf(QLatin1String(quote)));
        return c.addSpan(path, at, at + int(qstrlen(quote)), tag, QString::fromLatin1(quote));
    }
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }
};

// The text each span of a document covers now.
QStringList covered(const Corpus &c, const QString &path)
{
    QStringList out;
    const int row = c.documents()->rowOfPath(path);
    if (row < 0)
        return out;
    for (const Span &s : c.documents()->spans(row))
        out.append(c.documents()->document(row).text().mid(s.start, s.end - s.start));
    return out;
}
} // namespace

class TestFolderChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testAddedRemovedEdited();
    void testRemovedFilesHighlightsKeptAndWrittenBack();
    void testFuzzyAfterEditNeedsAttention();
    void testWaitsForSaveWhenThereAreUnsavedChanges();
    void testNothingChangedNothingHappens();
    void testWatchNoticesFileRewrittenInPlace();
    void testOpenTakesTheFolderStamp_data();
    void testOpenTakesTheFolderStamp();
    void testLookAtTheFolderEndsWithTheCorpus();
};

void TestFolderChanges::testAddedRemovedEdited()
{
    Fixture f;
    Corpus c;
    QCOMPARE(c.open(f.dir.path()), Corpus::OpenStatus::Ok);
    QCOMPARE(c.annotationCount(), 2);
    QSignalSpy changed(&c, &Corpus::articlesChanged);
    QSignalSpy reloaded(&c, &Corpus::reloaded);
    QVERIFY(TestUtil::writeFile(f.path("new.txt"), "Market day\n\nStalls return to the square.\n"));
    QVERIFY(QFile::remove(f.path("gone.txt")));
    // A paragraph before the highlight: it moves, its text is the same.
    QVERIFY(TestUtil::writeFile(f.path("edit.txt"), "Bridge reopens\n\nUPDATE: the toll was waived.\n\n" + Edit.mid(16)));
    QVERIFY(c.refreshArticles());
    QVERIFY(changed.wait(30000));
    QCOMPARE(changed.first().at(0).toStringList(), QStringList { QStringLiteral("new.txt") });
    QCOMPARE(changed.first().at(1).toStringList(), QStringList { QStringLiteral("gone.txt") });
    QCOMPARE(changed.first().at(2).toStringList(), QStringList { QStringLiteral("edit.txt") });
    QCOMPARE(reloaded.size(), 1);
    QVERIFY(c.documents()->rowOfPath(QStringLiteral("new.txt")) >= 0);
    QCOMPARE(c.documents()->rowOfPath(QStringLiteral("gone.txt")), -1);
    QCOMPARE(covered(c, QStringLiteral("edit.txt")), QStringList { QStringLiteral("not been consulted") });
    const int row = c.documents()->rowOfPath(QStringLiteral("edit.txt"));
    QVERIFY(c.documents()->document(row).text().contains(QStringLiteral("UPDATE")));
    QVERIFY(!c.isModified()); // not an analyst's change: nothing to save for it
}

void TestFolderChanges::testRemovedFilesHighlightsKeptAndWrittenBack()
{
    Fixture f;
    Corpus c;
    c.open(f.dir.path());
    QSignalSpy changed(&c, &Corpus::articlesChanged);
    QVERIFY(QFile::remove(f.path("gone.txt")));
    QVERIFY(c.refreshArticles());
    QVERIFY(changed.wait(30000));
    bool listed = false;
    for (const Corpus::Attention &a : c.needsAttention())
        listed = listed || (a.path == QLatin1String("gone.txt") && a.kind == Corpus::Attention::Kind::MissingDocument);
    QVERIFY(listed);
    // Any later save writes the kept highlight back, unchanged.
    QVERIFY(!f.span(c, QStringLiteral("keep.txt"), Keep, "east basin").isEmpty());
    QVERIFY(c.save());
    const SidecarData saved = SidecarStore(c.sidecarPath()).load().data;
    QCOMPARE(saved.annotationCount(), 3);
    bool kept = false;
    for (const auto &e : saved.documents)
        kept = kept || (e.path == QLatin1String("gone.txt") && e.spans.size() == 1 && e.spans.first().quote == QLatin1String("forty cents"));
    QVERIFY(kept);
    // The file comes back: so does its highlight.
    QVERIFY(TestUtil::writeFile(f.path("gone.txt"), Gone));
    changed.clear();
    QVERIFY(c.refreshArticles());
    QVERIFY(changed.wait(30000));
    QCOMPARE(covered(c, QStringLiteral("gone.txt")), QStringList { QStringLiteral("forty cents") });
}

void TestFolderChanges::testFuzzyAfterEditNeedsAttention()
{
    Fixture f;
    Corpus c;
    c.open(f.dir.path());
    QVERIFY(c.needsAttention().isEmpty());
    QSignalSpy changed(&c, &Corpus::articlesChanged);
    QByteArray edited = Edit;
    edited.replace("had not been consulted", "had never been consulted");
    QVERIFY(TestUtil::writeFile(f.path("edit.txt"), edited));
    QVERIFY(c.refreshArticles());
    QVERIFY(changed.wait(30000));
    bool listed = false;
    for (const Corpus::Attention &a : c.needsAttention())
        listed = listed || a.path == QLatin1String("edit.txt");
    QVERIFY(listed);
    // Never dropped: placed approximately, or kept aside as an orphan.
    QCOMPARE(c.toSidecarData().annotationCount(), 2);
}

void TestFolderChanges::testWaitsForSaveWhenThereAreUnsavedChanges()
{
    Fixture f;
    Corpus c;
    c.open(f.dir.path());
    QVERIFY(!f.span(c, QStringLiteral("keep.txt"), Keep, "east basin").isEmpty());
    QVERIFY(c.isModified());
    QSignalSpy changed(&c, &Corpus::articlesChanged);
    QSignalSpy pending(&c, &Corpus::articleChangesPending);
    QVERIFY(TestUtil::writeFile(f.path("edit.txt"), "Bridge reopens\n\nUPDATE: the toll was waived.\n\n" + Edit.mid(16)));
    QVERIFY(TestUtil::writeFile(f.path("new.txt"), "Market day\n\nStalls return to the square.\n"));
    QVERIFY(c.refreshArticles());
    QVERIFY(pending.wait(30000));
    QCOMPARE(pending.first().at(0).toInt(), 1);
    QCOMPARE(c.pendingArticleChanges(), 1);
    // The new article joins at once; the edited one keeps its old text, and the undo history stays.
    QVERIFY(c.documents()->rowOfPath(QStringLiteral("new.txt")) >= 0);
    QVERIFY(!c.documents()->document(c.documents()->rowOfPath(QStringLiteral("edit.txt"))).text().contains(QStringLiteral("UPDATE")));
    QCOMPARE(c.undoStack()->count(), 1);
    // Saved: now it is taken in.
    changed.clear();
    QVERIFY(c.save());
    QVERIFY(changed.wait(30000));
    QCOMPARE(changed.last().at(2).toStringList(), QStringList { QStringLiteral("edit.txt") });
    QVERIFY(c.documents()->document(c.documents()->rowOfPath(QStringLiteral("edit.txt"))).text().contains(QStringLiteral("UPDATE")));
    QCOMPARE(covered(c, QStringLiteral("edit.txt")), QStringList { QStringLiteral("not been consulted") });
    QCOMPARE(c.pendingArticleChanges(), 0);
    QCOMPARE(c.annotationCount(), 3);
}

void TestFolderChanges::testNothingChangedNothingHappens()
{
    Fixture f;
    Corpus c;
    c.open(f.dir.path());
    const QString id = f.span(c, QStringLiteral("keep.txt"), Keep, "east basin");
    c.undoStack()->undo(); // back at the saved state, with a redo step
    QSignalSpy changed(&c, &Corpus::articlesChanged);
    QSignalSpy reloaded(&c, &Corpus::reloaded);
    for (int look = 0; look < 2; ++look) {
        QVERIFY(c.refreshArticles());
        // The scan runs on the import threads; its result is handed over by the event loop.
        importPool()->waitForDone();
        QTest::qWait(50);
    }
    QVERIFY(c.refreshArticles()); // no look under way: both were done
    importPool()->waitForDone();
    QTest::qWait(50);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reloaded.size(), 0);
    QCOMPARE(c.undoStack()->count(), 1); // the history is left alone
    QVERIFY(c.undoStack()->canRedo());
    Q_UNUSED(id);
}

void TestFolderChanges::testWatchNoticesFileRewrittenInPlace()
{
    Fixture f;
    Corpus c;
    c.setWatchSidecar(true);
    QCOMPARE(c.open(f.dir.path()), Corpus::OpenStatus::Ok);
    QSignalSpy changed(&c, &Corpus::articlesChanged);
    // Rewritten in place (same inode): no folder event, only its size and times change.
    QFile file(f.path("keep.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(Keep + "Work is to finish in May.\n");
    file.close();
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
    QCOMPARE(changed.last().at(2).toStringList(), QStringList { QStringLiteral("keep.txt") });
    QVERIFY(c.documents()->document(c.documents()->rowOfPath(QStringLiteral("keep.txt"))).text().contains(QStringLiteral("May")));
}

void TestFolderChanges::testOpenTakesTheFolderStamp_data()
{
    QTest::addColumn<bool>("background");
    QTest::newRow("open") << false;
    QTest::newRow("openInBackground") << true;
}

// The stamp of the folder as read is kept, so the watch's first look finds
// nothing changed (it used to rescan every article a few seconds after each
// open: the stamp it compared against was 0).
void TestFolderChanges::testOpenTakesTheFolderStamp()
{
    QFETCH(bool, background);
    Fixture f;
    const quint64 before = CorpusScanner::folderStamp(f.dir.path(), CorpusScanner::articleFiles(f.dir.path()));
    Corpus c;
    c.setWatchSidecar(true);
    QCOMPARE(background ? c.openInBackground(f.dir.path()) : c.open(f.dir.path()), Corpus::OpenStatus::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(!c.isLoading(), 30000);
    QCOMPARE(c.folderStamp(), before);
    // And it is the stamp of these files: a file edited gives another.
    TestUtil::writeFile(f.path("keep.txt"), Keep + "Work is to finish in May.\n");
    QVERIFY(CorpusScanner::folderStamp(f.dir.path(), CorpusScanner::articleFiles(f.dir.path())) != before);
}

// A look at the folder still running when the corpus goes is waited for: the
// process may be ending (its exit handlers crashed the scan once).
void TestFolderChanges::testLookAtTheFolderEndsWithTheCorpus()
{
    Fixture f;
    // Enough articles that the look takes far longer than the few
    // microseconds a pool thread takes to go idle after its task reported.
    for (int i = 0; i < 400; ++i)
        TestUtil::writeFile(f.dir.filePath(QStringLiteral("more-%1.txt").arg(i)), Edit + QByteArray::number(i) + '\n');
    {
        Corpus c;
        c.open(f.dir.path());
        importPool()->waitForDone();
        TestUtil::writeFile(f.path("keep.txt"), Keep + "Work is to finish in May.\n");
        QVERIFY(c.refreshArticles());
        QVERIFY(importPool()->activeThreadCount() > 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(importPool()->activeThreadCount(), 0, 5);
}

QTEST_GUILESS_MAIN(TestFolderChanges)

#include "tst_folderchanges.moc"
