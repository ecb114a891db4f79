// The journal of unsaved changes: its file format (framing, checksums, a torn
// or damaged tail, the header naming the sidecar), and what Corpus does with
// it (journal each change, recover after a crash as one undo step, set aside
// a journal of another sidecar, delete it after a save, never let it make a
// save fail). The kill test is tst_journalkill.

#include "annotation/journal.h"
#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "corpus/corpusreport.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>

using namespace Marginalia;

namespace {
const QByteArray Bridge = "Harrow Bridge reopens\n"
                          "The Harrow Bridge reopened on Tuesday after three weeks of repairs.\n"
                          "Residents of the Quay district said they had not been consulted about the toll.\n"
                          "A spokesperson declined to comment on the cost overrun.\n";
const QByteArray Ferry = "Ferry fares rise\n"
                         "The ferry company raised fares by forty cents, citing fuel costs.\n"
                         "Commuters from Eastholm said the rise came without warning.\n";

SidecarData state(int n)
{
    SidecarData d;
    Tag t;
    t.id = QStringLiteral("t1");
    t.name = QStringLiteral("Blame %1").arg(n);
    t.color = QColor(QStringLiteral("#f7dc6f"));
    d.codebook.append(t);
    SidecarData::DocumentEntry e;
    e.path = QStringLiteral("doc%1.txt").arg(n);
    Span s;
    s.id = QStringLiteral("s%1").arg(n);
    s.tagId = t.id;
    s.start = n;
    s.end = n + 4;
    s.quote = QStringLiteral("ab📰c");
    s.note = QStringLiteral("note %1 — ملاحظة").arg(n);
    e.spans.append(s);
    d.documents.append(e);
    return d;
}

Journal::Change change(int n)
{
    Journal::Change c;
    c.time = QDateTime::currentDateTimeUtc();
    c.text = QStringLiteral("Change %1").arg(n);
    c.paths = { QStringLiteral("doc%1.txt").arg(n) };
    c.data = state(n);
    return c;
}

// A journal with a header and `n` changes; returns its bytes.
QByteArray writeJournal(const QString &path, int n)
{
    Journal j(path);
    QString error;
    if (!j.create({ QByteArray(64, 'a'), QDateTime::currentDateTimeUtc() }, &error))
        qWarning("%s", qPrintable(error));
    for (int i = 1; i <= n; ++i) {
        if (!j.append(change(i), &error))
            qWarning("%s", qPrintable(error));
    }
    j.close();
    return TestUtil::readFile(path);
}

struct Fixture
{
    QTemporaryDir dir;
    Fixture()
    {
        TestUtil::writeFile(dir.filePath(QStringLiteral("bridge.txt")), Bridge);
        TestUtil::writeFile(dir.filePath(QStringLiteral("ferry.txt")), Ferry);
    }
    QString root() const { return dir.path(); }
    QString sidecar() const { return dir.filePath(SidecarStore::fileName()); }
    QString journal() const { return Journal::pathFor(dir.path()); }
    QStringList aside() const
    {
        return QDir(dir.filePath(SidecarStore::backupFolderName()))
            .entryList({ QStringLiteral("unsaved-*.journal") }, QDir::Files, QDir::Name);
    }
};

QByteArray serialized(const Corpus &c)
{
    return SidecarCodec::serialize(c.toSidecarData());
}

// A saved corpus with one tag and one span; returns the tag id.
QString seed(const QString &root)
{
    Corpus c;
    c.open(root);
    const QString tag = c.addTag(QStringLiteral("Blame"), QColor(Qt::yellow));
    c.addSpan(QStringLiteral("bridge.txt"), 4, 10, tag, QStringLiteral("first"));
    if (!c.save())
        qWarning("seed: not saved");
    return tag;
}

// Makes a mix of changes (edits, an undo, a redo, a tag, a member) with the journal on.
void work(Corpus &c, const QString &tag)
{
    const QString id = c.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag, QStringLiteral("fares"));
    c.setSpanNote(QStringLiteral("ferry.txt"), id, QStringLiteral("fares, edited"));
    const QString second = c.addTag(QStringLiteral("Cost"), QColor(Qt::cyan));
    c.addSpan(QStringLiteral("bridge.txt"), 20, 30, second);
    c.undoStack()->undo();
    c.undoStack()->redo();
    const QString gone = c.addSpan(QStringLiteral("bridge.txt"), 40, 45, tag);
    c.removeSpan(QStringLiteral("bridge.txt"), gone);
    c.setSidecarMember(QStringLiteral("comparisons"), QJsonObject { { QStringLiteral("x"), 1 } }, QStringLiteral("m"));
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // The file format
    void testRoundTrip();
    void testTruncatedTailDropped();
    void testChecksumMismatchDropsRest_data();
    void testChecksumMismatchDropsRest();
    void testDamagedHeaderUnreadable_data();
    void testDamagedHeaderUnreadable();
    void testReopenCutsTornTail();
    void testReplayAppliesInOrder();
    void testAppendOnFullDiskLeavesWholeRecords();
    void testDevFullReportsFile();
    // Corpus
    void testEveryChangeJournaled();
    void testRecoverAfterCrashIsOneUndoStep();
    void testRecoverKeepsJournalingIntoSameFile();
    void testMemoEditsRecovered();
    void testSaveRemovesJournal();
    void testUndoToSavedStateRemovesJournal();
    void testJournalOfOtherSidecarSetAside();
    void testJournalWithoutSidecarFile();
    void testDamagedJournalSetAside();
    void testDiscardMovesAside();
    void testKeepForLaterThenSave();
    void testCheckReportsJournalTouchingNothing();
    void testReadOnlyInstanceLeavesJournalAlone();
    void testJournalFailureNeverBlocksSave();
    void testKeptAsideSpansJournaled();
    void testMetadataAndClutterRecovered();
};

void TestJournal::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Marginalia-test-journal"));
}

void TestJournal::testRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j"));
    const QDateTime created = QDateTime::currentDateTimeUtc();
    Journal j(path);
    QString error;
    QVERIFY(j.create({ QByteArray(64, 'b'), created }, &error));
    Journal::Change c = change(1);
    c.members = { QStringLiteral("comparisons"), QStringLiteral("gone") };
    c.data.extra.insert(QStringLiteral("comparisons"), QJsonObject { { QStringLiteral("k"), true } });
    QVERIFY2(j.append(c, &error), qPrintable(error));
    QVERIFY(j.append(change(2), &error));
    QVERIFY(!j.create({ {}, created }, &error)); // never over an existing file
    j.close();

    const Journal::Contents read = Journal::read(path);
    QCOMPARE(read.status, Journal::Status::Ok);
    QCOMPARE(read.header.sidecarSha256, QByteArray(64, 'b'));
    QCOMPARE(read.header.created, created);
    QVERIFY(read.warnings.isEmpty());
    QCOMPARE(read.changes.size(), 2);
    QCOMPARE(read.goodSize, QFileInfo(path).size());
    QCOMPARE(read.changes.at(0).text, QStringLiteral("Change 1"));
    QCOMPARE(read.changes.at(0).paths, c.paths);
    QCOMPARE(read.changes.at(0).members, c.members);
    QCOMPARE(SidecarCodec::serialize(read.changes.at(0).data), SidecarCodec::serialize(c.data));
    QCOMPARE(SidecarCodec::serialize(read.changes.at(1).data), SidecarCodec::serialize(state(2)));
}

void TestJournal::testTruncatedTailDropped()
{
    // Cut the file at every byte of its last record: the others always read,
    // the torn one never does, and the warning names the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j"));
    const QByteArray whole = writeJournal(path, 3);
    const qint64 twoEnd = whole.size() - Journal::frame(Journal::encodeChange(change(3))).size();
    for (qint64 cut = twoEnd; cut <= whole.size(); ++cut) {
        QVERIFY(TestUtil::writeFile(path, whole.left(cut)));
        const Journal::Contents read = Journal::read(path);
        QCOMPARE(read.status, Journal::Status::Ok);
        if (cut == whole.size()) {
            QCOMPARE(read.changes.size(), 3);
            QVERIFY(read.warnings.isEmpty());
        } else {
            QCOMPARE(read.changes.size(), 2);
            QCOMPARE(read.goodSize, twoEnd);
            if (cut == twoEnd) {
                QVERIFY(read.warnings.isEmpty());
            } else {
                QCOMPARE(read.warnings.size(), 1);
                QVERIFY2(read.warnings.first().contains(QDir::toNativeSeparators(path))
                        && read.warnings.first().contains(QLatin1String("change 3")),
                    qPrintable(read.warnings.first()));
            }
        }
    }
}

void TestJournal::testChecksumMismatchDropsRest_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("problem");
    // In change 2: a flipped byte in the payload, the length, the checksum.
    QTest::addRow("payload") << QByteArray("note 2") << QByteArray("note 9") << QStringLiteral("checksum");
    QTest::addRow("checksum") << QByteArray("") << QByteArray("") << QStringLiteral("checksum");
    QTest::addRow("garbage") << QByteArray("") << QByteArray("x") << QStringLiteral("frame");
}

void TestJournal::testChecksumMismatchDropsRest()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j"));
    QByteArray bytes = writeJournal(path, 3);
    // Walk the frames: magic line, header, change 1; change 2 starts after those.
    qsizetype second = bytes.indexOf('\n') + 1;
    for (int record = 0; record < 2; ++record) {
        const qsizetype eol = bytes.indexOf('\n', second);
        second = eol + 1 + bytes.mid(second, eol - second).split(' ').first().toLongLong() + 1;
    }
    QVERIFY(bytes.indexOf("Change 2", second) > second);
    if (!from.isEmpty()) {
        const qsizetype at = bytes.indexOf(from, second);
        bytes.replace(at, from.size(), to);
    } else if (to.isEmpty()) {
        // One hex digit of the checksum of change 2.
        const qsizetype space = bytes.indexOf(' ', second);
        bytes[space + 1] = bytes.at(space + 1) == 'a' ? 'b' : 'a';
    } else {
        bytes.insert(second, to);
    }
    QVERIFY(TestUtil::writeFile(path, bytes));
    const Journal::Contents read = Journal::read(path);
    QCOMPARE(read.status, Journal::Status::Ok);
    QCOMPARE(read.changes.size(), 1); // change 3 is whole but comes after a bad one
    QCOMPARE(read.warnings.size(), 1);
    QVERIFY2(read.warnings.first().contains(problem) && read.warnings.first().contains(QDir::toNativeSeparators(path)),
        qPrintable(read.warnings.first()));
}

void TestJournal::testDamagedHeaderUnreadable_data()
{
    QTest::addColumn<int>("damage");
    QTest::addRow("not a journal") << 0;
    QTest::addRow("header checksum") << 1;
    QTest::addRow("header cut off") << 2;
    QTest::addRow("empty file") << 3;
}

void TestJournal::testDamagedHeaderUnreadable()
{
    QFETCH(int, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j"));
    QByteArray bytes = writeJournal(path, 1);
    switch (damage) {
    case 0:
        bytes.replace(0, 10, "{\"format\":");
        break;
    case 1:
        bytes[bytes.indexOf('\n') + 10] = '0' + (bytes.at(bytes.indexOf('\n') + 10) == '0');
        bytes[bytes.indexOf('\n') + 11] = '0' + (bytes.at(bytes.indexOf('\n') + 11) == '0');
        break;
    case 2:
        bytes.truncate(bytes.indexOf('\n') + 30);
        break;
    case 3:
        bytes.clear();
        break;
    }
    QVERIFY(TestUtil::writeFile(path, bytes));
    const Journal::Contents read = Journal::read(path);
    QCOMPARE(read.status, Journal::Status::Unreadable);
    QVERIFY(read.changes.isEmpty());
    QVERIFY2(read.error.contains(QDir::toNativeSeparators(path)), qPrintable(read.error));
}

void TestJournal::testReopenCutsTornTail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j"));
    const QByteArray whole = writeJournal(path, 2);
    QVERIFY(TestUtil::writeFile(path, whole + QByteArray("123 ffff\npartial rec")));
    const Journal::Contents torn = Journal::read(path);
    QCOMPARE(torn.changes.size(), 2);
    QCOMPARE(torn.warnings.size(), 1);
    Journal j(path);
    QString error;
    QVERIFY2(j.reopen(torn.goodSize, &error), qPrintable(error));
    QVERIFY(j.append(change(3), &error));
    j.close();
    const Journal::Contents read = Journal::read(path);
    QCOMPARE(read.changes.size(), 3);
    QVERIFY(read.warnings.isEmpty());
}

void TestJournal::testReplayAppliesInOrder()
{
    SidecarData base = state(1);
    base.documents.append(state(2).documents.first());
    base.extra.insert(QStringLiteral("keep"), 1);
    base.extra.insert(QStringLiteral("drop"), 2);
    // 1: doc1.txt loses its entry, doc3.txt gets one, "drop" goes.
    Journal::Change a;
    a.paths = { QStringLiteral("doc1.txt"), QStringLiteral("doc3.txt") };
    a.members = { QStringLiteral("drop") };
    a.data = state(3);
    // 2: doc3.txt changes again, the codebook is renamed, "new" comes.
    Journal::Change b;
    b.paths = { QStringLiteral("doc3.txt") };
    b.members = { QStringLiteral("new") };
    b.data = state(4);
    b.data.documents.first().path = QStringLiteral("doc3.txt");
    b.data.extra.insert(QStringLiteral("new"), 3);
    const SidecarData out = Journal::replay(base, { a, b });
    QCOMPARE(out.codebook.first().name, QStringLiteral("Blame 4"));
    QCOMPARE(out.documents.size(), 2);
    QStringList paths;
    for (const auto &e : out.documents)
        paths.append(e.path);
    paths.sort();
    QCOMPARE(paths, (QStringList { QStringLiteral("doc2.txt"), QStringLiteral("doc3.txt") }));
    for (const auto &e : out.documents) {
        if (e.path == QLatin1String("doc3.txt"))
            QCOMPARE(e.spans.first().id, QStringLiteral("s4"));
    }
    QCOMPARE(out.extra.value(QStringLiteral("keep")).toInt(), 1);
    QVERIFY(!out.extra.contains(QStringLiteral("drop")));
    QCOMPARE(out.extra.value(QStringLiteral("new")).toInt(), 3);
}

void TestJournal::testAppendOnFullDiskLeavesWholeRecords()
{
    // A 64 KiB tmpfs when this process may mount one (root in CI); otherwise
    // a file size limit, which fails writes past it (EFBIG) the way a full
    // disk does (ENOSPC): the same path through append().
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    const bool mounted = ::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=64k") == 0;
    const QString path = mountPoint + QStringLiteral("/unsaved.journal");
    struct rlimit old;
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    if (!mounted) {
        struct rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    }
    Journal j(path);
    QString error;
    bool created = j.create({ QByteArray(64, 'c'), QDateTime::currentDateTimeUtc() }, &error);
    int appended = 0;
    bool failed = false;
    for (int i = 1; created && i < 10000 && !failed; ++i) {
        failed = !j.append(change(i), &error);
        appended += failed ? 0 : 1;
    }
    const qint64 sizeAfterFailure = j.size();
    j.close();
    const Journal::Contents read = Journal::read(path);
    const qint64 fileSize = QFileInfo(path).size();
    if (!mounted) {
        ::setrlimit(RLIMIT_FSIZE, &old);
    }
    std::signal(SIGXFSZ, oldHandler);
    if (mounted)
        ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH);
    qInfo("%s: %d records before the write failed", mounted ? "64 KiB tmpfs" : "64 KiB file size limit", appended);
    QVERIFY2(created, qPrintable(error));
    QVERIFY(failed);
    QVERIFY(appended > 3);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains(QLatin1String("cannot be written")),
        qPrintable(error));
    // Cut back to whole records: nothing torn is left to hide later ones.
    QCOMPARE(fileSize, sizeAfterFailure);
    QCOMPARE(read.status, Journal::Status::Ok);
    QCOMPARE(read.changes.size(), appended);
    QVERIFY(read.warnings.isEmpty());
}

void TestJournal::testDevFullReportsFile()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    // /dev/full takes the open and fails every write with ENOSPC.
    Journal j(QStringLiteral("/dev/full"));
    QString error;
    QVERIFY(!j.reopen(0, &error) || !j.append(change(1), &error));
    QVERIFY2(error.contains(QLatin1String("/dev/full")) && error.contains(QLatin1String("cannot be written")),
        qPrintable(error));
}

void TestJournal::testEveryChangeJournaled()
{
    Fixture f;
    const QString tag = seed(f.root());
    Corpus c;
    c.setUseJournal(true);
    QCOMPARE(c.open(f.root()), Corpus::OpenStatus::Ok);
    QCOMPARE(c.journalInfo().state, Corpus::JournalInfo::State::None);
    QVERIFY(!QFileInfo::exists(f.journal())); // nothing to say yet
    const QByteArray sidecarBefore = TestUtil::readFile(f.sidecar());
    work(c, tag);
    const Journal::Contents read = Journal::read(f.journal());
    QCOMPARE(read.status, Journal::Status::Ok);
    QCOMPARE(read.header.sidecarSha256, TestUtil::sha256(f.sidecar()));
    // One record per change of the undo history that changed something.
    QCOMPARE(read.changes.size(), 9);
    QCOMPARE(read.changes.first().paths, QStringList { QStringLiteral("ferry.txt") });
    QVERIFY(read.changes.at(2).paths.isEmpty()); // the new tag: only the codebook
    QCOMPARE(read.changes.last().members, QStringList { QStringLiteral("comparisons") });
    // Replayed over the file, they are what a save would write now.
    const SidecarData replayed = Journal::replay(SidecarStore(f.sidecar()).load().data, read.changes);
    QCOMPARE(SidecarCodec::serialize(replayed), serialized(c));
    QCOMPARE(TestUtil::readFile(f.sidecar()), sidecarBefore); // the journal never touches it
}

void TestJournal::testRecoverAfterCrashIsOneUndoStep()
{
    Fixture f;
    const QString tag = seed(f.root());
    const QByteArray sidecarBefore = TestUtil::readFile(f.sidecar());
    QByteArray expected;
    {
        Corpus crashed;
        crashed.setUseJournal(true);
        crashed.open(f.root());
        work(crashed, tag);
        expected = serialized(crashed);
    } // gone without saving, as after a crash (the journal file stays)
    QVERIFY(QFileInfo::exists(f.journal()));

    Corpus c;
    c.setUseJournal(true);
    QCOMPARE(c.open(f.root()), Corpus::OpenStatus::Ok);
    QVERIFY(c.problems().isEmpty()); // the window asks instead
    QCOMPARE(c.journalInfo().state, Corpus::JournalInfo::State::Recoverable);
    QCOMPARE(c.journalInfo().changes, 9);
    QVERIFY(c.journalInfo().lastChange.isValid());
    const QByteArray disk = serialized(c);
    QVERIFY(disk != expected);
    QVERIFY(!c.isModified());
    QString error;
    QVERIFY2(c.recoverJournal(&error), qPrintable(error));
    QCOMPARE(serialized(c), expected);
    QVERIFY(c.isModified());
    QCOMPARE(c.undoStack()->count(), 1);
    QCOMPARE(c.undoStack()->undoText(), QStringLiteral("Recover unsaved changes"));
    QCOMPARE(c.annotationCount(), 3);
    QVERIFY(!c.recoverJournal(&error)); // once
    c.undoStack()->undo();
    QCOMPARE(serialized(c), disk);
    c.undoStack()->redo();
    QCOMPARE(serialized(c), expected);
    QCOMPARE(TestUtil::readFile(f.sidecar()), sidecarBefore);
    QVERIFY2(c.save(&error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(f.journal()));
    QCOMPARE(SidecarCodec::serialize(SidecarStore(f.sidecar()).load().data), expected);
}

// A memo lives in the document's entry: each memo edit is a record, on a
// document with highlights and on one without, and clearing one is too.
void TestJournal::testMemoEditsRecovered()
{
    Fixture f;
    seed(f.root());
    QByteArray expected;
    {
        Corpus crashed;
        crashed.setUseJournal(true);
        crashed.open(f.root());
        QVERIFY(crashed.setDocumentMemo(QStringLiteral("ferry.txt"), QStringLiteral("Fares:\ncheck the fuel figures")));
        QVERIFY(crashed.setDocumentMemo(QStringLiteral("bridge.txt"), QStringLiteral("Toll framing")));
        QVERIFY(crashed.setDocumentMemo(QStringLiteral("bridge.txt"), QStringLiteral("Toll framing, 2nd read")));
        QVERIFY(crashed.setDocumentMemo(QStringLiteral("ferry.txt"), QString()));
        QVERIFY(crashed.setDocumentMemo(QStringLiteral("ferry.txt"), QStringLiteral("again")));
        const Journal::Contents read = Journal::read(f.journal());
        QCOMPARE(read.status, Journal::Status::Ok);
        QCOMPARE(read.changes.size(), 5);
        QCOMPARE(read.changes.at(3).paths, QStringList { QStringLiteral("ferry.txt") });
        QVERIFY(read.changes.at(3).data.documents.isEmpty()); // cleared, no highlights: no entry
        expected = serialized(crashed);
        QVERIFY(expected.contains("\"memo\": \"Toll framing, 2nd read\""));
    } // gone without saving
    Corpus c;
    c.setUseJournal(true);
    QCOMPARE(c.open(f.root()), Corpus::OpenStatus::Ok);
    QCOMPARE(c.journalInfo().state, Corpus::JournalInfo::State::Recoverable);
    QVERIFY(c.documentMemo(QStringLiteral("bridge.txt")).isEmpty());
    QString error;
    QVERIFY2(c.recoverJournal(&error), qPrintable(error));
    QCOMPARE(serialized(c), expected);
    QCOMPARE(c.documentMemo(QStringLiteral("bridge.txt")), QStringLiteral("Toll framing, 2nd read"));
    QCOMPARE(c.documentMemo(QStringLiteral("ferry.txt")), QStringLiteral("again"));
}

void TestJournal::testRecoverKeepsJournalingIntoSameFile()
{
    Fixture f;
    const QString tag = seed(f.root());
    {
        Corpus crashed;
        crashed.setUseJournal(true);
        crashed.open(f.root());
        crashed.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag);
    }
    // A torn record at the end, as a kill in the middle of a write leaves.
    QVERIFY(TestUtil::writeFile(f.journal(), TestUtil::readFile(f.journal()) + QByteArray("4711 0123")));
    QByteArray expected;
    {
        Corpus second;
        second.setUseJournal(true);
        second.open(f.root());
        QCOMPARE(second.journalInfo().changes, 1);
        QCOMPARE(second.journalInfo().warnings.size(), 1);
        QVERIFY(second.recoverJournal());
        second.addSpan(QStringLiteral("bridge.txt"), 50, 60, tag, QStringLiteral("after recovery"));
        expected = serialized(second);
    } // and crashes again
    const Journal::Contents read = Journal::read(f.journal());
    QVERIFY(read.warnings.isEmpty()); // the torn tail was cut before appending
    QCOMPARE(read.changes.size(), 2);
    Corpus third;
    third.setUseJournal(true);
    third.open(f.root());
    QVERIFY(third.recoverJournal());
    QCOMPARE(serialized(third), expected);
}

void TestJournal::testSaveRemovesJournal()
{
    Fixture f;
    const QString tag = seed(f.root());
    Corpus c;
    c.setUseJournal(true);
    c.open(f.root());
    c.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag);
    QVERIFY(QFileInfo::exists(f.journal()));
    QVERIFY(c.save());
    QVERIFY(!QFileInfo::exists(f.journal()));
    // The next change starts a journal of the new file.
    c.addSpan(QStringLiteral("ferry.txt"), 10, 15, tag);
    const Journal::Contents read = Journal::read(f.journal());
    QCOMPARE(read.header.sidecarSha256, TestUtil::sha256(f.sidecar()));
    QCOMPARE(read.changes.size(), 1);
}

void TestJournal::testUndoToSavedStateRemovesJournal()
{
    Fixture f;
    const QString tag = seed(f.root());
    Corpus c;
    c.setUseJournal(true);
    c.open(f.root());
    c.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag);
    QVERIFY(QFileInfo::exists(f.journal()));
    c.undoStack()->undo();
    QVERIFY(!c.isModified());
    QVERIFY(!QFileInfo::exists(f.journal()));
    c.undoStack()->redo();
    QCOMPARE(Journal::read(f.journal()).changes.size(), 1);
}

void TestJournal::testJournalOfOtherSidecarSetAside()
{
    Fixture f;
    const QString tag = seed(f.root());
    {
        Corpus crashed;
        crashed.setUseJournal(true);
        crashed.open(f.root());
        crashed.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag, QStringLiteral("lost?"));
    }
    const QByteArray journalBytes = TestUtil::readFile(f.journal());
    // Meanwhile the sidecar was replaced (a git pull, another analyst).
    {
        Corpus other;
        other.open(f.root());
        other.addSpan(QStringLiteral("bridge.txt"), 30, 40, tag, QStringLiteral("theirs"));
        QVERIFY(other.save());
    }
    const QByteArray sidecar = TestUtil::readFile(f.sidecar());
    Corpus c;
    c.setUseJournal(true);
    QCOMPARE(c.open(f.root()), Corpus::OpenStatus::Ok);
    QCOMPARE(c.journalInfo().state, Corpus::JournalInfo::State::Unmatched);
    QVERIFY(!c.recoverJournal());
    QCOMPARE(c.annotationCount(), 2); // theirs, not the journal's
    QVERIFY(!c.isModified());
    QVERIFY(!QFileInfo::exists(f.journal()));
    QCOMPARE(f.aside().size(), 1);
    QVERIFY(f.aside().first().endsWith(QLatin1String("-unmatched.journal")));
    const QString asidePath = QFileInfo(f.journal()).absolutePath() + QLatin1Char('/') + f.aside().first();
    QCOMPARE(TestUtil::readFile(asidePath), journalBytes); // kept byte for byte
    QCOMPARE(c.problems().size(), 1);
    const QString message = c.problems().first().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(f.journal())) && message.contains(QLatin1String("another version"))
            && message.contains(QDir::toNativeSeparators(asidePath)),
        qPrintable(message));
    QCOMPARE(TestUtil::readFile(f.sidecar()), sidecar);
}

void TestJournal::testJournalWithoutSidecarFile()
{
    // A corpus never saved: the journal names "no file", and a file that
    // appears meanwhile is another sidecar.
    Fixture f;
    QByteArray expected;
    {
        Corpus crashed;
        crashed.setUseJournal(true);
        crashed.open(f.root());
        const QString tag = crashed.addTag(QStringLiteral("First"), QColor(Qt::green));
        crashed.addSpan(QStringLiteral("bridge.txt"), 0, 6, tag);
        expected = serialized(crashed);
    }
    QVERIFY(!QFileInfo::exists(f.sidecar()));
    QCOMPARE(Journal::read(f.journal()).header.sidecarSha256, QByteArray());
    Corpus c;
    c.setUseJournal(true);
    c.open(f.root());
    QCOMPARE(c.journalInfo().state, Corpus::JournalInfo::State::Recoverable);
    QVERIFY(c.recoverJournal());
    QCOMPARE(serialized(c), expected);
}

void TestJournal::testDamagedJournalSetAside()
{
    Fixture f;
    seed(f.root());
    QVERIFY(TestUtil::writeFile(f.journal(), "marginalia-journal 1\n12 zz\nnot a header"));
    Corpus c;
    c.setUseJournal(true);
    c.open(f.root());
    QCOMPARE(c.journalInfo().state, Corpus::JournalInfo::State::Unreadable);
    QCOMPARE(f.aside().size(), 1);
    QVERIFY(f.aside().first().endsWith(QLatin1String("-damaged.journal")));
    QCOMPARE(c.problems().size(), 1);
    QVERIFY2(c.problems().first().message.contains(QDir::toNativeSeparators(f.journal()))
            && c.problems().first().message.contains(QLatin1String("damaged")),
        qPrintable(c.problems().first().message));
}

void TestJournal::testDiscardMovesAside()
{
    Fixture f;
    const QString tag = seed(f.root());
    {
        Corpus crashed;
        crashed.setUseJournal(true);
        crashed.open(f.root());
        crashed.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag);
    }
    Corpus c;
    c.setUseJournal(true);
    c.open(f.root());
    const QByteArray disk = serialized(c);
    QVERIFY(c.discardJournal());
    QCOMPARE(serialized(c), disk);
    QVERIFY(!c.isModified());
    QVERIFY(!QFileInfo::exists(f.journal()));
    QCOMPARE(f.aside().size(), 1);
    QVERIFY(f.aside().first().endsWith(QLatin1String("-discarded.journal")));
    // And journaling goes on, in a new file.
    c.addSpan(QStringLiteral("bridge.txt"), 30, 40, tag);
    QCOMPARE(Journal::read(f.journal()).changes.size(), 1);
}

void TestJournal::testKeepForLaterThenSave()
{
    Fixture f;
    const QString tag = seed(f.root());
    {
        Corpus crashed;
        crashed.setUseJournal(true);
        crashed.open(f.root());
        crashed.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag);
    }
    const QByteArray kept = TestUtil::readFile(f.journal());
    {
        // Kept for later: nothing decided, nothing changed: it is offered again.
        Corpus c;
        c.setUseJournal(true);
        c.open(f.root());
    }
    QCOMPARE(TestUtil::readFile(f.journal()), kept);
    Corpus c;
    c.setUseJournal(true);
    c.open(f.root());
    QCOMPARE(c.journalInfo().state, Corpus::JournalInfo::State::Recoverable);
    // Changes made now are not journaled over the kept file...
    const QString id = c.addSpan(QStringLiteral("bridge.txt"), 30, 40, tag);
    QCOMPARE(TestUtil::readFile(f.journal()), kept);
    QVERIFY(!c.recoverJournal()); // (not over changes made since)
    // ...until a save, which makes the kept journal one of another file: it goes aside.
    QVERIFY(c.save());
    QCOMPARE(c.journalInfo().state, Corpus::JournalInfo::State::Unmatched);
    QVERIFY(!QFileInfo::exists(f.journal()));
    QCOMPARE(f.aside().size(), 1);
    QVERIFY(f.aside().first().endsWith(QLatin1String("-kept.journal")));
    c.setSpanNote(QStringLiteral("bridge.txt"), id, QStringLiteral("journaled again"));
    QCOMPARE(Journal::read(f.journal()).changes.size(), 1);
}

void TestJournal::testCheckReportsJournalTouchingNothing()
{
    Fixture f;
    const QString tag = seed(f.root());
    {
        Corpus crashed;
        crashed.setUseJournal(true);
        crashed.open(f.root());
        crashed.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag);
        crashed.addSpan(QStringLiteral("ferry.txt"), 10, 15, tag);
    }
    const QByteArray journal = TestUtil::readFile(f.journal());
    const QByteArray sidecar = TestUtil::readFile(f.sidecar());
    Corpus c; // as `marginalia check` opens it: no journal of its own
    QCOMPARE(c.open(f.root()), Corpus::OpenStatus::Ok);
    const QJsonObject report = CorpusReport::check(c);
    const QJsonObject j = report.value(QLatin1String("journal")).toObject();
    QCOMPARE(j.value(QLatin1String("state")).toString(), QStringLiteral("recoverable"));
    QCOMPARE(j.value(QLatin1String("changes")).toInt(), 2);
    QCOMPARE(j.value(QLatin1String("path")).toString(), QDir::toNativeSeparators(f.journal()));
    QVERIFY(!j.value(QLatin1String("last_change")).toString().isEmpty());
    QCOMPARE(c.problems().size(), 1);
    QCOMPARE(c.problems().first().severity, Problem::Severity::Warning);
    QVERIFY2(c.problems().first().message.contains(QLatin1String("2 unsaved change(s)"))
            || c.problems().first().message.contains(QLatin1String("2 unsaved changes")),
        qPrintable(c.problems().first().message));
    QCOMPARE(TestUtil::readFile(f.journal()), journal);
    QCOMPARE(TestUtil::readFile(f.sidecar()), sidecar);
    // The same through the binary: a warning, exit status 1, nothing written.
    QProcess cli;
    cli.start(QStringLiteral(MARGINALIA_BINARY), { QStringLiteral("check"), f.root(), QStringLiteral("--json") });
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QJsonObject printed = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(printed.value(QLatin1String("journal")).toObject().value(QLatin1String("state")).toString(),
        QStringLiteral("recoverable"));
    QCOMPARE(printed.value(QLatin1String("journal")).toObject().value(QLatin1String("changes")).toInt(), 2);
    QCOMPARE(TestUtil::readFile(f.journal()), journal);
    // A journal of another sidecar is reported as such, and left in place.
    QVERIFY(c.addSpan(QStringLiteral("bridge.txt"), 30, 40, tag).size() > 0);
    QVERIFY(c.save());
    Corpus again;
    again.open(f.root());
    QCOMPARE(CorpusReport::check(again).value(QLatin1String("journal")).toObject().value(QLatin1String("state")),
        QStringLiteral("unmatched"));
    QCOMPARE(TestUtil::readFile(f.journal()), journal);
    Corpus none;
    QVERIFY(QFile::remove(f.journal()));
    none.open(f.root());
    QVERIFY(CorpusReport::check(none).value(QLatin1String("journal")).isNull());
}

void TestJournal::testReadOnlyInstanceLeavesJournalAlone()
{
    Fixture f;
    const QString tag = seed(f.root());
    Corpus first;
    first.setUseLock(true);
    first.setUseJournal(true);
    first.open(f.root());
    first.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag);
    const QByteArray journal = TestUtil::readFile(f.journal());
    Corpus second;
    second.setUseLock(true);
    second.setUseJournal(true);
    second.open(f.root());
    QVERIFY(second.isReadOnly());
    QCOMPARE(second.journalInfo().state, Corpus::JournalInfo::State::None);
    QVERIFY(!second.recoverJournal());
    QVERIFY(!second.discardJournal());
    QCOMPARE(TestUtil::readFile(f.journal()), journal);
    QVERIFY(f.aside().isEmpty());
}

void TestJournal::testJournalFailureNeverBlocksSave()
{
    Fixture f;
    const QString tag = seed(f.root());
    Corpus c;
    c.setUseJournal(true);
    c.open(f.root());
    // Something that is not a file where the journal goes: every write fails.
    QVERIFY(QDir().mkpath(f.journal()));
    QSignalSpy errors(&c, &Corpus::journalError);
    c.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag);
    c.addSpan(QStringLiteral("ferry.txt"), 10, 15, tag);
    QCOMPARE(errors.size(), 1); // said once, not on every change
    QVERIFY2(errors.first().first().toString().contains(QDir::toNativeSeparators(f.journal())),
        qPrintable(errors.first().first().toString()));
    QString error;
    QVERIFY2(c.save(&error), qPrintable(error));
    QCOMPARE(SidecarStore(f.sidecar()).load().data.annotationCount(), 3);
}

void TestJournal::testKeptAsideSpansJournaled()
{
    // Spans kept aside (their document is gone) change too: deleting a tag
    // deletes them; the journal must bring that back as well.
    Fixture f;
    const QString tag = seed(f.root());
    {
        Corpus c;
        c.open(f.root());
        c.addSpan(QStringLiteral("ferry.txt"), 4, 9, tag, QStringLiteral("on the ferry"));
        QVERIFY(c.save());
    }
    QVERIFY(QFile::remove(f.dir.filePath(QStringLiteral("ferry.txt"))));
    QByteArray expected;
    {
        Corpus crashed;
        crashed.setUseJournal(true);
        crashed.open(f.root());
        QCOMPARE(crashed.needsAttention().size(), 1);
        QVERIFY(crashed.removeSpan(QStringLiteral("ferry.txt"), crashed.needsAttention().first().spanId));
        expected = serialized(crashed);
        QCOMPARE(crashed.annotationCount(), 1);
    }
    Corpus c;
    c.setUseJournal(true);
    c.open(f.root());
    QVERIFY(c.recoverJournal());
    QCOMPARE(serialized(c), expected);
    QCOMPARE(c.annotationCount(), 1);
    QVERIFY(c.needsAttention().isEmpty());
}


// Edit Metadata and Mark Line as Clutter are changes like any other: journaled
// as they happen and recovered after a crash, also on a document without
// annotations (its entry holds only the corrections).
void TestJournal::testMetadataAndClutterRecovered()
{
    Fixture f;
    seed(f.root());
    QByteArray expected;
    {
        Corpus crashed;
        crashed.setUseJournal(true);
        QCOMPARE(crashed.open(f.root()), Corpus::OpenStatus::Ok);
        const QString ferry = QStringLiteral("ferry.txt");
        DocumentMetadata m = crashed.documents()->document(crashed.documents()->rowOfPath(ferry)).meta;
        m.author = QStringLiteral("J. Okafor");
        m.outlet = QStringLiteral("Eastholm Courier");
        QVERIFY(crashed.editMetadata(ferry, m));
        // The last line of the bridge article ("A spokesperson declined ...").
        const int last = int(QString::fromUtf8(Bridge).lastIndexOf(QStringLiteral("A spokesperson")));
        QVERIFY(!crashed.isClutter(QStringLiteral("bridge.txt"), last));
        QVERIFY(crashed.setClutter(QStringLiteral("bridge.txt"), last, last, true));
        QVERIFY(crashed.isClutter(QStringLiteral("bridge.txt"), last));
        expected = serialized(crashed);
        const Journal::Contents read = Journal::read(f.journal());
        QCOMPARE(read.status, Journal::Status::Ok);
        QCOMPARE(read.changes.size(), 2);
        QCOMPARE(read.changes.at(0).paths, QStringList { ferry });
        QCOMPARE(read.changes.at(0).data.documents.size(), 1);
        QCOMPARE(read.changes.at(0).data.documents.first().metadata.author, std::optional<QString>(m.author));
        QCOMPARE(read.changes.at(1).paths, QStringList { QStringLiteral("bridge.txt") });
        QCOMPARE(read.changes.at(1).data.documents.first().boilerplate.size(), 1);
    } // gone without saving
    QVERIFY(expected.contains("J. Okafor"));
    QVERIFY(expected.contains("\"clutter\": true"));

    Corpus c;
    c.setUseJournal(true);
    QCOMPARE(c.open(f.root()), Corpus::OpenStatus::Ok);
    QCOMPARE(c.journalInfo().state, Corpus::JournalInfo::State::Recoverable);
    QCOMPARE(c.journalInfo().changes, 2);
    QVERIFY(!serialized(c).contains("J. Okafor"));
    QString error;
    QVERIFY2(c.recoverJournal(&error), qPrintable(error));
    QCOMPARE(serialized(c), expected);
    const int ferryRow = c.documents()->rowOfPath(QStringLiteral("ferry.txt"));
    QCOMPARE(c.documents()->document(ferryRow).meta.author, QStringLiteral("J. Okafor"));
    // What the importer found stays apart from the correction.
    QVERIFY(c.documents()->importedMetadata(QStringLiteral("ferry.txt")).author != QStringLiteral("J. Okafor"));
    const int last = int(QString::fromUtf8(Bridge).lastIndexOf(QStringLiteral("A spokesperson")));
    QVERIFY(c.isClutter(QStringLiteral("bridge.txt"), last));
    c.undoStack()->undo();
    QVERIFY(!c.isClutter(QStringLiteral("bridge.txt"), last));
    QVERIFY(c.documents()->document(ferryRow).meta.author != QStringLiteral("J. Okafor"));
    c.undoStack()->redo();
    QVERIFY(c.isClutter(QStringLiteral("bridge.txt"), last));
    QVERIFY2(c.save(&error), qPrintable(error));
    QCOMPARE(SidecarCodec::serialize(SidecarStore(f.sidecar()).load().data), expected);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
