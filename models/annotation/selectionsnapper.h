#pragma once

#include <QPair>
#include <QString>
#include <QStringView>

namespace Marginalia {

/// Where a selection becomes a span: never inside a grapheme cluster (a base
/// letter and its combining marks, an emoji sequence) or a surrogate pair,
/// and, when the analyst wants it (setting "snapToWords", on by default),
/// widened so that no word is cut (white space the analyst selected stays).
class SelectionSnapper
{
public:
    /// The snapped UTF-16 range for [start, end) of text; {-1, -1} when the
    /// range is empty or outside the text.
    static QPair<int, int> snap(const QString &text, int start, int end, bool toWords);

private:
    static QPair<int, int> snapWithin(QStringView text, int start, int end, bool toWords);
};

} // namespace Marginalia
