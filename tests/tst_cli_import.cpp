// The command line's import features: list --json url/author/boilerplate in
// code points, and `marginalia similar`.

#include "corpus/textimporter.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MARGINALIA_BINARY), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testListJsonBoilerplateInCodePoints();
    void testListJsonHtmlMetadata();
    void testSimilarSample();
    void testSimilarBadOptions_data();
    void testSimilarBadOptions();
    void testUnreadableFileReportedOthersLoad();
    void testNoCacheLeavesTheCacheAlone();
    void testProgressOnStandardError();
};

void TestCliImport::testListJsonBoilerplateInCodePoints()
{
    // An astral character before the clutter line: code points and UTF-16
    // offsets differ by one from there on.
    QTemporaryDir dir;
    const QByteArray bytes = "Tide tables \xF0\x9F\x8C\x8A published\nShare this article\nThe tide was high.\n";
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("c/a.txt")), bytes));
    const Run r = run({ QStringLiteral("list"), dir.filePath(QStringLiteral("c")), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).array().first().toObject();
    const QJsonArray bp = o.value(QLatin1String("boilerplate")).toArray();
    QCOMPARE(bp.size(), 1);
    const QJsonObject b = bp.first().toObject();
    const QString text = QString::fromUtf8(bytes);
    const QVector<uint> cps = text.toUcs4();
    const int start = b.value(QLatin1String("start")).toInt();
    const int end = b.value(QLatin1String("end")).toInt();
    QCOMPARE(start, 24); // 25 in UTF-16
    QCOMPARE(end, 42);
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + start), end - start),
        QStringLiteral("Share this article"));
    QCOMPARE(b.value(QLatin1String("text")).toString(), QStringLiteral("Share this article"));
    QCOMPARE(o.value(QLatin1String("extractor")).toString(), QStringLiteral("txt/1"));
    QVERIFY(o.contains(QLatin1String("url")));
    QVERIFY(o.contains(QLatin1String("author")));
}

void TestCliImport::testListJsonHtmlMetadata()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("c/page.html")),
        "<html><head><meta property=\"og:title\" content=\"Canal reopens\"><meta property=\"og:site_name\" "
        "content=\"Lockside News\"><meta name=\"author\" content=\"Wen Arkwright\"><link rel=\"canonical\" "
        "href=\"https://lockside.example/canal\"><meta property=\"article:published_time\" content=\"2026-05-02\">"
        "</head><body><article><p>The canal reopened.</p><p>Read more: Lock keepers "
        "retire</p></article></body></html>"));
    const Run r = run({ QStringLiteral("list"), dir.filePath(QStringLiteral("c")), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(o.value(QLatin1String("title")).toString(), QStringLiteral("Canal reopens"));
    QCOMPARE(o.value(QLatin1String("outlet")).toString(), QStringLiteral("Lockside News"));
    QCOMPARE(o.value(QLatin1String("author")).toString(), QStringLiteral("Wen Arkwright"));
    QCOMPARE(o.value(QLatin1String("url")).toString(), QStringLiteral("https://lockside.example/canal"));
    QCOMPARE(o.value(QLatin1String("date")).toString(), QStringLiteral("2026-05-02"));
    QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("html"));
    QCOMPARE(o.value(QLatin1String("boilerplate")).toArray().size(), 1);
}

void TestCliImport::testSimilarSample()
{
    const Run json = run({ QStringLiteral("similar"), QStringLiteral(MARGINALIA_SAMPLE_CORPUS),
        QStringLiteral("--json"), QStringLiteral("--min-score"), QStringLiteral("0.2") });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray pairs = QJsonDocument::fromJson(json.out).array();
    QVERIFY(!pairs.isEmpty());
    double previous = 1.0;
    for (const QJsonValue &v : pairs) {
        const QJsonObject p = v.toObject();
        const double score = p.value(QLatin1String("score")).toDouble();
        QVERIFY(score >= 0.2 && score <= previous);
        previous = score;
        // The sample holds two stories (bridge closure, fare rise): every pair
        // this strong must be about the same one.
        const QString a = p.value(QLatin1String("a")).toString();
        const QString b = p.value(QLatin1String("b")).toString();
        const auto story = [](const QString &path) { return path.contains(QLatin1String("bridge")); };
        QVERIFY2(story(a) == story(b), qPrintable(a + QLatin1String(" / ") + b));
        QVERIFY(p.contains(QLatin1String("near_duplicate")));
        QVERIFY(p.contains(QLatin1String("wire_copy")));
    }
    const Run text = run({ QStringLiteral("similar"), QStringLiteral(MARGINALIA_SAMPLE_CORPUS) });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.split('\n').size() > pairs.size());
}

void TestCliImport::testSimilarBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("missing corpus") << QStringList { QStringLiteral("similar") };
    QTest::addRow("score not a number") << QStringList { QStringLiteral("similar"),
        QStringLiteral(MARGINALIA_SAMPLE_CORPUS), QStringLiteral("--min-score"), QStringLiteral("high") };
    QTest::addRow("score above one") << QStringList { QStringLiteral("similar"),
        QStringLiteral(MARGINALIA_SAMPLE_CORPUS), QStringLiteral("--min-score"), QStringLiteral("1.5") };
    QTest::addRow("no such folder") << QStringList { QStringLiteral("similar"), QStringLiteral("/nonexistent/corpus") };
}

void TestCliImport::testSimilarBadOptions()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCliImport::testUnreadableFileReportedOthersLoad()
{
    // Permissions only stop a user that is not root: as root (CI), run the
    // command as "nobody" through runuser.
    QStringList prefix;
    if (::geteuid() == 0) {
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (runuser.isEmpty())
            QSKIP("running as root without runuser: permissions cannot be tested");
        prefix = {runuser, QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")};
    }
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("c"));
    QVERIFY(TestUtil::writeFile(root + QStringLiteral("/open.txt"), "Readable article.\n"));
    QVERIFY(TestUtil::writeFile(root + QStringLiteral("/locked.html"), "<p>Locked article.</p>"));
    const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), all));
    QVERIFY(QFile::setPermissions(root, all));
    QVERIFY(QFile::setPermissions(root + QStringLiteral("/open.txt"), QFile::ReadOwner | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(root + QStringLiteral("/locked.html"), QFileDevice::Permissions()));

    QProcess p;
    const QStringList args{QStringLiteral("check"), root, QStringLiteral("--json")};
    if (prefix.isEmpty())
        p.start(QStringLiteral(MARGINALIA_BINARY), args);
    else
        p.start(prefix.first(), prefix.mid(1) + QStringList{QStringLiteral(MARGINALIA_BINARY)} + args);
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 1);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QLatin1String("documents")).toInt(-1), 1);
    const QJsonArray problems = o.value(QLatin1String("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject problem = problems.first().toObject();
    QCOMPARE(problem.value(QLatin1String("file")).toString(), QStringLiteral("locked.html"));
    QVERIFY2(problem.value(QLatin1String("message")).toString().contains(QLatin1String("cannot be read")),
             out.constData());
}

void TestCliImport::testNoCacheLeavesTheCacheAlone()
{
    // A cache file that is not one: `--no-cache` neither reads nor replaces it,
    // a plain `list` replaces it (atomically) with a real one.
    QTemporaryDir dir;
    const QString corpus = dir.filePath(QStringLiteral("c"));
    QVERIFY(TestUtil::writeFile(corpus + QLatin1String("/a.txt"), "Harbour works\n\nThe quay reopens.\n"));
    const QString cache = corpus + QLatin1String("/.marginalia-cache/documents.cache");
    QVERIFY(TestUtil::writeFile(cache, "not a cache"));
    const Run off = run({ QStringLiteral("list"), corpus, QStringLiteral("--json"), QStringLiteral("--no-cache") });
    QCOMPARE(off.exitCode, 0);
    QCOMPARE(TestUtil::readFile(cache), QByteArray("not a cache"));
    const Run on = run({ QStringLiteral("list"), corpus, QStringLiteral("--json") });
    QCOMPARE(on.exitCode, 0);
    QCOMPARE(on.out, off.out);
    QVERIFY(TestUtil::readFile(cache) != QByteArray("not a cache"));
    QVERIFY(TestUtil::readFile(cache).startsWith("MRGC"));
}

void TestCliImport::testProgressOnStandardError()
{
    // --progress: how far the import is, on standard error only; the JSON on
    // standard output is the same as without it. Not on a terminal (QProcess
    // pipes), so without --progress nothing is printed.
    QTemporaryDir dir;
    for (int i = 0; i < 40; ++i)
        QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("a%1.txt").arg(i)),
            QStringLiteral("Story %1\n\nThe council met on day %1.\n").arg(i).toUtf8()));
    const Run plain = run({ QStringLiteral("list"), dir.path(), QStringLiteral("--json"), QStringLiteral("--no-cache") });
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(!plain.err.contains("Importing"), plain.err.constData());
    const Run shown = run({ QStringLiteral("list"), dir.path(), QStringLiteral("--json"), QStringLiteral("--no-cache"),
        QStringLiteral("--progress") });
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.out, plain.out);
    QVERIFY2(shown.err.contains("Importing articles: 40 of 40 (100%)"), shown.err.constData());
    // Never a step back, whatever order the threads finish in.
    int last = -1;
    for (const QByteArray &line : shown.err.split('\n')) {
        const int open = int(line.lastIndexOf('('));
        if (!line.startsWith("Importing") || open < 0)
            continue;
        const int percent = line.mid(open + 1, line.size() - open - 3).toInt();
        QVERIFY2(percent > last, line.constData());
        last = percent;
    }
    QCOMPARE(last, 100);
}

QTEST_MAIN(TestCliImport)

#include "tst_cli_import.moc"
