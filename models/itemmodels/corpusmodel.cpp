#include "corpusmodel.h"

#include "codebookmodel.h"
#include "corpus/textstore.h"

#include <algorithm>

namespace Marginalia {

struct CorpusModel::DocItem {
    Document doc; ///< its meta is `imported` with `overrides` applied
    QVector<Span> spans;
    QString memo;
    int row = 0;
    DocumentMetadata imported;
    MetadataOverrides overrides;
    QVector<TextRange> detected; ///< doc.boilerplate is this with clutterMarks applied
    QVector<BoilerplateOverride> clutterMarks;

    int spanRow(const QString &id) const
    {
        for (int i = 0; i < spans.size(); ++i) {
            if (spans.at(i).id == id)
                return i;
        }
        return -1;
    }
    int insertionRow(const Span &s) const
    {
        return int(std::lower_bound(spans.cbegin(), spans.cend(), s, Span::lessThan) - spans.cbegin());
    }
};

CorpusModel::CorpusModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

CorpusModel::~CorpusModel() = default;

void CorpusModel::setCodebook(CodebookModel *codebook)
{
    if (m_codebook)
        disconnect(m_codebook, nullptr, this, nullptr);
    m_codebook = codebook;
    if (codebook) {
        connect(codebook, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
            if (topLeft.column() == CodebookModel::NameColumn) // not the span counts
                onCodebookChanged();
        });
        connect(codebook, &QAbstractItemModel::modelReset, this, &CorpusModel::onCodebookChanged);
    }
}

void CorpusModel::onCodebookChanged()
{
    // Tag names and colours show on span rows; repaint those rows and their text.
    for (const auto &item : m_docs) {
        if (item->spans.isEmpty())
            continue;
        const QModelIndex parent = createIndex(item->row, 0, nullptr);
        Q_EMIT dataChanged(index(0, 0, parent), index(int(item->spans.size()) - 1, ColumnCount - 1, parent));
        Q_EMIT spanRangeChanged(item->doc.path, 0, int(item->doc.textLength()));
    }
}

CorpusModel::DocItem *CorpusModel::itemFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalPointer())
        return static_cast<DocItem *>(index.internalPointer());
    return index.row() < int(m_docs.size()) ? m_docs[size_t(index.row())].get() : nullptr;
}

QModelIndex CorpusModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_docs.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0)
        return {}; // spans have no children
    DocItem *item = itemFor(parent);
    if (!item || row >= item->spans.size())
        return {};
    return createIndex(row, column, item);
}

QModelIndex CorpusModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto *item = static_cast<DocItem *>(child.internalPointer());
    return createIndex(item->row, 0, nullptr);
}

int CorpusModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_docs.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    const DocItem *item = itemFor(parent);
    return item ? int(item->spans.size()) : 0;
}

int CorpusModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CorpusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DocItem *item = itemFor(index);
    const Document &doc = item->doc;
    if (!index.internalPointer()) {
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case TitleColumn:
                return doc.meta.title;
            case OutletColumn:
                return doc.meta.outlet;
            case DateColumn:
                return doc.meta.date;
            case WordsColumn:
                return doc.wordCount;
            case AnnotationsColumn:
                return int(item->spans.size());
            }
            return {};
        case Qt::ToolTipRole:
            return item->memo.isEmpty() ? doc.path : doc.path + QLatin1String("\n\n") + item->memo;
        case Qt::TextAlignmentRole:
            if (index.column() == WordsColumn || index.column() == AnnotationsColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case KindRole:
            return DocumentItem;
        case PathRole:
            return doc.path;
        case TitleRole:
            return doc.meta.title;
        case OutletRole:
            return doc.meta.outlet;
        case DateRole:
            return doc.meta.date;
        case AuthorRole:
            return doc.meta.author;
        case UrlRole:
            return doc.meta.url;
        case WordCountRole:
            return doc.wordCount;
        case SpanCountRole:
            return int(item->spans.size());
        case TextRole:
            return doc.text();
        case Sha256Role:
            return doc.sha256;
        case MemoRole:
            return item->memo;
        default:
            return {};
        }
    }

    const Span &s = item->spans.at(index.row());
    const Tag tag = m_codebook ? m_codebook->tag(s.tagId) : Tag{};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return s.quote.simplified();
        case OutletColumn:
            return m_codebook ? m_codebook->tagPath(s.tagId) : s.tagId;
        case DateColumn:
            return s.note.section(QLatin1Char('\n'), 0, 0);
        case WordsColumn:
            return s.author;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == TitleColumn && tag.color.isValid() ? QVariant(tag.color) : QVariant();
    case Qt::ToolTipRole:
        return s.note.isEmpty() ? tag.name : tag.name + QLatin1String(": ") + s.note;
    case KindRole:
        return SpanItem;
    case PathRole:
        return doc.path;
    case SpanIdRole:
        return s.id;
    case TagIdRole:
        return s.tagId;
    case TagNameRole:
        return tag.name;
    case TagColorRole:
        return tag.color;
    case StartRole:
        return s.start;
    case EndRole:
        return s.end;
    case QuoteRole:
        return s.quote;
    case NoteRole:
        return s.note;
    case AuthorRole:
        return s.author;
    case CreatedRole:
        return s.created;
    case ModifiedRole:
        return s.modified;
    default:
        return {};
    }
}

QVariant CorpusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case WordsColumn:
        return tr("Words");
    case AnnotationsColumn:
        return tr("Spans");
    }
    return {};
}

Qt::ItemFlags CorpusModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalPointer())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> CorpusModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PathRole, "path");
    names.insert(TitleRole, "title");
    names.insert(OutletRole, "outlet");
    names.insert(DateRole, "date");
    names.insert(AuthorRole, "author");
    names.insert(UrlRole, "url");
    names.insert(WordCountRole, "words");
    names.insert(SpanCountRole, "annotations");
    names.insert(TextRole, "text");
    names.insert(Sha256Role, "sha256");
    names.insert(SpanIdRole, "spanId");
    names.insert(TagIdRole, "tagId");
    names.insert(TagNameRole, "tagName");
    names.insert(TagColorRole, "tagColor");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(QuoteRole, "quote");
    names.insert(NoteRole, "note");
    names.insert(CreatedRole, "created");
    names.insert(ModifiedRole, "modified");
    names.insert(MemoRole, "memo");
    return names;
}

int CorpusModel::rowOfPath(const QString &path) const
{
    const DocItem *item = m_byPath.value(path);
    return item ? item->row : -1;
}

const Document &CorpusModel::document(int row) const
{
    return m_docs.at(size_t(row))->doc;
}

void CorpusModel::storeText(Document &document) const
{
    if (m_textStore)
        m_textStore->take(document, m_textStore);
}

QVector<Document> CorpusModel::importedDocuments() const
{
    QVector<Document> out;
    out.reserve(qsizetype(m_docs.size()));
    for (const auto &item : m_docs) {
        Document d = item->doc;
        d.meta = item->imported;
        d.boilerplate = item->detected;
        out.append(std::move(d));
    }
    return out;
}

const QVector<Span> &CorpusModel::spans(int row) const
{
    return m_docs.at(size_t(row))->spans;
}

QModelIndex CorpusModel::documentIndex(const QString &path, int column) const
{
    const int row = rowOfPath(path);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex CorpusModel::spanIndex(const QString &path, const QString &spanId, int column) const
{
    DocItem *item = m_byPath.value(path);
    if (!item)
        return {};
    const int row = item->spanRow(spanId);
    return row < 0 ? QModelIndex() : createIndex(row, column, item);
}

Span CorpusModel::span(const QString &path, const QString &spanId) const
{
    const DocItem *item = m_byPath.value(path);
    const int row = item ? item->spanRow(spanId) : -1;
    return row < 0 ? Span{} : item->spans.at(row);
}

QString CorpusModel::pathOf(const QModelIndex &index) const
{
    const DocItem *item = itemFor(index);
    return item ? item->doc.path : QString();
}

QString CorpusModel::memo(const QString &path) const
{
    const DocItem *item = m_byPath.value(path);
    return item ? item->memo : QString();
}

void CorpusModel::renumber(int fromRow)
{
    for (size_t i = size_t(std::max(0, fromRow)); i < m_docs.size(); ++i)
        m_docs[i]->row = int(i);
}

void CorpusModel::setDocuments(QVector<Document> documents, const QHash<QString, QVector<Span>> &spans,
    const QHash<QString, QString> &memos, const QHash<QString, MetadataOverrides> &overrides,
    const QHash<QString, QVector<BoilerplateOverride>> &clutterMarks)
{
    // Texts the store holds already (the same file looked at again) are not written again.
    QHash<QString, Document> stored;
    if (m_textStore) {
        for (const auto &item : m_docs) {
            if (item->doc.textStore() == m_textStore)
                stored.insert(item->doc.path, item->doc);
        }
    }
    beginResetModel();
    m_docs.clear();
    m_byPath.clear();
    m_spanCount = 0;
    std::sort(documents.begin(), documents.end(), [](const Document &a, const Document &b) { return a.path < b.path; });
    for (Document &d : documents) {
        if (m_byPath.contains(d.path))
            continue;
        auto item = std::make_unique<DocItem>();
        item->spans = spans.value(d.path);
        item->memo = memos.value(d.path);
        std::sort(item->spans.begin(), item->spans.end(), Span::lessThan);
        m_spanCount += int(item->spans.size());
        item->doc = std::move(d);
        const auto before = stored.constFind(item->doc.path);
        if (before == stored.cend() || !item->doc.adoptStoredText(*before))
            storeText(item->doc);
        item->imported = item->doc.meta;
        item->overrides = overrides.value(item->doc.path);
        item->doc.meta = item->overrides.appliedTo(item->imported);
        item->detected = item->doc.boilerplate;
        item->clutterMarks = clutterMarks.value(item->doc.path);
        item->doc.boilerplate = BoilerplateOverride::apply(item->detected, item->clutterMarks);
        m_byPath.insert(item->doc.path, item.get());
        m_docs.push_back(std::move(item));
    }
    renumber(0);
    endResetModel();
}

bool CorpusModel::insertDocument(const Document &document, const QVector<Span> &spans)
{
    if (document.path.isEmpty() || m_byPath.contains(document.path))
        return false;
    const auto pos = std::lower_bound(m_docs.begin(), m_docs.end(), document.path,
                                      [](const auto &item, const QString &p) { return item->doc.path < p; });
    const int row = int(pos - m_docs.begin());
    auto item = std::make_unique<DocItem>();
    item->doc = document;
    storeText(item->doc);
    item->imported = document.meta;
    item->detected = document.boilerplate;
    item->spans = spans;
    std::sort(item->spans.begin(), item->spans.end(), Span::lessThan);
    beginInsertRows({}, row, row);
    m_byPath.insert(document.path, item.get());
    m_spanCount += int(item->spans.size());
    m_docs.insert(m_docs.begin() + row, std::move(item));
    renumber(row);
    endInsertRows();
    return true;
}

int CorpusModel::insertDocuments(const QVector<Document> &documents, const QHash<QString, QVector<Span>> &spans,
    const QHash<QString, QString> &memos, const QHash<QString, MetadataOverrides> &overrides,
    const QHash<QString, QVector<BoilerplateOverride>> &clutterMarks)
{
    std::vector<std::unique_ptr<DocItem>> items;
    items.reserve(size_t(documents.size()));
    QSet<QString> seen;
    for (const Document &d : documents) {
        if (d.path.isEmpty() || m_byPath.contains(d.path) || seen.contains(d.path))
            continue;
        seen.insert(d.path);
        auto item = std::make_unique<DocItem>();
        item->doc = d;
        storeText(item->doc);
        item->imported = d.meta;
        item->detected = d.boilerplate;
        item->overrides = overrides.value(d.path);
        item->doc.meta = item->overrides.appliedTo(item->imported);
        item->clutterMarks = clutterMarks.value(d.path);
        item->doc.boilerplate = BoilerplateOverride::apply(item->detected, item->clutterMarks);
        item->spans = spans.value(d.path);
        item->memo = memos.value(d.path);
        std::sort(item->spans.begin(), item->spans.end(), Span::lessThan);
        items.push_back(std::move(item));
    }
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a->doc.path < b->doc.path; });
    const int inserted = int(items.size());
    // Runs of new documents that go between the same two existing rows are
    // inserted together: a batch that arrives in path order after what is
    // there already is one rowsInserted.
    size_t i = 0;
    while (i < items.size()) {
        const auto pos = std::lower_bound(m_docs.begin(), m_docs.end(), items[i]->doc.path,
            [](const auto &item, const QString &p) { return item->doc.path < p; });
        const int row = int(pos - m_docs.begin());
        size_t j = i + 1;
        while (j < items.size() && (pos == m_docs.end() || items[j]->doc.path < (*pos)->doc.path))
            ++j;
        beginInsertRows({}, row, row + int(j - i) - 1);
        for (size_t k = i; k < j; ++k) {
            m_byPath.insert(items[k]->doc.path, items[k].get());
            m_spanCount += int(items[k]->spans.size());
        }
        m_docs.insert(m_docs.begin() + row, std::make_move_iterator(items.begin() + long(i)),
            std::make_move_iterator(items.begin() + long(j)));
        renumber(row);
        endInsertRows();
        i = j;
    }
    return inserted;
}

bool CorpusModel::setDetectedBoilerplate(const QString &path, const QVector<TextRange> &detected)
{
    DocItem *item = m_byPath.value(path);
    if (!item)
        return false;
    for (const TextRange &r : detected) {
        if (r.start < 0 || r.end < r.start || r.end > item->doc.textLength())
            return false;
    }
    if (item->detected == detected)
        return true;
    const QVector<TextRange> before = item->doc.boilerplate;
    item->detected = detected;
    item->doc.boilerplate = BoilerplateOverride::apply(detected, item->clutterMarks);
    emitBoilerplateChanged(item, before);
    return true;
}

bool CorpusModel::removeDocument(const QString &path)
{
    DocItem *item = m_byPath.value(path);
    if (!item)
        return false;
    const int row = item->row;
    beginRemoveRows({}, row, row);
    m_spanCount -= int(item->spans.size());
    m_byPath.remove(path);
    m_docs.erase(m_docs.begin() + row);
    renumber(row);
    endRemoveRows();
    return true;
}

DocumentMetadata CorpusModel::importedMetadata(const QString &path) const
{
    const DocItem *item = m_byPath.value(path);
    return item ? item->imported : DocumentMetadata();
}

MetadataOverrides CorpusModel::metadataOverrides(const QString &path) const
{
    const DocItem *item = m_byPath.value(path);
    return item ? item->overrides : MetadataOverrides();
}

bool CorpusModel::setMetadataOverrides(const QString &path, const MetadataOverrides &overrides)
{
    DocItem *item = m_byPath.value(path);
    if (!item)
        return false;
    if (item->overrides == overrides)
        return true;
    item->overrides = overrides;
    item->doc.meta = overrides.appliedTo(item->imported);
    Q_EMIT dataChanged(index(item->row, 0), index(item->row, ColumnCount - 1));
    Q_EMIT metadataChanged(path);
    return true;
}

QVector<TextRange> CorpusModel::detectedBoilerplate(const QString &path) const
{
    const DocItem *item = m_byPath.value(path);
    return item ? item->detected : QVector<TextRange>();
}

QVector<BoilerplateOverride> CorpusModel::boilerplateOverrides(const QString &path) const
{
    const DocItem *item = m_byPath.value(path);
    return item ? item->clutterMarks : QVector<BoilerplateOverride>();
}

bool CorpusModel::setBoilerplateOverrides(const QString &path, const QVector<BoilerplateOverride> &overrides)
{
    DocItem *item = m_byPath.value(path);
    if (!item)
        return false;
    for (const BoilerplateOverride &o : overrides) {
        if (o.line.start < 0 || o.line.end < o.line.start || o.line.end > item->doc.textLength())
            return false;
    }
    if (item->clutterMarks == overrides)
        return true;
    const QVector<TextRange> before = item->doc.boilerplate;
    item->clutterMarks = overrides;
    item->doc.boilerplate = BoilerplateOverride::apply(item->detected, overrides);
    emitBoilerplateChanged(item, before);
    return true;
}

void CorpusModel::emitBoilerplateChanged(DocItem *item, const QVector<TextRange> &before)
{
    // Renderers redraw from the first to the last line that changed.
    int from = int(item->doc.textLength());
    int to = -1;
    auto widen = [&](const QVector<TextRange> &a, const QVector<TextRange> &b) {
        for (const TextRange &r : a) {
            if (!b.contains(r)) {
                from = std::min(from, r.start);
                to = std::max(to, r.end);
            }
        }
    };
    widen(before, item->doc.boilerplate);
    widen(item->doc.boilerplate, before);
    if (to >= 0)
        Q_EMIT spanRangeChanged(item->doc.path, from, std::max(to, from + 1));
    Q_EMIT boilerplateChanged(item->doc.path);
}

bool CorpusModel::insertSpan(const QString &path, const Span &span)
{
    DocItem *item = m_byPath.value(path);
    if (!item || span.id.isEmpty() || item->spanRow(span.id) >= 0)
        return false;
    if (span.start < 0 || span.end < span.start || span.end > item->doc.textLength())
        return false;
    const int row = item->insertionRow(span);
    const QModelIndex parent = createIndex(item->row, 0, nullptr);
    beginInsertRows(parent, row, row);
    item->spans.insert(row, span);
    ++m_spanCount;
    endInsertRows();
    Q_EMIT dataChanged(parent.siblingAtColumn(AnnotationsColumn), parent.siblingAtColumn(AnnotationsColumn));
    Q_EMIT spanRangeChanged(path, span.start, span.end);
    return true;
}

bool CorpusModel::removeSpan(const QString &path, const QString &spanId)
{
    DocItem *item = m_byPath.value(path);
    const int row = item ? item->spanRow(spanId) : -1;
    if (row < 0)
        return false;
    const Span old = item->spans.at(row);
    const QModelIndex parent = createIndex(item->row, 0, nullptr);
    beginRemoveRows(parent, row, row);
    item->spans.removeAt(row);
    --m_spanCount;
    endRemoveRows();
    Q_EMIT dataChanged(parent.siblingAtColumn(AnnotationsColumn), parent.siblingAtColumn(AnnotationsColumn));
    Q_EMIT spanRangeChanged(path, old.start, old.end);
    return true;
}

bool CorpusModel::updateSpan(const QString &path, const Span &span)
{
    DocItem *item = m_byPath.value(path);
    const int row = item ? item->spanRow(span.id) : -1;
    if (row < 0)
        return false;
    if (span.start < 0 || span.end < span.start || span.end > item->doc.textLength())
        return false;
    const Span old = item->spans.at(row);
    if (old == span)
        return true;
    const QModelIndex parent = createIndex(item->row, 0, nullptr);
    item->spans[row] = span;
    // Keep the rows sorted: move the row when its place in the order changed.
    const bool inOrder = (row == 0 || !Span::lessThan(span, item->spans.at(row - 1)))
        && (row + 1 >= item->spans.size() || !Span::lessThan(item->spans.at(row + 1), span));
    if (inOrder) {
        Q_EMIT dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
    } else {
        item->spans.removeAt(row);
        const int to = item->insertionRow(span);
        // beginMoveRows takes the destination in pre-move row numbers.
        const int dest = to >= row ? to + 1 : to;
        item->spans.insert(row, span);
        beginMoveRows(parent, row, row, parent, dest);
        item->spans.move(row, to);
        endMoveRows();
        Q_EMIT dataChanged(index(to, 0, parent), index(to, ColumnCount - 1, parent));
    }
    Q_EMIT spanRangeChanged(path, std::min(old.start, span.start), std::max(old.end, span.end));
    return true;
}

bool CorpusModel::setMemo(const QString &path, const QString &memo)
{
    DocItem *item = m_byPath.value(path);
    if (!item)
        return false;
    if (item->memo == memo)
        return true;
    item->memo = memo;
    const QModelIndex first = createIndex(item->row, 0, nullptr);
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1), { MemoRole, Qt::ToolTipRole });
    Q_EMIT memoChanged(path);
    return true;
}

} // namespace Marginalia
