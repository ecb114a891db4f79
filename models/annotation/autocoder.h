#pragma once

#include "search/corpussearch.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Marginalia {

class Corpus;

/// Auto-coding: one span with a given tag for every match of a search, as one
/// undo step (what `marginalia autocode` and "Tag All Results" do). A match
/// that already has a span with the same tag and range is not coded twice, so
/// running it again adds nothing.
class AutoCoder
{
public:
    struct DocumentResult
    {
        QString path;
        int matches = 0;
        int added = 0;
    };
    struct Result
    {
        bool ok = false;
        QString error; ///< why nothing was done (names the document or the pattern)
        int matches = 0;
        int added = 0;
        QVector<DocumentResult> documents; ///< documents with at least one match, in corpus order
    };

    /// Codes every match in the corpus, or only in `paths` when not empty
    /// (an unknown path is an error and nothing is coded).
    static Result run(Corpus *corpus, const QString &tagId, const CorpusSearch::Query &query,
        const QStringList &paths = {}, const QString &note = {});
    /// Codes the given hits (e.g. the search dock's results).
    static Result code(
        Corpus *corpus, const QString &tagId, const QVector<CorpusSearch::Hit> &hits, const QString &note = {});
};

} // namespace Marginalia
