#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace Marginalia {

/// Converts offsets between UTF-16 code units (in memory) and Unicode code
/// points (on disk, as W3C Web Annotation's TextPositionSelector counts). This
/// is the only place that knows both units; everything else calls it.
///
/// Built once per text; conversion is O(1) for texts without astral
/// characters and O(log n) in the number of surrogate pairs otherwise.
class TextOffsets
{
public:
    explicit TextOffsets(QStringView text);

    /// UTF-16 index -> code point index. An index inside a surrogate pair maps
    /// to the code point that pair encodes.
    int toCodePoint(int utf16) const;
    /// Code point index -> UTF-16 index, or -1 when past the end of the text.
    int toUtf16(int codePoint) const;
    int codePointLength() const { return m_length - int(m_pairs.size()); }
    int utf16Length() const { return m_length; }

    /// Up to maxCodePoints code points that end at utf16 (never splitting a pair).
    static QString contextBefore(QStringView text, int utf16, int maxCodePoints = 32);
    /// Up to maxCodePoints code points that start at utf16.
    static QString contextAfter(QStringView text, int utf16, int maxCodePoints = 32);

private:
    int m_length = 0;
    QVector<int> m_pairs; ///< UTF-16 index of every high surrogate that starts a pair
};

} // namespace Marginalia
