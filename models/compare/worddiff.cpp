#include "worddiff.h"

namespace Marginalia {

QVector<WordDiffOp> WordDiff::diff(const QVector<WordTokenizer::Word> &a, const QVector<WordTokenizer::Word> &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    QVector<int> lcs((n + 1) * (m + 1), 0);
    auto at = [&](int i, int j) -> int & { return lcs[i * (m + 1) + j]; };
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i).lower == b.at(j).lower ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    QVector<WordDiffOp> ops;
    auto add = [&](WordDiffOp::Kind kind, const TextRange &ra, const TextRange &rb) {
        if (!ops.isEmpty() && ops.last().kind == kind) {
            WordDiffOp &last = ops.last();
            if (!ra.isEmpty())
                last.a.end = ra.end;
            if (!rb.isEmpty())
                last.b.end = rb.end;
            return;
        }
        ops.append({ kind, ra, rb });
    };
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i).lower == b.at(j).lower) {
            add(WordDiffOp::Kind::Same, a.at(i).range, b.at(j).range);
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            add(WordDiffOp::Kind::OnlyB, {}, b.at(j).range);
            ++j;
        } else {
            add(WordDiffOp::Kind::OnlyA, a.at(i).range, {});
            ++i;
        }
    }
    return ops;
}

} // namespace Marginalia
