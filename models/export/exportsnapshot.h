#pragma once

#include "annotation/span.h"
#include "annotation/tag.h"
#include "corpus/document.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Marginalia {

class Corpus;

/// Which documents of a corpus an export covers. Empty members select all.
struct ExportFilter
{
    QStringList paths; ///< document paths relative to the corpus (as `list` prints them)
    QString outlet; ///< outlet name, case-insensitive
    QString tag; ///< tag name or path ("Parent / Child"); documents with a span of it or a sub-tag
};

/// A plain-value copy of what an export reads: the selected documents with
/// their spans (UTF-16 offsets, sorted) and the whole codebook. Exports run on
/// a worker thread in the window, so they never read the live models: the
/// snapshot is taken on the GUI thread and then only read.
class ExportSnapshot
{
public:
    struct Entry
    {
        Document document;
        QVector<Span> spans; ///< sorted by Span::lessThan
        QString memo = {}; ///< the analyst's memo on the document, empty for none
    };

    /// Copies the documents the filter selects. Returns false and sets error
    /// (naming what was not found) when a path, outlet or tag is unknown.
    static bool fromCorpus(const Corpus &corpus, const ExportFilter &filter, ExportSnapshot *out, QString *error);

    QString corpusName;
    QString corpusPath;
    QString author; ///< who exports (settings "author"), for PDF metadata
    ExportFilter filter;
    QVector<Tag> tags; ///< the codebook, parents before children
    QVector<Entry> entries;

    void addTag(const Tag &tag);
    Tag tag(const QString &id) const;
    /// "Parent / Child"; the id itself when the tag is unknown.
    QString tagPath(const QString &id) const;
    QColor tagColor(const QString &id) const;
    int spanCount() const;
    /// Tags used by these spans, in codebook order.
    QVector<Tag> tagsUsed(const QVector<Span> &spans) const;

private:
    QHash<QString, int> m_tagRow;
};

} // namespace Marginalia
