// BoilerplateDetector: rules and per-outlet statistics, measured against a
// labelled set (tests/data/clutter) for precision and recall.

#include "corpus/boilerplatedetector.h"
#include "corpus/importerregistry.h"
#include "testutil.h"

#include <QTest>

using namespace Marginalia;

class TestBoilerplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testLabelledSetPrecisionAndRecall();
    void testClutterLine_data();
    void testClutterLine();
    void testRepeatedHeadlineMarkedOnce();
    void testOutletStatisticsNeedThreeArticles();
    void testStatisticsIgnoreOtherOutletsAndLongLines();
    void testRangesAreWholeLinesWithoutNewline();
    void testImportMarksClutterAndKeepsText();
};

void TestBoilerplate::testLabelledSetPrecisionAndRecall()
{
    const QDir dir(QStringLiteral(MARGINALIA_TEST_DATA "/clutter"));
    const QStringList files = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 8);
    QVector<Document> docs;
    QVector<QVector<bool>> labels; // per document, per line of its text
    for (const QString &file : files) {
        const QString raw = QString::fromUtf8(TestUtil::readFile(dir.filePath(file)));
        Document d;
        d.path = file;
        d.meta.outlet = file.section(QLatin1String("--"), 0, 0);
        QStringList lines;
        QVector<bool> isClutter;
        for (const QString &line : raw.split(QLatin1Char('\n'))) {
            if (line.isEmpty()) {
                lines.append(QString());
                isClutter.append(false);
                continue;
            }
            QVERIFY2(line.startsWith(QLatin1String("B|")) || line.startsWith(QLatin1String("C|")), qPrintable(line));
            lines.append(line.mid(2));
            isClutter.append(line.startsWith(QLatin1Char('B')));
        }
        d.setText(lines.join(QLatin1Char('\n')));
        d.boilerplate = BoilerplateDetector::ruleLines(d.text());
        docs.append(d);
        labels.append(isClutter);
    }
    BoilerplateDetector::applyCorpusStatistics(docs);

    int tp = 0;
    int fp = 0;
    int fn = 0;
    QStringList mistakes;
    for (int i = 0; i < docs.size(); ++i) {
        const QVector<TextRange> lines = BoilerplateDetector::lines(docs.at(i).text());
        QCOMPARE(lines.size(), labels.at(i).size());
        for (int l = 0; l < lines.size(); ++l) {
            const bool marked = docs.at(i).boilerplate.contains(lines.at(l));
            const bool clutter = labels.at(i).at(l);
            const QString text = docs.at(i).text().mid(lines.at(l).start, lines.at(l).end - lines.at(l).start);
            tp += marked && clutter;
            fp += marked && !clutter;
            fn += !marked && clutter;
            if (marked != clutter)
                mistakes.append(QStringLiteral("%1 %2: %3")
                                    .arg(marked ? QLatin1String("FP") : QLatin1String("FN"), docs.at(i).path, text));
        }
    }
    const double precision = double(tp) / double(tp + fp);
    const double recall = double(tp) / double(tp + fn);
    qInfo("clutter set: %d lines marked correctly, %d wrongly, %d missed; precision %.3f, recall %.3f", tp, fp, fn,
        precision, recall);
    for (const QString &m : std::as_const(mistakes))
        qInfo("  %s", qPrintable(m));
    // Regression guards at the level measured when the set was written.
    QVERIFY2(precision >= 0.9, qPrintable(mistakes.join(QLatin1Char('\n'))));
    QVERIFY2(recall >= 0.9, qPrintable(mistakes.join(QLatin1Char('\n'))));
}

void TestBoilerplate::testClutterLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("clutter");
    QTest::addRow("share prompt") << QStringLiteral("Share this article") << true;
    QTest::addRow("share list") << QStringLiteral("Facebook · Twitter · Email") << true;
    QTest::addRow("read more teaser") << QStringLiteral("READ MORE: Bridge to reopen in June") << true;
    QTest::addRow("loading ellipsis") << QStringLiteral(u"Loading…") << true;
    QTest::addRow("cookie notice") << QStringLiteral("This site uses cookies. Accept") << true;
    QTest::addRow("copyright sign") << QStringLiteral(u"© Northgate Herald") << true;
    QTest::addRow("photo credit") << QStringLiteral("Photograph: K. Imre") << true;
    QTest::addRow("news about shares") << QStringLiteral("Shares in the ferry company fell 4 percent on Monday.")
                                       << false;
    QTest::addRow("loading docks") << QStringLiteral("Loading docks will be rebuilt.") << false;
    QTest::addRow("long paragraph mentioning a newsletter")
        << QStringLiteral("The council's own newsletter, sent to every household in March, did not mention the "
                          "closure of the bridge or the cost of the repairs, which critics called a cover-up.")
        << false;
    QTest::addRow("empty") << QString() << false;
}

void TestBoilerplate::testClutterLine()
{
    QFETCH(QString, line);
    QTEST(BoilerplateDetector::isClutterLine(line), "clutter");
}

void TestBoilerplate::testRepeatedHeadlineMarkedOnce()
{
    const QString text = QStringLiteral("Headline here\nHeadline here\n\nBody text.\n\nBody text.");
    const QVector<TextRange> marks = BoilerplateDetector::ruleLines(text);
    // Only the second headline; a repeated paragraph far down is not a headline,
    // and a blank line between repeats of a body line does not make it one.
    QCOMPARE(marks, (QVector<TextRange> { { 14, 27 } }));
}

void TestBoilerplate::testOutletStatisticsNeedThreeArticles()
{
    auto doc = [](const QString &outlet, const QString &text) {
        Document d;
        d.meta.outlet = outlet;
        d.setText(text);
        return d;
    };
    QVector<Document> two { doc(QStringLiteral("A"), QStringLiteral("Story one.\nThe Daily Furnace")),
        doc(QStringLiteral("A"), QStringLiteral("Story two.\nThe Daily Furnace")) };
    BoilerplateDetector::applyCorpusStatistics(two);
    QVERIFY(two.at(0).boilerplate.isEmpty());
    two.append(doc(QStringLiteral("A"), QStringLiteral("The daily   furnace\nStory three.")));
    BoilerplateDetector::applyCorpusStatistics(two);
    QCOMPARE(two.at(0).boilerplate, (QVector<TextRange> { { 11, 28 } }));
    QCOMPARE(two.at(2).boilerplate, (QVector<TextRange> { { 0, 19 } }));
}

void TestBoilerplate::testStatisticsIgnoreOtherOutletsAndLongLines()
{
    const QString longLine(200, QLatin1Char('x'));
    QVector<Document> docs;
    for (const char *outlet : { "A", "B", "C" }) {
        Document d;
        d.meta.outlet = QLatin1String(outlet);
        d.setText(QStringLiteral("Shared footer\n") + longLine);
        docs.append(d);
    }
    BoilerplateDetector::applyCorpusStatistics(docs);
    for (const Document &d : std::as_const(docs))
        QVERIFY(d.boilerplate.isEmpty());
    for (Document &d : docs)
        d.meta.outlet = QStringLiteral("Same");
    BoilerplateDetector::applyCorpusStatistics(docs);
    for (const Document &d : std::as_const(docs))
        QCOMPARE(d.boilerplate, (QVector<TextRange> { { 0, 13 } })); // the long line is not furniture
}

void TestBoilerplate::testRangesAreWholeLinesWithoutNewline()
{
    const QString text = QStringLiteral("Real news.\nLoading...\nShare this article");
    QCOMPARE(BoilerplateDetector::ruleLines(text), (QVector<TextRange> { { 11, 21 }, { 22, 40 } }));
}

void TestBoilerplate::testImportMarksClutterAndKeepsText()
{
    const QByteArray bytes = "Pier reopens\nAdvertisement\nThe pier reopened today.\n";
    const ImportResult r = ImporterRegistry::instance().importBytes(bytes, QStringLiteral("a.txt"));
    QVERIFY(r.ok);
    QCOMPARE(r.document.text(), QString::fromUtf8(bytes)); // marked, never removed
    QCOMPARE(r.document.boilerplate, (QVector<TextRange> { { 13, 26 } }));
}

QTEST_MAIN(TestBoilerplate)
#include "tst_boilerplate.moc"
