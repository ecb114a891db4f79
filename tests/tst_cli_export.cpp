// `marginalia export` (docs/cli.md) run as a user runs it: the built binary
// in a QProcess, with no display, on a copy of the sample corpus.

#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

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

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testPdfOfSampleCorpus();
    void testPdfWithoutAnnotations();
    void testDataFormats_data();
    void testDataFormats();
    void testErrorsWriteNothing_data();
    void testErrorsWriteNothing();
    void testUnreadableSidecarRefusesToExport();
    void testProgressOnStandardError();

private:
    Run run(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_corpus;
};

Run TestCliExport::run(const QStringList &args)
{
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // export must not need it
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    proc.setProcessEnvironment(env);
    proc.start(kBinary, args);
    Run r;
    if (!proc.waitForFinished(120000))
        return r;
    r.exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    r.out = QString::fromUtf8(proc.readAllStandardOutput());
    r.err = QString::fromUtf8(proc.readAllStandardError());
    return r;
}

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_corpus = m_dir.filePath(QStringLiteral("corpus"));
    QVERIFY(TestUtil::copyTree(kSample, m_corpus));
}

void TestCliExport::testPdfOfSampleCorpus()
{
    const QString out = m_dir.filePath(QStringLiteral("sample.pdf"));
    const QByteArray sidecar = TestUtil::sha256(m_corpus + QStringLiteral("/marginalia.json"));
    const Run r = run({ QStringLiteral("export"), m_corpus, QStringLiteral("--pdf"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(),
        QStringLiteral("wrote %1 (12 documents, 28 annotations, ").arg(out)
            + r.out.trimmed().section(QLatin1String(", "), 2));
    auto doc = Poppler::Document::loadFromData(TestUtil::readFile(out));
    QVERIFY(doc);
    int highlights = 0;
    for (int p = 0; p < doc->numPages(); ++p)
        highlights += int(doc->page(p)->annotations({ Poppler::Annotation::AHighlight }).size());
    QCOMPARE(highlights, 28);
    // Exporting reads the corpus; it never writes to it.
    QCOMPARE(TestUtil::sha256(m_corpus + QStringLiteral("/marginalia.json")), sidecar);
}

void TestCliExport::testPdfWithoutAnnotations()
{
    const QString out = m_dir.filePath(QStringLiteral("plain.pdf"));
    const Run r = run({ QStringLiteral("export"), m_corpus, QStringLiteral("--outlet"),
        QStringLiteral("Coastline Wire"), QStringLiteral("--no-pdf-annotations"), QStringLiteral("--pdf"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("(3 documents,")));
    auto doc = Poppler::Document::loadFromData(TestUtil::readFile(out));
    QVERIFY(doc);
    for (int p = 0; p < doc->numPages(); ++p)
        QCOMPARE(int(doc->page(p)->annotations().size()), 0);
}

void TestCliExport::testDataFormats_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("csv") << QStringLiteral("--csv")
                         << QByteArray("document,outlet,date,tag,quote,note,author,start,end\r\n");
    QTest::addRow("html") << QStringLiteral("--html") << QByteArray("<!DOCTYPE html>");
    QTest::addRow("w3c") << QStringLiteral("--w3c")
                         << QByteArray("{\n    \"@context\": \"http://www.w3.org/ns/anno.jsonld\"");
}

void TestCliExport::testDataFormats()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, start);
    const QString out = m_dir.filePath(QStringLiteral("data") + option);
    const Run r = run({ QStringLiteral("export"), m_corpus, QStringLiteral("--tag"), QStringLiteral("Loaded language"),
        option, out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray bytes = TestUtil::readFile(out);
    QVERIFY2(bytes.startsWith(start), bytes.left(200).constData());
    if (option == QLatin1String("--csv")) {
        // Two documents carry "Loaded language"; every span of them is a row.
        QVERIFY2(r.out.contains(QStringLiteral("(2 documents,")), qPrintable(r.out));
        const int spans = r.out.section(QLatin1String(", "), 1).section(QLatin1Char(' '), 0, 0).toInt();
        QCOMPARE(int(bytes.count("\r\n")), spans + 1);
    }
}

void TestCliExport::testErrorsWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("never.pdf"));
    QTest::addRow("no output") << QStringList { m_corpus } << 2 << QStringLiteral("exactly one of --pdf");
    QTest::addRow("two outputs") << QStringList { m_corpus, QStringLiteral("--pdf"), out, QStringLiteral("--csv"), out }
                                 << 2 << QStringLiteral("exactly one of --pdf");
    QTest::addRow("unknown tag") << QStringList { m_corpus, QStringLiteral("--tag"), QStringLiteral("Nope"),
        QStringLiteral("--pdf"), out }
                                 << 2 << QStringLiteral("no tag named \"Nope\"");
    QTest::addRow("unknown document") << QStringList { m_corpus, QStringLiteral("--doc"), QStringLiteral("x.txt"),
        QStringLiteral("--pdf"), out } << 2
                                      << QStringLiteral("x.txt: no such document");
    QTest::addRow("no corpus") << QStringList { m_dir.filePath(QStringLiteral("missing")), QStringLiteral("--pdf"),
        out } << 2 << QStringLiteral("does not exist");
    QTest::addRow("bad boilerplate") << QStringList { m_corpus, QStringLiteral("--boilerplate"), QStringLiteral("hide"),
        QStringLiteral("--pdf"), out }
                                     << 2 << QStringLiteral("keep, grey or omit");
    QTest::addRow("unwritable path") << QStringList { m_corpus, QStringLiteral("--pdf"),
        m_dir.filePath(QStringLiteral("no/folder/never.pdf")) }
                                     << 1 << QStringLiteral("no/folder/never.pdf: the folder");
}

void TestCliExport::testErrorsWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(QStringList { QStringLiteral("export") } + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
}

void TestCliExport::testUnreadableSidecarRefusesToExport()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.filePath(QStringLiteral("c"))));
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("c/marginalia.json")), "{ not json"));
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    const Run r = run({ QStringLiteral("export"), dir.filePath(QStringLiteral("c")), QStringLiteral("--pdf"), out });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("marginalia.json")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("nothing written")));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(TestUtil::readFile(dir.filePath(QStringLiteral("c/marginalia.json"))), QByteArray("{ not json"));
}

void TestCliExport::testProgressOnStandardError()
{
    // --progress: the import's and then the export's progress on standard
    // error, as `list --progress` prints the import's; standard output says
    // the same as without it. Not on a terminal (QProcess pipes), so without
    // --progress nothing is printed.
    const QString plainPdf = m_dir.filePath(QStringLiteral("plain-progress.pdf"));
    const QString shownPdf = m_dir.filePath(QStringLiteral("shown-progress.pdf"));
    const Run plain = run({ QStringLiteral("export"), m_corpus, QStringLiteral("--pdf"), plainPdf });
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QVERIFY2(!plain.err.contains(QLatin1String("Importing")) && !plain.err.contains(QLatin1String("Exporting")),
        qPrintable(plain.err));
    const Run shown
        = run({ QStringLiteral("export"), m_corpus, QStringLiteral("--pdf"), shownPdf, QStringLiteral("--progress") });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QCOMPARE(shown.out, QString(plain.out).replace(plainPdf, shownPdf));
    QVERIFY2(shown.err.contains(QLatin1String("Importing articles: 12 of 12 (100%)")), qPrintable(shown.err));
    // The export's steps come after the import, never step back, and end at 100 %.
    const QStringList lines = shown.err.split(QLatin1Char('\n'));
    int last = -1;
    int firstExport = -1;
    int lastImport = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QLatin1String("Importing")))
            lastImport = i;
        if (!line.startsWith(QLatin1String("Exporting: step ")))
            continue;
        if (firstExport < 0)
            firstExport = i;
        const int open = int(line.lastIndexOf(QLatin1Char('(')));
        const int percent = line.mid(open + 1, line.size() - open - 3).toInt();
        QVERIFY2(percent > last, qPrintable(line));
        last = percent;
    }
    QVERIFY2(firstExport > lastImport, qPrintable(shown.err));
    QCOMPARE(last, 100);
    QVERIFY(QFileInfo(shownPdf).size() > 0);
}

QTEST_MAIN(TestCliExport)
#include "tst_cli_export.moc"
