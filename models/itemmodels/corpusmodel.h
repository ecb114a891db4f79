#pragma once

#include "annotation/span.h"
#include "corpus/boilerplateoverride.h"
#include "corpus/document.h"
#include "corpus/metadataoverrides.h"

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
    /// Every document as the importer made it: metadata and clutter lines
    /// without the analyst's overrides (what attaching a sidecar starts from).
    QVector<Document> importedDocuments() const;
    const QVector<Span> &spans(int row) const;
    QModelIndex documentIndex(const QString &path, int column = 0) const;
    QModelIndex spanIndex(const QString &path, const QString &spanId, int column = 0) const;
    /// The span with this id in that document, or a span with an empty id.
    Span span(const QString &path, const QString &spanId) const;
    using QAbstractItemModel::span; // not hidden (clang's -Woverloaded-virtual)
    QString pathOf(const QModelIndex &index) const;
    /// The memo of that document (empty when none or the path is unknown).
    QString memo(const QString &path) const;

    /// The metadata as the importer found it, before the analyst's overrides.
    DocumentMetadata importedMetadata(const QString &path) const;
    MetadataOverrides metadataOverrides(const QString &path) const;

    /// The clutter lines the detector found, before the analyst's marks.
    QVector<TextRange> detectedBoilerplate(const QString &path) const;
    /// The analyst's clutter marks of a document (UTF-16 ranges of whole lines).
    QVector<BoilerplateOverride> boilerplateOverrides(const QString &path) const;

    // Mutating (undo commands call these)
    /// Sets the analyst's clutter marks of a document; its boilerplate becomes
    /// the detected lines with the marks applied. False when the document is
    /// unknown or a range lies outside its text.
    bool setBoilerplateOverrides(const QString &path, const QVector<BoilerplateOverride> &overrides);
    /// Sets the analyst's metadata overrides of a document; its metadata (and
    /// every role and column that shows it) becomes the imported one with the
    /// overrides applied. False when the document is unknown.
    bool setMetadataOverrides(const QString &path, const MetadataOverrides &overrides);
    /// Documents that join the model from now on have their texts moved to
    /// this store (TextStore), read back when asked for; null keeps them in
    /// memory. setDocuments() reuses what the store holds of a document whose
    /// text has not changed, so looking at the folder again writes only new texts.
    void setTextStore(std::shared_ptr<TextStore> store) { m_textStore = std::move(store); }
    const std::shared_ptr<TextStore> &textStore() const { return m_textStore; }
    void setDocuments(QVector<Document> documents, const QHash<QString, QVector<Span>> &spans = {},
        const QHash<QString, QString> &memos = {}, const QHash<QString, MetadataOverrides> &overrides = {},
        const QHash<QString, QVector<BoilerplateOverride>> &clutterMarks = {});
    bool insertDocument(const Document &document, const QVector<Span> &spans = {});
    /// Inserts documents (a batch of a background load) at their sorted places,
    /// one rowsInserted per run of adjacent rows. Documents whose path is
    /// there already are skipped. Returns how many were inserted.
    int insertDocuments(const QVector<Document> &documents, const QHash<QString, QVector<Span>> &spans = {},
        const QHash<QString, QString> &memos = {}, const QHash<QString, MetadataOverrides> &overrides = {},
        const QHash<QString, QVector<BoilerplateOverride>> &clutterMarks = {});
    /// Replaces the clutter lines the detector found (e.g. after the
    /// per-outlet statistics); the analyst's marks stay applied.
    bool setDetectedBoilerplate(const QString &path, const QVector<TextRange> &detected);
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
    /// Title, outlet, date, author or URL of that document changed.
    void metadataChanged(const QString &path);
    /// The lines shown as clutter in that document changed (spanRangeChanged
    /// covers those lines, for renderers).
    void boilerplateChanged(const QString &path);

    /// That document's memo changed (also emitted as dataChanged on its row).
    void memoChanged(const QString &path);

private:
    struct DocItem;
    DocItem *itemFor(const QModelIndex &index) const;
    void renumber(int fromRow);
    void emitBoilerplateChanged(DocItem *item, const QVector<TextRange> &before);
    void onCodebookChanged();

    std::vector<std::unique_ptr<DocItem>> m_docs;
    QHash<QString, DocItem *> m_byPath;
    QPointer<CodebookModel> m_codebook;
    int m_spanCount = 0;
    std::shared_ptr<TextStore> m_textStore;
    /// Moves the document's text to the store (when there is one).
    void storeText(Document &document) const;
};

} // namespace Marginalia
