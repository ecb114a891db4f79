#include "comparisonresult.h"

namespace Marginalia {

int ComparisonResult::pairOfA(int sentence) const
{
    for (int i = 0; i < pairs.size(); ++i) {
        if (pairs.at(i).a.contains(sentence))
            return i;
    }
    return -1;
}

int ComparisonResult::pairOfB(int sentence) const
{
    for (int i = 0; i < pairs.size(); ++i) {
        if (pairs.at(i).b.contains(sentence))
            return i;
    }
    return -1;
}

static TextRange cover(const QVector<TextRange> &sentences, const QVector<int> &which)
{
    TextRange r { -1, -1 };
    for (int i : which) {
        const TextRange &s = sentences.at(i);
        if (r.start < 0 || s.start < r.start)
            r.start = s.start;
        if (s.end > r.end)
            r.end = s.end;
    }
    return r;
}

TextRange ComparisonResult::rangeA(const AlignedPair &p) const
{
    return cover(sentencesA, p.a);
}

TextRange ComparisonResult::rangeB(const AlignedPair &p) const
{
    return cover(sentencesB, p.b);
}

} // namespace Marginalia
