#pragma once

#include <QString>
#include <QStringView>

namespace Marginalia {

/// Finds a span again in a document whose canonical text changed since the
/// span was made. Offsets are UTF-16 indices into the new text.
///
/// States, tried in this order:
///  - Exact: the quote is still at the old position.
///  - Moved: the quote occurs verbatim elsewhere; among several occurrences the
///    one whose surroundings best match the stored prefix and suffix wins, then
///    the one nearest the old position. A short quote (fewer than MinMovedLength
///    characters) must also agree with some of its context, so "the" is never
///    moved onto an arbitrary "the".
///  - Fuzzy: an approximate match of the quote (edit distance, semi-global
///    alignment) scored 1 - distance / quote length, accepted only at or above
///    FuzzyThreshold and for quotes of at least MinFuzzyLength characters;
///    below 0.95 at least 8 characters of the stored prefix/suffix must also
///    agree, so a similar sentence elsewhere is not taken for an edit.
///  - Orphan: none of the above; the caller keeps the span with its quote and
///    note and never drops it.
class Reanchorer
{
public:
    enum class State { Exact, Moved, Fuzzy, Orphan };
    struct Result
    {
        State state = State::Orphan;
        int start = -1;
        int end = -1;
        double score = 0; ///< 1 for exact and moved, the similarity for fuzzy, 0 for orphans
    };

    static constexpr double FuzzyThreshold = 0.85;
    static constexpr int MinMovedLength = 12;
    static constexpr int MinFuzzyLength = 10;
    /// Above this many cells (text length x quote length) fuzzy search looks
    /// only near the old position, so a huge article cannot stall opening.
    static constexpr qint64 MaxFuzzyCells = 40'000'000;

    explicit Reanchorer(QStringView text);

    /// oldStart is where the span was (UTF-16, a hint; clamped to the text).
    Result anchor(int oldStart, const QString &quote, const QString &prefix, const QString &suffix) const;

    static QString stateName(State state);

private:
    int contextScore(int start, int end, const QString &prefix, const QString &suffix) const;
    Result fuzzy(int oldStart, const QString &quote, const QString &prefix, const QString &suffix) const;

    QStringView m_text;
};

} // namespace Marginalia
