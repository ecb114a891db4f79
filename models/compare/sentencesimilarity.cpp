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

Counts countFeatures(const QVector<WordTokenizer::Word> &words, FeatureDictionary &dict, Stemmer &stemmer,
    QHash<QString, int> &stemCache, const QHash<QByteArray, int> &paraphrases)
{
    QVector<int> w;
    QVector<int> g;
    w.reserve(words.size());
    g.reserve(words.size() * 6);
    for (const auto &word : words) {
        if (stopWords().contains(word.lower))
            continue;
        auto it = stemCache.constFind(word.lower);
        if (it == stemCache.constEnd()) {
            // Words of one paraphrase group share one feature (a key no
            // stem can have), so "hurt" meets "injuries".
            const QByteArray stem = stemmer.stem(word.lower);
            const auto group = paraphrases.constFind(stem);
            const QByteArray feature
                = group == paraphrases.constEnd() ? stem : QByteArray(" ") + QByteArray::number(group.value());
            it = stemCache.insert(word.lower, dict.word(feature));
        }
        w.append(it.value());
        // 4-grams of " word " (UTF-16 units packed into 64 bits).
        const QString &lw = word.lower;
        const int n = int(lw.size()) + 2;
        auto unit = [&](int i) -> quint64 { return (i == 0 || i == n - 1) ? quint64(' ') : lw.at(i - 1).unicode(); };
        if (n < 4) {
            quint64 key = 0;
            for (int i = 0; i < n; ++i)
                key = (key << 16) | unit(i);
            g.append(dict.gram(key));
            continue;
        }
        for (int i = 0; i + 4 <= n; ++i)
            g.append(dict.gram((unit(i) << 48) | (unit(i + 1) << 32) | (unit(i + 2) << 16) | unit(i + 3)));
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
    QHash<QString, int> stemCache;
    const QHash<QByteArray, int> paraphrases = qstrcmp(language, "english") == 0
        ? ParaphraseLexicon::defaultLexicon().stemGroups(stemmer)
        : QHash<QByteArray, int>();
    QVector<Counts> countsA, countsB;
    countsA.reserve(wordsA.size());
    countsB.reserve(wordsB.size());
    for (const auto &words : wordsA)
        countsA.append(countFeatures(words, dict, stemmer, stemCache, paraphrases));
    for (const auto &words : wordsB)
        countsB.append(countFeatures(words, dict, stemmer, stemCache, paraphrases));

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
            const double w = (f.second == 1 ? 1.0 : 1 + std::log(double(f.second))) * idf.at(f.first);
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

double SentenceSimilarity::cosine(const Vector &x, const Vector &y)
{
    double dot = 0, nx = 0, ny = 0;
    for (const Entry &e : x)
        nx += double(e.weight) * e.weight;
    for (const Entry &e : y)
        ny += double(e.weight) * e.weight;
    int i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        if (x.at(i).feature < y.at(j).feature) {
            ++i;
        } else if (x.at(i).feature > y.at(j).feature) {
            ++j;
        } else {
            dot += double(x.at(i).weight) * y.at(j).weight;
            ++i;
            ++j;
        }
    }
    return nx > 0 && ny > 0 ? dot / std::sqrt(nx * ny) : 0;
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
