#pragma once

#include "annotation/journal.h"
#include "annotation/reanchorer.h"
#include "annotation/sidecardata.h"
#include "annotation/sidecarstore.h"
#include "document.h"
#include "problem.h"

#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QFileSystemWatcher;
class QUndoCommand;
class QUndoStack;

namespace Marginalia {

class CodebookModel;
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
    /// When on (the window turns it on), open() takes the corpus lock; if
    /// another instance holds it, the corpus opens read-only saying who.
    void setUseLock(bool on) { m_useLock = on; }
    /// When on (the window turns it on), open() watches the sidecar and the
    /// corpus folder and emits sidecarChangedOnDisk() when someone else
    /// writes the sidecar (re-arming the watch after atomic replaces).
    void setWatchSidecar(bool on) { m_watch = on; }
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
    bool isReadOnly() const { return m_readOnly; }
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
    void saved();
    void sidecarChangedOnDisk();
    /// The models were rebuilt from the file (reloadSidecar, or a save that merged).
    void reloaded();
    /// A journal write failed; changes are kept here and journaled again with the next one.
    void journalError(const QString &message);

private:
    bool canMutate() const;
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
    void clearState();
    void rearmWatch();
    void onWatchedChange();

    QString m_root;
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
    std::unique_ptr<CorpusLock> m_lock;

    bool m_useJournal = false;
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
        QHash<QString, QString> memos; ///< documents with a memo only
        QVector<SidecarData::DocumentEntry> detached;
        QHash<QString, SidecarData::DocumentEntry> entries;
        QVector<Tag> codebook;
        QJsonObject extra;
        int generation = -1;
    } m_journalBase;
};

} // namespace Marginalia
