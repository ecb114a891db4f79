// `marginalia codebook export|import` (docs/cli.md), run as a user runs it:
// the built executable in a QProcess on temporary corpora.

#include "annotation/codebookfile.h"
#include "annotation/sidecarcodec.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kBinary = QStringLiteral(MARGINALIA_BINARY);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

using namespace Marginalia;

class TestCliCodebook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void testExportThenImportIntoAnotherCorpus();
    void testImportFromAnotherCorpusSidecar();
    void testBadInput_data();
    void testBadInput();
    void testBrokenSidecarIsNotOverwritten();

private:
    Run run(const QStringList &args);
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sample; // a copy of the sample corpus
    QString m_empty; // one article, no sidecar
};

void TestCliCodebook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sample = m_dir->path() + QStringLiteral("/sample");
    m_empty = m_dir->path() + QStringLiteral("/empty");
    QVERIFY(TestUtil::copyTree(kSample, m_sample));
    QVERIFY(TestUtil::writeFile(m_empty + QStringLiteral("/a.txt"), "One article.\n"));
}

Run TestCliCodebook::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(kBinary, QStringList { QStringLiteral("codebook") } + args);
    Run r;
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCliCodebook::testExportThenImportIntoAnotherCorpus()
{
    const QString file = m_dir->path() + QStringLiteral("/team codebook.json");
    const Run exported = run({ QStringLiteral("export"), m_sample, file });
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.startsWith(QStringLiteral("9 tags written to ")), qPrintable(exported.out));
    const CodebookFile::ParseResult written = CodebookFile::load(file);
    QVERIFY2(written.ok, qPrintable(written.error));
    const SidecarCodec::ParseResult sample
        = SidecarCodec::parse(TestUtil::readFile(kSample + QStringLiteral("/marginalia.json")));
    QCOMPARE(written.tags, sample.data.codebook);

    const Run imported = run({ QStringLiteral("import"), m_empty, file, QStringLiteral("--json") });
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("added")).toInt(), 9);
    QCOMPARE(report.value(QLatin1String("updated")).toInt(), 0);
    QCOMPARE(report.value(QLatin1String("tags")).toInt(), 9);
    const SidecarCodec::ParseResult saved
        = SidecarCodec::parse(TestUtil::readFile(m_empty + QStringLiteral("/marginalia.json")));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(saved.data.codebook, sample.data.codebook);

    // Again: nothing new, nothing written.
    const QByteArray before = TestUtil::readFile(m_empty + QStringLiteral("/marginalia.json"));
    const Run again = run({ QStringLiteral("import"), m_empty, file });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(QStringLiteral("0 tags added, 0 changed, 9 already there")), qPrintable(again.out));
    QCOMPARE(TestUtil::readFile(m_empty + QStringLiteral("/marginalia.json")), before);
}

void TestCliCodebook::testImportFromAnotherCorpusSidecar()
{
    const Run r = run({ QStringLiteral("import"), m_empty, m_sample + QStringLiteral("/marginalia.json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("9 tags added")), qPrintable(r.out));
}

void TestCliCodebook::testBadInput_data()
{
    QTest::addColumn<QStringList>("args"); // %C: the corpus, %F: a file in the temporary folder
    QTest::addColumn<QByteArray>("content"); // written to %F first, unless empty
    QTest::addColumn<QString>("message");
    QTest::addRow("no action") << QStringList { QStringLiteral("%C") } << QByteArray()
                               << QStringLiteral("expected export or import");
    QTest::addRow("no file") << QStringList { QStringLiteral("import"), QStringLiteral("%C") } << QByteArray()
                             << QStringLiteral("expected CORPUS_DIR and the file to read");
    QTest::addRow("missing file") << QStringList { QStringLiteral("import"), QStringLiteral("%C"),
        QStringLiteral("%F") } << QByteArray()
                                  << QStringLiteral("bad.json: cannot be read");
    QTest::addRow("not JSON") << QStringList { QStringLiteral("import"), QStringLiteral("%C"), QStringLiteral("%F") }
                              << QByteArray("{\"format\": \"marginalia-codebook\",\n oops}")
                              << QStringLiteral("bad.json: not valid JSON");
    QTest::addRow("not a codebook") << QStringList { QStringLiteral("import"), QStringLiteral("%C"),
        QStringLiteral("%F") } << QByteArray("{\"tags\": []}")
                                    << QStringLiteral("bad.json: not a Marginalia codebook");
    QTest::addRow("bad tag") << QStringList { QStringLiteral("import"), QStringLiteral("%C"), QStringLiteral("%F") }
                             << QByteArray("{\"format\": \"marginalia-codebook\", \"version\": 1, \"tags\": "
                                           "[{\"id\": \"a\", \"name\": \"A\", \"color\": \"blue\"}]}")
                             << QStringLiteral("bad.json: tags[0]: \"blue\" is not a colour of the form #rrggbb");
    QTest::addRow("export into a missing folder")
        << QStringList { QStringLiteral("export"), QStringLiteral("%C"), QStringLiteral("%F/nowhere/out.json") }
        << QByteArray() << QStringLiteral("does not exist");
    QTest::addRow("missing corpus") << QStringList { QStringLiteral("export"), QStringLiteral("%C/nope"),
        QStringLiteral("%F") } << QByteArray()
                                    << QStringLiteral("the corpus folder cannot be read");
}

void TestCliCodebook::testBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString file = m_dir->path() + QStringLiteral("/bad.json");
    if (!content.isEmpty())
        QVERIFY(TestUtil::writeFile(file, content));
    for (QString &a : args)
        a.replace(QLatin1String("%C"), m_sample).replace(QLatin1String("%F"), file);
    const QByteArray sidecar = TestUtil::readFile(m_sample + QStringLiteral("/marginalia.json"));
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("marginalia codebook: ")) && r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(TestUtil::readFile(m_sample + QStringLiteral("/marginalia.json")), sidecar);
}

void TestCliCodebook::testBrokenSidecarIsNotOverwritten()
{
    const QString sidecar = m_sample + QStringLiteral("/marginalia.json");
    QVERIFY(TestUtil::writeFile(sidecar, "{\"format\": \"marginalia\", \"version\": 1, \"codebook\": 5}"));
    const QByteArray broken = TestUtil::readFile(sidecar);
    const QString file = m_dir->path() + QStringLiteral("/cb.json");
    QVERIFY(TestUtil::writeFile(file, CodebookFile::serialize({})));
    const Run r = run({ QStringLiteral("import"), m_sample, file });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("the annotation file cannot be read")), qPrintable(r.err));
    QCOMPARE(TestUtil::readFile(sidecar), broken);
    const Run e = run({ QStringLiteral("export"), m_sample, file });
    QCOMPARE(e.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliCodebook)
#include "tst_cli_codebook.moc"
