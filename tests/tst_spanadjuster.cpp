// SpanAdjuster: moving a span's edge by a word (snapping on) or a grapheme
// cluster (snapping off), never into a cluster or surrogate pair, never to an
// empty span.

#include "annotation/spanadjuster.h"

#include <QTest>

using namespace Marginalia;

class TestSpanAdjuster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testAdjust_data();
    void testAdjust();
};

void TestSpanAdjuster::testAdjust_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("edge");
    QTest::addColumn<int>("direction");
    QTest::addColumn<bool>("byWord");
    QTest::addColumn<int>("newStart");
    QTest::addColumn<int>("newEnd");
    const QString fox = QStringLiteral("The quick brown fox jumps.");
    // "quick" is [4, 9), "brown" [10, 15), "The" [0, 3).
    QTest::addRow("extend end by a word") << fox << 4 << 9 << int(SpanAdjuster::End) << +1 << true << 4 << 15;
    QTest::addRow("shrink end by a word") << fox << 4 << 15 << int(SpanAdjuster::End) << -1 << true << 4 << 9;
    QTest::addRow("end cannot shrink to empty") << fox << 4 << 9 << int(SpanAdjuster::End) << -1 << true << -1 << -1;
    QTest::addRow("extend start by a word") << fox << 4 << 9 << int(SpanAdjuster::Start) << -1 << true << 0 << 9;
    QTest::addRow("shrink start by a word") << fox << 0 << 9 << int(SpanAdjuster::Start) << +1 << true << 4 << 9;
    QTest::addRow("start cannot shrink to empty")
        << fox << 4 << 9 << int(SpanAdjuster::Start) << +1 << true << -1 << -1;
    QTest::addRow("start cannot extend before the text")
        << fox << 0 << 9 << int(SpanAdjuster::Start) << -1 << true << -1 << -1;
    QTest::addRow("end from inside a word goes to its end")
        << fox << 4 << 6 << int(SpanAdjuster::End) << +1 << true << 4 << 9;
    QTest::addRow("by letter without snapping") << fox << 4 << 9 << int(SpanAdjuster::End) << +1 << false << 4 << 10;
    QTest::addRow("start by letter without snapping")
        << fox << 4 << 9 << int(SpanAdjuster::Start) << +1 << false << 5 << 9;
    // "cafe" + COMBINING ACUTE ACCENT: the accent stays with its letter.
    const QString cafe = QStringLiteral("caf") + QChar(u'e') + QChar(0x0301) + QStringLiteral(" noir");
    QTest::addRow("combining mark stays whole") << cafe << 0 << 3 << int(SpanAdjuster::End) << +1 << false << 0 << 5;
    // "a" U+1F600 "b": the emoji is a surrogate pair at [1, 3).
    const QString emoji = QStringLiteral("a") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("b");
    QTest::addRow("surrogate pair stays whole") << emoji << 0 << 1 << int(SpanAdjuster::End) << +1 << false << 0 << 3;
    QTest::addRow("surrogate pair stays whole backwards")
        << emoji << 3 << 4 << int(SpanAdjuster::Start) << -1 << false << 1 << 4;
    QTest::addRow("end at the end of the text") << fox << 20 << 26 << int(SpanAdjuster::End) << +1 << false << -1 << -1;
    QTest::addRow("empty span refused") << fox << 4 << 4 << int(SpanAdjuster::End) << +1 << true << -1 << -1;
}

void TestSpanAdjuster::testAdjust()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, edge);
    QFETCH(int, direction);
    QFETCH(bool, byWord);
    QFETCH(int, newStart);
    QFETCH(int, newEnd);
    const auto range = SpanAdjuster::adjust(text, start, end, SpanAdjuster::Edge(edge), direction, byWord);
    QCOMPARE(range.first, newStart);
    QCOMPARE(range.second, newEnd);
}

QTEST_GUILESS_MAIN(TestSpanAdjuster)
#include "tst_spanadjuster.moc"
