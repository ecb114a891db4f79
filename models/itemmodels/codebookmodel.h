#pragma once

#include "annotation/tag.h"

#include <QAbstractItemModel>
#include <QHash>

class QMimeData;

#include <memory>
#include <vector>

namespace Marginalia {

/// The codebook: tags as a tree (children under their parent tag). Rows keep
/// the order the analyst gave them. Mutate only through the methods below
/// (undo commands call them); views read through data().
class CodebookModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ColorRole,
        DescriptionRole,
        ParentIdRole,
        ShortcutRole,
        PathRole, ///< "Parent / Child"
    };
    Q_ENUM(Role)
    /// The count columns show how many spans are coded with the tag itself
    /// (not its sub-tags) in the current document and in the whole corpus;
    /// TagSpanCounter keeps them up to date through setSpanCounts().
    enum Column { NameColumn, DocumentCountColumn, CorpusCountColumn, ColumnCount };

    explicit CodebookModel(QObject *parent = nullptr);
    ~CodebookModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Drag and drop re-parents tags. The model does not move anything itself on
    // a drop: it emits moveRequested() so the owner pushes an undoable command.
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// Replaces everything (a reset). Parents must come before their children.
    void setTags(const QVector<Tag> &tags);
    /// All tags, parents before children, siblings in row order.
    QVector<Tag> tags() const;
    int tagCount() const { return int(m_byId.size()); }
    bool contains(const QString &id) const { return m_byId.contains(id); }
    Tag tag(const QString &id) const;
    QString tagPath(const QString &id) const;
    QModelIndex indexOf(const QString &id) const;
    /// Tag ids that are id's descendants (not id itself).
    QStringList descendants(const QString &id) const;
    /// Position of a tag among its siblings, or -1.
    int rowOf(const QString &id) const;
    /// First tag with this name (case-insensitive), or an empty id.
    QString findByName(const QString &name) const;

    /// Inserts tag under tag.parentId at row (-1: append). False if the id is
    /// taken or the parent is unknown.
    bool insertTag(const Tag &tag, int row = -1);
    /// Removes a tag that has no children.
    bool removeTag(const QString &id);
    /// Changes name, colour, description or shortcut (not the parent).
    bool updateTag(const Tag &tag);
    /// Moves a tag (with its sub-tree) under newParentId (empty: top level) so
    /// that it ends up at `row` there (-1: last). Refuses a move into the tag's
    /// own sub-tree. Emits rowsMoved (beginMoveRows), so views keep selections.
    bool moveTag(const QString &id, const QString &newParentId, int row = -1);
    /// Sets the numbers shown in the count columns (emits dataChanged for those
    /// columns only, when they change).
    void setSpanCounts(const QString &id, int inDocument, int inCorpus);
    int documentSpanCount(const QString &id) const { return m_counts.value(id).first; }
    int corpusSpanCount(const QString &id) const { return m_counts.value(id).second; }
    /// True when `id` is `ancestorId` or lies below it.
    bool isSelfOrDescendant(const QString &id, const QString &ancestorId) const;

Q_SIGNALS:
    /// A drop asked to move a tag under newParentId at row (-1: last).
    void moveRequested(const QString &id, const QString &newParentId, int row);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexForNode(const Node *node, int column = 0) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byId;
    QHash<QString, QPair<int, int>> m_counts; ///< id -> (current document, corpus)
};

} // namespace Marginalia
