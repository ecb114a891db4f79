#include "intervalindex.h"

#include <algorithm>

namespace Marginalia {

namespace {
// The sorted array is read as an implicit balanced tree: the root of [lo, hi)
// is its middle element. m_maxEnd[mid] holds the largest end in that subtree,
// which lets a query skip every subtree that ends before the range starts.
int fillMaxEnd(const QVector<IntervalIndex::Interval> &items, QVector<int> &maxEnd, int lo, int hi)
{
    if (lo >= hi)
        return -1;
    const int mid = lo + (hi - lo) / 2;
    const int left = fillMaxEnd(items, maxEnd, lo, mid);
    const int right = fillMaxEnd(items, maxEnd, mid + 1, hi);
    const auto &it = items.at(mid);
    maxEnd[mid] = std::max({left, right, std::max(it.end, it.start + 1)});
    return maxEnd[mid];
}
} // namespace

void IntervalIndex::build(QVector<Interval> intervals)
{
    std::sort(intervals.begin(), intervals.end(), [](const Interval &a, const Interval &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    m_items = std::move(intervals);
    m_maxEnd.fill(0, m_items.size());
    fillMaxEnd(m_items, m_maxEnd, 0, int(m_items.size()));
}

void IntervalIndex::clear()
{
    m_items.clear();
    m_maxEnd.clear();
}

QVector<IntervalIndex::Interval> IntervalIndex::overlapping(int from, int to) const
{
    QVector<Interval> out;
    collect(0, int(m_items.size()), from, to, out);
    return out;
}

void IntervalIndex::collect(int lo, int hi, int from, int to, QVector<Interval> &out) const
{
    if (lo >= hi)
        return;
    const int mid = lo + (hi - lo) / 2;
    if (m_maxEnd.at(mid) <= from)
        return; // nothing in this subtree reaches the range
    collect(lo, mid, from, to, out);
    const Interval &it = m_items.at(mid);
    if (it.start >= to)
        return; // this and everything right of it start after the range
    const bool overlaps = it.start == it.end ? it.start >= from : it.end > from;
    if (overlaps)
        out.append(it);
    collect(mid + 1, hi, from, to, out);
}

} // namespace Marginalia
