#include "sentencealigner.h"

#include "sentencesimilarity.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Marginalia {

namespace {
quint64 key(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}
} // namespace

QVector<int> SentenceAligner::longestIncreasing(const QVector<int> &values)
{
    const int n = int(values.size());
    QVector<int> tailIndex; // index of the smallest tail of an increasing run of each length
    QVector<int> previous(n, -1);
    for (int i = 0; i < n; ++i) {
        auto it = std::lower_bound(
            tailIndex.begin(), tailIndex.end(), values.at(i), [&](int idx, int v) { return values.at(idx) < v; });
        const int len = int(it - tailIndex.begin());
        if (len > 0)
            previous[i] = tailIndex.at(len - 1);
        if (it == tailIndex.end())
            tailIndex.append(i);
        else
            *it = i;
    }
    QVector<int> out;
    for (int i = tailIndex.isEmpty() ? -1 : tailIndex.last(); i >= 0; i = previous.at(i))
        out.prepend(i);
    return out;
}

QVector<int> SentenceAligner::heaviestIncreasing(const QVector<int> &values, const QVector<double> &weights)
{
    const int n = int(values.size());
    if (n == 0)
        return {};
    // Fenwick tree over the values for the best chain ending below a value.
    const int maxValue = *std::max_element(values.cbegin(), values.cend());
    const int size = maxValue + 2; // values may be -1
    QVector<double> treeWeight(size + 1, 0.0);
    QVector<int> treeIndex(size + 1, -1);
    QVector<double> total(n, 0.0);
    QVector<int> previous(n, -1);
    auto query = [&](int position, double &weight, int &index) { // best over slots 1..position
        weight = 0;
        index = -1;
        for (; position > 0; position -= position & -position) {
            if (treeIndex.at(position) >= 0 && treeWeight.at(position) > weight) {
                weight = treeWeight.at(position);
                index = treeIndex.at(position);
            }
        }
    };
    auto update = [&](int position, double weight, int index) {
        for (; position <= size; position += position & -position) {
            if (treeIndex.at(position) < 0 || weight > treeWeight.at(position)) {
                treeWeight[position] = weight;
                treeIndex[position] = index;
            }
        }
    };
    int best = -1;
    for (int i = 0; i < n; ++i) {
        const int slot = values.at(i) + 2; // slot of value v is v + 2; values below v are slots 1..v+1
        double w = 0;
        int j = -1;
        query(slot - 1, w, j);
        total[i] = w + weights.at(i);
        previous[i] = j;
        update(slot, total.at(i), i);
        if (best < 0 || total.at(i) > total.at(best))
            best = i;
    }
    QVector<int> out;
    for (int i = best; i >= 0; i = previous.at(i))
        out.prepend(i);
    return out;
}

QVector<AlignedPair> SentenceAligner::align(const SentenceSimilarity &similarity, int sentencesA, int sentencesB,
    const QVector<SentenceLink> &manual, const Options &options)
{
    QVector<AlignedPair> pairs;
    QVector<int> ofA(sentencesA, -1), ofB(sentencesB, -1);
    QSet<quint64> forbidden;

    for (const SentenceLink &link : manual) {
        if (!link.linked) {
            for (int a : link.a) {
                for (int b : link.b)
                    forbidden.insert(key(a, b));
            }
        }
    }
    for (const SentenceLink &link : manual) {
        if (!link.linked || link.a.isEmpty() || link.b.isEmpty())
            continue;
        bool free = true;
        for (int a : link.a)
            free = free && a >= 0 && a < sentencesA && ofA.at(a) < 0;
        for (int b : link.b)
            free = free && b >= 0 && b < sentencesB && ofB.at(b) < 0;
        if (!free)
            continue; // overlapping manual links: the first one wins
        AlignedPair p;
        p.a = link.a;
        p.b = link.b;
        std::sort(p.a.begin(), p.a.end());
        std::sort(p.b.begin(), p.b.end());
        p.manual = true;
        p.similarity = similarity.similarity(p.a, p.b);
        for (int a : p.a)
            ofA[a] = int(pairs.size());
        for (int b : p.b)
            ofB[b] = int(pairs.size());
        pairs.append(p);
    }

    // Two articles about one story open with counterpart headlines, however
    // differently worded: pair the first sentences before anything else.
    if (options.pairHeadlines && sentencesA > 0 && sentencesB > 0 && ofA.at(0) < 0 && ofB.at(0) < 0
        && !forbidden.contains(key(0, 0)) && similarity.similarity(0, 0) > 0) {
        AlignedPair p;
        p.a = { 0 };
        p.b = { 0 };
        p.similarity = similarity.similarity(0, 0);
        ofA[0] = ofB[0] = int(pairs.size());
        pairs.append(p);
    }

    // One-to-one, best first. Candidates a bit below the threshold are kept
    // for the merge step, where two halves may clear it together.
    const auto candidates = similarity.candidates(std::min(options.gapThreshold, options.threshold * 0.5));
    for (const auto &c : candidates) {
        if (c.similarity < options.threshold)
            break;
        if (ofA.at(c.a) >= 0 || ofB.at(c.b) >= 0 || forbidden.contains(key(c.a, c.b)))
            continue;
        AlignedPair p;
        p.a = { c.a };
        p.b = { c.b };
        p.similarity = c.similarity;
        ofA[c.a] = ofB[c.b] = int(pairs.size());
        pairs.append(p);
    }

    // Fill the gaps between pairs that keep their order: in news rewrites the
    // sentences between two corresponding places tend to correspond too, so a
    // weaker similarity is enough there, as long as the order is kept.
    {
        QVector<int> sorted(pairs.size());
        std::iota(sorted.begin(), sorted.end(), 0);
        std::sort(
            sorted.begin(), sorted.end(), [&](int x, int y) { return pairs.at(x).a.first() < pairs.at(y).a.first(); });
        QVector<int> firstB;
        QVector<double> weights;
        for (int i : sorted) {
            firstB.append(pairs.at(i).b.first());
            weights.append(pairs.at(i).similarity);
        }
        QVector<QPair<int, int>> anchors; // (a, b) of the in-order pairs, by a
        anchors.append({ -1, -1 });
        for (int k : heaviestIncreasing(firstB, weights)) {
            const AlignedPair &p = pairs.at(sorted.at(k));
            anchors.append({ p.a.first(), p.b.first() });
        }
        anchors.append({ sentencesA, sentencesB });
        QVector<QPair<int, int>> accepted;
        for (const auto &c : candidates) {
            if (c.similarity < options.gapThreshold)
                break;
            if (ofA.at(c.a) >= 0 || ofB.at(c.b) >= 0 || forbidden.contains(key(c.a, c.b)))
                continue;
            auto next = std::upper_bound(
                anchors.cbegin(), anchors.cend(), c.a, [](int a, const QPair<int, int> &x) { return a < x.first; });
            if (next == anchors.cbegin() || next == anchors.cend())
                continue;
            const auto previous = next - 1;
            if (!(previous->second < c.b && c.b < next->second))
                continue;
            bool ordered = true;
            for (const auto &x : accepted)
                ordered = ordered && ((x.first < c.a) == (x.second < c.b));
            if (!ordered)
                continue;
            accepted.append({ c.a, c.b });
            AlignedPair p;
            p.a = { c.a };
            p.b = { c.b };
            p.similarity = c.similarity;
            ofA[c.a] = ofB[c.b] = int(pairs.size());
            pairs.append(p);
        }
    }

    // A pair out of order with the rest needs stronger evidence than one that
    // keeps it: a weak "moved" pair is more often a sentence that shares a
    // name or a number with the wrong counterpart (and it takes that
    // sentence from its right place, where the gap fill below can find it).
    // The order that is kept is the one with the largest total similarity.
    {
        QVector<int> sorted(pairs.size());
        std::iota(sorted.begin(), sorted.end(), 0);
        std::sort(
            sorted.begin(), sorted.end(), [&](int x, int y) { return pairs.at(x).a.first() < pairs.at(y).a.first(); });
        QVector<int> firstB;
        QVector<double> weights;
        for (int i : sorted) {
            firstB.append(pairs.at(i).b.first());
            weights.append(pairs.at(i).similarity);
        }
        QVector<char> inChain(pairs.size(), 0);
        for (int k : heaviestIncreasing(firstB, weights))
            inChain[sorted.at(k)] = 1;
        QVector<AlignedPair> kept;
        ofA.fill(-1);
        ofB.fill(-1);
        for (int i = 0; i < pairs.size(); ++i) {
            const AlignedPair &p = pairs.at(i);
            if (!p.manual && !inChain.at(i) && p.similarity < options.movedThreshold)
                continue;
            for (int a : p.a)
                ofA[a] = int(kept.size());
            for (int b : p.b)
                ofB[b] = int(kept.size());
            kept.append(p);
        }
        pairs = kept;
    }

    auto allowed = [&](const QVector<int> &as, const QVector<int> &bs) {
        for (int a : as) {
            for (int b : bs) {
                if (forbidden.contains(key(a, b)))
                    return false;
            }
        }
        return true;
    };

    // Grow one-to-one pairs by a free neighbour on either side.
    auto grow = [&] {
        for (int i = 0; i < pairs.size(); ++i) {
            AlignedPair &p = pairs[i];
            if (p.manual || p.a.size() != 1 || p.b.size() != 1)
                continue;
            // Headlines are blocks of their own, never half of a split sentence.
            if (options.pairHeadlines && p.a.first() == 0 && p.b.first() == 0)
                continue;
            const int a = p.a.first();
            const int b = p.b.first();
            double best = p.similarity + options.mergeGain;
            QVector<int> bestA = p.a, bestB = p.b;
            for (int nb : { b - 1, b + 1 }) {
                if (nb < 0 || nb >= sentencesB || ofB.at(nb) >= 0 || !allowed(p.a, { nb }))
                    continue;
                const QVector<int> group = nb < b ? QVector<int> { nb, b } : QVector<int> { b, nb };
                const double s = similarity.similarity(p.a, group);
                if (s > best) {
                    best = s;
                    bestA = p.a;
                    bestB = group;
                }
            }
            for (int na : { a - 1, a + 1 }) {
                if (na < 0 || na >= sentencesA || ofA.at(na) >= 0 || !allowed({ na }, p.b))
                    continue;
                const QVector<int> group = na < a ? QVector<int> { na, a } : QVector<int> { a, na };
                const double s = similarity.similarity(group, p.b);
                if (s > best) {
                    best = s;
                    bestA = group;
                    bestB = p.b;
                }
            }
            if (bestA != p.a || bestB != p.b) {
                p.a = bestA;
                p.b = bestB;
                p.similarity = best;
                for (int x : p.a)
                    ofA[x] = i;
                for (int x : p.b)
                    ofB[x] = i;
            }
        }
    };
    grow();

    // Free sentences whose two free neighbours on the other side match together.
    for (const auto &c : candidates) {
        if (ofA.at(c.a) >= 0 && ofB.at(c.b) >= 0)
            continue;
        if (ofA.at(c.a) < 0) {
            for (int nb : { c.b - 1, c.b + 1 }) {
                if (ofB.at(c.b) >= 0 || nb < 0 || nb >= sentencesB || ofB.at(nb) >= 0)
                    continue;
                const QVector<int> group = nb < c.b ? QVector<int> { nb, c.b } : QVector<int> { c.b, nb };
                if (!allowed({ c.a }, group))
                    continue;
                const double s = similarity.similarity({ c.a }, group);
                if (s >= options.threshold) {
                    AlignedPair p;
                    p.a = { c.a };
                    p.b = group;
                    p.similarity = s;
                    ofA[c.a] = int(pairs.size());
                    for (int x : group)
                        ofB[x] = int(pairs.size());
                    pairs.append(p);
                    break;
                }
            }
        }
        if (ofB.at(c.b) < 0) {
            for (int na : { c.a - 1, c.a + 1 }) {
                if (ofA.at(c.a) >= 0 || na < 0 || na >= sentencesA || ofA.at(na) >= 0)
                    continue;
                const QVector<int> group = na < c.a ? QVector<int> { na, c.a } : QVector<int> { c.a, na };
                if (!allowed(group, { c.b }))
                    continue;
                const double s = similarity.similarity(group, { c.b });
                if (s >= options.threshold) {
                    AlignedPair p;
                    p.a = group;
                    p.b = { c.b };
                    p.similarity = s;
                    for (int x : group)
                        ofA[x] = int(pairs.size());
                    ofB[c.b] = int(pairs.size());
                    pairs.append(p);
                    break;
                }
            }
        }
    }

    // The free sentences between two consecutive pairs that keep their order
    // (and before the first, after the last) most likely correspond in order:
    // news rewrites reorder whole stretches, rarely inside them. A dynamic
    // programme over each gap picks the in-order pairs of free sentences with
    // the largest total similarity, counting only pairs that share something
    // (gapMinimum); a lone free sentence on each side needs less
    // (sandwichThreshold), as the context leaves it nothing else to be.
    auto addPair = [&](int a, int b, double sim) {
        AlignedPair p;
        p.a = { a };
        p.b = { b };
        p.similarity = sim;
        ofA[a] = ofB[b] = int(pairs.size());
        pairs.append(p);
    };
    {
        QVector<int> sorted(pairs.size());
        std::iota(sorted.begin(), sorted.end(), 0);
        std::sort(
            sorted.begin(), sorted.end(), [&](int x, int y) { return pairs.at(x).a.first() < pairs.at(y).a.first(); });
        QVector<int> firstB;
        QVector<double> weights;
        for (int i : sorted) {
            firstB.append(pairs.at(i).b.first());
            weights.append(pairs.at(i).similarity);
        }
        QVector<QPair<int, int>> bounds; // (last a, last b) of a pair, then (first a, first b) of the next
        bounds.append({ -1, -1 });
        for (int k : heaviestIncreasing(firstB, weights)) {
            const AlignedPair &p = pairs.at(sorted.at(k));
            bounds.append({ p.a.first(), p.b.first() });
            bounds.append({ p.a.last(), p.b.last() });
        }
        bounds.append({ sentencesA, sentencesB });
        QVector<QPair<int, int>> found;
        for (int k = 0; k + 1 < bounds.size(); k += 2) {
            const auto left = bounds.at(k);
            const auto right = bounds.at(k + 1);
            QVector<int> freeA, freeB;
            for (int a = left.first + 1; a < right.first; ++a) {
                if (ofA.at(a) < 0)
                    freeA.append(a);
            }
            for (int b = left.second + 1; b < right.second; ++b) {
                if (ofB.at(b) < 0)
                    freeB.append(b);
            }
            if (freeA.isEmpty() || freeB.isEmpty() || freeA.size() > options.gapMaxSentences
                || freeB.size() > options.gapMaxSentences)
                continue;
            const bool lone = freeA.size() == 1 && freeB.size() == 1 && k > 0 && k + 2 < bounds.size();
            const double minimum = lone ? options.sandwichThreshold : options.gapMinimum;
            const int n = int(freeA.size()), m = int(freeB.size());
            QVector<double> sim(n * m, -1);
            for (int i = 0; i < n; ++i) {
                for (int j = 0; j < m; ++j) {
                    if (!forbidden.contains(key(freeA.at(i), freeB.at(j))))
                        sim[i * m + j] = similarity.similarity(freeA.at(i), freeB.at(j));
                }
            }
            // best[i][j]: best total over freeA[i..] and freeB[j..].
            QVector<double> best((n + 1) * (m + 1), 0.0);
            for (int i = n - 1; i >= 0; --i) {
                for (int j = m - 1; j >= 0; --j) {
                    double v = std::max(best.at((i + 1) * (m + 1) + j), best.at(i * (m + 1) + j + 1));
                    const double s = sim.at(i * m + j);
                    if (s >= minimum)
                        v = std::max(v, s + best.at((i + 1) * (m + 1) + j + 1));
                    best[i * (m + 1) + j] = v;
                }
            }
            for (int i = 0, j = 0; i < n && j < m;) {
                const double s = sim.at(i * m + j);
                const double here = best.at(i * (m + 1) + j);
                if (s >= minimum && here == s + best.at((i + 1) * (m + 1) + j + 1)) {
                    found.append({ freeA.at(i), freeB.at(j) });
                    ++i;
                    ++j;
                } else if (here == best.at((i + 1) * (m + 1) + j)) {
                    ++i;
                } else {
                    ++j;
                }
            }
        }
        for (const auto &f : found)
            addPair(f.first, f.second, similarity.similarity(f.first, f.second));
    }

    // Pairs found in the gaps may be halves of a split sentence too.
    grow();

    std::sort(pairs.begin(), pairs.end(), [](const AlignedPair &x, const AlignedPair &y) {
        return x.a.first() < y.a.first() || (x.a.first() == y.a.first() && x.b.first() < y.b.first());
    });
    QVector<int> order;
    QVector<double> orderWeights;
    order.reserve(pairs.size());
    for (const AlignedPair &p : pairs) {
        order.append(p.b.first());
        orderWeights.append(p.similarity);
    }
    const QVector<int> inOrder = heaviestIncreasing(order, orderWeights);
    QVector<char> kept(pairs.size(), 0);
    for (int i : inOrder)
        kept[i] = 1;
    for (int i = 0; i < pairs.size(); ++i)
        pairs[i].moved = !kept.at(i);
    return pairs;
}

} // namespace Marginalia
