#include "spanlistproxy.h"

#include "corpusmodel.h"

#include <algorithm>

namespace Marginalia {

namespace {
// The span row's own columns in CorpusModel: quote, tag, note.
int sourceColumnOf(int proxyColumn)
{
    switch (proxyColumn) {
    case SpanListProxy::TagColumn:
        return CorpusModel::OutletColumn;
    case SpanListProxy::NoteColumn:
        return CorpusModel::DateColumn;
    default:
        return CorpusModel::TitleColumn; // quote, and the document columns borrow the span's first cell
    }
}
} // namespace

SpanListProxy::SpanListProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void SpanListProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(source, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid()) { // documents: their spans arrive with them
                    beginResetModel();
                    return;
                }
                const int base = m_offsets.value(parent.row());
                beginInsertRows({}, base + first, base + last);
            });
        connect(source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
            rebuild();
            if (parent.isValid())
                endInsertRows();
            else
                endResetModel();
        });
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid()) {
                    beginResetModel();
                    return;
                }
                const int base = m_offsets.value(parent.row());
                beginRemoveRows({}, base + first, base + last);
            });
        connect(source, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent) {
            rebuild();
            if (parent.isValid())
                endRemoveRows();
            else
                endResetModel();
        });
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
            [this](const QModelIndex &from, int first, int last, const QModelIndex &to, int dest) {
                if (!from.isValid() || from != to) {
                    beginResetModel();
                    return;
                }
                // A span changing its place within its document: the counts stay.
                const int base = m_offsets.value(from.row());
                m_moving = beginMoveRows({}, base + first, base + last, {}, base + dest);
            });
        connect(source, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &from, int, int, const QModelIndex &to) {
                rebuild();
                if (!from.isValid() || from != to)
                    endResetModel();
                else if (m_moving)
                    endMoveRows();
                m_moving = false;
            });
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); });
        connect(source, &QAbstractItemModel::layoutChanged, this, [this] {
            rebuild();
            endResetModel();
        });
        connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (topLeft.parent().isValid()) {
                    const int base = m_offsets.value(topLeft.parent().row());
                    const int first = base + topLeft.row();
                    const int last = base + bottomRight.row();
                    if (first <= last)
                        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), roles);
                    return;
                }
                // A document's title or outlet: shown on each of its spans. Its
                // other cells (the span count, which changes with every span
                // added or removed) are not: passing those on made a sorting
                // proxy above re-sort all of the document's rows each time.
                if (topLeft.column() > CorpusModel::OutletColumn)
                    return;
                const int first = m_offsets.value(topLeft.row());
                const int last = m_offsets.value(bottomRight.row() + 1) - 1;
                if (first <= last)
                    Q_EMIT dataChanged(index(first, DocumentColumn), index(last, OutletColumn), roles);
            });
    }
    rebuild();
    endResetModel();
}

void SpanListProxy::rebuild()
{
    m_offsets.clear();
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    const int docs = source->rowCount();
    m_offsets.reserve(docs + 1);
    int total = 0;
    for (int d = 0; d < docs; ++d) {
        m_offsets.append(total);
        total += source->rowCount(source->index(d, 0));
    }
    m_offsets.append(total);
}

int SpanListProxy::documentOf(int row) const
{
    // The last document whose first span is at or before row (empty documents share offsets).
    const auto it = std::upper_bound(m_offsets.cbegin(), m_offsets.cend() - 1, row);
    return int(it - m_offsets.cbegin()) - 1;
}

QModelIndex SpanListProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || column >= ColumnCount || row >= rowCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SpanListProxy::parent(const QModelIndex &) const
{
    return {};
}

int SpanListProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_offsets.isEmpty())
        return 0;
    return m_offsets.last();
}

int SpanListProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SpanListProxy::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex SpanListProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int doc = documentOf(proxyIndex.row());
    if (doc < 0)
        return {};
    const QModelIndex docIndex = sourceModel()->index(doc, 0);
    return sourceModel()->index(proxyIndex.row() - m_offsets.at(doc), sourceColumnOf(proxyIndex.column()), docIndex);
}

QModelIndex SpanListProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !sourceIndex.parent().isValid())
        return {};
    int column;
    switch (sourceIndex.column()) {
    case CorpusModel::TitleColumn:
        column = QuoteColumn;
        break;
    case CorpusModel::OutletColumn:
        column = TagColumn;
        break;
    case CorpusModel::DateColumn:
        column = NoteColumn;
        break;
    default:
        return {};
    }
    const int doc = sourceIndex.parent().row();
    if (doc + 1 >= m_offsets.size())
        return {};
    return index(m_offsets.at(doc) + sourceIndex.row(), column);
}

QVariant SpanListProxy::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QModelIndex source = mapToSource(index);
    if (index.column() == DocumentColumn || index.column() == OutletColumn) {
        const QModelIndex doc = source.parent();
        switch (role) {
        case Qt::DisplayRole:
            return doc.data(index.column() == DocumentColumn ? CorpusModel::TitleRole : CorpusModel::OutletRole);
        case Qt::ToolTipRole:
            return doc.data(CorpusModel::PathRole);
        case Qt::DecorationRole:
            return {};
        default:
            break;
        }
    }
    return source.data(role);
}

QVariant SpanListProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case OutletColumn:
        return tr("Outlet");
    case QuoteColumn:
        return tr("Quote");
    case TagColumn:
        return tr("Tag");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags SpanListProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Marginalia
