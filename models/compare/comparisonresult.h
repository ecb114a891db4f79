#pragma once

#include "corpus/textrange.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>

namespace Marginalia {

/// A link the analyst made (linked = true) or removed (linked = false) between
/// a stretch of text in document A and one in document B. Sentences that
/// overlap the ranges take part; automatic alignment respects these.
struct ManualLink
{
    TextRange a;
    TextRange b;
    bool linked = true;
    bool operator==(const ManualLink &o) const { return a == o.a && b == o.b && linked == o.linked; }
};

/// One step of a word-level diff inside an aligned pair.
struct WordDiffOp
{
    enum class Kind { Same, OnlyA, OnlyB };
    Kind kind = Kind::Same;
    TextRange a; ///< empty for OnlyB
    TextRange b; ///< empty for OnlyA
};

/// Sentences of A aligned with sentences of B (1:1, 1:2 or 2:1). Indexes
/// point into ComparisonResult::sentencesA / sentencesB.
struct AlignedPair
{
    enum class Kind { Identical, Paraphrase, Moved };
    QVector<int> a;
    QVector<int> b;
    double similarity = 0;
    Kind kind = Kind::Paraphrase;
    bool sameWording = false; ///< the words are the same (case and punctuation aside)
    bool moved = false; ///< outside the longest run that keeps both orders
    bool manual = false;
    QVector<WordDiffOp> diff;
};

/// A sentence with no counterpart on the other side.
struct UnmatchedSentence
{
    int sentence = 0;
    bool lede = false; ///< among the first sentences of the article body
    double position = 0; ///< where in the article, 0 (start) .. 1 (end)
};

/// A maximal run of identical words found in both documents (re-used quotes,
/// wire copy), whether or not its sentences align as a whole.
struct SharedPassage
{
    TextRange a;
    TextRange b;
    int words = 0;
};

/// A number or quantity as written ("more than 1.5 million", "dozens").
struct NumberMention
{
    TextRange range;
    QString text;
    double value = std::numeric_limits<double>::quiet_NaN(); ///< NaN for vague amounts
    QString qualifier; ///< "more than", "about", … lower case; empty when none
    QString unit; ///< the word after the number, lower case ("commuters", "percent")
    int sentence = -1;
};

/// Numbers of an aligned pair put side by side; one side may be missing.
struct NumberComparison
{
    int pair = -1; ///< index into ComparisonResult::pairs
    int a = -1; ///< index into ComparisonResult::numbersA, -1 = none
    int b = -1; ///< index into ComparisonResult::numbersB, -1 = none
    bool agree = false;
};

/// A quotation with its attribution, as found in one document.
struct Quotation
{
    TextRange range; ///< the quoted words, without the quote marks
    QString text;
    QString speaker; ///< as written ("Ms. Whitcombe", "she"); empty when not found
    /// For a pronoun speaker ("he", "she"): the named person it refers to, as
    /// written where named ("Council President Ruth Castellanos"). Empty when
    /// the speaker is a name, missing, or could not be resolved.
    QString resolvedSpeaker;
    QString verb; ///< attribution verb ("said", "told", "claimed"); empty when not found
    int sentence = -1;
};

/// A quotation and where it appears: both sides, or only one.
struct QuotationMatch
{
    int a = -1; ///< index into ComparisonResult::quotesA, -1 = not in A
    int b = -1; ///< index into ComparisonResult::quotesB, -1 = not in B
};

/// How often a loaded term of the lexicon occurs on each side.
struct LexiconCount
{
    QString term;
    QString category;
    QVector<TextRange> hitsA;
    QVector<TextRange> hitsB;
};

/// Everything a comparison of two documents found. Produced by
/// Comparator::compare(); plain values, no references to the inputs.
struct ComparisonResult
{
    QVector<TextRange> sentencesA;
    QVector<TextRange> sentencesB;
    QVector<AlignedPair> pairs; ///< in the order of A
    QVector<UnmatchedSentence> onlyA;
    QVector<UnmatchedSentence> onlyB;
    QVector<SharedPassage> sharedPassages;
    QVector<NumberMention> numbersA;
    QVector<NumberMention> numbersB;
    QVector<NumberComparison> numbers;
    QVector<Quotation> quotesA;
    QVector<Quotation> quotesB;
    QVector<QuotationMatch> quotes;
    QVector<LexiconCount> lexicon; ///< terms with at least one hit
    double elapsedMs = 0;

    /// The pair that contains sentence i of A (or B), or -1.
    int pairOfA(int sentence) const;
    int pairOfB(int sentence) const;
    /// Range covered by the pair's sentences on one side.
    TextRange rangeA(const AlignedPair &p) const;
    TextRange rangeB(const AlignedPair &p) const;
};

} // namespace Marginalia

Q_DECLARE_METATYPE(Marginalia::TextRange)
