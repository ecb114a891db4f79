// CorpusSearch: plain text and regular expressions over canonical texts, with
// case and whole-word options; offsets are UTF-16 like spans.

#include "search/corpussearch.h"

#include <QTest>

using namespace Marginalia;

using Ranges = QVector<QPair<int, int>>;

namespace {
Ranges ranges(const QVector<CorpusSearch::Hit> &hits)
{
    Ranges out;
    for (const auto &h : hits)
        out.append({ h.start, h.end });
    return out;
}
} // namespace

class TestCorpusSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSearchText_data();
    void testSearchText();
    void testInvalidQueries_data();
    void testInvalidQueries();
    void testHitsCarryPath();
};

void TestCorpusSearch::testSearchText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("wholeWord");
    QTest::addColumn<Ranges>("expected");

    const QString bridge = QStringLiteral("Bridge closed. The bridge, the Bridgeport bridge.");
    QTest::addRow("plain ignoring case") << bridge << QStringLiteral("bridge") << false << false << false
                                         << Ranges { { 0, 6 }, { 19, 25 }, { 31, 37 }, { 42, 48 } };
    QTest::addRow("plain case-sensitive")
        << bridge << QStringLiteral("bridge") << false << true << false << Ranges { { 19, 25 }, { 42, 48 } };
    QTest::addRow("plain whole word skips Bridgeport")
        << bridge << QStringLiteral("bridge") << false << false << true << Ranges { { 0, 6 }, { 19, 25 }, { 42, 48 } };
    QTest::addRow("non-overlapping repeats")
        << QStringLiteral("aaaa") << QStringLiteral("aa") << false << true << false << Ranges { { 0, 2 }, { 2, 4 } };
    QTest::addRow("regex") << QStringLiteral("fare 40c, fares 16%") << QStringLiteral("fares?") << true << true << false
                           << Ranges { { 0, 4 }, { 10, 15 } };
    QTest::addRow("regex ignoring case") << QStringLiteral("Fare fare") << QStringLiteral("f\\w+") << true << false
                                         << false << Ranges { { 0, 4 }, { 5, 9 } };
    QTest::addRow("regex whole word") << QStringLiteral("rail railway rail") << QStringLiteral("rail") << true << true
                                      << true << Ranges { { 0, 4 }, { 13, 17 } };
    QTest::addRow("regex alternation whole word") << QStringLiteral("ferry ferryman bus") << QStringLiteral("ferry|bus")
                                                  << true << true << true << Ranges { { 0, 5 }, { 15, 18 } };
    QTest::addRow("empty regex matches are skipped")
        << QStringLiteral("ab") << QStringLiteral("x*") << true << true << false << Ranges {};
    // "cafe" followed by a combining acute accent is not the whole word "cafe".
    QTest::addRow("combining mark is part of the word")
        << QStringLiteral("cafe\u0301 cafe") << QStringLiteral("cafe") << false << true << true << Ranges { { 6, 10 } };
    QTest::addRow("combining mark is part of the word (regex)")
        << QStringLiteral("cafe\u0301 cafe") << QStringLiteral("cafe") << true << true << true << Ranges { { 6, 10 } };
    QTest::addRow("arabic") << QStringLiteral("جسر شارع هارو جسر") << QStringLiteral("جسر") << false << true << true
                            << Ranges { { 0, 3 }, { 14, 17 } };
    QTest::addRow("astral characters count as two units")
        << QStringLiteral("\U0001F309 bridge") << QStringLiteral("bridge") << false << true << true
        << Ranges { { 3, 9 } };
}

void TestCorpusSearch::testSearchText()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, wholeWord);
    QFETCH(Ranges, expected);
    CorpusSearch::Query q;
    q.pattern = pattern;
    q.regex = regex;
    q.caseSensitive = caseSensitive;
    q.wholeWord = wholeWord;
    const CorpusSearch search(q);
    QVERIFY2(search.isValid(), qPrintable(search.errorString()));
    QCOMPARE(ranges(search.searchText(QStringLiteral("doc.txt"), text)), expected);
}

void TestCorpusSearch::testInvalidQueries_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QString>("errorContains");
    QTest::addRow("empty text") << QString() << false << QStringLiteral("empty");
    QTest::addRow("empty regex") << QString() << true << QStringLiteral("empty");
    QTest::addRow("unbalanced parenthesis") << QStringLiteral("fare(") << true << QStringLiteral("position 5");
}

void TestCorpusSearch::testInvalidQueries()
{
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(QString, errorContains);
    CorpusSearch::Query q;
    q.pattern = pattern;
    q.regex = regex;
    const CorpusSearch search(q);
    QVERIFY(!search.isValid());
    QVERIFY2(search.errorString().contains(errorContains), qPrintable(search.errorString()));
    QVERIFY(search.searchText(QStringLiteral("d"), QStringLiteral("fare( fare(")).isEmpty());
}

void TestCorpusSearch::testHitsCarryPath()
{
    CorpusSearch::Query q;
    q.pattern = QStringLiteral("x");
    const auto hits = CorpusSearch(q).searchText(QStringLiteral("Outlet/a.txt"), QStringLiteral("x y x"));
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(1), (CorpusSearch::Hit { QStringLiteral("Outlet/a.txt"), 4, 5 }));
}

QTEST_GUILESS_MAIN(TestCorpusSearch)
#include "tst_corpussearch.moc"
