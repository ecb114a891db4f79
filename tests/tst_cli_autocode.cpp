// `marginalia autocode` (docs/cli.md), run as a user runs it: the built
// executable in a QProcess on temporary copies of the sample corpus.

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kBinary = QStringLiteral(MARGINALIA_BINARY);
const QString FiascoDoc = QStringLiteral("Coastline Wire/2026-03-06-fare-hike-fiasco.txt");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliAutocode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void testCreatesTagAndIsIdempotent();
    void testJsonPerDocument();
    void testOnlyGivenDocuments();
    void testErrors_data();
    void testErrors();
    void testBrokenSidecarIsNotOverwritten();
    void testProgressOnStandardError();

private:
    Run run(const QStringList &args);
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_corpus;
};

void TestCliAutocode::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_corpus = m_dir->path() + QStringLiteral("/corpus");
    QVERIFY(TestUtil::copyTree(kSample, m_corpus));
}

Run TestCliAutocode::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(kBinary, QStringList { QStringLiteral("autocode"), m_corpus } + args);
    Run r;
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCliAutocode::testCreatesTagAndIsIdempotent()
{
    const QString sidecar = m_corpus + QStringLiteral("/marginalia.json");
    const Run first = run({ QStringLiteral("--tag"), QStringLiteral("Ferries"), QStringLiteral("--text"),
        QStringLiteral("ferry"), QStringLiteral("--ignore-case"), QStringLiteral("--create-tag"),
        QStringLiteral("--color"), QStringLiteral("#88ccee") });
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QStringLiteral("tag created")), qPrintable(first.out));
    const QJsonObject doc = QJsonDocument::fromJson(TestUtil::readFile(sidecar)).object();
    QString tagId;
    for (const QJsonValue &t : doc.value(QStringLiteral("codebook")).toArray()) {
        if (t.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Ferries")) {
            tagId = t.toObject().value(QStringLiteral("id")).toString();
            QCOMPARE(t.toObject().value(QStringLiteral("color")).toString(), QStringLiteral("#88ccee"));
        }
    }
    QVERIFY(!tagId.isEmpty());
    int coded = 0;
    for (const QJsonValue &d : doc.value(QStringLiteral("documents")).toArray()) {
        for (const QJsonValue &s : d.toObject().value(QStringLiteral("annotations")).toArray()) {
            if (s.toObject().value(QStringLiteral("tag")).toString() == tagId) {
                ++coded;
                QCOMPARE(s.toObject().value(QStringLiteral("quote")).toString().toLower(), QStringLiteral("ferry"));
            }
        }
    }
    QVERIFY(coded > 0);
    QVERIFY2(first.out.contains(QStringLiteral("%1 highlights added").arg(coded)), qPrintable(first.out));

    const QByteArray hash = TestUtil::sha256(sidecar);
    const Run second = run({ QStringLiteral("--tag"), QStringLiteral("ferries"), QStringLiteral("--text"),
        QStringLiteral("ferry"), QStringLiteral("--ignore-case") });
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("0 highlights added")), qPrintable(second.out));
    QCOMPARE(TestUtil::sha256(sidecar), hash); // nothing to save, nothing written
}

void TestCliAutocode::testJsonPerDocument()
{
    const Run r = run({ QStringLiteral("--tag"), QStringLiteral("Economic cost"), QStringLiteral("--regex"),
        QStringLiteral("fares?"), QStringLiteral("--whole-word"), QStringLiteral("--note"), QStringLiteral("auto"),
        QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("tag")).toString(), QStringLiteral("Economic cost"));
    QCOMPARE(o.value(QStringLiteral("createdTag")).toBool(), false);
    int sum = 0;
    for (const QJsonValue &d : o.value(QStringLiteral("documents")).toArray())
        sum += d.toObject().value(QStringLiteral("added")).toInt();
    QVERIFY(sum > 0);
    QCOMPARE(o.value(QStringLiteral("added")).toInt(), sum);
}

void TestCliAutocode::testOnlyGivenDocuments()
{
    const Run r = run({ QStringLiteral("--tag"), QStringLiteral("Economic cost"), QStringLiteral("--text"),
        QStringLiteral("fare"), QStringLiteral("--doc"), FiascoDoc, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray docs
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("documents")).toArray();
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.first().toObject().value(QStringLiteral("path")).toString(), FiascoDoc);
}

void TestCliAutocode::testErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown tag") << QStringList { QStringLiteral("--tag"), QStringLiteral("Nope"),
        QStringLiteral("--text"), QStringLiteral("fare") }
                                 << QStringLiteral("no tag \"Nope\"");
    QTest::addRow("no pattern") << QStringList { QStringLiteral("--tag"), QStringLiteral("Economic cost") }
                                << QStringLiteral("exactly one of --text");
    QTest::addRow("both patterns") << QStringList { QStringLiteral("--tag"), QStringLiteral("Economic cost"),
        QStringLiteral("--text"), QStringLiteral("a"), QStringLiteral("--regex"), QStringLiteral("b") }
                                   << QStringLiteral("exactly one of --text");
    QTest::addRow("bad regex") << QStringList { QStringLiteral("--tag"), QStringLiteral("Economic cost"),
        QStringLiteral("--regex"), QStringLiteral("fare(") }
                               << QStringLiteral("invalid regular expression");
    QTest::addRow("bad colour") << QStringList { QStringLiteral("--tag"), QStringLiteral("New"),
        QStringLiteral("--text"), QStringLiteral("a"), QStringLiteral("--create-tag"), QStringLiteral("--color"),
        QStringLiteral("blurple") }
                                << QStringLiteral("blurple");
    QTest::addRow("unknown document") << QStringList { QStringLiteral("--tag"), QStringLiteral("Economic cost"),
        QStringLiteral("--text"), QStringLiteral("fare"), QStringLiteral("--doc"), QStringLiteral("Nowhere/x.txt") }
                                      << QStringLiteral("Nowhere/x.txt: no such document");
}

void TestCliAutocode::testErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray hash = TestUtil::sha256(m_corpus + QStringLiteral("/marginalia.json"));
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(TestUtil::sha256(m_corpus + QStringLiteral("/marginalia.json")), hash);
}

void TestCliAutocode::testBrokenSidecarIsNotOverwritten()
{
    const QString sidecar = m_corpus + QStringLiteral("/marginalia.json");
    QVERIFY(TestUtil::writeFile(sidecar, QByteArrayLiteral("{ not json")));
    const Run r = run({ QStringLiteral("--tag"), QStringLiteral("X"), QStringLiteral("--text"), QStringLiteral("fare"),
        QStringLiteral("--create-tag") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("marginalia.json")), qPrintable(r.err));
    QCOMPARE(TestUtil::readFile(sidecar), QByteArrayLiteral("{ not json"));
}

void TestCliAutocode::testProgressOnStandardError()
{
    // --progress: the import's progress on standard error, as `list
    // --progress` prints it; the report on standard output is unchanged.
    // Not on a terminal (QProcess pipes), so without --progress nothing.
    const Run plain = run({ QStringLiteral("--tag"), QStringLiteral("Ferries"), QStringLiteral("--text"),
        QStringLiteral("ferry"), QStringLiteral("--create-tag"), QStringLiteral("--json") });
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(!plain.err.contains(QLatin1String("Importing")), qPrintable(plain.err));
    const Run shown = run({ QStringLiteral("--tag"), QStringLiteral("Ferries"), QStringLiteral("--text"),
        QStringLiteral("ferry"), QStringLiteral("--json"), QStringLiteral("--progress") });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.err.contains(QLatin1String("Importing articles: 12 of 12 (100%)")), qPrintable(shown.err));
    // The same report, but the second run found every match coded already.
    const QJsonObject first = QJsonDocument::fromJson(plain.out.toUtf8()).object();
    const QJsonObject second = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(second.value(QStringLiteral("matches")), first.value(QStringLiteral("matches")));
    QCOMPARE(second.value(QStringLiteral("added")).toInt(), 0);
    QVERIFY(first.value(QStringLiteral("added")).toInt() > 0);
}

QTEST_GUILESS_MAIN(TestCliAutocode)
#include "tst_cli_autocode.moc"
