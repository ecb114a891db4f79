#include "textoffsets.h"

#include <algorithm>
#include <cstring>

namespace Marginalia {

namespace {

// Whether text has any surrogate code unit. Most texts have none, and this
// runs over every article of a corpus (listings, sidecar loads), so it looks
// at four units per step: a lane is a surrogate when its top five bits are
// 11011, i.e. when (unit ^ 0xD800) & 0xF800 is zero.
bool hasSurrogates(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    constexpr quint64 ones = 0x0001000100010001ULL;
    constexpr quint64 highs = 0x8000800080008000ULL;
    for (; i + 4 <= n; i += 4) {
        quint64 w;
        std::memcpy(&w, p + i, sizeof w);
        const quint64 x = (w ^ (0xD800 * ones)) & (0xF800 * ones);
        if (((x - ones) & ~x & highs) != 0)
            return true;
    }
    for (; i < n; ++i) {
        if ((p[i] & 0xF800) == 0xD800)
            return true;
    }
    return false;
}

} // namespace

TextOffsets::TextOffsets(QStringView text)
    : m_length(int(text.size()))
{
    if (!hasSurrogates(text))
        return;
    for (int i = 0; i + 1 < m_length; ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_pairs.append(i);
            ++i;
        }
    }
}

int TextOffsets::toCodePoint(int utf16) const
{
    utf16 = std::clamp(utf16, 0, m_length);
    // Every pair that starts before utf16 saved one unit. An index at the low half
    // of a pair counts that pair too, which maps it to the pair's own code point.
    const auto it = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), utf16);
    return utf16 - int(it - m_pairs.cbegin());
}

int TextOffsets::toUtf16(int codePoint) const
{
    if (codePoint < 0 || codePoint > codePointLength())
        return -1;
    // The k-th pair starts at code point m_pairs[k] - k. Count pairs starting before codePoint.
    int lo = 0;
    int hi = int(m_pairs.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_pairs.at(mid) - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

QString TextOffsets::contextBefore(QStringView text, int utf16, int maxCodePoints)
{
    int pos = std::clamp(utf16, 0, int(text.size()));
    if (pos > 0 && pos < text.size() && text.at(pos).isLowSurrogate() && text.at(pos - 1).isHighSurrogate())
        --pos;
    int begin = pos;
    for (int n = 0; n < maxCodePoints && begin > 0; ++n) {
        --begin;
        if (begin > 0 && text.at(begin).isLowSurrogate() && text.at(begin - 1).isHighSurrogate())
            --begin;
    }
    return text.mid(begin, pos - begin).toString();
}

QString TextOffsets::contextAfter(QStringView text, int utf16, int maxCodePoints)
{
    int pos = std::clamp(utf16, 0, int(text.size()));
    if (pos > 0 && pos < text.size() && text.at(pos).isLowSurrogate() && text.at(pos - 1).isHighSurrogate())
        ++pos;
    int end = pos;
    for (int n = 0; n < maxCodePoints && end < text.size(); ++n) {
        if (end + 1 < text.size() && text.at(end).isHighSurrogate() && text.at(end + 1).isLowSurrogate())
            end += 2;
        else
            ++end;
    }
    return text.mid(pos, end - pos).toString();
}

} // namespace Marginalia
