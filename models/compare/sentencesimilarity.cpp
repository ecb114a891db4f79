#include "sentencesimilarity.h"

#include "paraphraselexicon.h"
#include "stemmer.h"
#include "wordtokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Marginalia {

namespace {

struct FeatureDictionary
{
    QHash<QByteArray, int> words;
    QHash<quint64, int> grams;
    int next = 0;
    int word(const QByteArray &stem)
    {
        auto it = words.find(stem);
        if (it == words.end())
            it = words.insert(stem, next++);
        return it.value();
    }
    int gram(quint64 key)
    {
        auto it = grams.find(key);
        if (it == grams.end())
            it = grams.insert(key, next++);
        return it.value();
    }
};

// Function words carry no content; left out, similarity follows what is said.
const QSet<QString> &stopWords()
{
    static const QSet<QString> s = [] {
        const char *words[] = {
            "a",
            "an",
            "the",
            "and",
            "or",
            "but",
            "of",
            "to",
            "in",
            "on",
            "at",
            "by",
            "for",
            "from",
            "with",
            "as",
            "into",
            "onto",
            "over",
            "under",
            "about",
            "after",
            "before",
            "than",
            "then",
            "that",
            "this",
            "these",
            "those",
            "it",
            "its",
            "it's",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
            "will",
            "would",
            "could",
            "should",
            "can",
            "may",
            "might",
            "must",
            "shall",
            "not",
            "no",
            "he",
            "she",
            "they",
            "we",
            "i",
            "you",
            "his",
            "her",
            "their",
            "our",
            "my",
            "your",
            "him",
            "them",
            "us",
            "me",
            "who",
            "whom",
            "whose",
            "which",
            "what",
            "when",
            "where",
            "while",
            "there",
            "here",
            "so",
            "if",
            "up",
            "out",
            "also",
            "just",
            "more",
            "most",
            "all",
            "any",
            "some",
            "such",
            "only",
            "own",
            "same",
            "other",
            "each",
            "both",
            "very",
            "s",
            "said",
            "says",
            "say",
        };
        QSet<QString> set;
        for (const char *w : words)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return s;
}

// Raw term counts of one sentence, as (feature, count) sorted by feature.
struct Counts
{
    QVector<QPair<int, int>> words;
    QVector<QPair<int, int>> grams;
};

QVector<QPair<int, int>> countSorted(QVector<int> ids)
{
    std::sort(ids.begin(), ids.end());
    QVector<QPair<int, int>> out;
    for (int id : ids) {
        if (!out.isEmpty() && out.last().first == id)
            ++out.last().second;
        else
            out.append({ id, 1 });
    }
    return out;
}

// Number words up to the tens, for "twenty-six" against "26".
int numberWordValue(const QString &w)
{
    static const QHash<QString, int> values = [] {
        const char *units[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
        const char *tens[] = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
        QHash<QString, int> h;
        for (int i = 0; i < 19; ++i)
            h.insert(QString::fromLatin1(units[i]), i + 1);
        for (int i = 0; i < 8; ++i)
            h.insert(QString::fromLatin1(tens[i]), 20 + 10 * i);
        return h;
    }();
    return values.value(w, 0);
}

double scaleOf(const QString &w)
{
    if (w == QLatin1String("thousand"))
        return 1e3;
    if (w == QLatin1String("million"))
        return 1e6;
    if (w == QLatin1String("billion"))
        return 1e9;
    return 1;
}

// Numbers are compared by value, not by how they are written: "1,200" and
// "1200", "twenty-six" and "26" share an exact feature, and every number of
// at least ten (with its scale word: "$4.2 million") also has a rough one,
// rounded to one significant digit, so "$4.2 million" meets "$4 million" and
// "$11.8 million" meets "nearly $12 million": a rewrite rounds figures.
// Returns how many words the number took (0: not a number).
int numberFeatures(const QVector<WordTokenizer::Word> &words, int i, FeatureDictionary &dict, QVector<int> &out)
{
    const QString &w = words.at(i).lower;
    double value = 0;
    int used = 1;
    if (!w.isEmpty() && w.front().isDigit()) {
        QString digits = w;
        digits.remove(QLatin1Char(','));
        bool ok = false;
        value = digits.toDouble(&ok);
        if (!ok)
            return 0;
    } else if (const int v = numberWordValue(w)) {
        value = v;
        if (v >= 20 && v % 10 == 0 && i + 1 < words.size()) {
            const int unit = numberWordValue(words.at(i + 1).lower);
            if (unit > 0 && unit < 10) {
                value += unit;
                used = 2;
            }
        }
    } else {
        return 0;
    }
    if (i + used < words.size()) {
        const double scale = scaleOf(words.at(i + used).lower);
        value *= scale;
    }
    out.append(dict.word(QByteArray("#") + QByteArray::number(value, 'g', 15)));
    // Years are exact ("2019" is not "2021").
    const bool year = used == 1 && scaleOf(i + 1 < words.size() ? words.at(i + 1).lower : QString()) == 1
        && value >= 1800 && value <= 2100 && value == std::floor(value);
    if (value >= 10 && !year) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
        const double rough = std::round(value / magnitude) * magnitude;
        out.append(dict.word(QByteArray("~") + QByteArray::number(rough, 'g', 15)));
    }
    return used;
}

// What a distinct word contributes, worked out once per comparison: texts
// repeat their words, and hashing, stemming and cutting 4-grams per
// occurrence was most of the cost of building the vectors.
struct WordFeatures
{
    enum Kind : char { Content, Stop, Number };
    int feature = -1; ///< word feature of a content word
    Kind kind = Content;
    QVector<int> grams;
};

struct FeatureCache
{
    FeatureDictionary &dict;
    Stemmer &stemmer;
    const QHash<QByteArray, int> &paraphrases;
    QHash<QString, WordFeatures> words;

    const WordFeatures &of(const QString &lower)
    {
        auto it = words.constFind(lower);
        if (it != words.constEnd())
            return it.value();
        WordFeatures f;
        if (stopWords().contains(lower)) {
            f.kind = WordFeatures::Stop;
        } else {
            if ((!lower.isEmpty() && lower.front().isDigit()) || numberWordValue(lower) > 0)
                f.kind = WordFeatures::Number; // the stem is kept for what does not parse ("3rd")
            // Words of one paraphrase group share one feature (a key no
            // stem can have), so "hurt" meets "injuries".
            const QByteArray stem = stemmer.stem(lower);
            const auto group = paraphrases.constFind(stem);
            f.feature = dict.word(
                group == paraphrases.constEnd() ? stem : QByteArray(" ") + QByteArray::number(group.value()));
        }
        if (f.kind != WordFeatures::Stop) {
            // 4-grams of " word " (UTF-16 units packed into 64 bits).
            const int n = int(lower.size()) + 2;
            auto unit
                = [&](int i) -> quint64 { return (i == 0 || i == n - 1) ? quint64(' ') : lower.at(i - 1).unicode(); };
            if (n < 4) {
                quint64 key = 0;
                for (int i = 0; i < n; ++i)
                    key = (key << 16) | unit(i);
                f.grams.append(dict.gram(key));
            } else {
                for (int i = 0; i + 4 <= n; ++i)
                    f.grams.append(
                        dict.gram((unit(i) << 48) | (unit(i + 1) << 32) | (unit(i + 2) << 16) | unit(i + 3)));
            }
        }
        return words.insert(lower, f).value();
    }
};

Counts countFeatures(const QVector<WordTokenizer::Word> &words, FeatureCache &cache)
{
    QVector<int> w;
    QVector<int> g;
    w.reserve(words.size());
    g.reserve(words.size() * 6);
    int numberWordsLeft = 0; // words of a number already counted
    for (int k = 0; k < words.size(); ++k) {
        const WordFeatures &f = cache.of(words.at(k).lower);
        if (f.kind == WordFeatures::Stop)
            continue;
        if (numberWordsLeft > 0)
            --numberWordsLeft;
        else if (f.kind == WordFeatures::Number && (numberWordsLeft = numberFeatures(words, k, cache.dict, w)) > 0)
            --numberWordsLeft;
        else
            w.append(f.feature);
        g += f.grams;
    }
    return { countSorted(std::move(w)), countSorted(std::move(g)) };
}

} // namespace

SentenceSimilarity::SentenceWords SentenceSimilarity::tokenize(QStringView text, const QVector<TextRange> &sentences)
{
    SentenceWords out;
    out.reserve(sentences.size());
    for (const TextRange &s : sentences)
        out.append(WordTokenizer::words(text.mid(s.start, s.end - s.start), s.start));
    return out;
}

SentenceSimilarity::SentenceSimilarity(QStringView textA, const QVector<TextRange> &sentencesA, QStringView textB,
    const QVector<TextRange> &sentencesB, const char *language)
    : SentenceSimilarity(tokenize(textA, sentencesA), tokenize(textB, sentencesB), language)
{
}

SentenceSimilarity::SentenceSimilarity(const SentenceWords &wordsA, const SentenceWords &wordsB, const char *language)
{
    FeatureDictionary dict;
    Stemmer stemmer(language);
    const QHash<QByteArray, int> paraphrases = qstrcmp(language, "english") == 0
        ? ParaphraseLexicon::defaultLexicon().stemGroups(stemmer)
        : QHash<QByteArray, int>();
    FeatureCache cache { dict, stemmer, paraphrases, {} };
    // Sized up front: growing these tables (rehashing every key) was a
    // tenth of the time.
    qsizetype total = 0;
    for (const auto *side : { &wordsA, &wordsB }) {
        for (const auto &words : *side)
            total += words.size();
    }
    cache.words.reserve(total / 3 + 16);
    dict.words.reserve(total / 3 + 16);
    dict.grams.reserve(total + 16);
    QVector<Counts> countsA, countsB;
    countsA.reserve(wordsA.size());
    countsB.reserve(wordsB.size());
    for (const auto &words : wordsA)
        countsA.append(countFeatures(words, cache));
    for (const auto &words : wordsB)
        countsB.append(countFeatures(words, cache));

    m_df.fill(0, dict.next);
    for (const auto *side : { &countsA, &countsB }) {
        for (const Counts &c : *side) {
            for (const auto &f : c.words)
                ++m_df[f.first];
            for (const auto &f : c.grams)
                ++m_df[f.first];
        }
    }
    m_sentenceCount = int(wordsA.size() + wordsB.size());
    const double n = m_sentenceCount;
    QVector<double> idf(m_df.size());
    for (int f = 0; f < m_df.size(); ++f)
        idf[f] = std::log((n + 1) / (m_df.at(f) + 1)) + 1;
    auto weigh = [&](const QVector<QPair<int, int>> &counts, double &norm) {
        Vector v;
        v.reserve(counts.size());
        double sq = 0;
        for (const auto &f : counts) {
            // The norm of the stored (float) weights, so that similarity(int, int)
            // gives exactly what cosine() does.
            const double w = double(float((f.second == 1 ? 1.0 : 1 + std::log(double(f.second))) * idf.at(f.first)));
            v.append({ f.first, float(w) });
            sq += w * w;
        }
        norm = std::sqrt(sq);
        return v;
    };
    for (const auto &c : countsA) {
        double nw = 0, ng = 0;
        m_a.append({ weigh(c.words, nw), weigh(c.grams, ng) });
        m_normAWords.append(nw);
        m_normAGrams.append(ng);
    }
    for (const auto &c : countsB) {
        double nw = 0, ng = 0;
        m_b.append({ weigh(c.words, nw), weigh(c.grams, ng) });
        m_normBWords.append(nw);
        m_normBGrams.append(ng);
    }
}

QVector<SentenceSimilarity::Candidate> SentenceSimilarity::candidates(double minimum, int perSentence) const
{
    const int nb = int(m_b.size());
    const int limit = std::max(64, m_sentenceCount / 10);
    // Inverted index of B: feature -> (sentence, weight).
    QVector<QVector<QPair<int, float>>> postingsWords(m_df.size()), postingsGrams(m_df.size());
    for (int b = 0; b < nb; ++b) {
        for (const Entry &e : m_b.at(b).words) {
            if (m_df.at(e.feature) <= limit)
                postingsWords[e.feature].append({ b, e.weight });
        }
        for (const Entry &e : m_b.at(b).grams) {
            if (m_df.at(e.feature) <= limit)
                postingsGrams[e.feature].append({ b, e.weight });
        }
    }
    QVector<double> accWords(nb, 0.0), accGrams(nb, 0.0);
    QVector<int> touched;
    QVector<char> seen(nb, 0);
    QVector<Candidate> out;
    QVector<Candidate> row;
    for (int a = 0; a < m_a.size(); ++a) {
        touched.clear();
        for (const Entry &e : m_a.at(a).words) {
            for (const auto &p : postingsWords.at(e.feature)) {
                accWords[p.first] += double(e.weight) * double(p.second);
                if (!seen[p.first]) {
                    seen[p.first] = 1;
                    touched.append(p.first);
                }
            }
        }
        for (const Entry &e : m_a.at(a).grams) {
            for (const auto &p : postingsGrams.at(e.feature)) {
                accGrams[p.first] += double(e.weight) * double(p.second);
                if (!seen[p.first]) {
                    seen[p.first] = 1;
                    touched.append(p.first);
                }
            }
        }
        row.clear();
        for (int b : touched) {
            const double dw = m_normAWords.at(a) * m_normBWords.at(b);
            const double dg = m_normAGrams.at(a) * m_normBGrams.at(b);
            const double s = 0.5 * (dw > 0 ? accWords.at(b) / dw : 0) + 0.5 * (dg > 0 ? accGrams.at(b) / dg : 0);
            row.append({ a, b, s });
            accWords[b] = accGrams[b] = 0;
            seen[b] = 0;
        }
        // The index skipped very common features, so the estimate is low:
        // keep the best few regardless of it and rescore them exactly.
        auto better = [](const Candidate &x, const Candidate &y) {
            return x.similarity > y.similarity || (x.similarity == y.similarity && x.b < y.b);
        };
        if (row.size() > perSentence) {
            std::partial_sort(row.begin(), row.begin() + perSentence, row.end(), better);
            row.resize(perSentence);
        }
        for (Candidate &c : row) {
            c.similarity = similarity(c.a, c.b);
            if (c.similarity >= minimum)
                out.append(c);
        }
    }
    std::sort(out.begin(), out.end(), [](const Candidate &x, const Candidate &y) {
        if (x.similarity != y.similarity)
            return x.similarity > y.similarity;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return out;
}

SentenceSimilarity::Vector SentenceSimilarity::sum(const QVector<const Vector *> &parts)
{
    if (parts.size() == 1)
        return *parts.first();
    Vector all;
    for (const Vector *p : parts)
        all += *p;
    std::sort(all.begin(), all.end(), [](const Entry &x, const Entry &y) { return x.feature < y.feature; });
    Vector out;
    for (const Entry &e : all) {
        if (!out.isEmpty() && out.last().feature == e.feature)
            out.last().weight += e.weight;
        else
            out.append(e);
    }
    return out;
}

double SentenceSimilarity::dot(const Vector &x, const Vector &y)
{
    double sum = 0;
    int i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        if (x.at(i).feature < y.at(j).feature) {
            ++i;
        } else if (x.at(i).feature > y.at(j).feature) {
            ++j;
        } else {
            sum += double(x.at(i).weight) * y.at(j).weight;
            ++i;
            ++j;
        }
    }
    return sum;
}

double SentenceSimilarity::cosine(const Vector &x, const Vector &y)
{
    double nx = 0, ny = 0;
    for (const Entry &e : x)
        nx += double(e.weight) * e.weight;
    for (const Entry &e : y)
        ny += double(e.weight) * e.weight;
    return nx > 0 && ny > 0 ? dot(x, y) / (std::sqrt(nx) * std::sqrt(ny)) : 0;
}

double SentenceSimilarity::similarity(int a, int b) const
{
    // One sentence each (what the aligner asks most): the norms are known.
    const double dw = m_normAWords.at(a) * m_normBWords.at(b);
    const double dg = m_normAGrams.at(a) * m_normBGrams.at(b);
    return 0.5 * (dw > 0 ? dot(m_a.at(a).words, m_b.at(b).words) / dw : 0)
        + 0.5 * (dg > 0 ? dot(m_a.at(a).grams, m_b.at(b).grams) / dg : 0);
}

double SentenceSimilarity::similarity(const QVector<int> &a, const QVector<int> &b) const
{
    QVector<const Vector *> aw, ag, bw, bg;
    for (int i : a) {
        aw.append(&m_a.at(i).words);
        ag.append(&m_a.at(i).grams);
    }
    for (int i : b) {
        bw.append(&m_b.at(i).words);
        bg.append(&m_b.at(i).grams);
    }
    return 0.5 * cosine(sum(aw), sum(bw)) + 0.5 * cosine(sum(ag), sum(bg));
}

} // namespace Marginalia
