// SidecarStore: backups, the on-disk fingerprint, and every kind of bad input
// the issue lists. Each bad input must give a message naming the file and the
// problem, and leave the user's bytes exactly as they were.

#include "annotation/corpuslock.h"
#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "annotation/sidecarstream.h"
#include "testutil.h"

#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Marginalia;

namespace {
SidecarData sample(int spans)
{
    SidecarData d;
    Tag t;
    t.id = QStringLiteral("t1");
    t.name = QStringLiteral("Blame");
    t.color = QColor(QStringLiteral("#f7dc6f"));
    d.codebook.append(t);
    SidecarData::DocumentEntry e;
    e.path = QStringLiteral("Coastline Wire/bridge.txt");
    for (int i = 0; i < spans; ++i) {
        Span s;
        s.id = QStringLiteral("s%1").arg(i);
        s.tagId = t.id;
        s.start = i;
        s.end = i + 3;
        s.quote = QStringLiteral("abc");
        s.note = QStringLiteral("note %1 with some words so that the file grows").arg(i);
        e.spans.append(s);
    }
    d.documents.append(e);
    return d;
}

QByteArray nested(int depth)
{
    return QByteArray("{\"format\":\"marginalia\",\"version\":1,\"x\":") + QByteArray(depth, '[')
        + QByteArray(depth, ']') + QByteArray("}");
}
} // namespace

class TestSidecarStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testBackupsKeepLastFive();
    void testBackupsOffWritesNone();
    void testBackupLeftHalfByACrashIsCleanedUp();
    void testSaveRefusesDataThatDoesNotReadBack();
    void testLargeSaveValidatedWhileWritten();
    void testLargeSaveWithAnnotationIdUsedTwiceRefused();
    void testWriterBufferGrowsWhileRead();
    void testStreamedCheckAgreesWithCheck_data();
    void testStreamedCheckAgreesWithCheck();
    void testFingerprintDetectsReplacement();
    void testFingerprintDetectsSameSizeRewrite();
    void testBadInputNamedAndUntouched_data();
    void testBadInputNamedAndUntouched();
    void testSidecarOverSizeCapRefused();
    void testNewerVersionNeverOverwritten();
    void testReadOnlyFolderReportsAndKeepsFile();
    void testFullDiskReportsAndKeepsFile();
    void testLockHeldByOtherNamesHolder();
    void testStaleLockTakenOver();
};

void TestSidecarStore::testBackupsKeepLastFive()
{
    QTemporaryDir dir;
    const SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    QByteArrayList versions;
    for (int i = 1; i <= 8; ++i) {
        QString error;
        QVERIFY2(store.save(sample(i), &error), qPrintable(error));
        versions.append(TestUtil::readFile(store.path()));
    }
    const QDir backups(store.backupDirectory());
    const QStringList names = backups.entryList({ QStringLiteral("marginalia-*.json") }, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 5);
    // The backups are the five versions before the current one, oldest first.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(TestUtil::readFile(backups.filePath(names.at(i))), versions.at(2 + i));
}

void TestSidecarStore::testBackupsOffWritesNone()
{
    QTemporaryDir dir;
    SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    store.setBackupCount(0);
    QVERIFY(store.save(sample(1), nullptr));
    QVERIFY(store.save(sample(2), nullptr));
    QVERIFY(!QFileInfo::exists(store.backupDirectory()));
}

void TestSidecarStore::testBackupLeftHalfByACrashIsCleanedUp()
{
    // Backups are copied under a .part name and renamed when complete; a
    // .part file is what a save killed during the copy leaves behind.
    QTemporaryDir dir;
    const SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    QVERIFY(store.save(sample(1), nullptr));
    QVERIFY(store.save(sample(2), nullptr));
    const QDir backups(store.backupDirectory());
    const QStringList names = backups.entryList(QDir::Files);
    QCOMPARE(names, backups.entryList({ QStringLiteral("marginalia-*.json") }, QDir::Files));
    QCOMPARE(names.size(), 1);
    const QString stale = backups.filePath(QStringLiteral("marginalia-20260101T000000000Z-00.json.part"));
    const QString fresh = backups.filePath(QStringLiteral("marginalia-20260101T000000001Z-00.json.part"));
    QVERIFY(TestUtil::writeFile(stale, "{\"format\": \"margi"));
    QVERIFY(TestUtil::writeFile(fresh, "{\"format\": \"margi"));
    QFile staleFile(stale);
    QVERIFY(staleFile.open(QIODevice::ReadWrite));
    QVERIFY(staleFile.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    staleFile.close();
    QVERIFY(store.save(sample(3), nullptr));
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(fresh)); // may be a save in progress elsewhere
    QCOMPARE(backups.entryList({ QStringLiteral("marginalia-*.json") }).size(), 2);
}

void TestSidecarStore::testSaveRefusesDataThatDoesNotReadBack()
{
    // The bytes are validated with the reader's own checks before anything is
    // written: data with an annotation id used twice never reaches the disk.
    QTemporaryDir dir;
    const SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    QVERIFY(store.save(sample(2), nullptr));
    const QByteArray before = TestUtil::readFile(store.path());
    SidecarData broken = sample(3);
    broken.documents[0].spans[2].id = broken.documents[0].spans[0].id;
    QString error;
    SidecarStore::Fingerprint written;
    QCOMPARE(store.save(broken, &error, SidecarStore::fingerprintOf(store.path()), &written),
        SidecarStore::SaveStatus::Failed);
    QVERIFY2(error.contains(QLatin1String("did not read back")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("used twice")), qPrintable(error));
    QCOMPARE(TestUtil::readFile(store.path()), before);
    QVERIFY(!QFileInfo::exists(store.backupDirectory()));
}

void TestSidecarStore::testFingerprintDetectsReplacement()
{
    QTemporaryDir dir;
    const SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    SidecarStore::Fingerprint written;
    QCOMPARE(store.save(sample(1), nullptr, SidecarStore::Fingerprint(), &written), SidecarStore::SaveStatus::Saved);
    QCOMPARE(written, SidecarStore::fingerprintOf(store.path()));
    // Another writer replaces the file atomically (as our own save does).
    const SidecarStore other(store.path());
    QVERIFY(other.save(sample(2), nullptr));
    const QByteArray theirs = TestUtil::readFile(store.path());
    QString error;
    QCOMPARE(store.save(sample(3), &error, written, nullptr), SidecarStore::SaveStatus::ChangedOnDisk);
    QVERIFY(error.contains(QDir::toNativeSeparators(store.path())));
    QCOMPARE(TestUtil::readFile(store.path()), theirs);
}

void TestSidecarStore::testFingerprintDetectsSameSizeRewrite()
{
    QTemporaryDir dir;
    const SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    QVERIFY(store.save(sample(1), nullptr));
    const SidecarStore::Fingerprint before = SidecarStore::fingerprintOf(store.path());
    QByteArray bytes = TestUtil::readFile(store.path());
    bytes.replace("note 0", "note X"); // same size
    QVERIFY(TestUtil::writeFile(store.path(), bytes));
    const SidecarStore::Fingerprint after = SidecarStore::fingerprintOf(store.path());
    QCOMPARE(after.size, before.size);
    QVERIFY(after.sha256 != before.sha256);
    QCOMPARE(store.save(sample(2), nullptr, before, nullptr), SidecarStore::SaveStatus::ChangedOnDisk);
}

void TestSidecarStore::testLargeSaveValidatedWhileWritten()
{
    // 20,000 annotations (about 7 MB): many parts published while the
    // serialiser goes on; the file is written, hashed and validated from
    // them, and is byte for byte what serialize() gives.
    QTemporaryDir dir;
    SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    SidecarStore::Timings timings;
    store.setTimings(&timings);
    const SidecarData data = sample(20000);
    SidecarStore::Fingerprint written;
    QCOMPARE(store.save(data, nullptr, SidecarStore::Fingerprint(), &written), SidecarStore::SaveStatus::Saved);
    QVERIFY(timings.validatedWhileWritten);
    const QByteArray bytes = SidecarCodec::serialize(data);
    QVERIFY(bytes.size() > 4 * 1024 * 1024);
    QCOMPARE(TestUtil::readFile(store.path()), bytes);
    QCOMPARE(written, SidecarStore::fingerprintOf(store.path()));
    const auto loaded = store.load();
    QCOMPARE(loaded.status, SidecarStore::Status::Ok);
    QCOMPARE(loaded.data.annotationCount(), 20000);
}

void TestSidecarStore::testLargeSaveWithAnnotationIdUsedTwiceRefused()
{
    // The validator reading while the bytes are written must refuse what
    // check() refuses, however far into the file the problem is.
    QTemporaryDir dir;
    const SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    QVERIFY(store.save(sample(2), nullptr));
    const QByteArray before = TestUtil::readFile(store.path());
    SidecarData broken = sample(20000);
    broken.documents[0].spans[19999].id = broken.documents[0].spans[3].id;
    QString error;
    QCOMPARE(store.save(broken, &error, SidecarStore::fingerprintOf(store.path()), nullptr),
        SidecarStore::SaveStatus::Failed);
    QVERIFY2(error.contains(QLatin1String("used twice")), qPrintable(error));
    QCOMPARE(TestUtil::readFile(store.path()), before);
}

void TestSidecarStore::testWriterBufferGrowsWhileRead()
{
    // Notes of control characters take six bytes per character (\u0001),
    // far more than serialize() reserves for them: its buffer grows again
    // and again while the writer and the validator read the published
    // parts, which must stay valid and the same.
    QTemporaryDir dir;
    SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    SidecarStore::Timings timings;
    store.setTimings(&timings);
    SidecarData data = sample(3000);
    for (Span &s : data.documents[0].spans)
        s.note = QString(400, QChar(0x01)) + s.note;
    QCOMPARE(store.save(data, nullptr, SidecarStore::Fingerprint(), nullptr), SidecarStore::SaveStatus::Saved);
    QVERIFY(timings.validatedWhileWritten);
    QCOMPARE(TestUtil::readFile(store.path()), SidecarCodec::serialize(data));
    const auto loaded = store.load();
    QCOMPARE(loaded.status, SidecarStore::Status::Ok);
    QCOMPARE(loaded.data.documents.at(0).spans.at(7).note, data.documents.at(0).spans.at(7).note);
}

void TestSidecarStore::testStreamedCheckAgreesWithCheck_data()
{
    testBadInputNamedAndUntouched_data();
    QTest::addRow("valid") << SidecarCodec::serialize(sample(40)) << "";
    const QByteArray valid = SidecarCodec::serialize(sample(3));
    QTest::addRow("cut short") << valid.left(valid.size() - 40) << "";
    QTest::addRow("trailing bytes") << valid + "{}" << "";
    QTest::addRow("NUL inside") << QByteArray(valid).replace("Blame", QByteArray("Bl\0me", 5)) << "";
}

void TestSidecarStore::testStreamedCheckAgreesWithCheck()
{
    // Every byte published at once: the streamed check's verdict is check()'s.
    QFETCH(QByteArray, bytes);
    SidecarStream stream;
    stream.publish(bytes.constData(), bytes.size(), 0, true);
    const SidecarCodec::CheckResult streamed = SidecarCodec::check(&stream);
    const SidecarCodec::CheckResult whole = SidecarCodec::check(bytes);
    QCOMPARE(streamed.ok, whole.ok);
    QCOMPARE(streamed.annotationCount, whole.annotationCount);
    QCOMPARE(streamed.tagCount, whole.tagCount);
}

void TestSidecarStore::testBadInputNamedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    const QByteArray head = "{\"format\":\"marginalia\",\"version\":1,";
    QTest::addRow("invalid JSON") << QByteArray("{\"format\": \"marginalia\",\n \"version\": 1,,}") << "not valid JSON";
    QTest::addRow("invalid JSON names line")
        << QByteArray("{\"format\": \"marginalia\",\n \"version\": 1,,}") << "line 2";
    QTest::addRow("wrong type") << head + "\"codebook\":{}}"
                                << "\"codebook\" must be an array";
    QTest::addRow("wrong field type") << head + "\"codebook\":[{\"id\":\"t\",\"name\":7}]}"
                                      << "the field \"name\" must be a string";
    QTest::addRow("missing field") << head + "\"codebook\":[{\"id\":\"t\"}]}"
                                   << "the field \"name\" is missing";
    QTest::addRow("missing version") << QByteArray("{\"format\":\"marginalia\"}") << "\"version\"";
    QTest::addRow("duplicate annotation ids") << head
            + "\"codebook\":[{\"id\":\"t\",\"name\":\"T\"}],\"documents\":[{\"path\":\"a.txt\",\"annotations\":["
              "{\"id\":\"s\",\"tag\":\"t\",\"start\":0,\"end\":1},{\"id\":\"s\",\"tag\":\"t\",\"start\":2,\"end\":3}]}]"
              "}"
                                              << "used twice";
    QTest::addRow("duplicate tag ids") << head
            + "\"codebook\":[{\"id\":\"t\",\"name\":\"T\"},{\"id\":\"t\",\"name\":\"U\"}]}"
                                       << "used twice";
    QTest::addRow("negative offset") << head
            + "\"codebook\":[{\"id\":\"t\",\"name\":\"T\"}],\"documents\":[{\"path\":\"a.txt\",\"annotations\":["
              "{\"id\":\"s\",\"tag\":\"t\",\"start\":-4,\"end\":1}]}]}"
                                     << "whole number of at least 0";
    QTest::addRow("offset beyond int") << head
            + "\"codebook\":[{\"id\":\"t\",\"name\":\"T\"}],\"documents\":[{\"path\":\"a.txt\",\"annotations\":["
              "{\"id\":\"s\",\"tag\":\"t\",\"start\":0,\"end\":99999999999}]}]}"
                                       << "whole number of at least 0";
    QTest::addRow("end before start") << head
            + "\"codebook\":[{\"id\":\"t\",\"name\":\"T\"}],\"documents\":[{\"path\":\"a.txt\",\"annotations\":["
              "{\"id\":\"s\",\"tag\":\"t\",\"start\":5,\"end\":1}]}]}"
                                      << "is before";
    QTest::addRow("invalid UTF-8") << head + "\"codebook\":[{\"id\":\"t\",\"name\":\"\xff\xfe\"}]}"
                                   << "not valid JSON";
    QTest::addRow("nesting bomb") << nested(100000) << "not valid JSON";
    QTest::addRow("not an object") << QByteArray("[1,2,3]") << "not a Marginalia sidecar";
    QTest::addRow("empty file") << QByteArray() << "not valid JSON";
}

void TestSidecarStore::testBadInputNamedAndUntouched()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("marginalia.json"));
    QVERIFY(TestUtil::writeFile(path, bytes));
    const SidecarStore store(path);
    const auto loaded = store.load();
    QCOMPARE(loaded.status, SidecarStore::Status::Invalid);
    QVERIFY2(loaded.error.contains(QDir::toNativeSeparators(path)), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(problem), qPrintable(loaded.error));
    QString error;
    QVERIFY(!store.save(sample(1), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(TestUtil::readFile(path), bytes);
    QVERIFY(!QFileInfo::exists(store.backupDirectory()));
}

void TestSidecarStore::testSidecarOverSizeCapRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("marginalia.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("{\"format\":\"marginalia\",\"version\":1}") > 0);
        QVERIFY(f.resize(SidecarCodec::MaxSize + 1)); // sparse: no disk used
    }
    const SidecarStore store(path);
    const auto loaded = store.load();
    QCOMPARE(loaded.status, SidecarStore::Status::Invalid);
    QVERIFY(loaded.error.contains(QDir::toNativeSeparators(path)));
    QVERIFY(loaded.error.contains(QLatin1String("larger than")));
    QVERIFY(!store.save(sample(1), nullptr));
    QCOMPARE(QFileInfo(path).size(), SidecarCodec::MaxSize + 1);
}

void TestSidecarStore::testNewerVersionNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("marginalia.json"));
    const QByteArray bytes = "{\"format\":\"marginalia\",\"version\":7,\"hologram\":true}\n";
    QVERIFY(TestUtil::writeFile(path, bytes));
    const SidecarStore store(path);
    const auto loaded = store.load();
    QCOMPARE(loaded.status, SidecarStore::Status::Newer);
    QVERIFY(loaded.error.contains(QDir::toNativeSeparators(path)));
    QVERIFY(loaded.error.contains(QLatin1String("newer")));
    QVERIFY(!store.save(sample(1), nullptr));
    QCOMPARE(TestUtil::readFile(path), bytes);
}

void TestSidecarStore::testReadOnlyFolderReportsAndKeepsFile()
{
    if (::geteuid() == 0)
        QSKIP("root ignores folder permissions; this case is only checked as a normal user");
    QTemporaryDir dir;
    const SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    QVERIFY(store.save(sample(1), nullptr));
    const QByteArray before = TestUtil::readFile(store.path());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    QString error;
    const bool saved = store.save(sample(2), &error);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(store.path())), qPrintable(error));
    QCOMPARE(TestUtil::readFile(store.path()), before);
}

void TestSidecarStore::testFullDiskReportsAndKeepsFile()
{
    // A file size limit makes every write past it fail with EFBIG, as a full
    // disk fails with ENOSPC: the write path and its error handling are the same.
    QTemporaryDir dir;
    const SidecarStore store(dir.filePath(QStringLiteral("marginalia.json")));
    QVERIFY(store.save(sample(1), nullptr));
    const QByteArray before = TestUtil::readFile(store.path());
    QVERIFY(SidecarCodec::serialize(sample(2000)).size() > 64 * 1024);

    struct rlimit old;
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool saved = store.save(sample(2000), &error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(store.path())), qPrintable(error));
    QCOMPARE(TestUtil::readFile(store.path()), before);
    // No temporary file is left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("marginalia.json") });
}

void TestSidecarStore::testLockHeldByOtherNamesHolder()
{
    QTemporaryDir dir;
    CorpusLock first(dir.path());
    QCOMPARE(first.tryLock(), CorpusLock::Result::Locked);
    CorpusLock second(dir.path());
    QCOMPARE(second.tryLock(), CorpusLock::Result::HeldByOther);
    QVERIFY2(
        second.holder().contains(QString::number(QCoreApplication::applicationPid())), qPrintable(second.holder()));
    first.unlock();
    QCOMPARE(second.tryLock(), CorpusLock::Result::Locked);
}

void TestSidecarStore::testStaleLockTakenOver()
{
    // A lock left by a process that no longer exists (killed, crashed).
    QTemporaryDir dir;
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    QVERIFY(child > 0);
    int status = 0;
    ::waitpid(child, &status, 0);
    const QByteArray content
        = QByteArray::number(qint64(child)) + "\nmarginalia\n" + QSysInfo::machineHostName().toUtf8() + "\n";
    QVERIFY(TestUtil::writeFile(dir.filePath(CorpusLock::fileName()), content));
    CorpusLock lock(dir.path());
    QCOMPARE(lock.tryLock(), CorpusLock::Result::Locked);
}

QTEST_GUILESS_MAIN(TestSidecarStore)
#include "tst_sidecarstore.moc"
