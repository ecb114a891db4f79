#include "spanadjuster.h"

#include <QTextBoundaryFinder>

namespace Marginalia {

namespace {
// The next (direction > 0) or previous boundary from pos whose reasons include
// `wanted` (a word start or end; any boundary for graphemes), or -1.
int step(const QString &text, int pos, int direction, QTextBoundaryFinder::BoundaryType type,
    QTextBoundaryFinder::BoundaryReasons wanted)
{
    QTextBoundaryFinder finder(type, text);
    finder.setPosition(pos);
    while (true) {
        const qsizetype next = direction > 0 ? finder.toNextBoundary() : finder.toPreviousBoundary();
        if (next < 0)
            return -1;
        if (wanted == QTextBoundaryFinder::BoundaryReasons() || (finder.boundaryReasons() & wanted))
            return int(next);
    }
}
} // namespace

QPair<int, int> SpanAdjuster::adjust(const QString &text, int start, int end, Edge edge, int direction, bool byWord)
{
    if (start < 0 || end > text.size() || end <= start || direction == 0)
        return { -1, -1 };
    const auto type = byWord ? QTextBoundaryFinder::Word : QTextBoundaryFinder::Grapheme;
    const QTextBoundaryFinder::BoundaryReasons wanted = !byWord ? QTextBoundaryFinder::BoundaryReasons()
        : edge == End                                           ? QTextBoundaryFinder::EndOfItem
                                                                : QTextBoundaryFinder::StartOfItem;
    const int pos = step(text, edge == End ? end : start, direction, type, wanted);
    if (pos < 0)
        return { -1, -1 };
    if (edge == End)
        return pos > start ? QPair<int, int>(start, pos) : QPair<int, int>(-1, -1);
    return pos < end ? QPair<int, int>(pos, end) : QPair<int, int>(-1, -1);
}

} // namespace Marginalia
