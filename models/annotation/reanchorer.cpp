#include "reanchorer.h"

#include <QVector>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace Marginalia {

Reanchorer::Reanchorer(QStringView text)
    : m_text(text)
{
}

QString Reanchorer::stateName(State state)
{
    switch (state) {
    case State::Exact:
        return QStringLiteral("exact");
    case State::Moved:
        return QStringLiteral("moved");
    case State::Fuzzy:
        return QStringLiteral("fuzzy");
    case State::Orphan:
        break;
    }
    return QStringLiteral("orphan");
}

// Characters of context that agree: the stored prefix read backwards from
// start, the stored suffix read forwards from end.
int Reanchorer::contextScore(int start, int end, const QString &prefix, const QString &suffix) const
{
    int score = 0;
    for (int i = 1; i <= prefix.size() && start - i >= 0; ++i) {
        if (prefix.at(prefix.size() - i) != m_text.at(start - i))
            break;
        ++score;
    }
    for (int i = 0; i < suffix.size() && end + i < m_text.size(); ++i) {
        if (suffix.at(i) != m_text.at(end + i))
            break;
        ++score;
    }
    return score;
}

Reanchorer::Result Reanchorer::anchor(
    int oldStart, const QString &quote, const QString &prefix, const QString &suffix) const
{
    Result r;
    const int n = int(m_text.size());
    const int len = int(quote.size());
    oldStart = std::clamp(oldStart, 0, n);
    if (len == 0)
        return r; // nothing to look for: an empty quote is never guessed into place
    if (oldStart + len <= n && m_text.mid(oldStart, len) == quote) {
        r.state = State::Exact;
        r.start = oldStart;
        r.end = oldStart + len;
        r.score = 1;
        return r;
    }

    int best = -1;
    int bestContext = -1;
    int bestDistance = std::numeric_limits<int>::max();
    for (qsizetype at = m_text.indexOf(quote); at >= 0; at = m_text.indexOf(quote, at + 1)) {
        const int pos = int(at);
        const int context = contextScore(pos, pos + len, prefix, suffix);
        const int distance = std::abs(pos - oldStart);
        if (context > bestContext || (context == bestContext && distance < bestDistance)) {
            best = pos;
            bestContext = context;
            bestDistance = distance;
        }
    }
    // A short quote must be backed by its context: otherwise any common word matches.
    if (best >= 0 && (len >= MinMovedLength || bestContext >= std::min(8, int(prefix.size() + suffix.size())))) {
        r.state = State::Moved;
        r.start = best;
        r.end = best + len;
        r.score = 1;
        return r;
    }
    if (len >= MinFuzzyLength)
        return fuzzy(oldStart, quote, prefix, suffix);
    return r;
}

// Sellers' semi-global edit distance: the quote must be matched whole, the text
// may be entered and left anywhere. Each cell carries the text position where
// its alignment started, so the matched range falls out without backtracking.
Reanchorer::Result Reanchorer::fuzzy(
    int oldStart, const QString &quote, const QString &prefix, const QString &suffix) const
{
    Result r;
    const int m = int(quote.size());
    int from = 0;
    int to = int(m_text.size());
    if (qint64(to) * m > MaxFuzzyCells) {
        const int window = int(std::max<qint64>(4 * m, MaxFuzzyCells / m / 2));
        from = std::max(0, oldStart - window);
        to = std::min(int(m_text.size()), oldStart + m + window);
    }
    const int maxDistance = int(m * (1.0 - FuzzyThreshold));

    QVector<int> cost(m + 1), startAt(m + 1), prevCost(m + 1), prevStart(m + 1);
    for (int i = 0; i <= m; ++i) {
        cost[i] = i;
        startAt[i] = from;
    }
    int bestCost = std::numeric_limits<int>::max();
    int bestStart = -1;
    int bestEnd = -1;
    int bestContext = -1;
    for (int j = from; j < to; ++j) {
        std::swap(cost, prevCost);
        std::swap(startAt, prevStart);
        cost[0] = 0;
        startAt[0] = j + 1;
        const QChar c = m_text.at(j);
        for (int i = 1; i <= m; ++i) {
            int c1 = prevCost[i - 1] + (quote.at(i - 1) == c ? 0 : 1);
            int s1 = prevStart[i - 1];
            const int c2 = prevCost[i] + 1; // text character not in the quote
            if (c2 < c1) {
                c1 = c2;
                s1 = prevStart[i];
            }
            const int c3 = cost[i - 1] + 1; // quote character missing from the text
            if (c3 < c1) {
                c1 = c3;
                s1 = startAt[i - 1];
            }
            cost[i] = c1;
            startAt[i] = s1;
        }
        if (cost[m] <= maxDistance && cost[m] <= bestCost) {
            const int s = startAt[m];
            const int e = j + 1;
            const int context = contextScore(s, e, prefix, suffix);
            if (cost[m] < bestCost || context > bestContext
                || (context == bestContext && std::abs(s - oldStart) < std::abs(bestStart - oldStart))) {
                bestCost = cost[m];
                bestStart = s;
                bestEnd = e;
                bestContext = context;
            }
        }
    }
    if (bestStart < 0)
        return r;
    // Never cut a surrogate pair: the file stores code points.
    auto inPair = [this](int pos) {
        return pos > 0 && pos < m_text.size() && m_text.at(pos).isLowSurrogate()
            && m_text.at(pos - 1).isHighSurrogate();
    };
    if (inPair(bestStart))
        --bestStart;
    if (inPair(bestEnd))
        ++bestEnd;
    r.score = 1.0 - double(bestCost) / m;
    // A near-copy of the quote whose surroundings do not agree is more likely a
    // different sentence (another district, another date) than an edit of this
    // one; a few agreeing characters (" the") prove nothing, so ask for eight.
    const int contextNeeded = std::min(8, int(prefix.size() + suffix.size()));
    if (r.score < FuzzyThreshold || (r.score < 0.95 && bestContext < contextNeeded))
        return {};
    r.state = State::Fuzzy;
    r.start = bestStart;
    r.end = bestEnd;
    return r;
}

} // namespace Marginalia
