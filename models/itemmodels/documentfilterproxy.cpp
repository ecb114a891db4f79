#include "documentfilterproxy.h"

#include "codebookmodel.h"
#include "corpusmodel.h"

#include <QSet>

namespace Marginalia {

DocumentFilterProxy::DocumentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void DocumentFilterProxy::setCorpus(CorpusModel *corpus, const CodebookModel *codebook)
{
    m_corpus = corpus;
    m_codebook = codebook;
    setSourceModel(corpus);
    // A span added, removed or re-coded can change which documents carry a tag;
    // the model signals that per span, not on the document row.
    connect(corpus, &CorpusModel::spanRangeChanged, this, [this] {
        if (!m_tagId.isEmpty())
            invalidateFilter();
    });
}

void DocumentFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void DocumentFilterProxy::setOutlet(const QString &outlet)
{
    if (outlet == m_outlet)
        return;
    m_outlet = outlet;
    invalidateFilter();
}

void DocumentFilterProxy::setTagId(const QString &tagId)
{
    if (tagId == m_tagId)
        return;
    m_tagId = tagId;
    invalidateFilter();
}

bool DocumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_corpus)
        return true; // spans follow their document
    const Document &doc = m_corpus->document(sourceRow);
    if (!m_outlet.isEmpty() && doc.meta.outlet != m_outlet)
        return false;
    if (!m_text.isEmpty() && !doc.meta.title.contains(m_text, Qt::CaseInsensitive)
        && !doc.meta.outlet.contains(m_text, Qt::CaseInsensitive) && !doc.path.contains(m_text, Qt::CaseInsensitive)
        && !doc.scanText().contains(m_text, Qt::CaseInsensitive))
        return false;
    if (!m_tagId.isEmpty()) {
        QStringList ids = m_codebook ? m_codebook->descendants(m_tagId) : QStringList();
        ids.append(m_tagId);
        const QSet<QString> wanted(ids.cbegin(), ids.cend());
        const QVector<Span> &spans = m_corpus->spans(sourceRow);
        return std::any_of(spans.cbegin(), spans.cend(), [&wanted](const Span &s) { return wanted.contains(s.tagId); });
    }
    return true;
}

} // namespace Marginalia
