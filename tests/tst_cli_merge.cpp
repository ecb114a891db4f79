// `marginalia merge` and `check --json` anchoring counts, run as a user runs
// them (the built executable in a QProcess), including as a real git merge
// driver.

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

namespace {
const QString kBinary = QStringLiteral(MARGINALIA_BINARY);
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &cwd = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.invalid"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.invalid"));
    p.setProcessEnvironment(env);
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

SidecarData base()
{
    SidecarData d;
    Tag t;
    t.id = QStringLiteral("t1");
    t.name = QStringLiteral("Blame");
    t.color = QColor(QStringLiteral("#f7dc6f"));
    d.codebook.append(t);
    SidecarData::DocumentEntry e;
    e.path = QStringLiteral("Northgate Herald/bridge.txt");
    for (int i = 0; i < 3; ++i) {
        Span s;
        s.id = QStringLiteral("s%1").arg(i);
        s.tagId = t.id;
        s.start = i * 10;
        s.end = i * 10 + 4;
        s.author = QStringLiteral("ana");
        s.note = QStringLiteral("note %1").arg(i);
        e.spans.append(s);
    }
    d.documents.append(e);
    return d;
}

Span extraSpan(const QString &id, const QString &author)
{
    Span s;
    s.id = id;
    s.tagId = QStringLiteral("t1");
    s.start = 50;
    s.end = 55;
    s.author = author;
    return s;
}

bool write(const QString &path, const SidecarData &d)
{
    return TestUtil::writeFile(path, SidecarCodec::serialize(d));
}

SidecarData load(const QString &path)
{
    return SidecarStore(path).load().data;
}
} // namespace

class TestCliMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testThreeWayCleanReplacesOurs();
    void testConflictExitsOneKeepsBothAndLists();
    void testOutputOptionLeavesOursAlone();
    void testFoldIntoKeepsAuthorsAndBacksUp();
    void testUnreadableInputExitsTwoAndWritesNothing();
    void testGitMergeDriver();
    void testCheckJsonCountsAnchorStates();
};

void TestCliMerge::testThreeWayCleanReplacesOurs()
{
    QTemporaryDir dir;
    const QString b = dir.filePath(QStringLiteral("base.json")), o = dir.filePath(QStringLiteral("ours.json")),
                  t = dir.filePath(QStringLiteral("theirs.json"));
    SidecarData ours = base(), theirs = base();
    ours.documents[0].spans[0].note = QStringLiteral("ours");
    theirs.documents[0].spans.append(extraSpan(QStringLiteral("s9"), QStringLiteral("bo")));
    QVERIFY(write(b, base()) && write(o, ours) && write(t, theirs));
    const Run r = run(kBinary, { QStringLiteral("merge"), b, o, t });
    QCOMPARE(r.exitCode, 0);
    const SidecarData merged = load(o);
    QCOMPARE(merged.annotationCount(), 4);
    QCOMPARE(merged.documents[0].spans[0].note, QStringLiteral("ours"));
    QVERIFY(!QFileInfo::exists(dir.filePath(SidecarStore::backupFolderName())));
}

void TestCliMerge::testConflictExitsOneKeepsBothAndLists()
{
    QTemporaryDir dir;
    const QString b = dir.filePath(QStringLiteral("base.json")), o = dir.filePath(QStringLiteral("ours.json")),
                  t = dir.filePath(QStringLiteral("theirs.json"));
    SidecarData ours = base(), theirs = base();
    ours.documents[0].spans[1].note = QStringLiteral("ours");
    theirs.documents[0].spans[1].note = QStringLiteral("theirs");
    QVERIFY(write(b, base()) && write(o, ours) && write(t, theirs));
    const Run r = run(kBinary, { QStringLiteral("merge"), b, o, t });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("conflict: annotation s1")), qPrintable(r.err));
    const SidecarData merged = load(o);
    QCOMPARE(merged.annotationCount(), 4);
    const QByteArray bytes = TestUtil::readFile(o);
    QVERIFY(bytes.contains("\"mergeConflict\": \"s1\""));
    QVERIFY(bytes.contains("\"note\": \"theirs\""));
    QVERIFY(bytes.contains("\"note\": \"ours\""));
}

void TestCliMerge::testOutputOptionLeavesOursAlone()
{
    QTemporaryDir dir;
    const QString b = dir.filePath(QStringLiteral("base.json")), o = dir.filePath(QStringLiteral("ours.json")),
                  t = dir.filePath(QStringLiteral("theirs.json")), out = dir.filePath(QStringLiteral("out.json"));
    SidecarData theirs = base();
    theirs.documents[0].spans.removeLast();
    QVERIFY(write(b, base()) && write(o, base()) && write(t, theirs));
    const QByteArray oursBefore = TestUtil::readFile(o);
    const Run r = run(kBinary, { QStringLiteral("merge"), b, o, t, QStringLiteral("-o"), out });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(TestUtil::readFile(o), oursBefore);
    QCOMPARE(load(out).annotationCount(), 2);
}

void TestCliMerge::testFoldIntoKeepsAuthorsAndBacksUp()
{
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("marginalia.json"));
    const QString other = dir.filePath(QStringLiteral("bo.json"));
    SidecarData theirs = base();
    theirs.documents[0].spans = { extraSpan(QStringLiteral("b1"), QStringLiteral("bo")) };
    QVERIFY(write(mine, base()) && write(other, theirs));
    const QByteArray mineBefore = TestUtil::readFile(mine);
    const Run r = run(kBinary, { QStringLiteral("merge"), QStringLiteral("--into"), mine, other });
    QCOMPARE(r.exitCode, 0);
    const SidecarData merged = load(mine);
    QCOMPARE(merged.annotationCount(), 4);
    QStringList authors;
    for (const Span &s : merged.documents[0].spans)
        authors.append(s.author);
    QVERIFY(authors.contains(QLatin1String("ana")) && authors.contains(QLatin1String("bo")));
    const QDir backups(dir.filePath(SidecarStore::backupFolderName()));
    const QStringList names = backups.entryList(QDir::Files);
    QCOMPARE(names.size(), 1);
    QCOMPARE(TestUtil::readFile(backups.filePath(names.first())), mineBefore);
}

void TestCliMerge::testUnreadableInputExitsTwoAndWritesNothing()
{
    QTemporaryDir dir;
    const QString b = dir.filePath(QStringLiteral("base.json")), o = dir.filePath(QStringLiteral("ours.json")),
                  t = dir.filePath(QStringLiteral("theirs.json"));
    QVERIFY(write(b, base()) && write(o, base()));
    QVERIFY(TestUtil::writeFile(t, "{\"format\": \"marginalia\", \"version\": 1, \"codebook\": 3}"));
    const QByteArray oursBefore = TestUtil::readFile(o);
    const Run r = run(kBinary, { QStringLiteral("merge"), b, o, t });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains(QDir::toNativeSeparators(t)) && r.err.contains(QLatin1String("\"codebook\" must be an array")),
        qPrintable(r.err));
    QCOMPARE(TestUtil::readFile(o), oursBefore);
}

void TestCliMerge::testGitMergeDriver()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed");
    QTemporaryDir dir;
    const QString repo = dir.path();
    auto git = [&](const QStringList &args) {
        const Run r = run(QStringLiteral("git"), args, repo);
        if (r.exitCode != 0)
            qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.err));
        return r.exitCode;
    };
    QCOMPARE(git({ QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") }), 0);
    // The lines docs/cli.md tells analysts to add.
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral(".gitattributes")), "marginalia.json merge=marginalia\n"));
    QCOMPARE(git({ QStringLiteral("config"), QStringLiteral("merge.marginalia.name"),
                 QStringLiteral("Marginalia sidecar merge") }),
        0);
    QCOMPARE(git({ QStringLiteral("config"), QStringLiteral("merge.marginalia.driver"),
                 kBinary + QStringLiteral(" merge %O %A %B") }),
        0);
    const QString sidecar = dir.filePath(QStringLiteral("marginalia.json"));
    QVERIFY(write(sidecar, base()));
    QCOMPARE(git({ QStringLiteral("add"), QStringLiteral(".") }), 0);
    QCOMPARE(git({ QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("base") }), 0);
    QCOMPARE(git({ QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("bo") }), 0);
    SidecarData theirs = base();
    theirs.documents[0].spans.append(extraSpan(QStringLiteral("b1"), QStringLiteral("bo")));
    QVERIFY(write(sidecar, theirs));
    QCOMPARE(git({ QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("bo codes") }), 0);
    QCOMPARE(git({ QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main") }), 0);
    SidecarData ours = base();
    ours.documents[0].spans[2].note = QStringLiteral("ana's second thoughts");
    QVERIFY(write(sidecar, ours));
    QCOMPARE(git({ QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("ana edits") }), 0);
    // Text-wise these edits touch neighbouring lines; by id they do not conflict.
    QCOMPARE(
        git({ QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"), QStringLiteral("bo") }), 0);
    const SidecarData merged = load(sidecar);
    QCOMPARE(merged.annotationCount(), 4);
    QCOMPARE(merged.documents[0].spans[2].note, QStringLiteral("ana's second thoughts"));
    QVERIFY(!QFileInfo::exists(dir.filePath(SidecarStore::backupFolderName())));
}

void TestCliMerge::testCheckJsonCountsAnchorStates()
{
    const Run r = run(kBinary, { QStringLiteral("check"), kSample, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject a = o.value(QLatin1String("anchoring")).toObject();
    QCOMPARE(a.value(QLatin1String("exact")).toInt(), o.value(QLatin1String("annotations")).toInt());
    QVERIFY(a.value(QLatin1String("exact")).toInt() > 0);
    QCOMPARE(a.value(QLatin1String("moved")).toInt(), 0);
    QCOMPARE(a.value(QLatin1String("fuzzy")).toInt(), 0);
    QCOMPARE(a.value(QLatin1String("orphan")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_cli_merge.moc"
