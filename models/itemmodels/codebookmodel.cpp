#include "codebookmodel.h"

#include <QMimeData>

#include <algorithm>

namespace Marginalia {

struct CodebookModel::Node {
    Tag tag;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        const auto it = std::find_if(siblings.begin(), siblings.end(), [this](const auto &n) { return n.get() == this; });
        return int(it - siblings.begin());
    }
};

CodebookModel::CodebookModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

CodebookModel::~CodebookModel() = default;

CodebookModel::Node *CodebookModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CodebookModel::indexForNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeFor(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex CodebookModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexForNode(nodeFor(child)->parent);
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CodebookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Tag &t = nodeFor(index)->tag;
    if (index.column() != NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == DocumentCountColumn ? documentSpanCount(t.id) : corpusSpanCount(t.id);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::EditRole:
        case Qt::DecorationRole:
            return {};
        default:
            break; // the tag's own roles, as on the name column
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return t.name;
    case Qt::DecorationRole:
        // A QColor (not a QPixmap) so the model stays usable without a GUI application;
        // item delegates draw it as a swatch.
        return t.color;
    case Qt::ToolTipRole:
        return t.description.isEmpty() ? tagPath(t.id) : tagPath(t.id) + QLatin1Char('\n') + t.description;
    case IdRole:
        return t.id;
    case ColorRole:
        return t.color;
    case DescriptionRole:
        return t.description;
    case ParentIdRole:
        return t.parentId;
    case ShortcutRole:
        return t.shortcut;
    case PathRole:
        return tagPath(t.id);
    default:
        return {};
    }
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case DocumentCountColumn:
        //: Column header: spans with this tag in the document being read
        return tr("Here");
    case CorpusCountColumn:
        //: Column header: spans with this tag in the whole corpus
        return tr("Corpus");
    }
    return {};
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping on the empty area makes a top-level tag
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> CodebookModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "tagId");
    names.insert(NameRole, "name");
    names.insert(ColorRole, "color");
    names.insert(DescriptionRole, "description");
    names.insert(ParentIdRole, "parentId");
    names.insert(ShortcutRole, "shortcut");
    names.insert(PathRole, "path");
    return names;
}

namespace {
const QString kTagMime = QStringLiteral("application/x-marginalia-tag-id");
} // namespace

Qt::DropActions CodebookModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CodebookModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList CodebookModel::mimeTypes() const
{
    return {kTagMime};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    // One tag at a time: moving several sub-trees at once has no clear order.
    for (const QModelIndex &i : indexes) {
        if (i.isValid()) {
            auto *data = new QMimeData;
            data->setData(kTagMime, nodeFor(i)->tag.id.toUtf8());
            return data;
        }
    }
    return nullptr;
}

bool CodebookModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    if (!data || action != Qt::MoveAction || !data->hasFormat(kTagMime))
        return false;
    const QString id = QString::fromUtf8(data->data(kTagMime));
    if (!contains(id))
        return false;
    const QString parentId = parent.isValid() ? nodeFor(parent)->tag.id : QString();
    return parentId.isEmpty() || !isSelfOrDescendant(parentId, id);
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(kTagMime));
    const QString parentId = parent.isValid() ? nodeFor(parent)->tag.id : QString();
    // `row` counts rows before the move; a later row under the same parent shifts up by one.
    int target = row;
    const Node *n = m_byId.value(id);
    if (target >= 0 && n->tag.parentId == parentId && target > n->row())
        --target;
    Q_EMIT moveRequested(id, parentId, target);
    // True, yet nothing for the view to remove: removeRows() is not implemented.
    return true;
}

void CodebookModel::setTags(const QVector<Tag> &tags)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byId.clear();
    for (const Tag &t : tags) {
        Node *parent = t.parentId.isEmpty() ? m_root.get() : m_byId.value(t.parentId, m_root.get());
        auto node = std::make_unique<Node>();
        node->tag = t;
        if (parent == m_root.get())
            node->tag.parentId.clear();
        node->parent = parent;
        m_byId.insert(t.id, node.get());
        parent->children.push_back(std::move(node));
    }
    endResetModel();
}

QVector<Tag> CodebookModel::tags() const
{
    QVector<Tag> out;
    out.reserve(m_byId.size());
    // Depth-first, so that every parent precedes its children (the sidecar relies on it).
    std::vector<const Node *> stack;
    for (auto it = m_root->children.rbegin(); it != m_root->children.rend(); ++it)
        stack.push_back(it->get());
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        out.append(n->tag);
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return out;
}

Tag CodebookModel::tag(const QString &id) const
{
    const Node *n = m_byId.value(id);
    return n ? n->tag : Tag{};
}

QString CodebookModel::tagPath(const QString &id) const
{
    QStringList parts;
    for (const Node *n = m_byId.value(id); n && n != m_root.get(); n = n->parent)
        parts.prepend(n->tag.name);
    return parts.join(QLatin1String(" / "));
}

void CodebookModel::setSpanCounts(const QString &id, int inDocument, int inCorpus)
{
    const QPair<int, int> counts(inDocument, inCorpus);
    if (m_counts.value(id) == counts)
        return;
    if (inDocument == 0 && inCorpus == 0)
        m_counts.remove(id);
    else
        m_counts.insert(id, counts);
    const QModelIndex idx = indexOf(id);
    if (idx.isValid())
        Q_EMIT dataChanged(idx.siblingAtColumn(DocumentCountColumn), idx.siblingAtColumn(CorpusCountColumn),
                           {Qt::DisplayRole});
}

QModelIndex CodebookModel::indexOf(const QString &id) const
{
    return indexForNode(m_byId.value(id));
}

QStringList CodebookModel::descendants(const QString &id) const
{
    QStringList out;
    const Node *n = m_byId.value(id);
    if (!n)
        return out;
    std::vector<const Node *> stack{n};
    while (!stack.empty()) {
        const Node *cur = stack.back();
        stack.pop_back();
        for (const auto &c : cur->children) {
            out.append(c->tag.id);
            stack.push_back(c.get());
        }
    }
    return out;
}

int CodebookModel::rowOf(const QString &id) const
{
    const Node *n = m_byId.value(id);
    return n ? n->row() : -1;
}

QString CodebookModel::findByName(const QString &name) const
{
    for (const Tag &t : tags()) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0 || tagPath(t.id).compare(name, Qt::CaseInsensitive) == 0)
            return t.id;
    }
    return {};
}

bool CodebookModel::insertTag(const Tag &tag, int row)
{
    if (tag.id.isEmpty() || m_byId.contains(tag.id))
        return false;
    Node *parent = m_root.get();
    if (!tag.parentId.isEmpty()) {
        parent = m_byId.value(tag.parentId);
        if (!parent)
            return false;
    }
    const int count = int(parent->children.size());
    if (row < 0 || row > count)
        row = count;
    beginInsertRows(indexForNode(parent), row, row);
    auto node = std::make_unique<Node>();
    node->tag = tag;
    node->parent = parent;
    m_byId.insert(tag.id, node.get());
    parent->children.insert(parent->children.begin() + row, std::move(node));
    endInsertRows();
    return true;
}

bool CodebookModel::removeTag(const QString &id)
{
    Node *n = m_byId.value(id);
    if (!n || !n->children.empty())
        return false;
    Node *parent = n->parent;
    const int row = n->row();
    beginRemoveRows(indexForNode(parent), row, row);
    m_byId.remove(id);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    return true;
}

bool CodebookModel::updateTag(const Tag &tag)
{
    Node *n = m_byId.value(tag.id);
    if (!n || tag.parentId != n->tag.parentId)
        return false;
    if (n->tag == tag)
        return true;
    n->tag = tag;
    const QModelIndex idx = indexForNode(n);
    Q_EMIT dataChanged(idx, idx.siblingAtColumn(ColumnCount - 1));
    return true;
}

bool CodebookModel::isSelfOrDescendant(const QString &id, const QString &ancestorId) const
{
    for (const Node *n = m_byId.value(id); n && n != m_root.get(); n = n->parent) {
        if (n->tag.id == ancestorId)
            return true;
    }
    return false;
}

bool CodebookModel::moveTag(const QString &id, const QString &newParentId, int row)
{
    Node *n = m_byId.value(id);
    if (!n)
        return false;
    Node *target = m_root.get();
    if (!newParentId.isEmpty()) {
        target = m_byId.value(newParentId);
        if (!target || isSelfOrDescendant(newParentId, id))
            return false;
    }
    Node *source = n->parent;
    const int from = n->row();
    // Rows at the destination once the tag has left its old place.
    const int count = int(target->children.size()) - (source == target ? 1 : 0);
    if (row < 0 || row > count)
        row = count;
    if (source == target && row == from)
        return true;
    // beginMoveRows wants the destination in pre-move rows.
    const int destinationChild = (source == target && row > from) ? row + 1 : row;
    if (!beginMoveRows(indexForNode(source), from, from, indexForNode(target), destinationChild))
        return false;
    std::unique_ptr<Node> owned = std::move(source->children[size_t(from)]);
    source->children.erase(source->children.begin() + from);
    owned->parent = target;
    owned->tag.parentId = target == m_root.get() ? QString() : target->tag.id;
    target->children.insert(target->children.begin() + row, std::move(owned));
    endMoveRows();
    return true;
}

} // namespace Marginalia
