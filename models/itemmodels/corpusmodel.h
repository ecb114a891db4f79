#pragma once

#include "annotation/span.h"
#include "corpus/document.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace Marginalia {

class CodebookModel;

/// Documents of a corpus as top-level rows, each with its spans as child rows
/// (sorted by start, end, id). Views read only through data() and the roles
/// below; every change goes through the mutators, which undo commands call.
///
/// Span rows carry a pointer to their document's item, which stays valid while
/// documents are inserted or removed around it, so persistent indexes of spans
/// survive document changes.
class CorpusModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< ItemKind
        PathRole, ///< document path (also on span rows)
        TitleRole,
        OutletRole,
        DateRole,
        AuthorRole, ///< document author, or span author on span rows
        UrlRole,
        WordCountRole,
        SpanCountRole,
        TextRole,
        Sha256Role,
        SpanIdRole,
        TagIdRole,
        TagNameRole,
        TagColorRole,
        StartRole,
        EndRole,
        QuoteRole,
        NoteRole,
        CreatedRole,
        ModifiedRole,
        MemoRole, ///< on document rows: the analyst's memo on the document
    };
    Q_ENUM(Role)
    enum ItemKind { DocumentItem, SpanItem };
    Q_ENUM(ItemKind)
    /// On document rows: title, outlet, date, words, annotations.
    /// On span rows: quote, tag, note, author, (empty).
    enum Column { TitleColumn, OutletColumn, DateColumn, WordsColumn, AnnotationsColumn, ColumnCount };

    explicit CorpusModel(QObject *parent = nullptr);
    ~CorpusModel() override;

    /// Tag names and colours come from here; may be null.
    void setCodebook(CodebookModel *codebook);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reading
    int documentCount() const { return int(m_docs.size()); }
    int spanCount() const { return m_spanCount; }
    int rowOfPath(const QString &path) const;
    const Document &document(int row) const;
    const QVector<Span> &spans(int row) const;
    QModelIndex documentIndex(const QString &path, int column = 0) const;
    QModelIndex spanIndex(const QString &path, const QString &spanId, int column = 0) const;
    /// The span with this id in that document, or a span with an empty id.
    Span span(const QString &path, const QString &spanId) const;
    using QAbstractItemModel::span; // not hidden (clang's -Woverloaded-virtual)
    QString pathOf(const QModelIndex &index) const;
    /// The memo of that document (empty when none or the path is unknown).
    QString memo(const QString &path) const;

    // Mutating (undo commands call these)
    void setDocuments(QVector<Document> documents, const QHash<QString, QVector<Span>> &spans = {},
        const QHash<QString, QString> &memos = {});
    bool insertDocument(const Document &document, const QVector<Span> &spans = {});
    bool removeDocument(const QString &path);
    /// False when the document is unknown, the id is taken or the range is
    /// outside the text.
    bool insertSpan(const QString &path, const Span &span);
    bool removeSpan(const QString &path, const QString &spanId);
    /// Replaces the span with the same id; moves its row when its order changes.
    bool updateSpan(const QString &path, const Span &span);
    /// Replaces a document's memo; false when the document is unknown.
    bool setMemo(const QString &path, const QString &memo);

Q_SIGNALS:
    /// The rendering of [from, to) (UTF-16) in that document's text is out of date.
    void spanRangeChanged(const QString &path, int from, int to);
    /// That document's memo changed (also emitted as dataChanged on its row).
    void memoChanged(const QString &path);

private:
    struct DocItem;
    DocItem *itemFor(const QModelIndex &index) const;
    void renumber(int fromRow);
    void onCodebookChanged();

    std::vector<std::unique_ptr<DocItem>> m_docs;
    QHash<QString, DocItem *> m_byPath;
    QPointer<CodebookModel> m_codebook;
    int m_spanCount = 0;
};

} // namespace Marginalia
