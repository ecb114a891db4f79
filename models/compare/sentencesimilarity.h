#pragma once

#include "comparisonresult.h"
#include "wordtokenizer.h"

#include <QStringView>
#include <QVector>

namespace Marginalia {

/// Similarity of the sentences of two documents. Each sentence becomes two
/// TF-IDF vectors, one of Snowball-stemmed words and one of character 4-grams
/// of its lower-case words (which also catches spelling variants and compound
/// words); IDF is computed over the sentences of both documents. Similarity is
/// the mean of the two cosines, 0..1. Numbers are word features by value
/// ("1,200" = "1200", "twenty-six" = "26") plus, from ten up, a rough value
/// rounded to one significant digit with its scale word ("$4.2 million" and
/// "$4 million" share it; years do not get one).
///
/// candidates() finds the promising pairs through an inverted index over B's
/// features instead of comparing every sentence with every other; features in
/// more than a tenth of all sentences (and more than 64) are left out of that
/// search only, and the kept candidates are rescored exactly.
class SentenceSimilarity
{
public:
    using SentenceWords = QVector<QVector<WordTokenizer::Word>>;
    /// From the words of every sentence (WordTokenizer), A and B.
    SentenceSimilarity(const SentenceWords &wordsA, const SentenceWords &wordsB, const char *language = "english");
    /// Tokenises the sentences itself.
    SentenceSimilarity(QStringView textA, const QVector<TextRange> &sentencesA, QStringView textB,
        const QVector<TextRange> &sentencesB, const char *language = "english");
    static SentenceWords tokenize(QStringView text, const QVector<TextRange> &sentences);

    struct Candidate
    {
        int a = 0;
        int b = 0;
        double similarity = 0;
    };
    /// Pairs with a similarity of at least minimum, at most perSentence per
    /// sentence of A (the best ones), sorted by similarity, best first.
    QVector<Candidate> candidates(double minimum, int perSentence = 6) const;
    /// Similarity of the sentences of A taken together with those of B.
    double similarity(const QVector<int> &a, const QVector<int> &b) const;
    double similarity(int a, int b) const;

private:
    struct Entry
    {
        int feature;
        float weight;
    };
    using Vector = QVector<Entry>; // sorted by feature
    struct SentenceVectors
    {
        Vector words;
        Vector grams;
    };
    static Vector sum(const QVector<const Vector *> &parts);
    static double cosine(const Vector &x, const Vector &y);
    static double dot(const Vector &x, const Vector &y);

    QVector<SentenceVectors> m_a;
    QVector<SentenceVectors> m_b;
    QVector<double> m_normAWords, m_normAGrams, m_normBWords, m_normBGrams;
    QVector<int> m_df; ///< by feature id (words and grams share the id space)
    int m_sentenceCount = 0;
};

} // namespace Marginalia
