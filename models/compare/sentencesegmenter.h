#pragma once

#include "comparisonresult.h"

#include <QStringView>
#include <QVector>

namespace Marginalia {

/// Sentence segmentation for news prose. Every line is a block of its own
/// (headlines, bylines and Markdown headings have no final stop), and inside a
/// line Qt's QTextBoundaryFinder (Unicode UAX #29) proposes boundaries, which
/// are then taken back after titles and other abbreviations ("Mr.", "Gen.",
/// "Sen."), initials ("J. Smith"), month abbreviations before a day ("Feb. 12"),
/// "a.m."/"p.m." before a weekday or a lower-case word, and dotted
/// abbreviations ("U.S.") unless a typical sentence opener follows. Closing
/// quotes and brackets stay with their sentence (UAX #29 already keeps them).
///
/// Ranges are UTF-16 and trimmed of surrounding white space; sentences that
/// overlap a boilerplate range are left out.
class SentenceSegmenter
{
public:
    static QVector<TextRange> segment(QStringView text, const QVector<TextRange> &boilerplate = {});
};

} // namespace Marginalia
