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
/// line inherits its speaker. Pronouns are reported as written, not resolved.
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
