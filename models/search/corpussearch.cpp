#include "corpussearch.h"

#include "itemmodels/corpusmodel.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Marginalia {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::CorpusSearch", text);
}

// Marks count as word characters so that "cafe" does not match inside "café"
// written with a combining accent. Astral characters (surrogates) do not.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}
} // namespace

CorpusSearch::CorpusSearch(const Query &query)
    : m_query(query)
    , m_matcher(query.regex ? QString() : query.pattern, query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive)
{
    if (m_query.pattern.isEmpty()) {
        m_error = tr("the search pattern is empty");
    } else if (m_query.regex) {
        const QRegularExpression plain(m_query.pattern);
        if (!plain.isValid()) {
            m_error = tr("invalid regular expression at position %1: %2")
                          .arg(plain.patternErrorOffset())
                          .arg(plain.errorString());
            return;
        }
        // Whole words: no word character (or combining mark) right before or after the match.
        const QString pattern = m_query.wholeWord
            ? QStringLiteral("(?<![\\w\\p{M}])(?:%1)(?![\\w\\p{M}])").arg(m_query.pattern)
            : m_query.pattern;
        // Compiled and JIT-compiled once per query, not once per article.
        m_regex = RegexSearcher(pattern, m_query.caseSensitive);
        if (!m_regex.isValid()) {
            const QRegularExpression wrapped(pattern);
            m_error = tr("invalid regular expression at position %1: %2")
                          .arg(wrapped.patternErrorOffset())
                          .arg(wrapped.errorString());
        }
    }
}

QVector<CorpusSearch::Hit> CorpusSearch::searchText(const QString &path, const QString &text) const
{
    QVector<Hit> hits;
    if (!isValid())
        return hits;
    auto accept = [&](int start, int end) {
        if (end <= start)
            return;
        // A plain match is a whole word when no word character touches it on either side.
        if (m_query.wholeWord && !m_query.regex) {
            const bool startOk = start == 0 || !isWordChar(text.at(start - 1)) || !isWordChar(text.at(start));
            const bool endOk = end == text.size() || !isWordChar(text.at(end - 1)) || !isWordChar(text.at(end));
            if (!startOk || !endOk)
                return;
        }
        hits.append({ path, start, end });
    };
    if (m_query.regex) {
        m_regex.forEachMatch(text, [&](qsizetype start, qsizetype end) {
            accept(int(start), int(end));
            return true;
        });
        return hits;
    }
    const int length = int(m_matcher.patternSize());
    qsizetype from = 0;
    while (true) {
        const qsizetype at = m_matcher.indexIn(text, from);
        if (at < 0)
            break;
        const int before = int(hits.size());
        accept(int(at), int(at) + length);
        // Non-overlapping: continue after an accepted match, else one further on.
        from = hits.size() > before ? at + length : at + 1;
    }
    return hits;
}

QVector<CorpusSearch::Hit> CorpusSearch::search(const CorpusModel *corpus, const QStringList &paths) const
{
    QVector<Hit> hits;
    if (!corpus || !isValid())
        return hits;
    const QSet<QString> only(paths.cbegin(), paths.cend());
    QVector<int> rows;
    rows.reserve(corpus->documentCount());
    for (int row = 0; row < corpus->documentCount(); ++row) {
        if (only.isEmpty() || only.contains(corpus->document(row).path))
            rows.append(row);
    }
    // Documents are independent: search slices of them on the pool's threads and
    // join the slices in order. Both searchers are only read (RegexSearcher
    // keeps its match data per thread), so the slices share this one.
    const int slices = std::max(1, std::min(int(rows.size()) / 64, QThread::idealThreadCount() * 4));
    if (slices == 1) {
        for (int row : rows)
            hits += searchText(corpus->document(row).path, corpus->document(row).scanText());
        return hits;
    }
    QVector<QPair<int, int>> ranges;
    for (int i = 0; i < slices; ++i)
        ranges.append({ int(rows.size() * i / slices), int(rows.size() * (i + 1) / slices) });
    const QVector<QVector<Hit>> parts = QtConcurrent::blockingMapped<QVector<QVector<Hit>>>(
        ranges, [this, corpus, &rows](const QPair<int, int> &range) {
            QVector<Hit> out;
            for (int i = range.first; i < range.second; ++i) {
                const Document &doc = corpus->document(rows.at(i));
                out += searchText(doc.path, doc.scanText());
            }
            return out;
        });
    qsizetype total = 0;
    for (const auto &p : parts)
        total += p.size();
    hits.reserve(total);
    for (const auto &p : parts)
        hits += p;
    return hits;
}

} // namespace Marginalia
