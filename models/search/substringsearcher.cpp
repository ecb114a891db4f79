#include "substringsearcher.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Marginalia {

namespace {

// One UTF-16 unit folded as QStringMatcher folds it. A surrogate stays as it
// is: the pattern of the fast path has none, so it can only mismatch.
inline char16_t fold(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c;
    if (QChar::isSurrogate(c))
        return c;
    return QChar::toCaseFolded(c);
}

// Every non-surrogate BMP code unit that folds to `folded`.
std::vector<char16_t> variantsOf(char16_t folded)
{
    std::vector<char16_t> out;
    for (uint u = 0; u <= 0xFFFF; ++u) {
        const auto c = char16_t(u);
        if (!QChar::isSurrogate(c) && fold(c) == folded)
            out.push_back(c);
    }
    return out;
}

constexpr size_t MaxVariants = 4;

} // namespace

SubstringSearcher::SubstringSearcher(const QString &pattern, Qt::CaseSensitivity cs)
    : m_pattern(pattern)
    , m_cs(cs)
{
    if (m_pattern.isEmpty())
        return;
    if (cs == Qt::CaseSensitive) {
        m_first = { m_pattern.front().unicode() };
        m_last = { m_pattern.back().unicode() };
        return;
    }
    for (QChar &c : m_pattern) {
        if (c.isSurrogate()) {
            m_useMatcher = true;
            break;
        }
        c = QChar(fold(c.unicode()));
    }
    if (!m_useMatcher) {
        m_first = variantsOf(m_pattern.front().unicode());
        m_last = variantsOf(m_pattern.back().unicode());
        m_useMatcher = m_first.size() > MaxVariants || m_last.size() > MaxVariants;
    }
    if (m_useMatcher) {
        m_pattern = pattern;
        m_matcher = QStringMatcher(pattern, Qt::CaseInsensitive);
    }
}

bool SubstringSearcher::matchesAt(const char16_t *at) const
{
    const auto *p = reinterpret_cast<const char16_t *>(m_pattern.constData());
    const qsizetype n = m_pattern.size();
    if (m_cs == Qt::CaseSensitive)
        return std::equal(p, p + n, at);
    for (qsizetype i = 0; i < n; ++i) {
        if (fold(at[i]) != p[i])
            return false;
    }
    return true;
}

qsizetype SubstringSearcher::indexIn(QStringView text, qsizetype from) const
{
    const qsizetype m = m_pattern.size();
    if (m == 0 || from < 0)
        return -1;
    if (m_useMatcher)
        return m_matcher.indexIn(text, from);
    const qsizetype n = text.size();
    if (from > n - m)
        return -1;
    const char16_t *s = text.utf16();
    qsizetype i = from;
    const qsizetype lastStart = n - m; // the last position a match can start at
#if defined(__SSE2__)
    // Muła's "generic SIMD" substring search: candidates are the positions
    // whose first and last units are right; eight positions per step.
    __m128i first[MaxVariants];
    __m128i last[MaxVariants];
    const size_t nf = m_first.size();
    const size_t nl = m_last.size();
    for (size_t k = 0; k < nf; ++k)
        first[k] = _mm_set1_epi16(short(m_first[k]));
    for (size_t k = 0; k < nl; ++k)
        last[k] = _mm_set1_epi16(short(m_last[k]));
    // Loads of 8 units at i and at i + m - 1 stay inside the text.
    for (; i + 7 <= lastStart; i += 8) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + m - 1));
        __m128i ea = _mm_cmpeq_epi16(a, first[0]);
        for (size_t k = 1; k < nf; ++k)
            ea = _mm_or_si128(ea, _mm_cmpeq_epi16(a, first[k]));
        __m128i eb = _mm_cmpeq_epi16(b, last[0]);
        for (size_t k = 1; k < nl; ++k)
            eb = _mm_or_si128(eb, _mm_cmpeq_epi16(b, last[k]));
        // Two mask bits per 16-bit lane; keep one.
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(ea, eb))) & 0x5555u;
        while (mask) {
            const int bit = __builtin_ctz(mask);
            const qsizetype at = i + bit / 2;
            if (matchesAt(s + at))
                return at;
            mask &= mask - 1;
        }
    }
#endif
    const auto isFirst = [this](char16_t c) { return std::find(m_first.begin(), m_first.end(), c) != m_first.end(); };
    for (; i <= lastStart; ++i) {
        if (isFirst(s[i]) && matchesAt(s + i))
            return i;
    }
    return -1;
}

} // namespace Marginalia
