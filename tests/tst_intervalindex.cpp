// IntervalIndex against a brute-force scan of the same intervals, with the
// half-open semantics the header promises: a non-empty [s, e) overlaps
// [from, to) when s < to and e > from; an empty one when from <= s < to.

#include "annotation/intervalindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <tuple>

using Marginalia::IntervalIndex;
using Interval = IntervalIndex::Interval;

namespace {

bool lessThan(const Interval &a, const Interval &b)
{
    return std::tie(a.start, a.end, a.payload) < std::tie(b.start, b.end, b.payload);
}

QVector<Interval> bruteForce(const QVector<Interval> &all, int from, int to)
{
    QVector<Interval> out;
    for (const Interval &it : all) {
        const bool hit = it.start == it.end ? (from <= it.start && it.start < to) : (it.start < to && it.end > from);
        if (hit)
            out.append(it);
    }
    std::sort(out.begin(), out.end(), lessThan);
    return out;
}

QString describe(const QVector<Interval> &v)
{
    QStringList parts;
    for (const Interval &it : v)
        parts.append(QStringLiteral("[%1,%2)#%3").arg(it.start).arg(it.end).arg(it.payload));
    return parts.join(QLatin1Char(' '));
}

// Compares one query; returns false (after a QCOMPARE/QVERIFY failure) on a mismatch.
bool checkQuery(const IntervalIndex &index, const QVector<Interval> &all, int from, int to)
{
    QVector<Interval> got = index.overlapping(from, to);
    for (int i = 1; i < got.size(); ++i) {
        if (got.at(i - 1).start > got.at(i).start) {
            qWarning("query [%d, %d): result not ordered by start: %s", from, to, qPrintable(describe(got)));
            return false;
        }
    }
    std::sort(got.begin(), got.end(), lessThan);
    const QVector<Interval> expected = bruteForce(all, from, to);
    const QString g = describe(got);
    const QString e = describe(expected);
    if (g != e) {
        qWarning("query [%d, %d):\n  got      %s\n  expected %s", from, to, qPrintable(g), qPrintable(e));
        return false;
    }
    return true;
}

} // namespace

class TestIntervalIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testHandPickedSets_data();
    void testHandPickedSets();
    void testRandomSetsMatchBruteForce_data();
    void testRandomSetsMatchBruteForce();
    void testTouchingIntervalsDoNotOverlap();
    void testEmptyIntervalAtQueryEnd();
    void testRebuildAndClear();
    void testInsertRemoveMatchRebuild_data();
    void testInsertRemoveMatchRebuild();
};

void TestIntervalIndex::testHandPickedSets_data()
{
    QTest::addColumn<QVector<Interval>>("intervals");

    QTest::addRow("no intervals") << QVector<Interval> {};
    QTest::addRow("single") << QVector<Interval> { { 3, 7, 0 } };
    QTest::addRow("single empty") << QVector<Interval> { { 4, 4, 0 } };
    QTest::addRow("empty at zero") << QVector<Interval> { { 0, 0, 0 }, { 0, 2, 1 } };
    QTest::addRow("nested") << QVector<Interval> { { 0, 20, 0 }, { 2, 18, 1 }, { 4, 16, 2 }, { 6, 14, 3 }, { 8, 12, 4 },
        { 10, 10, 5 } };
    QTest::addRow("identical") << QVector<Interval> { { 5, 9, 0 }, { 5, 9, 1 }, { 5, 9, 2 }, { 5, 9, 3 } };
    QTest::addRow("identical empty") << QVector<Interval> { { 5, 5, 0 }, { 5, 5, 1 }, { 5, 5, 2 } };
    QTest::addRow("touching chain") << QVector<Interval> { { 0, 3, 0 }, { 3, 6, 1 }, { 6, 9, 2 }, { 9, 12, 3 } };
    QTest::addRow("touching with empties")
        << QVector<Interval> { { 0, 3, 0 }, { 3, 3, 1 }, { 3, 6, 2 }, { 6, 6, 3 }, { 6, 9, 4 }, { 9, 9, 5 } };
    // A long interval early in the order must still be found by queries far to
    // its right, past many short ones (what m_maxEnd is for).
    QTest::addRow("long one left of many short") << QVector<Interval> { { 0, 30, 0 }, { 1, 2, 1 }, { 2, 3, 2 },
        { 3, 4, 3 }, { 4, 5, 4 }, { 5, 6, 5 }, { 6, 7, 6 }, { 7, 8, 7 } };
    QTest::addRow("same start, different ends")
        << QVector<Interval> { { 4, 5, 0 }, { 4, 12, 1 }, { 4, 4, 2 }, { 4, 8, 3 } };
    QTest::addRow("unsorted input") << QVector<Interval> { { 9, 12, 0 }, { 0, 1, 1 }, { 5, 5, 2 }, { 2, 10, 3 },
        { 1, 3, 4 } };
}

void TestIntervalIndex::testHandPickedSets()
{
    QFETCH(QVector<Interval>, intervals);
    IntervalIndex index;
    index.build(intervals);
    QCOMPARE(index.size(), int(intervals.size()));
    // Every query range over the coordinates in play, including empty and
    // reversed ranges (from >= to), which must report nothing non-empty
    // that the definition excludes.
    for (int from = -1; from <= 32; ++from) {
        for (int to = from - 1; to <= 33; ++to)
            QVERIFY2(checkQuery(index, intervals, from, to), qPrintable(QStringLiteral("[%1, %2)").arg(from).arg(to)));
    }
}

void TestIntervalIndex::testRandomSetsMatchBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("range"); ///< starts are in [0, range)
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("emptyPercent");
    QTest::addColumn<int>("duplicatePercent");

    QTest::addRow("few, sparse") << 1u << 8 << 200 << 10 << 10 << 0;
    QTest::addRow("dense short") << 2u << 300 << 100 << 5 << 20 << 10;
    QTest::addRow("many long, nested") << 3u << 500 << 1000 << 400 << 5 << 5;
    QTest::addRow("mostly empty") << 4u << 200 << 150 << 3 << 70 << 10;
    QTest::addRow("heavy duplicates") << 5u << 256 << 50 << 20 << 10 << 50;
    QTest::addRow("power of two count") << 6u << 1024 << 5000 << 60 << 10 << 5;
    QTest::addRow("count one off a power of two") << 7u << 1023 << 5000 << 60 << 10 << 5;
    QTest::addRow("highlighter-like") << 8u << 2000 << 20000 << 200 << 2 << 2;
}

void TestIntervalIndex::testRandomSetsMatchBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(int, range);
    QFETCH(int, maxLength);
    QFETCH(int, emptyPercent);
    QFETCH(int, duplicatePercent);

    QRandomGenerator rng(seed);
    QVector<Interval> intervals;
    for (int i = 0; i < count; ++i) {
        if (!intervals.isEmpty() && rng.bounded(100) < duplicatePercent) {
            Interval copy = intervals.at(rng.bounded(int(intervals.size())));
            copy.payload = i;
            intervals.append(copy);
            continue;
        }
        const int start = rng.bounded(range);
        const int length = rng.bounded(100) < emptyPercent ? 0 : 1 + rng.bounded(maxLength);
        intervals.append({ start, start + length, i });
    }

    IntervalIndex index;
    index.build(intervals);
    QCOMPARE(index.size(), count);

    const int limit = range + maxLength + 2;
    for (int q = 0; q < 400; ++q) {
        const int from = rng.bounded(-2, limit);
        // Mix point queries, empty ranges, short and long ranges.
        const int kind = rng.bounded(4);
        const int to = kind == 0 ? from
            : kind == 1          ? from + 1
            : kind == 2          ? from + rng.bounded(1, 20)
                                 : from + rng.bounded(limit);
        QVERIFY2(checkQuery(index, intervals, from, to), qPrintable(QStringLiteral("[%1, %2)").arg(from).arg(to)));
    }
    // Queries that start or end exactly on interval boundaries, where half-open
    // semantics matter most.
    for (int q = 0; q < 200; ++q) {
        const Interval &it = intervals.at(rng.bounded(int(intervals.size())));
        QVERIFY(checkQuery(index, intervals, it.end, it.end + 1));
        QVERIFY(checkQuery(index, intervals, it.start - 1, it.start));
        QVERIFY(checkQuery(index, intervals, it.start, it.end));
        QVERIFY(checkQuery(index, intervals, it.start, it.start));
    }
    // The whole range returns everything.
    QCOMPARE(index.overlapping(-1, limit + 1).size(), count);
}

void TestIntervalIndex::testTouchingIntervalsDoNotOverlap()
{
    IntervalIndex index;
    index.build({ { 0, 5, 1 }, { 5, 10, 2 } });
    const auto left = index.overlapping(0, 5);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().payload, 1);
    const auto right = index.overlapping(5, 10);
    QCOMPARE(right.size(), 1);
    QCOMPARE(right.first().payload, 2);
    QCOMPARE(index.overlapping(4, 6).size(), 2);
}

void TestIntervalIndex::testEmptyIntervalAtQueryEnd()
{
    // An empty interval (a caret-like span) belongs to the block it starts in,
    // not to the one ending there.
    IntervalIndex index;
    index.build({ { 10, 10, 7 } });
    QVERIFY(index.overlapping(0, 10).isEmpty());
    QCOMPARE(index.overlapping(10, 20).size(), 1);
    QCOMPARE(index.overlapping(9, 11).size(), 1);
    QVERIFY(index.overlapping(11, 20).isEmpty());
}

void TestIntervalIndex::testRebuildAndClear()
{
    IntervalIndex index;
    index.build({ { 0, 10, 1 }, { 2, 3, 2 } });
    QCOMPARE(index.overlapping(0, 100).size(), 2);
    index.build({ { 50, 60, 3 } });
    QCOMPARE(index.size(), 1);
    QVERIFY(index.overlapping(0, 10).isEmpty());
    QCOMPARE(index.overlapping(55, 56).size(), 1);
    index.clear();
    QCOMPARE(index.size(), 0);
    QVERIFY(index.overlapping(0, 100).isEmpty());
}

void TestIntervalIndex::testInsertRemoveMatchRebuild_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("initial");
    QTest::addColumn<int>("range");

    QTest::addRow("from empty") << 11u << 0 << 60;
    QTest::addRow("small, dense") << 12u << 20 << 40;
    QTest::addRow("highlighter-like") << 13u << 700 << 20000;
}

void TestIntervalIndex::testInsertRemoveMatchRebuild()
{
    // Payloads are rows, as the highlighter keeps them: inserting row r moves
    // every row >= r down by one, removing it moves the rows after it up. After
    // each step the index must answer what one built from scratch answers.
    QFETCH(quint32, seed);
    QFETCH(int, initial);
    QFETCH(int, range);
    QRandomGenerator rng(seed);
    auto randomInterval = [&] {
        const int start = rng.bounded(range);
        const int length = rng.bounded(10) == 0 ? 0 : 1 + rng.bounded(rng.bounded(8) == 0 ? 400 : 30);
        return Interval { start, start + length, 0 };
    };
    QVector<Interval> rows; // row i has payload i
    for (int i = 0; i < initial; ++i)
        rows.append(randomInterval());
    auto withPayloads = [&rows] {
        QVector<Interval> out = rows;
        for (int i = 0; i < out.size(); ++i)
            out[i].payload = i;
        return out;
    };
    IntervalIndex index;
    index.build(withPayloads());
    for (int step = 0; step < 400; ++step) {
        if (rows.isEmpty() || rng.bounded(5) < 3) {
            Interval it
                = rng.bounded(6) == 0 && !rows.isEmpty() ? rows.at(rng.bounded(int(rows.size()))) : randomInterval();
            const int row = rng.bounded(int(rows.size()) + 1);
            index.shiftPayloads(row, 1);
            rows.insert(row, it);
            it.payload = row;
            index.insert(it);
        } else {
            const int row = rng.bounded(int(rows.size()));
            Interval it = rows.at(row);
            it.payload = row;
            QVERIFY(index.remove(it));
            QVERIFY(!index.remove(it)); // gone
            rows.removeAt(row);
            index.shiftPayloads(row + 1, -1);
        }
        const QVector<Interval> all = withPayloads();
        QCOMPARE(index.size(), int(all.size()));
        // Kept in build()'s order: by start, then end.
        const QVector<Interval> &items = index.intervals();
        for (int i = 1; i < items.size(); ++i) {
            QVERIFY(
                std::tie(items.at(i - 1).start, items.at(i - 1).end) <= std::tie(items.at(i).start, items.at(i).end));
        }
        for (int q = 0; q < 12; ++q) {
            const int from = rng.bounded(-2, range + 40);
            const int to = from + (q % 3 == 0 ? 1 : rng.bounded(q % 3 == 1 ? 40 : range));
            QVERIFY2(checkQuery(index, all, from, to),
                qPrintable(QStringLiteral("step %1 [%2, %3)").arg(step).arg(from).arg(to)));
        }
        QVERIFY(checkQuery(index, all, -1, range + 500));
    }
    // Removing what is not there changes nothing.
    const int before = index.size();
    QVERIFY(!index.remove({ -5, -3, 0 }));
    QCOMPARE(index.size(), before);
}

QTEST_GUILESS_MAIN(TestIntervalIndex)
#include "tst_intervalindex.moc"
