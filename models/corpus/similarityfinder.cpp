#include "similarityfinder.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Marginalia {

namespace {

struct Vector
{
    std::vector<std::pair<int, float>> weights; // term id, weight; sorted by term
    std::vector<size_t> shingles; // sorted, unique
    int shingleCount = 0;
};

double containment(const std::vector<size_t> &a, const std::vector<size_t> &b)
{
    if (a.empty() || b.empty())
        return 0;
    size_t i = 0;
    size_t j = 0;
    size_t common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j])
            ++i;
        else if (b[j] < a[i])
            ++j;
        else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(std::min(a.size(), b.size()));
}

} // namespace

QStringList SimilarityFinder::words(const Document &document)
{
    QStringList out;
    const QString text = document.scanText();
    int b = 0; // next boilerplate range
    QString word;
    for (int i = 0; i <= text.size(); ++i) {
        while (b < document.boilerplate.size() && document.boilerplate.at(b).end < i)
            ++b;
        const bool inBoilerplate = b < document.boilerplate.size() && document.boilerplate.at(b).start <= i
            && i < document.boilerplate.at(b).end;
        const QChar c = i < text.size() ? text.at(i) : QChar();
        if (!inBoilerplate && (c.isLetterOrNumber() || c.isMark())) {
            word.append(c.toLower());
            continue;
        }
        if (word.size() >= 2)
            out.append(word);
        word.clear();
    }
    return out;
}

QVector<SimilarityFinder::Pair> SimilarityFinder::find(const QVector<Document> &documents, double minScore)
{
    const int n = int(documents.size());
    QHash<QString, int> ids;
    std::vector<int> df;
    std::vector<Vector> vectors(size_t(std::max(0, n)));
    std::vector<QHash<int, int>> counts(size_t(std::max(0, n)));
    for (int d = 0; d < n; ++d) {
        const QStringList w = words(documents.at(d));
        for (const QString &word : w) {
            auto it = ids.find(word);
            if (it == ids.end()) {
                it = ids.insert(word, int(df.size()));
                df.push_back(0);
            }
            if (counts[size_t(d)][it.value()]++ == 0)
                ++df[size_t(it.value())];
        }
        std::vector<size_t> &sh = vectors[size_t(d)].shingles;
        for (int i = 0; i + 5 <= w.size(); ++i) {
            size_t h = 0;
            for (int k = 0; k < 5; ++k)
                h = h * 1000003u ^ qHash(w.at(i + k));
            sh.push_back(h);
        }
        std::sort(sh.begin(), sh.end());
        sh.erase(std::unique(sh.begin(), sh.end()), sh.end());
    }

    // TF-IDF with sublinear tf, unit length. Words in more than half of a
    // corpus of some size say nothing about the story (function words, the
    // beat's vocabulary); left in, their small weights still dominate the
    // direction of short vectors and make every article look alike.
    const int maxDf = n >= 20 ? n / 2 : n;
    std::vector<std::vector<std::pair<int, float>>> postings(df.size());
    for (int d = 0; d < n; ++d) {
        Vector &v = vectors[size_t(d)];
        double norm = 0;
        for (auto it = counts[size_t(d)].cbegin(); it != counts[size_t(d)].cend(); ++it) {
            if (df[size_t(it.key())] > maxDf)
                continue;
            const double idf = std::log(double(n + 1) / double(df[size_t(it.key())] + 1));
            const double w = (1.0 + std::log(double(it.value()))) * idf;
            if (w <= 0)
                continue;
            v.weights.emplace_back(it.key(), float(w));
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (auto &tw : v.weights) {
            tw.second = float(tw.second / norm);
            // A word in one article only links it to nothing.
            if (df[size_t(tw.first)] >= 2)
                postings[size_t(tw.first)].emplace_back(d, tw.second);
        }
        counts[size_t(d)].clear();
    }

    QVector<Pair> pairs;
    std::vector<double> dot(size_t(std::max(0, n)), 0.0);
    std::vector<int> touched;
    for (int d = 0; d < n; ++d) {
        touched.clear();
        for (const auto &[term, weight] : vectors[size_t(d)].weights) {
            for (const auto &[other, w2] : postings[size_t(term)]) {
                if (other <= d)
                    continue;
                if (dot[size_t(other)] == 0.0)
                    touched.push_back(other);
                dot[size_t(other)] += double(weight) * double(w2);
            }
        }
        for (int other : touched) {
            const double score = std::min(1.0, dot[size_t(other)]);
            dot[size_t(other)] = 0.0;
            if (score < minScore)
                continue;
            Pair p;
            p.first = d;
            p.second = other;
            p.score = score;
            p.overlap = containment(vectors[size_t(d)].shingles, vectors[size_t(other)].shingles);
            const double sizeA = double(vectors[size_t(d)].shingles.size());
            const double sizeB = double(vectors[size_t(other)].shingles.size());
            const double sizeRatio = std::max(sizeA, sizeB) > 0 ? std::min(sizeA, sizeB) / std::max(sizeA, sizeB) : 1;
            p.nearDuplicate = (p.overlap >= 0.9 && sizeRatio >= 0.8) || score >= 0.98;
            p.wireCopy = p.overlap >= 0.5 && documents.at(d).meta.outlet != documents.at(other).meta.outlet;
            pairs.append(p);
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    return pairs;
}

} // namespace Marginalia
