#pragma once

#include <QVector>

namespace Marginalia {

/// Interval index: which intervals overlap a query range, in O(log n + k).
/// Intervals are half-open [start, end). Built from a sorted copy; single
/// intervals can then be inserted and removed in O(n) without a sort (a
/// memmove and one pass over the subtree maxima), and payloads renumbered
/// when the rows they stand for shift: what the highlighter does on each
/// span change instead of rebuilding from 10,000 spans.
class IntervalIndex
{
public:
    struct Interval
    {
        int start = 0;
        int end = 0;
        int payload = 0; ///< caller's handle, e.g. a row
    };

    void build(QVector<Interval> intervals);
    void clear();
    int size() const { return int(m_items.size()); }

    /// Adds one interval (kept in the order build() sorts by).
    void insert(const Interval &interval);
    /// Removes the interval with this start, end and payload; false if there is none.
    bool remove(const Interval &interval);
    /// Adds delta to every payload >= from (rows inserted or removed before them).
    void shiftPayloads(int from, int delta);
    /// Every interval, in index order (start, then end).
    const QVector<Interval> &intervals() const { return m_items; }

    /// Intervals with start < to and end > from, ordered by start. Empty
    /// intervals (start == end) are reported when from <= start < to.
    QVector<Interval> overlapping(int from, int to) const;

private:
    void updateMaxEnd();
    void collect(int lo, int hi, int from, int to, QVector<Interval> &out) const;

    QVector<Interval> m_items; ///< sorted by start
    QVector<int> m_maxEnd; ///< max end over the implicit subtree rooted at each mid
};

} // namespace Marginalia
