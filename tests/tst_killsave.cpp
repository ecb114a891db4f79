// The kill test: a child process saves the sidecar in a loop and is killed
// with SIGKILL at a random moment, 200 times. After every kill the sidecar
// must parse and be, byte for byte, one complete version the child wrote, and
// never older than the last one seen. The child is this same executable
// started with --save-loop, so no extra build target is needed.

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/types.h>

using namespace Marginalia;

namespace {
// Version n of the sidecar: n annotations, and its number as an extra member.
SidecarData version(int n)
{
    SidecarData d;
    Tag t;
    t.id = QStringLiteral("t1");
    t.name = QStringLiteral("Blame");
    t.color = QColor(QStringLiteral("#f7dc6f"));
    d.codebook.append(t);
    SidecarData::DocumentEntry e;
    e.path = QStringLiteral("Valley Ledger/2026-03-05-ferry.txt");
    for (int i = 0; i < n % 50 + 1; ++i) {
        Span s;
        s.id = QStringLiteral("s%1").arg(i);
        s.tagId = t.id;
        s.start = i * 10;
        s.end = i * 10 + 5;
        s.quote = QStringLiteral("ferry");
        s.note = QStringLiteral("version %1 — note %2 📰").arg(n).arg(i);
        e.spans.append(s);
    }
    d.documents.append(e);
    d.extra.insert(QLatin1String("killTestVersion"), n);
    return d;
}

int saveLoop(const QString &path)
{
    const SidecarStore store(path);
    const auto loaded = store.load();
    int n = loaded.status == SidecarStore::Status::Ok
        ? loaded.data.extra.value(QLatin1String("killTestVersion")).toInt()
        : 0;
    for (;;) {
        ++n;
        QString error;
        if (!store.save(version(n), &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        // Tell the parent a save completed, so its kill lands in a later one.
        fputc('.', stdout);
        fflush(stdout);
    }
}
} // namespace

class TestKillSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSidecarSurvivesSigkillDuringSave();
};

void TestKillSave::testSidecarSurvivesSigkillDuringSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("marginalia.json"));
    QVERIFY(SidecarStore(path).save(version(0), nullptr));
    int last = 0;
    int advanced = 0;
    const int rounds = 200;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.setReadChannel(QProcess::StandardOutput);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--save-loop"), path });
        QVERIFY(child.waitForStarted());
        // After the first completed save (a slow, loaded machine must not turn
        // every round into a kill before anything was written), a random moment.
        QVERIFY2(child.waitForReadyRead(30000), "the child never completed a save");
        QThread::usleep(QRandomGenerator::global()->bounded(0, 15000));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, not failed

        const QByteArray bytes = TestUtil::readFile(path);
        const auto parsed = SidecarCodec::parse(bytes);
        QVERIFY2(parsed.ok, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(parsed.error)));
        const int n = parsed.data.extra.value(QLatin1String("killTestVersion")).toInt();
        QVERIFY2(n >= last,
            qPrintable(QStringLiteral("round %1: version went back from %2 to %3").arg(round).arg(last).arg(n)));
        QCOMPARE(bytes, SidecarCodec::serialize(version(n)));
        advanced += n > last ? 1 : 0;
        last = n;
        // Every backup is a whole version too.
        const QDir backups(dir.filePath(SidecarStore::backupFolderName()));
        for (const QString &b : backups.entryList({ QStringLiteral("marginalia-*.json") }, QDir::Files)) {
            const auto backup = SidecarCodec::parse(TestUtil::readFile(backups.filePath(b)));
            QVERIFY2(backup.ok, qPrintable(b + QLatin1String(": ") + backup.error));
        }
    }
    qInfo("%d rounds, the saved version advanced in %d of them, to %d", rounds, advanced, last);
    // Not a vacuous test: every round completed at least one save before its kill.
    QCOMPARE(advanced, rounds);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--save-loop") == 0) {
        QCoreApplication app(argc, argv);
        return saveLoop(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestKillSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killsave.moc"
