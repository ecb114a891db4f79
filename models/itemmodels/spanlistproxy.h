#pragma once

#include <QAbstractProxyModel>
#include <QVector>

namespace Marginalia {

/// Every span of a CorpusModel as one flat list, without copying: row r is the
/// r-th span counting document by document, and each row maps to the span's
/// row in the corpus model. Columns: document title, outlet, quote, tag, note.
/// All of CorpusModel's roles on span rows pass through (PathRole, SpanIdRole,
/// TagIdRole, ...). Span insertions, removals and moves are forwarded as such;
/// document insertions and removals (rare) reset the list.
class SpanListProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum Column { DocumentColumn, OutletColumn, QuoteColumn, TagColumn, NoteColumn, ColumnCount };

    explicit SpanListProxy(QObject *parent = nullptr);

    /// Must be a CorpusModel (or anything with its two-level shape and roles).
    void setSourceModel(QAbstractItemModel *source) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuild();
    /// The document row holding flat row r.
    int documentOf(int row) const;

    QVector<int> m_offsets; ///< m_offsets[d]: flat row of document d's first span; last entry: total
    bool m_moving = false; ///< beginMoveRows accepted the move that is under way
};

} // namespace Marginalia
