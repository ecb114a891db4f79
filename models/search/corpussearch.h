#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include "regexsearcher.h"
#include "substringsearcher.h"
#include <QVector>

namespace Marginalia {

class CorpusModel;

/// Searches the canonical texts of a corpus in memory: plain text (with
/// SubstringSearcher) or a regular expression (RegexSearcher: PCRE2, JIT), optionally
/// whole words only and case-sensitive. What the search dock, "tag all
/// results" and `marginalia autocode` share. Offsets are UTF-16, like spans.
class CorpusSearch
{
public:
    struct Query
    {
        QString pattern;
        bool regex = false;
        bool caseSensitive = false;
        bool wholeWord = false;
    };
    struct Hit
    {
        QString path;
        int start = 0;
        int end = 0;
        bool operator==(const Hit &o) const { return path == o.path && start == o.start && end == o.end; }
    };

    explicit CorpusSearch(const Query &query);
    /// False when the pattern is empty or the regular expression is invalid.
    bool isValid() const { return m_error.isEmpty(); }
    /// Why the query cannot run (names the position in an invalid regex).
    QString errorString() const { return m_error; }

    /// Every non-empty, non-overlapping match in one text, in order.
    QVector<Hit> searchText(const QString &path, const QString &text) const;
    /// Every match in the corpus's documents (document rows in model order),
    /// or only in those whose path is listed in `paths` when it is not empty.
    QVector<Hit> search(const CorpusModel *corpus, const QStringList &paths = {}) const;

private:
    Query m_query;
    QString m_error;
    SubstringSearcher m_matcher;
    RegexSearcher m_regex;
};

} // namespace Marginalia
