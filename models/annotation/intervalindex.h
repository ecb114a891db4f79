#pragma once

#include <QVector>

namespace Marginalia {

/// Static interval index: which intervals overlap a query range, in
/// O(log n + k). Intervals are half-open [start, end). Built from a sorted
/// copy; rebuild after changes (10,000 intervals rebuild in well under a
/// millisecond), which keeps lookups per text block cheap for the highlighter.
class IntervalIndex
{
public:
    struct Interval {
        int start = 0;
        int end = 0;
        int payload = 0; ///< caller's handle, e.g. a row
    };

    void build(QVector<Interval> intervals);
    void clear();
    int size() const { return int(m_items.size()); }

    /// Intervals with start < to and end > from, ordered by start. Empty
    /// intervals (start == end) are reported when from <= start < to.
    QVector<Interval> overlapping(int from, int to) const;

private:
    void collect(int lo, int hi, int from, int to, QVector<Interval> &out) const;

    QVector<Interval> m_items; ///< sorted by start
    QVector<int> m_maxEnd; ///< max end over the implicit subtree rooted at each mid
};

} // namespace Marginalia
