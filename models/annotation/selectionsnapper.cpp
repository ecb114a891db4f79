#include "selectionsnapper.h"

#include <QTextBoundaryFinder>

namespace Marginalia {

QPair<int, int> SelectionSnapper::snap(const QString &text, int start, int end, bool toWords)
{
    if (start < 0 || end > text.size() || end <= start)
        return { -1, -1 };
    // Grapheme clusters first: this also keeps surrogate pairs whole.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.setPosition(start);
    if (!graphemes.isAtBoundary())
        start = int(graphemes.toPreviousBoundary());
    graphemes.setPosition(end);
    if (!graphemes.isAtBoundary())
        end = int(graphemes.toNextBoundary());
    if (!toWords)
        return { start, end };

    // A boundary is a word's start or end; a position that is neither lies inside a word.
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(start);
    if (!words.isAtBoundary()) {
        const qsizetype previous = words.toPreviousBoundary();
        if (previous >= 0)
            start = int(previous);
    }
    words.setPosition(end);
    if (!words.isAtBoundary()) {
        const qsizetype next = words.toNextBoundary();
        if (next >= 0)
            end = int(next);
    }
    return { start, end };
}

} // namespace Marginalia
