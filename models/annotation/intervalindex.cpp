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
    maxEnd[mid] = std::max({ left, right, std::max(it.end, it.start + 1) });
    return maxEnd[mid];
}

bool orderedBefore(const IntervalIndex::Interval &a, const IntervalIndex::Interval &b)
{
    return a.start != b.start ? a.start < b.start : a.end < b.end;
}
} // namespace

void IntervalIndex::build(QVector<Interval> intervals)
{
    std::sort(intervals.begin(), intervals.end(), orderedBefore);
    m_items = std::move(intervals);
    updateMaxEnd();
}

void IntervalIndex::updateMaxEnd()
{
    // Every position's subtree changes when an element is added or removed
    // (the implicit tree is the array's halving), so all maxima are redone:
    // O(n), but only integer work, no sort and no copy of the caller's data.
    m_maxEnd.resize(m_items.size());
    fillMaxEnd(m_items, m_maxEnd, 0, int(m_items.size()));
}

void IntervalIndex::insert(const Interval &interval)
{
    // After every interval that sorts before or with it: the same place a stable rebuild would give it.
    const auto at = std::upper_bound(m_items.cbegin(), m_items.cend(), interval, orderedBefore);
    m_items.insert(at - m_items.cbegin(), interval);
    updateMaxEnd();
}

bool IntervalIndex::remove(const Interval &interval)
{
    auto it = std::lower_bound(m_items.cbegin(), m_items.cend(), interval, orderedBefore);
    for (; it != m_items.cend() && it->start == interval.start && it->end == interval.end; ++it) {
        if (it->payload == interval.payload) {
            m_items.remove(it - m_items.cbegin());
            updateMaxEnd();
            return true;
        }
    }
    return false;
}

void IntervalIndex::shiftPayloads(int from, int delta)
{
    for (Interval &it : m_items) {
        if (it.payload >= from)
            it.payload += delta;
    }
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
