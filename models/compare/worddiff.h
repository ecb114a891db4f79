#pragma once

#include "comparisonresult.h"
#include "wordtokenizer.h"

#include <QVector>

namespace Marginalia {

/// Word-level diff of two short texts (the sentences of an aligned pair):
/// a longest common subsequence of lower-case words, returned as runs of
/// words the same on both sides, only in A, or only in B.
class WordDiff
{
public:
    static QVector<WordDiffOp> diff(const QVector<WordTokenizer::Word> &a, const QVector<WordTokenizer::Word> &b);
};

} // namespace Marginalia
