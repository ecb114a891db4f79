#pragma once

#include <QString>
#include <QStringMatcher>
#include <QStringView>

#include <vector>

namespace Marginalia {

/// Finds a literal pattern in UTF-16 text, case-sensitively or ignoring case
/// the way QStringMatcher with Qt::CaseInsensitive does (Unicode simple case
/// folding, QChar::toCaseFolded), with the same results, at memory speed.
///
/// Why not QStringMatcher: its Boyer-Moore skip table folds every text unit
/// it looks at when ignoring case, which made a case-insensitive corpus
/// search about twice as slow as a case-sensitive one. Here SSE2 compares the
/// pattern's first and last code unit with eight positions of the text at a
/// time (both against every code unit that folds to them, e.g. 'k', 'K' and
/// KELVIN SIGN), and only those candidates are compared in full. No folded
/// copy of the text is kept, so a corpus costs no extra memory. A pattern
/// with a surrogate pair ignoring case, or whose first or last unit has more
/// than four case variants, is handed to QStringMatcher.
class SubstringSearcher
{
public:
    SubstringSearcher() = default;
    SubstringSearcher(const QString &pattern, Qt::CaseSensitivity cs);

    /// The first match at or after `from`, or -1.
    qsizetype indexIn(QStringView text, qsizetype from = 0) const;
    qsizetype patternSize() const { return m_pattern.size(); }

private:
    bool matchesAt(const char16_t *at) const;

    QString m_pattern; ///< folded when ignoring case
    Qt::CaseSensitivity m_cs = Qt::CaseSensitive;
    std::vector<char16_t> m_first; ///< code units that fold to the pattern's first unit
    std::vector<char16_t> m_last; ///< the same for its last unit
    bool m_useMatcher = false;
    QStringMatcher m_matcher;
};

} // namespace Marginalia
