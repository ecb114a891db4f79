#include "tagspancounter.h"

#include "codebookmodel.h"
#include "corpusmodel.h"

#include <QSet>

namespace Marginalia {

TagSpanCounter::TagSpanCounter(CorpusModel *corpus, CodebookModel *codebook, QObject *parent)
    : QObject(parent)
    , m_corpus(corpus)
    , m_codebook(codebook)
{
    connect(corpus, &QAbstractItemModel::modelReset, this, &TagSpanCounter::recountAll);
    connect(corpus, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &doc, int first, int last) {
        if (!doc.isValid()) {
            recountAll();
            return;
        }
        const QString path = doc.data(CorpusModel::PathRole).toString();
        QStringList touched;
        for (int r = first; r <= last; ++r) {
            const QString tag = m_corpus->index(r, 0, doc).data(CorpusModel::TagIdRole).toString();
            add(path, tag, +1);
            touched.append(tag);
        }
        publish(touched);
    });
    // Read the spans while they are still there; publish once they are gone.
    connect(
        corpus, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &doc, int first, int last) {
            if (!doc.isValid())
                return; // recounted after the removal
            const QString path = doc.data(CorpusModel::PathRole).toString();
            for (int r = first; r <= last; ++r)
                add(path, m_corpus->index(r, 0, doc).data(CorpusModel::TagIdRole).toString(), -1);
        });
    connect(corpus, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &doc) {
        if (doc.isValid())
            publishAll();
        else
            recountAll();
    });
    connect(corpus, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        // A span row changed: its tag may have (a re-coding, a merge).
        if (topLeft.parent().isValid())
            recountDocument(topLeft.parent().data(CorpusModel::PathRole).toString());
    });
    // Tags that appear start at their counts (a merge's undo brings a tag back with spans).
    connect(codebook, &QAbstractItemModel::rowsInserted, this, &TagSpanCounter::publishAll);
    connect(codebook, &QAbstractItemModel::modelReset, this, &TagSpanCounter::publishAll);
    recountAll();
}

void TagSpanCounter::setCurrentDocument(const QString &path)
{
    if (path == m_current)
        return;
    QStringList touched = m_perDocument.value(m_current).keys();
    m_current = path;
    touched += m_perDocument.value(m_current).keys();
    publish(touched);
}

void TagSpanCounter::add(const QString &path, const QString &tagId, int delta)
{
    Counts &doc = m_perDocument[path];
    if ((doc[tagId] += delta) <= 0)
        doc.remove(tagId);
    if ((m_total[tagId] += delta) <= 0)
        m_total.remove(tagId);
}

void TagSpanCounter::recountDocument(const QString &path)
{
    const int row = m_corpus->rowOfPath(path);
    const Counts before = m_perDocument.value(path);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        add(path, it.key(), -it.value());
    if (row >= 0) {
        for (const Span &s : m_corpus->spans(row))
            add(path, s.tagId, +1);
    }
    QStringList touched = before.keys();
    touched += m_perDocument.value(path).keys();
    publish(touched);
}

void TagSpanCounter::recountAll()
{
    m_perDocument.clear();
    m_total.clear();
    for (int row = 0; row < m_corpus->documentCount(); ++row) {
        const QString path = m_corpus->document(row).path;
        for (const Span &s : m_corpus->spans(row))
            add(path, s.tagId, +1);
    }
    publishAll();
}

void TagSpanCounter::publish(const QStringList &tagIds)
{
    if (!m_codebook)
        return;
    const Counts &doc = m_perDocument.value(m_current);
    for (const QString &id : QSet<QString>(tagIds.cbegin(), tagIds.cend()))
        m_codebook->setSpanCounts(id, doc.value(id), m_total.value(id));
}

void TagSpanCounter::publishAll()
{
    if (!m_codebook)
        return;
    QStringList ids;
    for (const Tag &t : m_codebook->tags())
        ids.append(t.id);
    ids += m_total.keys(); // and zero those the codebook may still hold for vanished spans
    publish(ids);
}

} // namespace Marginalia
