#pragma once

#include "search/corpussearch.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Marginalia {

class CorpusModel;

/// Search hits as a keyword-in-context table: document, the words before,
/// the match, the words after. Holds only the hits (path and range); titles
/// and context are read from the CorpusModel's texts when asked, never copied.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        StartRole,
        EndRole,
    };
    Q_ENUM(Role)
    enum Column { DocumentColumn, BeforeColumn, MatchColumn, AfterColumn, ColumnCount };

    explicit SearchResultModel(const CorpusModel *corpus, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the results (a reset).
    void setHits(QVector<CorpusSearch::Hit> hits);
    const QVector<CorpusSearch::Hit> &hits() const { return m_hits; }
    /// Characters of context shown either side of a match.
    static constexpr int ContextLength = 40;

private:
    QPointer<const CorpusModel> m_corpus;
    QVector<CorpusSearch::Hit> m_hits;
};

} // namespace Marginalia
