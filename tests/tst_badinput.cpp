// The list of bad input, item by item, as the analyst meets it: a
// corpus opened (and saved) through Corpus, the class the window and the
// command line use. For each: the message names the file and the problem, and
// no byte of the user's files (articles, sidecar, anything else in the
// folder) changes. tst_sidecarstore and tst_sidecarcodec check the same
// inputs one level down; tst_journal the journal's own damage.
//
//   invalid JSON, wrong types, missing fields, newer version, size cap,
//   nesting bomb, offsets out of range, duplicate ids, invalid UTF-8
//                         testBadSidecarReadOnlyAndUntouched (+ SizeCap, OffsetsBeyondText)
//   read-only folder      testReadOnlyFolder (as root: a child process run as "nobody")
//   full disk             testFullDisk (a 64 KiB tmpfs, else a file size limit),
//                         testFullDiskDuringBackup (tmpfs only)
//   replaced while open   testReplacedWhileOpen
//   not a regular file    testSidecarNotARegularFile, testJournalNotARegularFile (a FIFO would
//                         block the open, a link to /dev/zero never ends)

#include "annotation/journal.h"
#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Marginalia;

namespace {
const QByteArray Article = "Harrow Bridge reopens\n"
                           "The Harrow Bridge reopened on Tuesday after three weeks of repairs.\n"
                           "Residents of the Quay district said they had not been consulted about the toll.\n";
const QString Path = QStringLiteral("Valley Ledger/bridge.txt");
const QByteArray Head = "{\"format\":\"marginalia\",\"version\":1,";
const QByteArray Tags = "\"codebook\":[{\"id\":\"t\",\"name\":\"T\"}],";

QByteArray withSpans(const QByteArray &spans)
{
    return Head + Tags + "\"documents\":[{\"path\":\"Valley Ledger/bridge.txt\",\"annotations\":[" + spans + "]}]}";
}

// Every file under root (hidden ones too) with its SHA-256, or for big files
// (the sparse one over the size cap) its size and modification time.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo info(file);
        out.insert(QDir(root).relativeFilePath(file),
            !info.isFile() ? QByteArray("not a regular file ") + QFile::encodeName(info.symLinkTarget())
                : info.size() > 1024 * 1024
                ? QByteArray::number(info.size()) + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch())
                : TestUtil::sha256(file));
    }
    return out;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct Fixture
{
    QTemporaryDir dir;
    QString root;
    explicit Fixture(const QString &at = {})
        : root(at.isEmpty() ? dir.path() : at)
    {
        TestUtil::writeFile(root + QLatin1Char('/') + Path, Article);
    }
    QString sidecar() const { return root + QLatin1Char('/') + SidecarStore::fileName(); }
};

// A valid sidecar for the fixture with `n` spans, each with a long note.
QByteArray sidecarWith(int n, int noteLength)
{
    SidecarData d;
    Tag t;
    t.id = QStringLiteral("t");
    t.name = QStringLiteral("Blame");
    t.color = QColor(Qt::yellow);
    d.codebook.append(t);
    SidecarData::DocumentEntry e;
    e.path = Path;
    for (int i = 0; i < n; ++i) {
        Span s;
        s.id = QStringLiteral("s%1").arg(i);
        s.tagId = t.id;
        s.start = i % 20;
        s.end = s.start + 5;
        s.note = QString(noteLength, QLatin1Char('n'));
        e.spans.append(s);
    }
    d.documents.append(e);
    return SidecarCodec::serialize(d);
}

// Adds `n` spans with long notes: what an analyst's unsaved work looks like.
void addWork(Corpus &c, int n, int noteLength)
{
    const QString tag = c.codebook()->tags().isEmpty() ? c.addTag(QStringLiteral("Work"), QColor(Qt::cyan))
                                                        : c.codebook()->tags().first().id;
    for (int i = 0; i < n; ++i)
        c.addSpan(Path, i % 30, i % 30 + 4, tag, QString(noteLength, QLatin1Char('w')));
}

// The child for testReadOnlyFolder: runs as another user, reports as JSON.
int tryWrite(const QString &root)
{
    QJsonObject report;
    Corpus c;
    const Corpus::OpenStatus status = c.open(root);
    report.insert(QStringLiteral("opened"), status != Corpus::OpenStatus::Failed);
    report.insert(QStringLiteral("readOnly"), c.isReadOnly());
    report.insert(QStringLiteral("reason"), c.readOnlyReason());
    QString error;
    report.insert(QStringLiteral("saved"), c.save(&error));
    report.insert(QStringLiteral("saveError"), error);
    QString storeError;
    const SidecarStore store(c.sidecarPath());
    report.insert(QStringLiteral("storeSaved"), store.save(store.load().data, &storeError));
    report.insert(QStringLiteral("storeError"), storeError);
    fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

// Mounts a small tmpfs on a new folder below dir; false where this process may not.
bool mountSmall(const QString &mountPoint, const char *options = "size=64k")
{
    QDir().mkpath(mountPoint);
    return ::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, options) == 0;
}

qint64 pages(qint64 bytes)
{
    return (bytes + 4095) / 4096 * 4096;
}
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testBadSidecarReadOnlyAndUntouched_data();
    void testBadSidecarReadOnlyAndUntouched();
    void testSizeCap();
    void testOffsetsBeyondTextKeptAndNamed();
    void testReadOnlyFolder();
    void testFullDisk();
    void testFullDiskDuringBackup();
    void testReplacedWhileOpen_data();
    void testReplacedWhileOpen();
    void testSidecarNotARegularFile_data();
    void testSidecarNotARegularFile();
    void testJournalNotARegularFile();
};

void TestBadInput::testBadSidecarReadOnlyAndUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("newer");
    QTest::addRow("invalid JSON") << QByteArray("{\"format\": \"marginalia\",\n \"version\": 1,,}")
                                  << QStringLiteral("not valid JSON") << false;
    QTest::addRow("wrong type") << Head + "\"codebook\":{}}" << QStringLiteral("\"codebook\" must be an array") << false;
    QTest::addRow("wrong field type") << Head + "\"codebook\":[{\"id\":\"t\",\"name\":7}]}"
                                      << QStringLiteral("the field \"name\" must be a string") << false;
    QTest::addRow("missing field") << Head + "\"codebook\":[{\"id\":\"t\"}]}"
                                   << QStringLiteral("the field \"name\" is missing") << false;
    QTest::addRow("missing version") << QByteArray("{\"format\":\"marginalia\"}") << QStringLiteral("\"version\"")
                                     << false;
    QTest::addRow("unknown newer version") << QByteArray("{\"format\":\"marginalia\",\"version\":9,\"hologram\":1}")
                                           << QStringLiteral("newer") << true;
    QTest::addRow("nesting bomb") << Head + "\"x\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}"
                                  << QStringLiteral("not valid JSON") << false;
    QTest::addRow("negative offset") << withSpans("{\"id\":\"s\",\"tag\":\"t\",\"start\":-4,\"end\":1}")
                                     << QStringLiteral("whole number of at least 0") << false;
    QTest::addRow("offset beyond int") << withSpans("{\"id\":\"s\",\"tag\":\"t\",\"start\":0,\"end\":1e12}")
                                       << QStringLiteral("whole number of at least 0") << false;
    QTest::addRow("end before start") << withSpans("{\"id\":\"s\",\"tag\":\"t\",\"start\":9,\"end\":2}")
                                      << QStringLiteral("is before") << false;
    QTest::addRow("duplicate annotation ids")
        << withSpans("{\"id\":\"s\",\"tag\":\"t\",\"start\":0,\"end\":1},{\"id\":\"s\",\"tag\":\"t\",\"start\":2,\"end\":3}")
        << QStringLiteral("used twice") << false;
    QTest::addRow("duplicate tag ids") << Head + "\"codebook\":[{\"id\":\"t\",\"name\":\"T\"},{\"id\":\"t\",\"name\":\"U\"}]}"
                                       << QStringLiteral("used twice") << false;
    QTest::addRow("invalid UTF-8") << Head + "\"codebook\":[{\"id\":\"t\",\"name\":\"\xff\xfe\"}]}"
                                   << QStringLiteral("not valid JSON") << false;
}

void TestBadInput::testBadSidecarReadOnlyAndUntouched()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QFETCH(bool, newer);
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.sidecar(), bytes));
    const auto before = snapshot(f.root);

    Corpus c;
    c.setUseJournal(true); // as the window opens it
    QCOMPARE(c.open(f.root), Corpus::OpenStatus::SidecarError);
    QVERIFY(c.isReadOnly());
    QCOMPARE(c.documents()->documentCount(), 1); // the articles still show
    QCOMPARE(c.problems().size(), 1);
    const Problem p = c.problems().first();
    QCOMPARE(p.severity, Problem::Severity::Error);
    QVERIFY2(p.message.contains(native(f.sidecar())) && p.message.contains(problem), qPrintable(p.message));
    if (newer)
        QVERIFY(c.readOnlyReason().contains(QLatin1String("newer")));
    // Nothing can change it: every mutator refuses, a save says why, naming the file.
    QVERIFY(c.addTag(QStringLiteral("T"), QColor(Qt::red)).isEmpty());
    QString error;
    QVERIFY(!c.save(&error));
    QVERIFY2(error.contains(native(f.sidecar())) && error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(snapshot(f.root), before);
}

void TestBadInput::testSizeCap()
{
    Fixture f;
    {
        QFile file(f.sidecar());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(Head + "\"x\":\"") > 0);
        QVERIFY(file.resize(SidecarCodec::MaxSize + 1)); // sparse: no disk used
    }
    const auto before = snapshot(f.root);
    Corpus c;
    QCOMPARE(c.open(f.root), Corpus::OpenStatus::SidecarError);
    QVERIFY(c.isReadOnly());
    const QString message = c.problems().value(0).message;
    QVERIFY2(message.contains(native(f.sidecar())) && message.contains(QLatin1String("larger than")),
        qPrintable(message));
    QVERIFY(!c.save());
    QCOMPARE(snapshot(f.root), before);
}

void TestBadInput::testOffsetsBeyondTextKeptAndNamed()
{
    // Valid JSON, but the offsets lie beyond the article's text: the
    // annotation is reported by file, kept, not shown, and written back as it was.
    Fixture f;
    const QByteArray sha = QCryptographicHash::hash(Article, QCryptographicHash::Sha256).toHex();
    QVERIFY(TestUtil::writeFile(f.sidecar(),
        Head + Tags + "\"documents\":[{\"path\":\"Valley Ledger/bridge.txt\",\"sha256\":\"" + sha
            + "\",\"annotations\":[{\"id\":\"far\",\"tag\":\"t\",\"start\":5000,\"end\":5010,\"note\":\"keep me\"}]}]}"));
    const auto before = snapshot(f.root);
    Corpus c;
    QCOMPARE(c.open(f.root), Corpus::OpenStatus::Ok);
    QCOMPARE(c.documents()->spanCount(), 0);
    QCOMPARE(c.annotationCount(), 1);
    QCOMPARE(c.problems().size(), 1);
    QCOMPARE(c.problems().first().file, Path);
    QVERIFY2(c.problems().first().message.contains(QLatin1String("beyond the end of the text")),
        qPrintable(c.problems().first().message));
    QCOMPARE(snapshot(f.root), before); // opening writes nothing
    QVERIFY(!c.addTag(QStringLiteral("Other"), QColor(Qt::red)).isEmpty());
    QVERIFY(c.save());
    const SidecarData saved = SidecarStore(f.sidecar()).load().data;
    QCOMPARE(saved.annotationCount(), 1);
    QCOMPARE(saved.documents.first().spans.first().start, 5000);
    QCOMPARE(saved.documents.first().spans.first().note, QStringLiteral("keep me"));
    QCOMPARE(TestUtil::readFile(f.root + QLatin1Char('/') + Path), Article);
}

void TestBadInput::testReadOnlyFolder()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.sidecar(), sidecarWith(2, 10)));
    const auto before = snapshot(f.root);
    QJsonObject report;
    if (::geteuid() == 0) {
        // Root writes anywhere: the attempt runs as "nobody" in a child process,
        // with the folder and files readable but not writable by it.
        const auto readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto traversable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QDirIterator it(f.root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY(QFile::setPermissions(f.root, traversable));
        while (it.hasNext()) {
            const QString p = it.next();
            QVERIFY(QFile::setPermissions(p, QFileInfo(p).isDir() ? traversable : readable));
        }
        QProcess child;
        child.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--try-write"), f.root });
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        report = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    } else {
        QVERIFY(QFile::setPermissions(f.root, QFile::ReadOwner | QFile::ExeOwner));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--try-write"), f.root });
        QVERIFY(child.waitForFinished(60000));
        QFile::setPermissions(f.root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        report = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    }
    QVERIFY(report.value(QLatin1String("opened")).toBool());
    QVERIFY(report.value(QLatin1String("readOnly")).toBool());
    const QString reason = report.value(QLatin1String("reason")).toString();
    QVERIFY2(reason.contains(native(f.root)) && reason.contains(QLatin1String("not writable")), qPrintable(reason));
    QVERIFY(!report.value(QLatin1String("saved")).toBool());
    QVERIFY(report.value(QLatin1String("saveError")).toString().contains(native(f.sidecar())));
    // One level down, the store's own write fails and says so.
    QVERIFY(!report.value(QLatin1String("storeSaved")).toBool());
    const QString storeError = report.value(QLatin1String("storeError")).toString();
    QVERIFY2(storeError.contains(native(f.sidecar())) && storeError.contains(QLatin1String("not saved")),
        qPrintable(storeError));
    QCOMPARE(snapshot(f.root), before);
}

void TestBadInput::testFullDisk()
{
    // The corpus on a 64 KiB tmpfs when this process may mount one: a real
    // ENOSPC. Otherwise a file size limit, which fails the same write (EFBIG).
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    const bool mounted = mountSmall(mountPoint);
    struct rlimit old;
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    QString error;
    bool saved = true;
    bool modified = false;
    QMap<QString, QByteArray> before, after;
    QString sidecar;
    {
        Fixture f(mounted ? mountPoint : dir.filePath(QStringLiteral("corpus")));
        sidecar = f.sidecar();
        TestUtil::writeFile(f.sidecar(), sidecarWith(2, 10));
        before = snapshot(f.root);
        Corpus c;
        c.open(f.root);
        addWork(c, 400, 200); // about 110 KB of JSON: more than the disk has
        if (!mounted) {
            struct rlimit small = old;
            small.rlim_cur = 64 * 1024;
            ::setrlimit(RLIMIT_FSIZE, &small);
        }
        saved = c.save(&error);
        ::setrlimit(RLIMIT_FSIZE, &old);
        modified = c.isModified();
        after = snapshot(f.root);
    }
    std::signal(SIGXFSZ, oldHandler);
    if (mounted)
        ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH);
    qInfo("%s: %s", mounted ? "a 64 KiB tmpfs" : "a 64 KiB file size limit (no tmpfs mountable here)",
        qPrintable(error));
    QVERIFY(!saved);
    QVERIFY2(error.contains(native(sidecar)) && error.contains(QLatin1String("not saved"))
            && (error.contains(QLatin1String("No space left on device")) || error.contains(QLatin1String("File too large"))),
        qPrintable(error));
    QVERIFY(modified); // the work is still open
    QCOMPARE(after, before); // no temporary file left, nothing changed
}

void TestBadInput::testFullDiskDuringBackup()
{
    // The new file fits, the copy of the old one into .marginalia-backups does
    // not (nor do both together).
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    if (!mountSmall(mountPoint, "size=1m"))
        QSKIP("no tmpfs can be mounted here (not root); testFullDisk covers the write itself");
    QString error;
    bool saved = true;
    QMap<QString, QByteArray> before, after;
    QString sidecar;
    qint64 oldSize = 0;
    qint64 left = 0;
    {
        Fixture f(mountPoint);
        sidecar = f.sidecar();
        TestUtil::writeFile(f.sidecar(), sidecarWith(50, 300));
        oldSize = QFileInfo(sidecar).size();
        Corpus c;
        c.open(f.root);
        addWork(c, 2, 10);
        const qint64 newSize = SidecarCodec::serialize(c.toSidecarData()).size();
        // Fill the disk so that the new file fits with one page to spare.
        struct statvfs fs;
        QCOMPARE(::statvfs(QFile::encodeName(mountPoint).constData(), &fs), 0);
        const qint64 filler = qint64(fs.f_bavail) * qint64(fs.f_frsize) - pages(newSize) - 4096;
        QVERIFY(TestUtil::writeFile(mountPoint + QStringLiteral("/filler.bin"), QByteArray(filler, 'f')));
        QCOMPARE(::statvfs(QFile::encodeName(mountPoint).constData(), &fs), 0);
        left = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        before = snapshot(f.root);
        saved = c.save(&error);
        after = snapshot(f.root);
    }
    ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH);
    qInfo("%s", qPrintable(error));
    QVERIFY2(left - pages(oldSize) < 4096 * 2 && pages(oldSize) > 4096 * 2, "the old file's copy must not fit");
    QVERIFY(!saved);
    // The backup copy is made while the new file is written: whichever of the
    // two finds the disk full first fails the save (usually the copy, which
    // starts first and cannot fit). Either way the half-written copy and the
    // temporary file are gone and nothing else changed.
    QVERIFY2(
        error.contains(native(sidecar)) && error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QCOMPARE(after, before);
}

void TestBadInput::testReplacedWhileOpen_data()
{
    QTest::addColumn<int>("replacement");
    QTest::addColumn<QString>("problem");
    QTest::addRow("by a conflicting edit") << 0 << QStringLiteral("conflict");
    QTest::addRow("by a file that does not parse") << 1 << QStringLiteral("can no longer be read");
    QTest::addRow("by a newer version") << 2 << QStringLiteral("can no longer be read");
}

void TestBadInput::testReplacedWhileOpen()
{
    QFETCH(int, replacement);
    QFETCH(QString, problem);
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.sidecar(), sidecarWith(2, 10)));
    Corpus mine;
    mine.setUseJournal(true);
    mine.open(f.root);
    QVERIFY(mine.setSpanNote(Path, QStringLiteral("s0"), QStringLiteral("my note")));
    switch (replacement) {
    case 0: {
        Corpus other;
        other.open(f.root);
        QVERIFY(other.setSpanNote(Path, QStringLiteral("s0"), QStringLiteral("their note")));
        QVERIFY(other.save());
        break;
    }
    case 1:
        QVERIFY(TestUtil::writeFile(f.sidecar(), "{\"format\": \"marginalia\", <<<<<<< HEAD\n"));
        break;
    case 2:
        QVERIFY(TestUtil::writeFile(f.sidecar(), "{\"format\":\"marginalia\",\"version\":3}"));
        break;
    }
    const auto before = snapshot(f.root);
    QString error;
    QVERIFY(!mine.save(&error));
    QVERIFY2(error.contains(native(f.sidecar())) && error.contains(problem) && error.contains(QLatin1String("kept here")),
        qPrintable(error));
    QVERIFY(mine.isModified());
    QCOMPARE(mine.documents()->span(Path, QStringLiteral("s0")).note, QStringLiteral("my note"));
    // Their file stays byte for byte; only the journal (holding my work) differs.
    auto after = snapshot(f.root);
    QVERIFY(after.remove(QStringLiteral(".marginalia-backups/unsaved.journal")) == 1
        || !before.contains(QStringLiteral(".marginalia-backups/unsaved.journal")));
    auto expected = before;
    expected.remove(QStringLiteral(".marginalia-backups/unsaved.journal"));
    QCOMPARE(after, expected);
}

void TestBadInput::testSidecarNotARegularFile_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("a FIFO") << 0;
    QTest::addRow("a link to a device") << 1;
    QTest::addRow("a folder") << 2;
}

void TestBadInput::testSidecarNotARegularFile()
{
    QFETCH(int, kind);
    Fixture f;
    switch (kind) {
    case 0:
        QCOMPARE(::mkfifo(QFile::encodeName(f.sidecar()).constData(), 0644), 0);
        break;
    case 1:
        // /dev/null, which ends at once; /dev/zero, which never does, takes the same path.
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), f.sidecar()));
        break;
    default:
        QVERIFY(QDir().mkdir(f.sidecar()));
        break;
    }
    const auto before = snapshot(f.root);
    // Opening a FIFO to read blocks until someone opens it to write: without
    // the check, open() below never returns and the alarm ends this test as a failure.
    ::alarm(60);
    Corpus c;
    c.setUseJournal(true); // as the window opens it
    const Corpus::OpenStatus status = c.open(f.root);
    ::alarm(0);
    QCOMPARE(status, Corpus::OpenStatus::SidecarError);
    QVERIFY(c.isReadOnly());
    QCOMPARE(c.documents()->documentCount(), 1);
    const QString message = c.problems().value(0).message;
    QVERIFY2(message.contains(native(f.sidecar())) && message.contains(QLatin1String("not a regular file")),
        qPrintable(message));
    QVERIFY(!c.save());
    // One level down: a save without a fingerprint does not take it for ours
    // either, and its fingerprint has no hash.
    ::alarm(60);
    QString error;
    const bool saved = SidecarStore(f.sidecar()).save(SidecarData(), &error);
    const QByteArray hash = SidecarStore::fingerprintOf(f.sidecar()).sha256;
    ::alarm(0);
    QVERIFY(!saved);
    QVERIFY2(error.contains(native(f.sidecar())), qPrintable(error));
    QVERIFY(hash.isEmpty());
    QCOMPARE(snapshot(f.root), before);
}

void TestBadInput::testJournalNotARegularFile()
{
    Fixture f;
    QVERIFY(TestUtil::writeFile(f.sidecar(), sidecarWith(2, 10)));
    const QString journal = Journal::pathFor(f.root);
    QVERIFY(QDir().mkpath(QFileInfo(journal).absolutePath()));
    QCOMPARE(::mkfifo(QFile::encodeName(journal).constData(), 0644), 0);
    const QByteArray sidecarBefore = TestUtil::readFile(f.sidecar());
    ::alarm(60); // see testSidecarNotARegularFile
    Corpus c;
    c.setUseJournal(true);
    const Corpus::OpenStatus status = c.open(f.root);
    ::alarm(0);
    QCOMPARE(status, Corpus::OpenStatus::Ok);
    QVERIFY(!c.isReadOnly());
    QCOMPARE(c.journalInfo().state, Corpus::JournalInfo::State::Unreadable);
    QVERIFY2(c.journalInfo().reason.contains(native(journal))
            && c.journalInfo().reason.contains(QLatin1String("not a regular file")),
        qPrintable(c.journalInfo().reason));
    // Set aside, never replayed; the corpus journals into a new file and saves.
    QVERIFY(!QFileInfo::exists(journal));
    addWork(c, 1, 5);
    QVERIFY(QFileInfo(journal).isFile());
    QVERIFY(c.save());
    QVERIFY(TestUtil::readFile(f.sidecar()) != sidecarBefore);
    QCOMPARE(TestUtil::readFile(f.root + QLatin1Char('/') + Path), Article);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--try-write") == 0) {
        QCoreApplication app(argc, argv);
        return tryWrite(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestBadInput test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_badinput.moc"
