#pragma once

#include "comparisonresult.h"

#include <QVector>

namespace Marginalia {

class SentenceSimilarity;

/// Aligns the sentences of two documents without assuming they keep the same
/// order: (1) the analyst's manual links are taken as they are and removed
/// links are never proposed again; the two headlines pair up; near-verbatim
/// sentences that are each other's best counterpart pair up wherever they
/// stand; (2) the backbone: of all candidate pairs, the set that keeps the
/// order of both texts with the largest total similarity (so a pair in order
/// needs less evidence than one out of it, and a sentence that shares a name
/// with the wrong counterpart does not take it from its place); (3)
/// one-to-two and two-to-one merges where a sentence was split in the other
/// text (best supported first; headings and bylines never merge); (4) a
/// dynamic programme over the free sentences between consecutive in-order
/// pairs; (5) moved blocks: the remaining candidates taken as chains again,
/// a strong pair or a run of close weaker ones starting a block; (6) merges
/// again; (7) the heaviest increasing chain over the pairs in A's order marks
/// the pairs that keep their place, the rest are "moved".
///
/// Pairs come back sorted by their first sentence of A, with similarity,
/// manual and moved set; kind and word diff are the Comparator's business.
/// Parameters were chosen on the development pairs of the gold set
/// (tests/data/compare-gold), never on the held-out ones.
class SentenceAligner
{
public:
    struct Options
    {
        double strongThreshold = 0.60; ///< mutual best pairs at least this similar are taken first, in order or not
        double chainMinimum = 0.20; ///< minimum similarity of a pair of the in-order backbone
        double chainOffset = 0.10; ///< a pair weighs (similarity - chainOffset) in a chain
        double gapMinimum = 0.20; ///< minimum of a pair found by the dynamic programme over a gap
        double sandwichThreshold = 0.05; ///< minimum for the only free sentences between two in-order pairs
        int gapMaxSentences = 12; ///< larger gaps are left alone (the programme is quadratic in them)
        double movedThreshold = 0.30; ///< minimum of an out-of-order pair that starts a moved block
        double blockMinimum = 0.20; ///< minimum of an out-of-order pair next to one of its block
        int blockReach = 3; ///< how close (sentences, both sides) a pair must be to join a block
        int blockRun = 3; ///< so many close out-of-order pairs in a row are a block without a strong one
        double threshold = 0.30; ///< minimum of a free sentence matched by two free neighbours together
        double mergeGain = 0.02; ///< how much a merge must raise similarity (or else:)
        double mergeMinimum = 0.10; ///< ... with a neighbour at least this similar on its own
        double mergeAlone = 0.22; ///< minimum similarity of a neighbour on its own to join a pair
        double mergeLoss = 0.05; ///< how much such a merge may lower the pair's similarity
        bool pairHeadlines = true; ///< the first sentences pair up when both are free (Comparator: only headlines)
        /// Per sentence: never half of a merged pair (headings, bylines:
        /// lines of their own without a final stop). Missing = false.
        QVector<bool> unmergeableA = {};
        QVector<bool> unmergeableB = {};
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
