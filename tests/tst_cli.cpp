// The command line (docs/cli.md), run as a user runs it: the built
// marginalia executable in a QProcess, on the sample corpus or a temp copy.

#include "commandline.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kBinary = QStringLiteral(MARGINALIA_BINARY);
constexpr int kTimeoutMs = 30000;

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

QJsonObject problemFor(const QJsonArray &problems, const QString &file)
{
    for (const QJsonValue &v : problems) {
        if (v.toObject().value(QLatin1String("file")).toString() == file)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void testVersion_data();
    void testVersion();
    void testListJson();
    void testListText();
    void testCheckSample_data();
    void testCheckSample();
    void testCheckInvalidUtf8_data();
    void testCheckInvalidUtf8();
    void testInvalidUtf8ReportsFirstBadByte_data();
    void testInvalidUtf8ReportsFirstBadByte();
    void testTruncatedUtf8AtEndOfFileNotDroppedSilently();
    void testCheckBrokenSidecar_data();
    void testCheckBrokenSidecar();
    void testNonexistentFolder_data();
    void testNonexistentFolder();
    void testMissingCorpusDir_data();
    void testMissingCorpusDir();
    void testUnknownCommandRunInProcess();
    void testUnknownCommandExitsWithError_data();
    void testUnknownCommandExitsWithError();

private:
    Run run(const QStringList &args, int timeoutMs = kTimeoutMs);
    // A writable copy of the sample corpus in its own temp dir.
    QString copySample(QTemporaryDir &dir);

    QTemporaryDir m_home; // HOME and XDG folders of the child processes
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary));
    QVERIFY(QFileInfo(kSample + QStringLiteral("/marginalia.json")).isFile());
    QVERIFY(m_home.isValid());
}

Run TestCli::run(const QStringList &args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Whatever the child does, it must not touch the real configuration.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    p.start(kBinary, args);
    Run r;
    if (!p.waitForStarted(kTimeoutMs))
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(kTimeoutMs);
    } else if (p.exitStatus() == QProcess::NormalExit) {
        r.exitCode = p.exitCode();
    } else {
        r.exitCode = -2; // crashed
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCli::copySample(QTemporaryDir &dir)
{
    const QString corpus = dir.path() + QStringLiteral("/corpus");
    return TestUtil::copyTree(kSample, corpus) ? corpus : QString();
}

void TestCli::testVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::addRow("long") << QStringLiteral("--version");
    QTest::addRow("short") << QStringLiteral("-v");
}

void TestCli::testVersion()
{
    QFETCH(QString, option);
    const Run r = run({ option });
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    static const QRegularExpression re(QStringLiteral("^marginalia \\d+\\.\\d+\\.\\d+\\n?$"));
    QVERIFY2(re.match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("0.1.0")));
}

void TestCli::testListJson()
{
    const Run r = run({ QStringLiteral("list"), kSample, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(json.isArray());
    const QJsonArray docs = json.array();
    QCOMPARE(docs.size(), 12);

    int annotations = 0;
    QSet<QString> paths;
    QSet<QString> outlets;
    for (const QJsonValue &v : docs) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        for (const char *key : { "path", "title", "outlet", "date" }) {
            QVERIFY2(o.value(QLatin1String(key)).isString(), key);
            QVERIFY2(!o.value(QLatin1String(key)).toString().isEmpty(), key);
        }
        for (const char *key : { "words", "annotations" }) {
            QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
            const double n = o.value(QLatin1String(key)).toDouble();
            QCOMPARE(n, double(qint64(n))); // a whole number
            QVERIFY(n >= 0);
        }
        QVERIFY(o.value(QLatin1String("words")).toInt() > 100);
        QVERIFY(QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate).isValid());
        const QString path = o.value(QLatin1String("path")).toString();
        QVERIFY2(QFileInfo(kSample + QLatin1Char('/') + path).isFile(), qPrintable(path));
        QVERIFY(path.startsWith(o.value(QLatin1String("outlet")).toString() + QLatin1Char('/')));
        paths.insert(path);
        outlets.insert(o.value(QLatin1String("outlet")).toString());
        annotations += o.value(QLatin1String("annotations")).toInt();
    }
    QCOMPARE(paths.size(), 12);
    QCOMPARE(outlets.size(), 5);
    QCOMPARE(annotations, 28);
}

void TestCli::testListText()
{
    const Run r = run({ QStringLiteral("list"), kSample });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12);
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 6);
        QVERIFY2(QFileInfo(kSample + QLatin1Char('/') + fields.at(0)).isFile(), qPrintable(line));
        QVERIFY(fields.at(3).endsWith(QStringLiteral(" words")));
        QVERIFY(fields.at(4).endsWith(QStringLiteral(" annotations")));
    }
    QVERIFY(r.err.isEmpty());
}

void TestCli::testCheckSample_data()
{
    QTest::addColumn<bool>("json");
    QTest::addRow("text") << false;
    QTest::addRow("json") << true;
}

void TestCli::testCheckSample()
{
    QFETCH(bool, json);
    QStringList args { QStringLiteral("check"), kSample };
    if (json)
        args << QStringLiteral("--json");
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    if (!json) {
        QVERIFY2(r.out.contains(QStringLiteral("12 documents, 28 annotations")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("0 problems")));
        QVERIFY(r.err.isEmpty());
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("ok")), QJsonValue(true));
    QCOMPARE(o.value(QLatin1String("documents")).toInt(-1), 12);
    QCOMPARE(o.value(QLatin1String("annotations")).toInt(-1), 28);
    QCOMPARE(o.value(QLatin1String("read_only")), QJsonValue(false));
    QVERIFY(o.value(QLatin1String("problems")).isArray());
    QCOMPARE(o.value(QLatin1String("problems")).toArray(), QJsonArray());
}

void TestCli::testCheckInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::addRow("invalid byte") << QByteArray("Harrow Street \xff bridge");
    QTest::addRow("lone continuation byte") << QByteArray("\x80 Harrow Street");
    QTest::addRow("overlong encoding") << QByteArray("Harrow \xc0\xaf Street");
    QTest::addRow("encoded surrogate") << QByteArray("Harrow \xed\xa0\x80 Street");
    QTest::addRow("Latin-1 text") << QByteArray("Caf\xe9 on Harrow Street, d\xe9j\xe0 vu");
}

void TestCli::testCheckInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString corpus = copySample(dir);
    QVERIFY(!corpus.isEmpty());
    const QString name = QStringLiteral("Valley Ledger/2026-03-07-broken.txt");
    QVERIFY(TestUtil::writeFile(corpus + QLatin1Char('/') + name, bytes));
    const QByteArray sidecarHash = TestUtil::sha256(corpus + QStringLiteral("/marginalia.json"));

    const Run text = run({ QStringLiteral("check"), corpus });
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.err.contains(name), qPrintable(text.err));

    const Run r = run({ QStringLiteral("check"), corpus, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("ok")), QJsonValue(false));
    // Decoded (detected code page or U+FFFD) and loaded, with a warning.
    QCOMPARE(o.value(QLatin1String("documents")).toInt(-1), 13);
    QCOMPARE(o.value(QLatin1String("annotations")).toInt(-1), 28);
    const QJsonArray problems = o.value(QLatin1String("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject problem = problemFor(problems, name);
    QVERIFY2(!problem.isEmpty(), qPrintable(r.out));
    QCOMPARE(problem.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    QVERIFY(problem.value(QLatin1String("message")).toString().contains(QStringLiteral("UTF-8")));
    // check never writes.
    QCOMPARE(TestUtil::sha256(corpus + QStringLiteral("/marginalia.json")), sidecarHash);
}

void TestCli::testInvalidUtf8ReportsFirstBadByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");

    QTest::addRow("invalid byte") << QByteArray("abc \xff def") << 4;
    QTest::addRow("lone continuation byte first") << QByteArray("\x80 abc") << 0;
    QTest::addRow("bad byte after multibyte text") << QByteArray("\xc3\xa9t\xc3\xa9 \xfe!") << 6;
}

void TestCli::testInvalidUtf8ReportsFirstBadByte()
{
    // Regression: the offset in the message was the file size, not the bad byte.
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    QTemporaryDir dir;
    QVERIFY(TestUtil::writeFile(dir.path() + QStringLiteral("/corpus/bad.txt"), bytes));

    const Run r = run({ QStringLiteral("check"), dir.path() + QStringLiteral("/corpus"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject problem
        = problemFor(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("problems")).toArray(),
            QStringLiteral("bad.txt"));
    const QString message = problem.value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("at byte %1)").arg(offset)), qPrintable(message));
}

void TestCli::testTruncatedUtf8AtEndOfFileNotDroppedSilently()
{
    // Regression: a file ending in the first bytes of a multi-byte sequence
    // (here the first two of three bytes of "€") passed check with ok=true and
    // was loaded with its last bytes silently dropped. Now it loads with the
    // bytes decoded (U+FFFD or a detected code page) and a warning.
    QTemporaryDir dir;
    QVERIFY(TestUtil::writeFile(dir.path() + QStringLiteral("/corpus/cut.txt"), QByteArray("Fare: 2 \xe2\x82")));

    const Run r = run({ QStringLiteral("check"), dir.path() + QStringLiteral("/corpus"), QStringLiteral("--json") });
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject problem = problemFor(o.value(QLatin1String("problems")).toArray(), QStringLiteral("cut.txt"));
    QVERIFY2(!problem.isEmpty(), qPrintable(r.out));
    QVERIFY(problem.value(QLatin1String("message")).toString().contains(QStringLiteral("UTF-8")));
    QCOMPARE(problem.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(o.value(QLatin1String("documents")).toInt(-1), 1);
    QCOMPARE(r.exitCode, 1);
}

void TestCli::testCheckBrokenSidecar_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("json");

    const QByteArray strayComma("{\n  \"codebook\": [\n   ,\n  ]\n}\n");
    const QByteArray missingColon("{\n\n\n  \"codebook\" []\n}\n");
    const QByteArray notJson("Hello, this is not JSON\n");
    for (bool json : { false, true }) {
        const char *mode = json ? "json" : "text";
        QTest::addRow("stray comma, %s", mode) << strayComma << 3 << json;
        QTest::addRow("missing colon, %s", mode) << missingColon << 4 << json;
        QTest::addRow("not JSON, %s", mode) << notJson << 1 << json;
    }
}

void TestCli::testCheckBrokenSidecar()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(bool, json);
    QTemporaryDir dir;
    const QString corpus = copySample(dir);
    QVERIFY(!corpus.isEmpty());
    const QString sidecar = corpus + QStringLiteral("/marginalia.json");
    QVERIFY(TestUtil::writeFile(sidecar, bytes));
    const QByteArray before = TestUtil::sha256(sidecar);

    QStringList args { QStringLiteral("check"), corpus };
    if (json)
        args << QStringLiteral("--json");
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);

    const QRegularExpression where(QStringLiteral("line %1, column \\d+").arg(line));
    QString message;
    if (json) {
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("ok")), QJsonValue(false));
        QCOMPARE(o.value(QLatin1String("read_only")), QJsonValue(true));
        QCOMPARE(o.value(QLatin1String("documents")).toInt(-1), 12); // the articles still load
        const QJsonObject problem
            = problemFor(o.value(QLatin1String("problems")).toArray(), QStringLiteral("marginalia.json"));
        QVERIFY2(!problem.isEmpty(), qPrintable(r.out));
        QCOMPARE(problem.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        message = problem.value(QLatin1String("message")).toString();
    } else {
        message = r.err;
        QVERIFY(message.contains(QStringLiteral("marginalia.json")));
    }
    QVERIFY2(where.match(message).hasMatch(), qPrintable(message));
    // A sidecar we cannot read is never written over.
    QCOMPARE(TestUtil::sha256(sidecar), before);
    QCOMPARE(TestUtil::readFile(sidecar), bytes);
}

void TestCli::testNonexistentFolder_data()
{
    QTest::addColumn<QStringList>("args");
    const QString missing = QStringLiteral("/nonexistent/marginalia-corpus");
    QTest::addRow("list") << QStringList { QStringLiteral("list"), missing };
    QTest::addRow("list --json") << QStringList { QStringLiteral("list"), missing, QStringLiteral("--json") };
    QTest::addRow("check") << QStringList { QStringLiteral("check"), missing };
    QTest::addRow("check --json") << QStringList { QStringLiteral("check"), missing, QStringLiteral("--json") };
}

void TestCli::testNonexistentFolder()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString(r.err + r.out).contains(QStringLiteral("marginalia-corpus")), qPrintable(r.err));
}

void TestCli::testMissingCorpusDir_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("list") << QStringList { QStringLiteral("list") };
    QTest::addRow("check") << QStringList { QStringLiteral("check") };
    QTest::addRow("check --json") << QStringList { QStringLiteral("check"), QStringLiteral("--json") };
}

void TestCli::testMissingCorpusDir()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("CORPUS_DIR")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::testUnknownCommandRunInProcess()
{
    // CommandLine::run itself rejects an unknown command...
    QCOMPARE(Marginalia::CommandLine::run({ QStringLiteral("marginalia"), QStringLiteral("frobnicate") }), 2);
    QVERIFY(!Marginalia::CommandLine::isCommandLine({ QStringLiteral("marginalia"), kSample }));
}

void TestCli::testUnknownCommandExitsWithError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("typo of list before a corpus") << QStringList { QStringLiteral("lsit"), kSample };
    QTest::addRow("unknown word") << QStringList { QStringLiteral("frobnicate") };
}

void TestCli::testUnknownCommandExitsWithError()
{
    // ...but main() only hands argv to it for known subcommands, so an unknown
    // one starts the GUI instead. A command-line error answers at once: give
    // it seconds, not the generic timeout.
    QFETCH(QStringList, args);
    const Run r = run(args, 4000);
    QVERIFY2(r.finished, "still running after 4 s: the GUI was started");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("unknown command")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
