// SelectionSnapper: selections become spans on whole graphemes, and on whole
// words when "snapToWords" is on.

#include "annotation/selectionsnapper.h"

#include <QTest>

using namespace Marginalia;

class TestSelectionSnapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSnap_data();
    void testSnap();
};

void TestSelectionSnapper::testSnap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("toWords");
    QTest::addColumn<int>("expectedStart");
    QTest::addColumn<int>("expectedEnd");

    const QString text = QStringLiteral("The harbour ferry stopped.");
    QTest::addRow("inside two words widens to both") << text << 6 << 14 << true << 4 << 17;
    QTest::addRow("whole word stays") << text << 4 << 11 << true << 4 << 11;
    QTest::addRow("selected space stays") << text << 4 << 12 << true << 4 << 12;
    QTest::addRow("off: unchanged") << text << 6 << 14 << false << 6 << 14;
    // e + combining acute: never cut between them, even with words off.
    const QString accent = QStringLiteral("cafe\u0301 noir");
    QTest::addRow("combining mark not split (words off)") << accent << 0 << 4 << false << 0 << 5;
    QTest::addRow("combining mark start not split (words off)") << accent << 4 << 10 << false << 3 << 10;
    // A flag is two regional indicators, four UTF-16 units: one grapheme.
    const QString flag = QStringLiteral("x \U0001F1EB\U0001F1F7 y");
    QTest::addRow("surrogate pair not split") << flag << 3 << 4 << false << 2 << 6;
    QTest::addRow("flag sequence not split") << flag << 2 << 4 << false << 2 << 6;
    QTest::addRow("arabic word widened") << QStringLiteral("جسر شارع هارو") << 5 << 6 << true << 4 << 8;
    QTest::addRow("empty range refused") << text << 3 << 3 << true << -1 << -1;
    QTest::addRow("beyond the text refused") << text << 0 << 99 << true << -1 << -1;
}

void TestSelectionSnapper::testSnap()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(bool, toWords);
    QFETCH(int, expectedStart);
    QFETCH(int, expectedEnd);
    QCOMPARE(SelectionSnapper::snap(text, start, end, toWords), qMakePair(expectedStart, expectedEnd));
}

QTEST_GUILESS_MAIN(TestSelectionSnapper)
#include "tst_selectionsnapper.moc"
