#include "searchresultmodel.h"

#include "corpusmodel.h"

namespace Marginalia {

namespace {
// Context on one line: line breaks and tabs read as spaces in a table cell.
QString oneLine(QStringView text)
{
    QString s = text.toString();
    for (QChar &c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return s;
}
} // namespace

SearchResultModel::SearchResultModel(const CorpusModel *corpus, QObject *parent)
    : QAbstractTableModel(parent)
    , m_corpus(corpus)
{
    // Documents coming or going invalidate the ranges: drop the results.
    connect(corpus, &QAbstractItemModel::modelReset, this, [this] { setHits({}); });
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CorpusSearch::Hit &hit = m_hits.at(index.row());
    switch (role) {
    case PathRole:
        return hit.path;
    case StartRole:
        return hit.start;
    case EndRole:
        return hit.end;
    case Qt::TextAlignmentRole:
        if (index.column() == BeforeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const int row = m_corpus ? m_corpus->rowOfPath(hit.path) : -1;
    if (row < 0)
        return {};
    const Document &doc = m_corpus->document(row);
    if (hit.end > doc.textLength())
        return {};
    const QString whole = doc.text(); // from the store's cache of recent texts, mostly
    const QStringView text(whole);
    if (hit.end > text.size())
        return {};
    switch (index.column()) {
    case DocumentColumn:
        return role == Qt::ToolTipRole ? doc.path : doc.meta.title;
    case BeforeColumn: {
        const int from = std::max(0, hit.start - ContextLength);
        return oneLine(text.mid(from, hit.start - from));
    }
    case MatchColumn:
        return oneLine(text.mid(hit.start, hit.end - hit.start));
    case AfterColumn:
        return oneLine(text.mid(hit.end, ContextLength));
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case BeforeColumn:
        return tr("Before");
    case MatchColumn:
        return tr("Match");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    return names;
}

void SearchResultModel::setHits(QVector<CorpusSearch::Hit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

} // namespace Marginalia
