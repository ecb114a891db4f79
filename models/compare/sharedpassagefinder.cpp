#include "sharedpassagefinder.h"

#include <QHash>

#include <algorithm>

namespace Marginalia {

QVector<SharedPassage> SharedPassageFinder::find(
    const QVector<WordTokenizer::Word> &a, const QVector<WordTokenizer::Word> &b, int minWords)
{
    QVector<SharedPassage> out;
    const int n = int(a.size());
    const int m = int(b.size());
    if (minWords < 1 || n < minWords || m < minWords)
        return out;
    QHash<QString, int> ids;
    auto idOf = [&](const QString &w) {
        auto it = ids.constFind(w);
        if (it == ids.constEnd())
            it = ids.insert(w, int(ids.size()));
        return it.value();
    };
    QVector<int> wa(n), wb(m);
    for (int i = 0; i < n; ++i)
        wa[i] = idOf(a.at(i).lower);
    for (int j = 0; j < m; ++j)
        wb[j] = idOf(b.at(j).lower);
    auto shingle = [](const QVector<int> &w, int start, int k) {
        quint64 h = 1469598103934665603ULL;
        for (int i = start; i < start + k; ++i)
            h = (h ^ quint64(quint32(w.at(i)))) * 1099511628211ULL;
        return h;
    };
    QMultiHash<quint64, int> index;
    for (int i = 0; i + minWords <= n; ++i)
        index.insert(shingle(wa, i, minWords), i);
    for (int j = 0; j + minWords <= m; ++j) {
        const quint64 h = shingle(wb, j, minWords);
        int seeds = 0;
        for (auto it = index.constFind(h); it != index.constEnd() && it.key() == h; ++it) {
            const int i = it.value();
            if (++seeds > 32)
                break; // a shingle repeated this often is not a passage worth listing
            // Reported from its start only: skip runs that extend backwards.
            if (i > 0 && j > 0 && wa.at(i - 1) == wb.at(j - 1))
                continue;
            int len = 0;
            while (i + len < n && j + len < m && wa.at(i + len) == wb.at(j + len))
                ++len;
            if (len < minWords)
                continue; // hash collision
            out.append({ { a.at(i).range.start, a.at(i + len - 1).range.end },
                { b.at(j).range.start, b.at(j + len - 1).range.end }, len });
        }
    }
    std::sort(out.begin(), out.end(), [](const SharedPassage &x, const SharedPassage &y) {
        return x.a.start < y.a.start || (x.a.start == y.a.start && x.b.start < y.b.start);
    });
    return out;
}

} // namespace Marginalia
