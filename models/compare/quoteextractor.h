#pragma once

#include "comparisonresult.h"

#include <QSet>
#include <QStringView>
#include <QVector>

namespace Marginalia {

/// Finds quotations ("…" and “…”, paired within a line) and their
/// attribution in the same sentence: a speaker and an attribution verb after
/// the quote (`," Ms. Whitcombe said`, `," she said`, `," said Keisha
/// Dunmore`) or before it (`Dr. Osei-Marsh said the findings "would not…"`).
/// A quote without attribution that follows an attributed one on the same
/// line inherits its speaker. A speaker "he" or "she" is reported as written
/// and resolved (Quotation::resolvedSpeaker) to the last named speaker before
/// it in the same and the three preceding sentences: a person named as the
/// subject of an attribution or reporting verb ("Council President Ruth
/// Castellanos, who voted for the measure, acknowledged …", "Mr. Brody
/// said"), skipping one whose title says otherwise ("Ms." for "he", "Mr." for
/// "she") and names that are not people ("The …", "… Authority", "… Ltd.",
/// acronyms). A resolved quote passes its name on to the next "she said".
class QuoteExtractor
{
public:
    static QVector<Quotation> find(QStringView text, const QVector<TextRange> &sentences);
    /// Whether two quotations are the same words (ignoring case and
    /// punctuation; one may be an excerpt of the other).
    static bool same(const Quotation &a, const Quotation &b);
    static bool same(const QSet<QString> &wordsA, const QSet<QString> &wordsB);
    /// The lower-case words of a text, as same() compares them.
    static QSet<QString> wordSet(const QString &text);
};

} // namespace Marginalia
