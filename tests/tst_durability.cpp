// Corpus-level durability: re-anchoring when articles change, renamed files,
// the lock, a sidecar replaced while open, and `check` counts per anchor state.

#include "annotation/corpuslock.h"
#include "annotation/sidecarstore.h"
#include "corpus/autosaver.h"
#include "corpus/corpus.h"
#include "corpus/corpusreport.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;

namespace {
const QByteArray Article = "Harrow Bridge reopens\n"
                           "The Harrow Bridge reopened on Tuesday after three weeks of repairs.\n"
                           "Residents of the Quay district said they had not been consulted about the toll.\n"
                           "A spokesperson declined to comment on the cost overrun.\n";

struct Fixture
{
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
    QString sidecar() const { return dir.filePath(QStringLiteral("marginalia.json")); }
};

// Opens, adds a tag and one span per quote, saves.
QStringList annotate(const QString &root, const QString &path, const QStringList &quotes)
{
    Corpus c;
    c.open(root);
    const QString tag = c.addTag(QStringLiteral("Blame"), QColor(Qt::yellow));
    const int row = c.documents()->rowOfPath(path);
    const QString &text = c.documents()->document(row).text();
    QStringList ids;
    for (const QString &q : quotes) {
        const int at = int(text.indexOf(q));
        ids.append(c.addSpan(path, at, at + int(q.size()), tag, QStringLiteral("note on ") + q));
    }
    QString error;
    if (!c.save(&error))
        qWarning("%s", qPrintable(error));
    return ids;
}
} // namespace

class TestDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testEditedArticleReanchorsAndKeepsOrphans();
    void testCrlfRewriteKeepsSpansExact();
    void testRenamedFileKeepsSpans();
    void testSecondInstanceOpensReadOnlyNamingHolder();
    void testSidecarReplacedWhileOpenIsMerged();
    void testConflictingReplacementIsNeverOverwritten();
    void testAutosaveDelayFromSettings();
    void testWatchSeesEveryAtomicReplace();
    void testSidecarDeletedWhileOpenIsWrittenWhole();
    void testAutosaverOutlivesCorpus();
    void testTriageListsFuzzyOrphanAndMissing();
    void testTriageActionsAreUndoableAndStored();
};

void TestDurability::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Marginalia-test-durability"));
    QCoreApplication::setApplicationName(QStringLiteral("marginalia"));
    QSettings().clear();
}

void TestDurability::testEditedArticleReanchorsAndKeepsOrphans()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article));
    const QStringList ids = annotate(f.dir.path(), QStringLiteral("bridge.txt"),
        { QStringLiteral("three weeks of repairs"), QStringLiteral("they had not been consulted"),
            QStringLiteral("declined to comment on the cost overrun") });
    QCOMPARE(ids.size(), 3);
    // The outlet corrects the article: a paragraph inserted at the top, a typo
    // in the first span's sentence, the last sentence rewritten.
    QByteArray edited = Article;
    edited.replace("three weeks of repairs", "three weeks of repair");
    edited.replace("declined to comment on the cost overrun", "said the budget would be published in May");
    edited.insert(22, "Updated Wednesday with the council's reply.\n");
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), edited));
    const QByteArray sidecarBefore = TestUtil::readFile(f.sidecar());

    Corpus c;
    QCOMPARE(c.open(f.dir.path()), Corpus::OpenStatus::Ok);
    const auto &anchors = c.anchors();
    QCOMPARE(anchors.value(ids.at(0)).state, Reanchorer::State::Fuzzy);
    QCOMPARE(anchors.value(ids.at(1)).state, Reanchorer::State::Moved);
    QCOMPARE(anchors.value(ids.at(2)).state, Reanchorer::State::Orphan);
    QCOMPARE(c.annotationCount(), 3); // the orphan is kept
    const int row = c.documents()->rowOfPath(QStringLiteral("bridge.txt"));
    const QString &text = c.documents()->document(row).text();
    const Span moved = c.documents()->span(QStringLiteral("bridge.txt"), ids.at(1));
    QCOMPARE(text.mid(moved.start, moved.length()), QStringLiteral("they had not been consulted"));
    const Span fuzzy = c.documents()->span(QStringLiteral("bridge.txt"), ids.at(0));
    QCOMPARE(text.mid(fuzzy.start, fuzzy.length()), QStringLiteral("three weeks of repair"));

    const QJsonObject report = CorpusReport::check(c);
    const QJsonObject counts = report.value(QLatin1String("anchoring")).toObject();
    QCOMPARE(counts.value(QLatin1String("exact")).toInt(), 0);
    QCOMPARE(counts.value(QLatin1String("moved")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("fuzzy")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("orphan")).toInt(), 1);
    QCOMPARE(TestUtil::readFile(f.sidecar()), sidecarBefore); // opening wrote nothing

    // Saving keeps the orphan with its quote and note.
    c.setSpanNote(QStringLiteral("bridge.txt"), ids.at(1), QStringLiteral("changed"));
    QVERIFY(c.save());
    const auto saved = SidecarStore(f.sidecar()).load();
    QCOMPARE(saved.data.annotationCount(), 3);
    bool orphanKept = false;
    for (const Span &s : saved.data.documents.value(0).spans)
        orphanKept = orphanKept || (s.id == ids.at(2) && s.note.startsWith(QLatin1String("note on declined")));
    QVERIFY(orphanKept);

    // Regression: the orphan shared its entry with re-anchored spans; the entry
    // must keep the old text's hash, or the next open trusts the orphan's stale
    // offsets and shows it on the wrong words.
    Corpus reopened;
    QCOMPARE(reopened.open(f.dir.path()), Corpus::OpenStatus::Ok);
    QCOMPARE(reopened.anchors().value(ids.at(2)).state, Reanchorer::State::Orphan);
    QCOMPARE(reopened.anchors().value(ids.at(1)).state, Reanchorer::State::Exact);
    QCOMPARE(reopened.anchors().value(ids.at(0)).state, Reanchorer::State::Fuzzy);
    QCOMPARE(reopened.documents()->spanCount(), 2);
    QCOMPARE(reopened.annotationCount(), 3);
}

void TestDurability::testCrlfRewriteKeepsSpansExact()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article));
    const QStringList ids = annotate(f.dir.path(), QStringLiteral("bridge.txt"), { QStringLiteral("cost overrun") });
    QByteArray crlf = Article;
    crlf.replace("\n", "\r\n");
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), crlf));
    Corpus c;
    QCOMPARE(c.open(f.dir.path()), Corpus::OpenStatus::Ok);
    QCOMPARE(c.anchors().value(ids.at(0)).state, Reanchorer::State::Exact);
    QVERIFY(c.problems().isEmpty());
}

void TestDurability::testRenamedFileKeepsSpans()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article));
    const QStringList ids = annotate(f.dir.path(), QStringLiteral("bridge.txt"), { QStringLiteral("cost overrun") });
    QVERIFY(QDir().mkpath(f.file(QStringLiteral("Valley Ledger"))));
    QVERIFY(QFile::rename(
        f.file(QStringLiteral("bridge.txt")), f.file(QStringLiteral("Valley Ledger/2026-03-05-bridge.txt"))));
    Corpus c;
    QCOMPARE(c.open(f.dir.path()), Corpus::OpenStatus::Ok);
    const Span s = c.documents()->span(QStringLiteral("Valley Ledger/2026-03-05-bridge.txt"), ids.at(0));
    QCOMPARE(s.id, ids.at(0));
    QCOMPARE(c.problems().size(), 1); // a warning saying where they went
    QCOMPARE(c.problems().first().severity, Problem::Severity::Warning);
    QVERIFY(c.save());
    const auto saved = SidecarStore(f.sidecar()).load();
    QCOMPARE(saved.data.documents.size(), 1);
    QCOMPARE(saved.data.documents.first().path, QStringLiteral("Valley Ledger/2026-03-05-bridge.txt"));
}

void TestDurability::testSecondInstanceOpensReadOnlyNamingHolder()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article));
    Corpus first;
    first.setUseLock(true);
    QCOMPARE(first.open(f.dir.path()), Corpus::OpenStatus::Ok);
    QVERIFY(!first.isReadOnly());
    // A second instance: another process in real life; the lock is per file, so
    // a second QLockFile in this process is refused the same way.
    Corpus second;
    second.setUseLock(true);
    QCOMPARE(second.open(f.dir.path()), Corpus::OpenStatus::Ok);
    QVERIFY(second.isReadOnly());
    QVERIFY2(second.readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())),
        qPrintable(second.readOnlyReason()));
    QVERIFY(!second.save());
}

void TestDurability::testSidecarReplacedWhileOpenIsMerged()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article));
    annotate(f.dir.path(), QStringLiteral("bridge.txt"), { QStringLiteral("cost overrun") });
    Corpus mine;
    QCOMPARE(mine.open(f.dir.path()), Corpus::OpenStatus::Ok);
    // Someone else (another machine, a git pull) adds a span meanwhile.
    {
        Corpus other;
        other.open(f.dir.path());
        const QString tag = other.codebook()->tags().first().id;
        QVERIFY(!other.addSpan(QStringLiteral("bridge.txt"), 0, 6, tag, QStringLiteral("theirs")).isEmpty());
        QVERIFY(other.save());
    }
    const QString tag = mine.codebook()->tags().first().id;
    const QString myId = mine.addSpan(QStringLiteral("bridge.txt"), 7, 13, tag, QStringLiteral("mine"));
    QString error;
    QVERIFY2(mine.save(&error), qPrintable(error));
    const auto saved = SidecarStore(f.sidecar()).load();
    QCOMPARE(saved.data.annotationCount(), 3);
    QCOMPARE(mine.annotationCount(), 3); // the window shows their span too
    QVERIFY(!mine.isModified());
    // And the next save is an ordinary one.
    QVERIFY(mine.setSpanNote(QStringLiteral("bridge.txt"), myId, QStringLiteral("mine, edited")));
    QVERIFY2(mine.save(&error), qPrintable(error));
}

void TestDurability::testConflictingReplacementIsNeverOverwritten()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article));
    const QStringList ids = annotate(f.dir.path(), QStringLiteral("bridge.txt"), { QStringLiteral("cost overrun") });
    Corpus mine;
    mine.open(f.dir.path());
    {
        Corpus other;
        other.open(f.dir.path());
        QVERIFY(other.setSpanNote(QStringLiteral("bridge.txt"), ids.at(0), QStringLiteral("their note")));
        QVERIFY(other.save());
    }
    const QByteArray theirs = TestUtil::readFile(f.sidecar());
    QVERIFY(mine.setSpanNote(QStringLiteral("bridge.txt"), ids.at(0), QStringLiteral("my note")));
    QString error;
    QVERIFY(!mine.save(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(f.sidecar())) && error.contains(QLatin1String("conflict")),
        qPrintable(error));
    QCOMPARE(TestUtil::readFile(f.sidecar()), theirs);
    QCOMPARE(mine.documents()->span(QStringLiteral("bridge.txt"), ids.at(0)).note, QStringLiteral("my note"));
    QVERIFY(mine.isModified());
}

void TestDurability::testAutosaveDelayFromSettings()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article));
    QSettings().setValue(QStringLiteral("autosaveDelayMs"), 50);
    Corpus c;
    c.open(f.dir.path());
    Autosaver autosaver(&c);
    QCOMPARE(autosaver.delay(), 50);
    QSignalSpy due(&autosaver, &Autosaver::saveDue);
    c.addTag(QStringLiteral("Blame"), QColor(Qt::yellow));
    QVERIFY(autosaver.isPending());
    QVERIFY(due.wait(2000));
    QCOMPARE(due.count(), 1);
    // Undoing back to the saved state cancels a pending save.
    c.addTag(QStringLiteral("Cost"), QColor(Qt::yellow));
    c.undoStack()->setClean();
    c.undoStack()->undo();
    c.undoStack()->redo();
    QVERIFY(!autosaver.isPending());
    QSettings().remove(QStringLiteral("autosaveDelayMs"));
    QCOMPARE(Autosaver::configuredDelay(), Autosaver::DefaultDelayMs);
}

void TestDurability::testWatchSeesEveryAtomicReplace()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article));
    annotate(f.dir.path(), QStringLiteral("bridge.txt"), {QStringLiteral("cost overrun")});
    Corpus mine;
    mine.setWatchSidecar(true);
    QCOMPARE(mine.open(f.dir.path()), Corpus::OpenStatus::Ok);
    QSignalSpy changed(&mine, &Corpus::sidecarChangedOnDisk);
    QSignalSpy reloaded(&mine, &Corpus::reloaded);
    // Our own save is not "someone else".
    mine.addTag(QStringLiteral("Ours"), QColor(Qt::green));
    QVERIFY(mine.save());
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);
    // Two replacements in a row: the second is seen only if the watch was re-armed.
    for (int round = 1; round <= 2; ++round) {
        {
            Corpus other;
            other.open(f.dir.path());
            const QString tag = other.codebook()->tags().first().id;
            QVERIFY(!other.addSpan(QStringLiteral("bridge.txt"), round * 10, round * 10 + 4, tag).isEmpty());
            QVERIFY(other.save());
        }
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
        changed.clear();
        QVERIFY(mine.reloadSidecar());
        QCOMPARE(mine.annotationCount(), 1 + round);
    }
    QCOMPARE(reloaded.count(), 2);
    // A file that went bad meanwhile is never loaded or overwritten.
    QVERIFY(TestUtil::writeFile(f.sidecar(), "{ broken"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
    QVERIFY(!mine.reloadSidecar());
    QVERIFY(mine.isReadOnly());
    QCOMPARE(mine.annotationCount(), 3);
    QVERIFY(!mine.save());
    QCOMPARE(TestUtil::readFile(f.sidecar()), QByteArray("{ broken"));
}

void TestDurability::testSidecarDeletedWhileOpenIsWrittenWhole()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article));
    annotate(f.dir.path(), QStringLiteral("bridge.txt"), {QStringLiteral("cost overrun"), QStringLiteral("toll")});
    Corpus mine;
    mine.open(f.dir.path());
    QVERIFY(QFile::remove(f.sidecar()));
    mine.addTag(QStringLiteral("Later"), QColor(Qt::green));
    QString error;
    QVERIFY2(mine.save(&error), qPrintable(error));
    const auto saved = SidecarStore(f.sidecar()).load();
    QCOMPARE(saved.status, SidecarStore::Status::Ok);
    QCOMPARE(saved.data.annotationCount(), 2); // not merged against "nothing"
    QCOMPARE(saved.data.codebook.size(), 2);
}

// Regression (ASan leg): the undo stack, a child of the corpus, emits
// indexChanged from its destructor after ~Corpus; the autosaver must not touch
// the dead corpus. Only the sanitizer build sees the use-after-free.
void TestDurability::testAutosaverOutlivesCorpus()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article));
    auto *corpus = new Corpus;
    corpus->open(f.dir.path());
    Autosaver autosaver(corpus);
    corpus->addTag(QStringLiteral("Blame"), QColor(Qt::yellow));
    QVERIFY(autosaver.isPending());
    delete corpus;
    QVERIFY(!autosaver.isPending());
}

namespace {
// bridge.txt with a fuzzy, a moved and an orphan span (as in
// testEditedArticleReanchorsAndKeepsOrphans), and ferry.txt's spans kept for
// a document that was deleted.
QStringList triageFixture(const Fixture &f)
{
    TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), Article);
    TestUtil::writeFile(f.file(QStringLiteral("ferry.txt")), "The ferry is late again today.\n");
    QStringList ids = annotate(f.dir.path(), QStringLiteral("bridge.txt"),
        { QStringLiteral("three weeks of repairs"), QStringLiteral("they had not been consulted"),
            QStringLiteral("declined to comment on the cost overrun") });
    {
        Corpus c;
        c.open(f.dir.path());
        ids.append(c.addSpan(QStringLiteral("ferry.txt"), 4, 9, c.codebook()->tags().first().id, QStringLiteral("ferry")));
        c.save();
    }
    QByteArray edited = Article;
    edited.replace("three weeks of repairs", "three weeks of repair");
    edited.replace("declined to comment on the cost overrun", "said the budget would be published in May");
    edited.insert(22, "Updated Wednesday with the council's reply.\n");
    TestUtil::writeFile(f.file(QStringLiteral("bridge.txt")), edited);
    QFile::remove(f.file(QStringLiteral("ferry.txt")));
    return ids;
}
} // namespace

void TestDurability::testTriageListsFuzzyOrphanAndMissing()
{
    Fixture f;
    const QStringList ids = triageFixture(f);
    Corpus c;
    QCOMPARE(c.open(f.dir.path()), Corpus::OpenStatus::Ok);
    const QVector<Corpus::Attention> list = c.needsAttention();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).kind, Corpus::Attention::Kind::Fuzzy);
    QCOMPARE(list.at(0).spanId, ids.at(0));
    QVERIFY(list.at(0).score > 0 && list.at(0).score < 1);
    QCOMPARE(list.at(0).quote, QStringLiteral("three weeks of repairs"));
    QCOMPARE(list.at(0).note, QStringLiteral("note on three weeks of repairs"));
    QCOMPARE(list.at(1).kind, Corpus::Attention::Kind::Orphan);
    QCOMPARE(list.at(1).spanId, ids.at(2));
    QCOMPARE(list.at(1).start, -1);
    QCOMPARE(list.at(2).kind, Corpus::Attention::Kind::MissingDocument);
    QCOMPARE(list.at(2).path, QStringLiteral("ferry.txt"));
    QCOMPARE(list.at(2).note, QStringLiteral("ferry"));
}

void TestDurability::testTriageActionsAreUndoableAndStored()
{
    Fixture f;
    const QStringList ids = triageFixture(f);
    const QByteArray sidecarBefore = TestUtil::readFile(f.sidecar());
    Corpus c;
    c.open(f.dir.path());
    const QString bridge = QStringLiteral("bridge.txt");
    const QString &text = c.documents()->document(0).text();
    QCOMPARE(c.annotationCount(), 4);

    // Accept the fuzzy one where it is.
    QVERIFY(c.acceptAnchor(bridge, ids.at(0)));
    QCOMPARE(c.needsAttention().size(), 2);
    QCOMPARE(c.undoStack()->undoText(), QStringLiteral("Accept re-anchored highlight"));
    c.undoStack()->undo();
    QCOMPARE(c.needsAttention().size(), 3);
    c.undoStack()->redo();

    // Re-attach the orphan to its new wording; refused across a surrogate pair or outside the text.
    const QString wording = QStringLiteral("said the budget would be published in May");
    const int at = int(text.indexOf(wording));
    QVERIFY(!c.reattachSpan(bridge, ids.at(2), bridge, at, int(text.size()) + 1));
    QVERIFY(!c.reattachSpan(bridge, ids.at(2), QStringLiteral("nowhere.txt"), 0, 3));
    QVERIFY(c.reattachSpan(bridge, ids.at(2), bridge, at, at + int(wording.size())));
    QCOMPARE(c.documents()->span(bridge, ids.at(2)).quote, wording);
    QCOMPARE(c.annotationCount(), 4);
    // The missing document's span goes to bridge.txt, keeping its note and id.
    QVERIFY(c.reattachSpan(QStringLiteral("ferry.txt"), ids.at(3), bridge, 0, 6));
    QCOMPARE(c.documents()->span(bridge, ids.at(3)).note, QStringLiteral("ferry"));
    QVERIFY(c.needsAttention().isEmpty());
    QCOMPARE(c.annotationCount(), 4);
    c.undoStack()->undo();
    QCOMPARE(c.needsAttention().size(), 1);
    // Deleting a kept-aside span is one undo step too.
    QVERIFY(c.removeSpan(QStringLiteral("ferry.txt"), ids.at(3)));
    QCOMPARE(c.annotationCount(), 3);
    QVERIFY(c.needsAttention().isEmpty());
    c.undoStack()->undo();
    QCOMPARE(c.annotationCount(), 4);
    c.undoStack()->redo();
    QCOMPARE(TestUtil::readFile(f.sidecar()), sidecarBefore);
    QVERIFY(c.save());

    // Stored: all exact now, the deleted one gone, its document's entry too.
    Corpus again;
    again.open(f.dir.path());
    const QMap<QString, int> counts = again.anchorCounts();
    QCOMPARE(counts.value(QStringLiteral("exact")), 3);
    QCOMPARE(counts.value(QStringLiteral("fuzzy")) + counts.value(QStringLiteral("orphan")), 0);
    QVERIFY(again.needsAttention().isEmpty());
    QCOMPARE(again.annotationCount(), 3);
    QCOMPARE(SidecarStore(f.sidecar()).load().data.documents.size(), 1);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
