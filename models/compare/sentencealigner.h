#pragma once

#include "comparisonresult.h"

#include <QVector>

namespace Marginalia {

class SentenceSimilarity;

/// Aligns the sentences of two documents without assuming they keep the same
/// order: (1) the analyst's manual links are taken as they are and removed
/// links are never proposed again; (2) one-to-one matching, greedily by
/// descending similarity above a threshold, then, in the gaps between pairs
/// that keep their order, weaker pairs that keep that order too, the two
/// headlines (first sentences), and a lone free sentence on each side between
/// two consecutive in-order pairs; (3) one-to-two and two-to-one
/// merges where a sentence was split in the other text (the pair grows by a
/// free neighbour when that makes it clearly more similar, or two free
/// neighbours together match a free sentence); (4) a longest increasing
/// subsequence over the pairs in A's order marks the pairs that keep their
/// place, the rest are "moved".
///
/// Pairs come back sorted by their first sentence of A, with similarity,
/// manual and moved set; kind and word diff are the Comparator's business.
class SentenceAligner
{
public:
    struct Options
    {
        double threshold = 0.30; ///< minimum similarity of an automatic pair
        double gapThreshold = 0.22; ///< minimum between two pairs that keep their order
        double sandwichThreshold = 0.05; ///< minimum for the only free sentences between two such pairs
        double gapMinimum = 0.20; ///< minimum of a pair found by the dynamic programme over a gap
        double movedThreshold = 0.35; ///< minimum of an automatic pair out of the kept order
        int gapMaxSentences = 12; ///< larger gaps are left alone (the programme is quadratic in them)
        bool pairHeadlines = true; ///< the first sentences pair up when both are free (Comparator: only headlines)
        double mergeGain = 0.02; ///< how much a merge must raise similarity
    };
    /// Manual links in sentence indexes (a sentence set on each side).
    struct SentenceLink
    {
        QVector<int> a;
        QVector<int> b;
        bool linked = true;
    };

    static QVector<AlignedPair> align(const SentenceSimilarity &similarity, int sentencesA, int sentencesB,
        const QVector<SentenceLink> &manual, const Options &options);
    static QVector<AlignedPair> align(
        const SentenceSimilarity &similarity, int sentencesA, int sentencesB, const QVector<SentenceLink> &manual = {})
    {
        return align(similarity, sentencesA, sentencesB, manual, Options());
    }

    /// Indexes of the elements that form a longest strictly increasing
    /// subsequence of values (O(n log n)).
    static QVector<int> longestIncreasing(const QVector<int> &values);
    /// Indexes of the elements that form the strictly increasing subsequence
    /// of values with the largest sum of (positive) weights (O(n log n)).
    static QVector<int> heaviestIncreasing(const QVector<int> &values, const QVector<double> &weights);
};

} // namespace Marginalia
