#include "codedsegmentsproxy.h"

#include "codebookmodel.h"
#include "corpusmodel.h"

namespace Marginalia {

CodedSegmentsProxy::CodedSegmentsProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CodedSegmentsProxy::setCodebook(const CodebookModel *codebook)
{
    if (m_codebook)
        disconnect(m_codebook, nullptr, this, nullptr);
    m_codebook = codebook;
    if (codebook) {
        // Moves re-parent tags; removals and resets can drop the chosen tag's children.
        const auto refresh = [this] { updateWanted(); };
        connect(codebook, &QAbstractItemModel::rowsMoved, this, refresh);
        connect(codebook, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(codebook, &QAbstractItemModel::rowsRemoved, this, refresh);
        connect(codebook, &QAbstractItemModel::modelReset, this, refresh);
    }
    updateWanted();
}

void CodedSegmentsProxy::setTagId(const QString &tagId, bool includeSubTags)
{
    if (tagId == m_tagId && includeSubTags == m_subTags)
        return;
    m_tagId = tagId;
    m_subTags = includeSubTags;
    updateWanted();
}

void CodedSegmentsProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void CodedSegmentsProxy::updateWanted()
{
    QSet<QString> wanted;
    if (!m_tagId.isEmpty()) {
        wanted.insert(m_tagId);
        if (m_subTags && m_codebook) {
            const QStringList ids = m_codebook->descendants(m_tagId);
            wanted.unite(QSet<QString>(ids.cbegin(), ids.cend()));
        }
    }
    m_wanted = wanted;
    invalidateFilter();
}

bool CodedSegmentsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tagId.isEmpty() && !m_wanted.contains(i.data(CorpusModel::TagIdRole).toString()))
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QVariant &v) { return v.toString().contains(m_text, Qt::CaseInsensitive); };
    // Column 0 of the flat list shows the document title.
    return has(i.data(CorpusModel::QuoteRole)) || has(i.data(CorpusModel::NoteRole)) || has(i.data(Qt::DisplayRole));
}

} // namespace Marginalia
