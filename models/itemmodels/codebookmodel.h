#pragma once

#include "annotation/tag.h"

#include <QAbstractItemModel>
#include <QHash>

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
    enum Column { NameColumn, ColumnCount };

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

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexForNode(const Node *node, int column = 0) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byId;
};

} // namespace Marginalia
