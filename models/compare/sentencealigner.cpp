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
    auto unmergeable = [](const QVector<bool> &flags, int i) { return i < flags.size() && flags.at(i); };

    for (const SentenceLink &link : manual) {
        if (!link.linked) {
            for (int a : link.a) {
                for (int b : link.b)
                    forbidden.insert(key(a, b));
            }
        }
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
    auto addPair = [&](const QVector<int> &as, const QVector<int> &bs, double sim) {
        AlignedPair p;
        p.a = as;
        p.b = bs;
        p.similarity = sim;
        for (int a : as)
            ofA[a] = int(pairs.size());
        for (int b : bs)
            ofB[b] = int(pairs.size());
        pairs.append(p);
    };
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
        QVector<int> as = link.a, bs = link.b;
        std::sort(as.begin(), as.end());
        std::sort(bs.begin(), bs.end());
        addPair(as, bs, similarity.similarity(as, bs));
        pairs.last().manual = true;
    }

    // Two articles about one story open with counterpart headlines, however
    // differently worded: pair the first sentences before anything else.
    if (options.pairHeadlines && sentencesA > 0 && sentencesB > 0 && ofA.at(0) < 0 && ofB.at(0) < 0
        && !forbidden.contains(key(0, 0)) && similarity.similarity(0, 0) > 0)
        addPair({ 0 }, { 0 }, similarity.similarity(0, 0));

    const double lowest = std::min({ options.chainMinimum, options.blockMinimum, options.threshold * 0.5 });
    const auto candidates = similarity.candidates(lowest);
    auto isFree = [&](const SentenceSimilarity::Candidate &c) {
        return ofA.at(c.a) < 0 && ofB.at(c.b) < 0 && !forbidden.contains(key(c.a, c.b));
    };

    // Near-verbatim sentences that are each other's best counterpart belong
    // together wherever they stand (a quotation moved to the end).
    {
        QVector<double> bestOfA(sentencesA, 0.0), bestOfB(sentencesB, 0.0);
        for (const auto &c : candidates) {
            bestOfA[c.a] = std::max(bestOfA.at(c.a), c.similarity);
            bestOfB[c.b] = std::max(bestOfB.at(c.b), c.similarity);
        }
        for (const auto &c : candidates) {
            if (c.similarity < options.strongThreshold)
                break;
            if (isFree(c) && c.similarity >= bestOfA.at(c.a) && c.similarity >= bestOfB.at(c.b))
                addPair({ c.a }, { c.b }, c.similarity);
        }
    }

    // Pairs sorted by their first sentence of A, and the indexes (into that
    // order) of the heaviest chain that keeps both orders.
    auto keptOrder = [&](QVector<int> &sorted) {
        sorted.resize(pairs.size());
        std::iota(sorted.begin(), sorted.end(), 0);
        std::sort(sorted.begin(), sorted.end(), [&](int x, int y) {
            const AlignedPair &p = pairs.at(x), &q = pairs.at(y);
            return p.a.first() < q.a.first() || (p.a.first() == q.a.first() && p.b.first() > q.b.first());
        });
        QVector<int> firstB;
        QVector<double> weights;
        for (int i : sorted) {
            firstB.append(pairs.at(i).b.first());
            weights.append(pairs.at(i).manual ? 1e6 : pairs.at(i).similarity);
        }
        return heaviestIncreasing(firstB, weights);
    };

    // The backbone: of all candidate pairs, the set that keeps the order of
    // both texts with the largest total of (similarity - chainOffset). News
    // rewrites keep most of the story's order, so a pair that fits the order
    // needs less evidence than one that does not, and two pairs in order
    // beat one crossing pair that takes a sentence from each (a sentence
    // sharing a name with the wrong counterpart). Pairs already made take
    // part with a weight that keeps them in.
    {
        struct Item
        {
            int a;
            int b;
            double weight;
            int candidate; ///< index into candidates, -1 for a pair already made
        };
        QVector<Item> items;
        for (const AlignedPair &p : pairs)
            items.append({ p.a.first(), p.b.first(), 1e6, -1 });
        for (int i = 0; i < candidates.size(); ++i) {
            const auto &c = candidates.at(i);
            if (c.similarity >= options.chainMinimum && c.similarity > options.chainOffset && isFree(c))
                items.append({ c.a, c.b, c.similarity - options.chainOffset, i });
        }
        std::sort(items.begin(), items.end(), [](const Item &x, const Item &y) {
            return x.a < y.a || (x.a == y.a && (x.b > y.b || (x.b == y.b && x.candidate < y.candidate)));
        });
        QVector<int> bs;
        QVector<double> weights;
        for (const Item &it : items) {
            bs.append(it.b);
            weights.append(it.weight);
        }
        for (int k : heaviestIncreasing(bs, weights)) {
            const Item &it = items.at(k);
            if (it.candidate >= 0 && ofA.at(it.a) < 0 && ofB.at(it.b) < 0)
                addPair({ it.a }, { it.b }, candidates.at(it.candidate).similarity);
        }
    }

    // Grow one-to-one pairs by a free neighbour on either side: a sentence
    // split in two in the other text. A neighbour joins when the pair grows
    // clearly more similar as a whole (mergeGain), or when it shares enough
    // with the pair's sentence on its own (mergeAlone) and the whole stays
    // about as similar (within mergeLoss): a long sentence whose halves each
    // carry part of it loses cosine similarity to either half alone. The
    // best-supported merges go first, so two pairs competing for one
    // neighbour leave it to the one it belongs with.
    auto grow = [&] {
        struct Merge
        {
            int pair;
            int neighbour;
            bool onA; ///< the neighbour is a sentence of A
            double alone; ///< similarity of the neighbour with the pair's other side
            double whole; ///< similarity of the grown pair
        };
        QVector<Merge> merges;
        for (int i = 0; i < pairs.size(); ++i) {
            const AlignedPair &p = pairs.at(i);
            if (p.manual || p.a.size() != 1 || p.b.size() != 1)
                continue;
            // Headlines are blocks of their own, never half of a split sentence.
            if (options.pairHeadlines && p.a.first() == 0 && p.b.first() == 0)
                continue;
            const int a = p.a.first();
            const int b = p.b.first();
            if (unmergeable(options.unmergeableA, a) || unmergeable(options.unmergeableB, b))
                continue;
            auto consider = [&](int n, bool onA) {
                const int count = onA ? sentencesA : sentencesB;
                if (n < 0 || n >= count || (onA ? ofA : ofB).at(n) >= 0
                    || unmergeable(onA ? options.unmergeableA : options.unmergeableB, n)
                    || !(onA ? allowed({ n }, p.b) : allowed(p.a, { n })))
                    return;
                const double alone = onA ? similarity.similarity(n, b) : similarity.similarity(a, n);
                if (alone < options.mergeMinimum)
                    return;
                const int self = onA ? a : b;
                const QVector<int> group = n < self ? QVector<int> { n, self } : QVector<int> { self, n };
                const double whole = onA ? similarity.similarity(group, p.b) : similarity.similarity(p.a, group);
                if (whole > p.similarity + options.mergeGain
                    || (alone >= options.mergeAlone && whole >= p.similarity - options.mergeLoss))
                    merges.append({ i, n, onA, alone, whole });
            };
            consider(b - 1, false);
            consider(b + 1, false);
            consider(a - 1, true);
            consider(a + 1, true);
        }
        std::sort(merges.begin(), merges.end(), [](const Merge &x, const Merge &y) {
            return x.alone > y.alone || (x.alone == y.alone && x.whole > y.whole);
        });
        for (const Merge &m : merges) {
            AlignedPair &p = pairs[m.pair];
            if (p.a.size() != 1 || p.b.size() != 1 || (m.onA ? ofA : ofB).at(m.neighbour) >= 0)
                continue;
            QVector<int> &side = m.onA ? p.a : p.b;
            if (m.neighbour < side.first())
                side.prepend(m.neighbour);
            else
                side.append(m.neighbour);
            p.similarity = m.whole;
            (m.onA ? ofA : ofB)[m.neighbour] = m.pair;
        }
    };
    grow();

    // The free sentences between two consecutive pairs that keep their order
    // (and before the first, after the last) most likely correspond in order:
    // news rewrites reorder whole stretches, rarely inside them. A dynamic
    // programme over each gap picks the in-order pairs of free sentences with
    // the largest total similarity, counting only pairs that share something
    // (gapMinimum); a lone free sentence on each side needs less
    // (sandwichThreshold), as the context leaves it nothing else to be.
    {
        QVector<int> sorted;
        const QVector<int> chain = keptOrder(sorted);
        QVector<QPair<int, int>> bounds; // (last a, last b) of a pair, then (first a, first b) of the next
        bounds.append({ -1, -1 });
        for (int k : chain) {
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
            addPair({ f.first }, { f.second }, similarity.similarity(f.first, f.second));
    }

    // Out of order: what the story moved. Moved text keeps its own order
    // too, so the free candidates are taken as chains again (heaviest first):
    // a pair of at least movedThreshold starts a moved block, and a weaker
    // one (blockMinimum) joins when it follows or precedes a pair of the
    // block closely (within blockReach sentences on both sides).
    for (int round = 0; round < 8; ++round) {
        QVector<SentenceSimilarity::Candidate> items;
        for (const auto &c : candidates) {
            if (c.similarity >= options.blockMinimum && c.similarity > options.chainOffset && isFree(c))
                items.append(c);
        }
        if (items.isEmpty())
            break;
        std::sort(items.begin(), items.end(),
            [](const auto &x, const auto &y) { return x.a < y.a || (x.a == y.a && x.b > y.b); });
        QVector<int> bs;
        QVector<double> weights;
        for (const auto &c : items) {
            bs.append(c.b);
            weights.append(c.similarity - options.chainOffset);
        }
        const QVector<int> chain = heaviestIncreasing(bs, weights);
        auto close = [&](int k, int l) {
            const auto &x = items.at(chain.at(k));
            const auto &y = items.at(chain.at(l));
            return std::abs(x.a - y.a) <= options.blockReach && std::abs(x.b - y.b) <= options.blockReach;
        };
        QVector<char> accept(chain.size(), 0);
        bool any = false;
        for (int k = 0; k < chain.size(); ++k) {
            if (items.at(chain.at(k)).similarity >= options.movedThreshold)
                accept[k] = any = 1;
        }
        // A run of blockRun weaker pairs close to one another is a moved
        // block too: that many in a row do not line up by chance.
        for (int k = 0; k < chain.size();) {
            int end = k + 1;
            while (end < chain.size() && close(end - 1, end))
                ++end;
            if (end - k >= options.blockRun) {
                for (int l = k; l < end; ++l)
                    accept[l] = any = 1;
            }
            k = end;
        }
        if (!any)
            break;
        for (bool changed = true; changed;) {
            changed = false;
            for (int k = 0; k < chain.size(); ++k) {
                if (accept.at(k))
                    continue;
                if ((k > 0 && accept.at(k - 1) && close(k - 1, k))
                    || (k + 1 < chain.size() && accept.at(k + 1) && close(k, k + 1))) {
                    accept[k] = 1;
                    changed = true;
                }
            }
        }
        for (int k = 0; k < chain.size(); ++k) {
            if (accept.at(k)) {
                const auto &c = items.at(chain.at(k));
                addPair({ c.a }, { c.b }, c.similarity);
            }
        }
    }

    // Free sentences whose two free neighbours on the other side match together.
    for (const auto &c : candidates) {
        if (ofA.at(c.a) >= 0 && ofB.at(c.b) >= 0)
            continue;
        if (ofA.at(c.a) < 0 && !unmergeable(options.unmergeableB, c.b)) {
            for (int nb : { c.b - 1, c.b + 1 }) {
                if (ofB.at(c.b) >= 0 || nb < 0 || nb >= sentencesB || ofB.at(nb) >= 0
                    || unmergeable(options.unmergeableB, nb))
                    continue;
                const QVector<int> group = nb < c.b ? QVector<int> { nb, c.b } : QVector<int> { c.b, nb };
                if (!allowed({ c.a }, group))
                    continue;
                const double s = similarity.similarity({ c.a }, group);
                if (s >= options.threshold && similarity.similarity(c.a, nb) >= options.mergeMinimum) {
                    addPair({ c.a }, group, s);
                    break;
                }
            }
        }
        if (ofB.at(c.b) < 0 && !unmergeable(options.unmergeableA, c.a)) {
            for (int na : { c.a - 1, c.a + 1 }) {
                if (ofA.at(c.a) >= 0 || na < 0 || na >= sentencesA || ofA.at(na) >= 0
                    || unmergeable(options.unmergeableA, na))
                    continue;
                const QVector<int> group = na < c.a ? QVector<int> { na, c.a } : QVector<int> { c.a, na };
                if (!allowed(group, { c.b }))
                    continue;
                const double s = similarity.similarity(group, { c.b });
                if (s >= options.threshold && similarity.similarity(na, c.b) >= options.mergeMinimum) {
                    addPair(group, { c.b }, s);
                    break;
                }
            }
        }
    }

    // Pairs found in the gaps and moved blocks may be halves of a split sentence too.
    grow();

    std::sort(pairs.begin(), pairs.end(), [](const AlignedPair &x, const AlignedPair &y) {
        return x.a.first() < y.a.first() || (x.a.first() == y.a.first() && x.b.first() < y.b.first());
    });
    QVector<int> order;
    QVector<double> orderWeights;
    order.reserve(pairs.size());
    for (const AlignedPair &p : pairs) {
        order.append(p.b.first());
        orderWeights.append(p.manual ? 1e6 : p.similarity);
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
