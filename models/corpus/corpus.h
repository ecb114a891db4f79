#pragma once

#include "annotation/journal.h"
#include "annotation/reanchorer.h"
#include "annotation/sidecardata.h"
#include "annotation/sidecarstore.h"
#include "corpusscanner.h"
#include "document.h"
#include "problem.h"
#include "textstore.h"

#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QFileSystemWatcher;
class QTimer;
class QUndoCommand;
class QUndoStack;

namespace Marginalia {

class CodebookModel;
class CorpusLoader;
class CorpusLock;
class CorpusModel;

/// An open corpus: its documents and spans (CorpusModel), its codebook
/// (CodebookModel), one undo stack, and its sidecar. The GUI and the command
/// line both work through this class; it is the only one that turns sidecar
/// data into model content and back (converting offsets with TextOffsets).
///
/// A sidecar that cannot be read as ours makes the corpus read-only: the
/// models still show the documents, every mutator refuses, and save() never
/// touches the file.
class Corpus : public QObject
{
    Q_OBJECT
public:
    explicit Corpus(QObject *parent = nullptr);
    ~Corpus() override;

    enum class OpenStatus {
        Ok, ///< opened; problems() may list files that were skipped
        SidecarError, ///< opened read-only: the sidecar is unreadable, invalid or newer
        Failed, ///< the folder cannot be read
    };
    OpenStatus open(const QString &directory);
    /// Opens like open(), but imports the articles in the background
    /// (CorpusLoader) and returns as soon as the folder, the sidecar and the
    /// codebook are read. Documents then arrive in the model in batches, in
    /// path order, each with its spans, metadata corrections and clutter
    /// marks from the sidecar; loadingProgress() counts them. When the last
    /// one is in, the per-outlet clutter statistics are applied, entries of
    /// documents that did not come are kept aside (or follow a renamed file)
    /// and loadingFinished() is emitted. While loading, the corpus takes no
    /// changes (every mutator refuses) and save() refuses.
    OpenStatus openInBackground(const QString &directory);
    bool isLoading() const { return m_loading; }
    /// Stops importing; the documents loaded so far stay, the sidecar entries
    /// of the others are kept aside and written back unchanged.
    void cancelLoading();
    /// While loading: imports this document before the others (it arrives
    /// alone, as soon as it is ready). False when it is not an article of the
    /// corpus or is loaded already.
    bool requestDocument(const QString &path);
    /// Articles loaded and articles in all (0 until they are listed).
    int loadedCount() const;
    int articleCount() const;
    /// When on (the window turns it on), open() takes the corpus lock; if
    /// another instance holds it, the corpus opens read-only saying who.
    void setUseLock(bool on) { m_useLock = on; }
    /// When on (the window turns it on), open() watches the sidecar and the
    /// corpus folder and emits sidecarChangedOnDisk() when someone else
    /// writes the sidecar (re-arming the watch after atomic replaces).
    void setWatchSidecar(bool on) { m_watch = on; }

    /// Looks at the corpus folder again, off this thread (with the watch on,
    /// this happens when the folder changes and when a file's size or time
    /// changes, checked every few seconds). Added articles join the list;
    /// removed ones leave it with their annotations kept aside (Needs
    /// Attention, never dropped); edited ones are imported again and their
    /// annotations re-anchored. Removed and edited articles wait while there
    /// are unsaved changes (the undo history points into their old text) and
    /// are applied after the next save; articleChangesPending() says so.
    /// False when nothing is open, the corpus is loading or a look is under way
    /// (it looks again when that one is done).
    bool refreshArticles();
    /// Articles changed on disk that wait for a save (see refreshArticles()).
    int pendingArticleChanges() const { return m_pendingArticleChanges; }
    /// When on (the window turns it on), every change not yet saved is
    /// journaled (Journal, in the backups folder) as it happens, and open()
    /// keeps a journal a crash left behind for recoverJournal() when it
    /// belongs to the sidecar on disk, or moves it aside, never replayed, when
    /// it does not. Off, open() only reports a journal it finds, touching nothing.
    void setUseJournal(bool on) { m_useJournal = on; }
    /// Re-reads the sidecar after someone else changed it; only without
    /// unsaved changes here (with them, save() merges instead). A file that no
    /// longer reads makes the corpus read-only. Returns false when not done.
    bool reloadSidecar(QString *error = nullptr);

    QString rootPath() const { return m_root; }
    QString sidecarPath() const;
    QString name() const;
    bool isOpen() const { return !m_root.isEmpty(); }
    /// CorpusScanner::folderStamp() of the articles as last read: the watch
    /// looks at them again when the folder's stamp differs. 0 until loaded.
    quint64 folderStamp() const { return m_articleStamp; }
    bool isReadOnly() const { return m_readOnly; }
    /// Whether changes are taken now: open, not read-only and not loading.
    /// editableChanged() says when this changes.
    bool isEditable() const { return canMutate(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnly(bool readOnly, const QString &reason = {});
    /// Import, sidecar and anchoring problems found by open().
    const Problems &problems() const { return m_problems; }
    /// How open() re-anchored each span whose document text changed (spans of
    /// unchanged documents count as exact). Orphans are kept aside, not shown.
    struct Anchor
    {
        QString path;
        Reanchorer::State state = Reanchorer::State::Exact;
        double score = 1;
    };
    const QHash<QString, Anchor> &anchors() const { return m_anchors; }
    /// Counts per state name ("exact", "moved", "fuzzy", "orphan").
    QMap<QString, int> anchorCounts() const;
    /// Whether open() reads and updates the corpus's import cache
    /// (`.marginalia-cache`, see ImportCache); on by default.
    void setImportCacheEnabled(bool enabled) { m_scanOptions.useCache = enabled; }
    /// Called from the importing threads as files are done (done, total), by
    /// open() and refreshArticles(); for the command line's progress line.
    void setImportProgress(std::function<void(int, int)> progress) { m_scanOptions.progress = std::move(progress); }
    bool isImportCacheEnabled() const { return m_scanOptions.useCache; }
    /// Whether open() moves the article texts to a file of their own
    /// (TextStore) as they arrive, reading each back when it is asked for and
    /// keeping the most recent ones (`cacheBytes` of them) in memory; on by
    /// default. Off, or when no such file can be made, every text stays in memory.
    void setTextsOnDisk(bool on, qint64 cacheBytes = TextStore::DefaultCacheBytes)
    {
        m_textsOnDisk = on;
        m_textCacheBytes = cacheBytes;
    }
    bool textsOnDisk() const { return m_textsOnDisk; }
    /// textsOnDisk() of corpora made from now on in this process. The command
    /// line turns it off: its process ends once the command is done, and
    /// writing every text out and reading it back cost `marginalia list` of
    /// 10,000 articles ~0.1 s of a 0.6 s run for ~10 MB of peak memory.
    static void setTextsOnDiskByDefault(bool on);
    void setScanOptions(const CorpusScanner::Options &options) { m_scanOptions = options; }
    /// How many documents the last open() took from the import cache.
    int documentsFromCache() const { return m_fromCache; }
    /// Spans in the sidecar, including those kept aside (document missing or
    /// range outside the text) that are written back unchanged.
    int annotationCount() const;

    /// A journal of unsaved changes that open() found.
    struct JournalInfo
    {
        enum class State {
            None, ///< none (or an empty one, which was deleted)
            Recoverable, ///< it belongs to the sidecar on disk: recoverJournal() replays it
            Unmatched, ///< it was made on another version of the sidecar: never replayed
            Unreadable, ///< its header cannot be read: never replayed
        };
        State state = State::None;
        QString path; ///< where it is (for Unmatched/Unreadable with the journal on: where it was moved)
        int changes = 0; ///< whole records
        QDateTime created;
        QDateTime lastChange;
        QByteArray sidecarSha256; ///< the sidecar version it was made on (SHA-256 hex; empty: none)
        QString reason; ///< Unmatched/Unreadable: why (translated, names the file)
        QStringList warnings; ///< a torn or damaged tail that was dropped (translated, names the file)
    };
    const JournalInfo &journalInfo() const { return m_journalInfo; }
    /// Replays a Recoverable journal over the sidecar as one undo step (the
    /// corpus is then modified) and goes on journaling into it. Refused when
    /// there are changes here already. Returns false and sets *error when not done.
    bool recoverJournal(QString *error = nullptr);
    /// Moves a Recoverable journal aside into the backups folder without replaying it.
    bool discardJournal(QString *error = nullptr);
    /// Appends to the journal the state of whatever changed since its last
    /// record (nothing when nothing did); called on every change of the undo
    /// history while journaling. False when the write failed (journalError()).
    bool recordJournal();
    /// True when every change not yet saved is in the journal (it is on, and its last write succeeded).
    bool journalHoldsUnsavedChanges() const;

    /// A span that re-anchoring could not place exactly (see anchors()).
    struct Attention
    {
        enum class Kind {
            Fuzzy, ///< placed on approximately matching text (score below 1)
            Orphan, ///< its quote was not found; kept aside with its old offsets
            MissingDocument, ///< its document is not in the corpus; kept aside
            OutOfRange, ///< offsets beyond the text it was saved with; kept aside
        };
        Kind kind = Kind::Fuzzy;
        QString path;
        QString spanId;
        QString tagId;
        double score = 0; ///< Fuzzy: the match score; otherwise 0
        int start = -1; ///< Fuzzy: where it is now (UTF-16); otherwise -1
        int end = -1;
        QString quote; ///< the text it was made on
        QString note;
    };
    /// Spans that need the analyst: fuzzy ones not yet accepted or moved, and
    /// every span kept aside. In document order, fuzzy ones first per document.
    QVector<Attention> needsAttention() const;
    /// Accepts a fuzzy span where it is: its quote and context become the
    /// current text there, so it is exact from now on. One undo step.
    bool acceptAnchor(const QString &path, const QString &spanId);
    /// Attaches a fuzzy or kept-aside span to [start, end) (UTF-16) of document
    /// `toPath`, with a new quote from there. One undo step.
    bool reattachSpan(const QString &path, const QString &spanId, const QString &toPath, int start, int end);

    CorpusModel *documents() const { return m_documents; }
    CodebookModel *codebook() const { return m_codebook; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    // Analyst actions; each pushes one undoable command. Offsets are UTF-16.
    /// Returns the new span's id, or an empty string when refused.
    QString addSpan(const QString &path, int start, int end, const QString &tagId, const QString &note = {});
    /// Also removes a span kept aside (orphan, missing document) by its id.
    bool removeSpan(const QString &path, const QString &spanId);
    bool setSpanNote(const QString &path, const QString &spanId, const QString &note);
    bool setSpanTag(const QString &path, const QString &spanId, const QString &tagId);
    /// Moves a span to [start, end) (quote and context follow); refused like addSpan().
    bool setSpanRange(const QString &path, const QString &spanId, int start, int end);
    /// The analyst's memo on a whole document (multi-line text, empty for none).
    QString documentMemo(const QString &path) const;
    /// Replaces a document's memo as one undo step; refused when read-only or
    /// the document is unknown.
    bool setDocumentMemo(const QString &path, const QString &memo);
    /// Returns the new tag's id, or an empty string when refused.
    QString addTag(const QString &name, const QColor &color, const QString &parentId = {},
                   const QString &description = {});
    bool editTag(const QString &tagId, const QString &name, const QColor &color, const QString &description);
    /// What happens to the spans of a tag being deleted (and of its sub-tags).
    enum class SpanPolicy {
        DeleteSpans, ///< they are deleted with the tag
        MoveToParent, ///< they are re-coded with the tag's parent (refused for a top-level tag)
        MoveToTag, ///< they are re-coded with another tag (not in the deleted sub-tree)
    };
    /// Deletes a tag and its sub-tags, deleting or re-coding their spans, as one undo step.
    bool removeTag(const QString &tagId, SpanPolicy policy = SpanPolicy::DeleteSpans, const QString &targetTagId = {});
    /// Moves a tag with its sub-tree under newParentId (empty: top level) at row (-1: last).
    bool moveTag(const QString &tagId, const QString &newParentId, int row = -1);
    /// Merges `fromId` into `intoId`: its spans are re-coded, its sub-tags move
    /// under the survivor, and it is deleted; one undo step.
    bool mergeTags(const QString &fromId, const QString &intoId);

    /// Corrects a document's metadata as one undo step: every field of
    /// `wanted` that differs from what the importer found becomes an override
    /// kept in the sidecar (never in the article file); a field equal to the
    /// imported value drops its override. Strings are trimmed (title, outlet
    /// and author also have runs of white space collapsed); an empty title
    /// means the imported one. False when refused (read-only, unknown path).
    bool editMetadata(const QString &path, const DocumentMetadata &wanted);
    /// Drops every metadata override of that document (one undo step).
    bool resetMetadata(const QString &path);

    /// Marks (clutter = true) or unmarks the lines of a document that the
    /// range [from, to] touches (UTF-16; from == to: the line at from) as
    /// clutter, whatever the detector says, as one undo step; blank lines are
    /// left alone. The marks are kept in the sidecar by line text and range.
    /// False when refused (read-only, unknown path, no such line).
    bool setClutter(const QString &path, int from, int to, bool clutter);
    /// Unmarks those lines when the first of them is clutter now, else marks them.
    bool toggleClutter(const QString &path, int from, int to);
    /// Is the line at this UTF-16 position shown as clutter?
    bool isClutter(const QString &path, int position) const;

    /// What importCodebook() did, tag by tag of the imported codebook.
    struct CodebookImport
    {
        int added = 0; ///< new tags (with the imported id)
        int updated = 0; ///< existing tags whose colour, description, shortcut or name changed
        int unchanged = 0; ///< existing tags that already matched
        int shortcutsSkipped = 0; ///< imported shortcuts another tag here already uses
    };
    /// Merges a codebook (parents before children, e.g. from CodebookFile)
    /// into this one as one undo step named `undoText`. A tag matches an
    /// existing one by id, else by name (case-insensitive) under the same
    /// (matched) parent. A match takes the imported colour, a non-empty
    /// description and name (by id), and the shortcut when no other tag
    /// uses it; it stays where it is in the tree. Any other tag is added,
    /// keeping its id, under its matched parent. Nothing is deleted. Refused
    /// (false, *error set) when the corpus is read-only.
    bool importCodebook(
        const QVector<Tag> &tags, const QString &undoText, CodebookImport *result = nullptr, QString *error = nullptr);

    /// One span to add with addSpans().
    struct SpanRequest {
        QString path;
        int start = 0;
        int end = 0;
        QString tagId;
        QString note;
    };
    /// Adds many spans as one undo step named `undoText`. Requests that addSpan()
    /// would refuse, and those whose document already has a span with the same
    /// tag and range (or that repeat an earlier request), are skipped. Returns
    /// how many were added; `addedPerPath` (optional) counts them per document.
    int addSpans(const QVector<SpanRequest> &requests, const QString &undoText,
                 QHash<QString, int> *addedPerPath = nullptr);

    /// A top-level sidecar member that features keep beside the annotations
    /// (e.g. "comparisons"); null when absent.
    QJsonValue sidecarMember(const QString &key) const { return m_extra.value(key); }
    /// Sets (or, with a null value, removes) such a member as one undo step.
    bool setSidecarMember(const QString &key, const QJsonValue &value, const QString &undoText);

    /// The sidecar content for the current state (offsets in code points).
    SidecarData toSidecarData() const;
    /// Writes the sidecar; marks the undo stack clean on success. If the file
    /// changed on disk since it was loaded, merges by id (base: what was
    /// loaded) and, when that merge is clean, writes the result and reloads
    /// the models from it (the undo history is then cleared); a conflicting
    /// change is never overwritten: the save fails and the work stays here.
    bool save(QString *error = nullptr);

    /// A colour for the next new tag, distinct from those in use.
    QColor suggestTagColor() const;
    /// Colours suggestTagColor() picks from first (the theme's tag palette); empty: the built-in one.
    void setTagPalette(const QList<QColor> &palette) { m_tagPalette = palette; }

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);
    /// isEditable() changed (read-only, or loading began or ended).
    void editableChanged(bool editable);
    void saved();
    void sidecarChangedOnDisk();
    /// refreshArticles() applied these changes (paths relative to the root).
    void articlesChanged(const QStringList &added, const QStringList &removed, const QStringList &edited);
    /// refreshArticles() found removed or edited articles it applies after the next save.
    void articleChangesPending(int count);
    /// The models were rebuilt from the file (reloadSidecar, or a save that merged).
    void reloaded();
    /// A journal write failed; changes are kept here and journaled again with the next one.
    void journalError(const QString &message);
    /// Background loading (openInBackground): `done` of `total` files handed over.
    void loadingProgress(int done, int total);
    void loadingFinished(bool cancelled);

private:
    bool canMutate() const;
    /// The non-blank whole lines of that document that [from, to] touches.
    QVector<TextRange> touchedLines(const QString &path, int from, int to) const;
    /// A new span over [start, end) of that document, or an empty id when the
    /// range or tag is not acceptable (offsets UTF-16).
    Span makeSpan(const QString &path, int start, int end, const QString &tagId, const QString &note) const;
    /// Adds to `macro` the commands that re-code every span (attached or kept
    /// aside) whose tag is in `tags` with `newTagId`.
    void recodeSpans(const QSet<QString> &tags, const QString &newTagId, QUndoCommand *macro);
    void attach(const SidecarData &data, QVector<Document> documents);
    /// The sidecar content, only for the documents in `only` when given.
    SidecarData sidecarData(const QSet<QString> *only) const;
    /// Rebuilds the models from `data` (an undo step's before or after state).
    void applyState(const SidecarData &data);
    Span makeQuoted(Span s, const QString &text, int start, int end) const;
    bool journalActive() const;
    void inspectJournal();
    void onUndoIndexChanged();
    void takeJournalBaseline();
    /// After a successful save: the journal has nothing left to say.
    void journalSaved(const QByteArray &writtenSha256);
    /// Moves the journal file into the backups folder as unsaved-<time>-<why>.journal; returns the new path.
    QString setJournalAside(const QString &why);
    /// What one sidecar entry gives its document: re-anchored spans, metadata
    /// corrections and clutter marks. Records what cannot be shown (kept
    /// aside), anchors and problems.
    struct Attached
    {
        QVector<Span> spans;
        QString memo;
        MetadataOverrides metadata;
        QVector<BoilerplateOverride> marks;
    };
    Attached attachEntry(const SidecarData::DocumentEntry &entry, const Document &doc);
    /// The entries of documents not in the corpus: follow a renamed file with
    /// the same text (among `documents`, those without an entry), else kept aside.
    /// Returns, per entry that followed, the renamed path and the entry.
    QVector<SidecarData::DocumentEntry> followOrDetach(QVector<SidecarData::DocumentEntry> entries,
        const QVector<Document> &documents, const QSet<QString> &pathsWithEntries, bool report);
    OpenStatus openImpl(const QString &directory, bool background);
    void onBatch(const QVector<Document> &documents, const Problems &problems);
    void onLoaderFinished(bool cancelled);
    void finishLoading(bool cancelled);
    void clearState();
    void rearmWatch();
    void onWatchedChange();

    QString m_root;
    CorpusScanner::Options m_scanOptions;
    QFuture<QString> m_cacheSaved; ///< the import cache of a blocking open, being written
    QList<QFuture<void>> m_background; ///< looks at the folder, clutter statistics: waited for at the end
    /// Keeps @p future in m_background (the destructor waits for it).
    template<typename T>
    QFuture<T> track(QFuture<T> future);
    int m_fromCache = 0;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    Problems m_problems;
    QList<QColor> m_tagPalette;
    QString m_author;
    CorpusModel *m_documents;
    CodebookModel *m_codebook;
    QUndoStack *m_undoStack;
    /// Sidecar entries not attached to a loaded document, kept to be written back.
    QVector<SidecarData::DocumentEntry> m_detached;
    /// Per attached document, its sidecar entry without spans: the text hash the
    /// spans were anchored to and any unknown members, written back on save.
    QHash<QString, SidecarData::DocumentEntry> m_entries;
    /// Unknown top-level members of the sidecar, written back on save.
    QJsonObject m_extra;
    QHash<QString, Anchor> m_anchors;
    /// The sidecar as last read or written, and that file's fingerprint: the
    /// base of the merge when someone else changed the file meanwhile.
    SidecarData m_base;
    SidecarStore::Fingerprint m_fingerprint;
    bool m_useLock = false;
    bool m_watch = false;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_pollTimer = nullptr; ///< checks the article files' sizes and times
    quint64 m_articleStamp = 0; ///< hash of every article file's path, size and times
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    int m_pendingArticleChanges = 0;
    void applyArticleChanges(CorpusScanner::Result scanned, quint64 stamp);
    std::unique_ptr<CorpusLock> m_lock;

    bool m_useJournal = false;
    bool m_textsOnDisk = true; ///< from setTextsOnDiskByDefault() when made
    qint64 m_textCacheBytes = TextStore::DefaultCacheBytes;
    JournalInfo m_journalInfo;
    std::unique_ptr<Journal> m_journal;
    /// No journaling while a recoverable journal waits (the window asks, or
    /// "keep for later"): its file must stay as the crash left it.
    bool m_journalPaused = true;
    /// The open journal holds replayed records: undoing back to the saved
    /// state sets it aside instead of deleting it.
    bool m_journalRecovered = false;
    bool m_journalErrorShown = false;
    /// attach() counts up, so the journal sees when every entry was rebuilt.
    int m_generation = 0;
    /// The state the journal's last record (or the saved file) describes; a
    /// record holds what differs from it. Copies share data with the models
    /// (implicit sharing), so an unchanged document costs a pointer compare.
    struct JournalBaseline
    {
        QHash<QString, QVector<Span>> spans;
        QHash<QString, MetadataOverrides> metadata; ///< only documents with corrections
        QHash<QString, QVector<BoilerplateOverride>> marks; ///< only documents with clutter marks

        QHash<QString, QString> memos; ///< documents with a memo only
        QVector<SidecarData::DocumentEntry> detached;
        QHash<QString, SidecarData::DocumentEntry> entries;
        QVector<Tag> codebook;
        QJsonObject extra;
        int generation = -1;
    } m_journalBase;

    CorpusLoader *m_loader = nullptr;
    bool m_loading = false;
    /// Counts opens: work started for one corpus (its clutter statistics)
    /// must not finish the loading of the next.
    quint64 m_openSerial = 0;
    /// The sidecar changed on disk while loading: say so when done.
    bool m_reloadAfterLoad = false;
    /// While loading: sidecar entries whose document has not arrived yet.
    QMap<QString, SidecarData::DocumentEntry> m_pending;
    /// Clutter marks whose line is not in the text any more (code points, as
    /// read), per document: written back unchanged.
    QHash<QString, QVector<BoilerplateOverride>> m_unanchoredMarks;
};

} // namespace Marginalia
