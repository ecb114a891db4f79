#pragma once

#include <QString>
#include <QStringView>

#include <functional>
#include <memory>

namespace Marginalia {

/// A regular expression matched over many texts with PCRE2's 16-bit library
/// directly: the same engine, options and global-match steps as
/// QRegularExpression::globalMatch with UseUnicodePropertiesOption (and
/// CaseInsensitiveOption), so the same matches, but without a
/// QRegularExpressionMatch (and PCRE2 match data) allocated per match, which
/// made a corpus search with 300,000 hits spend most of its time allocating.
///
/// Compiled and JIT-compiled once; const members may run on several threads
/// at once (each thread keeps its own match data and JIT stack).
class RegexSearcher
{
public:
    RegexSearcher() = default;
    RegexSearcher(const QString &pattern, bool caseSensitive);

    /// False when the pattern does not compile (CorpusSearch reports why, from QRegularExpression).
    bool isValid() const { return bool(m_code); }

    /// Calls found(start, end) for every match in text, in order, as
    /// QRegularExpression::globalMatch steps: after an empty match the next
    /// try is non-empty at the same place, then one character further.
    /// Stops when found returns false.
    void forEachMatch(QStringView text, const std::function<bool(qsizetype, qsizetype)> &found) const;

private:
    std::shared_ptr<void> m_code; ///< pcre2_code_16, freed with pcre2_code_free_16
};

} // namespace Marginalia
