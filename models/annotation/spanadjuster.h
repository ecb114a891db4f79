#pragma once

#include <QPair>
#include <QString>

namespace Marginalia {

/// Moves one edge of a span's range by one step for keyboard editing: a word
/// when the analyst snaps to words (the setting "snapToWords"), otherwise a
/// grapheme cluster, so an edge never lands inside a word (when snapping) or
/// a cluster or surrogate pair. Extending the end goes to the end of the next
/// word, shrinking it to the end of the previous one; the start likewise with
/// word starts. A span never becomes empty.
class SpanAdjuster
{
public:
    enum Edge { Start, End };
    /// The new [start, end), or {-1, -1} when the edge cannot move that way.
    /// direction: +1 moves the edge towards the end of the text, -1 back.
    static QPair<int, int> adjust(const QString &text, int start, int end, Edge edge, int direction, bool byWord);
};

} // namespace Marginalia
