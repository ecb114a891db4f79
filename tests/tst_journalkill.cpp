// The journal's kill test: a child process opens a copy of the sample corpus
// with the journal on, makes random changes (spans, notes, tags, a top-level
// member, undo and redo) and never saves; it is killed with SIGKILL at a
// random moment. The next open must offer exactly the changes that reached the
// journal, and recovering them must give, byte for byte, the state the child
// had after its last journaled change; the sidecar is never touched.
//
// The child prints the hash of its state *before* writing the record of that
// state ("<record number> <sha256>"), so whatever number of whole records the
// parent finds in the journal, it knows the state they must replay to. The
// child is this executable started with --journal-loop.

#include "annotation/journal.h"
#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <csignal>
#include <cstdio>
#include <sys/types.h>

using namespace Marginalia;

namespace {
QByteArray stateHash(const Corpus &c)
{
    return QCryptographicHash::hash(SidecarCodec::serialize(c.toSidecarData()), QCryptographicHash::Sha256).toHex();
}

QString randomText(QRandomGenerator &rng)
{
    static const QStringList words = { QStringLiteral("bridge"), QStringLiteral("toll"), QStringLiteral("Zoë"),
        QStringLiteral("📰"), QStringLiteral("جسر"), QStringLiteral("e\u0301"), QStringLiteral("\n"),
        QStringLiteral("\"quoted\"") };
    QString s;
    const int n = rng.bounded(0, 6);
    for (int i = 0; i < n; ++i)
        s += words.at(rng.bounded(int(words.size()))) + QLatin1Char(' ');
    return s;
}

// One random analyst action (some do nothing: a range inside a surrogate
// pair, moving a top-level tag's spans to its parent).
void randomChange(Corpus &c, QRandomGenerator &rng)
{
    CorpusModel *docs = c.documents();
    const QVector<Tag> tags = c.codebook()->tags();
    const int row = rng.bounded(docs->documentCount());
    const Document &doc = docs->document(row);
    const QVector<Span> &spans = docs->spans(row);
    const QString tag = tags.at(rng.bounded(int(tags.size()))).id;
    const int op = rng.bounded(100);
    if (op < 30) {
        const int start = rng.bounded(int(doc.textLength()) - 1);
        c.addSpan(doc.path, start, start + 1 + rng.bounded(std::min(60, int(doc.textLength()) - start)), tag,
            randomText(rng));
    } else if (op < 45 && !spans.isEmpty()) {
        c.setSpanNote(doc.path, spans.at(rng.bounded(int(spans.size()))).id, randomText(rng));
    } else if (op < 55 && !spans.isEmpty()) {
        c.setSpanTag(doc.path, spans.at(rng.bounded(int(spans.size()))).id, tag);
    } else if (op < 63 && !spans.isEmpty()) {
        c.removeSpan(doc.path, spans.at(rng.bounded(int(spans.size()))).id);
    } else if (op < 68) {
        c.addTag(QStringLiteral("Tag ") + randomText(rng) + QString::number(rng.bounded(1000)),
            QColor::fromHsv(rng.bounded(360), 90, 245), rng.bounded(2) ? QString() : tag);
    } else if (op < 72) {
        const Tag t = c.codebook()->tag(tag);
        c.editTag(t.id, t.name + QLatin1Char('*'), QColor::fromHsv(rng.bounded(360), 90, 245), randomText(rng));
    } else if (op < 74 && tags.size() > 3) {
        c.removeTag(tag, rng.bounded(2) ? Corpus::SpanPolicy::DeleteSpans : Corpus::SpanPolicy::MoveToParent);
    } else if (op < 86) {
        // Never back to the saved state (index 0): that deletes the journal,
        // which this test does not count records across.
        if (c.undoStack()->index() > 1)
            c.undoStack()->undo();
    } else if (op < 94) {
        c.undoStack()->redo();
    } else {
        c.setSidecarMember(QStringLiteral("killTest"), rng.bounded(1000000), QStringLiteral("Set member"));
    }
}

int journalLoop(const QString &root, quint32 seed)
{
    Corpus c;
    c.setAuthor(QStringLiteral("child"));
    c.setUseLock(true);
    c.setUseJournal(true);
    if (c.open(root) != Corpus::OpenStatus::Ok || c.isReadOnly()) {
        fprintf(stderr, "child: cannot open %s\n", qPrintable(root));
        return 3;
    }
    if (c.journalInfo().state != Corpus::JournalInfo::State::None) {
        fprintf(stderr, "child: a journal was left from an earlier round\n");
        return 4;
    }
    QRandomGenerator rng(seed);
    const QByteArray disk = stateHash(c);
    // A first change that is never undone, so the history never returns to
    // the saved state.
    const QSignalBlocker first(c.undoStack());
    c.addTag(QStringLiteral("Kill test"), QColor(Qt::red));
    QByteArray last = stateHash(c);
    int records = 1;
    printf("0 %s\n1 %s\n", disk.constData(), last.constData());
    fflush(stdout);
    if (!c.recordJournal())
        return 5;
    for (;;) {
        // The window journals on the undo stack's indexChanged; here the
        // signal is held back so that the hash is printed before the record
        // is written. recordJournal() is the function that signal calls.
        randomChange(c, rng);
        const QByteArray h = stateHash(c);
        if (h == last)
            continue;
        ++records;
        printf("%d %s\n", records, h.constData());
        fflush(stdout);
        if (!c.recordJournal())
            return 5;
        last = h;
    }
}
} // namespace

class TestJournalKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testJournaledChangesSurviveSigkill();
};

void TestJournalKill::testJournaledChangesSurviveSigkill()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("corpus"));
    QVERIFY(TestUtil::copyTree(QStringLiteral(MARGINALIA_SAMPLE_CORPUS), root));
    const QString sidecar = root + QLatin1Char('/') + SidecarStore::fileName();
    const QByteArray sidecarBytes = TestUtil::readFile(sidecar);
    const QString journalPath = Journal::pathFor(root);
    QByteArray diskHash;
    {
        Corpus disk;
        disk.open(root);
        diskHash = stateHash(disk);
    }

    const int rounds = 60;
    int torn = 0;
    int recovered = 0;
    int maxRecords = 0;
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < rounds; ++round) {
        const quint32 seed = 4000 + quint32(round);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--journal-loop"), root, QString::number(seed) });
        QVERIFY(child.waitForStarted());
        // After some journaled changes (a loaded machine must not turn every
        // round into a kill before the first), at a random moment.
        const int wanted = QRandomGenerator::global()->bounded(3, 20);
        int lines = 0;
        QByteArray out;
        while (lines < wanted) {
            QVERIFY2(child.waitForReadyRead(30000), "the child stopped making changes");
            out += child.readAllStandardOutput();
            lines = int(out.count('\n'));
        }
        QThread::usleep(QRandomGenerator::global()->bounded(0, 3000));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, not failed
        out += child.readAllStandardOutput();

        QHash<int, QByteArray> expected;
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2 && parts.at(1).size() == 64)
                expected.insert(parts.at(0).toInt(), parts.at(1));
        }
        QCOMPARE(expected.value(0), diskHash);

        const Journal::Contents journal = Journal::read(journalPath);
        const int records = journal.status == Journal::Status::Ok ? int(journal.changes.size()) : 0;
        torn += journal.warnings.isEmpty() ? 0 : 1;
        maxRecords = std::max(maxRecords, records);
        const QString context = QStringLiteral("round %1 (seed %2), %3 records").arg(round).arg(seed).arg(records);
        QVERIFY2(expected.contains(records), qPrintable(context + QLatin1String(": more records than changes")));
        {
            Corpus next;
            next.setUseLock(true);
            next.setUseJournal(true);
            QCOMPARE(next.open(root), Corpus::OpenStatus::Ok);
            QVERIFY2(!next.isReadOnly(), qPrintable(context + QLatin1String(": the killed child's lock was kept")));
            if (records > 0) {
                QCOMPARE(next.journalInfo().state, Corpus::JournalInfo::State::Recoverable);
                QCOMPARE(next.journalInfo().changes, records);
                QString error;
                QVERIFY2(next.recoverJournal(&error), qPrintable(context + QLatin1String(": ") + error));
                QVERIFY(next.isModified());
                QCOMPARE(next.undoStack()->count(), 1);
                ++recovered;
            } else {
                QVERIFY(next.journalInfo().state != Corpus::JournalInfo::State::Recoverable);
            }
            QVERIFY2(stateHash(next) == expected.value(records),
                qPrintable(context + QLatin1String(": the recovered state is not the journaled one")));
        }
        QCOMPARE(TestUtil::readFile(sidecar), sidecarBytes);
        // Clean up for the next child: no journal, nothing set aside.
        QFile::remove(journalPath);
        const QDir backups(QFileInfo(journalPath).absolutePath());
        for (const QString &f : backups.entryList({ QStringLiteral("unsaved-*.journal") }, QDir::Files))
            QFile::remove(backups.filePath(f));
    }
    qInfo("%d rounds in %lld ms: %d recovered (up to %d records), %d with a torn last record", rounds,
        clock.elapsed(), recovered, maxRecords, torn);
    // Not vacuous: the child always journaled its first change before the kill.
    QCOMPARE(recovered, rounds);
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--journal-loop") == 0) {
        QCoreApplication app(argc, argv);
        return journalLoop(QString::fromLocal8Bit(argv[2]), quint32(QByteArray(argv[3]).toUInt()));
    }
    QCoreApplication app(argc, argv);
    TestJournalKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journalkill.moc"
