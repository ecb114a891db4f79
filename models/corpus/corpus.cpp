#include "corpus.h"

#include "annotation/annotationcommands.h"
#include "annotation/corpuslock.h"
#include "annotation/journal.h"
#include "annotation/sidecarcodec.h"
#include "annotation/sidecarmerge.h"
#include "annotation/sidecarstore.h"
#include "annotation/textoffsets.h"
#include "textstore.h"
#include "boilerplatedetector.h"
#include "corpusloader.h"
#include "importpool.h"
#include "corpusscanner.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QScopedValueRollback>
#include <QSet>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Marginalia {

namespace {
// How often the window's watch looks at the article files' sizes and times.
constexpr int PollIntervalMs = 4000;

// Every article file's path, size and times folded into one number: adding,
// removing, renaming or rewriting a file changes it.
quint64 articleStamp(const QString &root)
{
    return CorpusScanner::folderStamp(root, CorpusScanner::articleFiles(root));
}
} // namespace

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Swaps the set of annotations kept aside for missing documents (they are not
// in any model, so this is the one change to them that needs undoing).
class DetachedSpansCommand : public QUndoCommand
{
public:
    DetachedSpansCommand(QVector<SidecarData::DocumentEntry> *target, QVector<SidecarData::DocumentEntry> before,
                         QVector<SidecarData::DocumentEntry> after, QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_target(target)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { *m_target = m_after; }
    void undo() override { *m_target = m_before; }

private:
    QVector<SidecarData::DocumentEntry> *m_target;
    QVector<SidecarData::DocumentEntry> m_before;
    QVector<SidecarData::DocumentEntry> m_after;
};

// A range boundary inside a surrogate pair cannot be stored (offsets on disk are code points).
bool splitsPair(const QString &text, int pos)
{
    return pos > 0 && pos < text.size() && text.at(pos).isLowSurrogate() && text.at(pos - 1).isHighSurrogate();
}

// Replaces one top-level sidecar member kept in the corpus's extra members.
class SidecarMemberCommand : public QUndoCommand
{
public:
    SidecarMemberCommand(QJsonObject *target, const QString &key, QJsonValue before, QJsonValue after,
                         const QString &text)
        : QUndoCommand(text)
        , m_target(target)
        , m_key(key)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QJsonValue &v)
    {
        if (v.isNull() || v.isUndefined())
            m_target->remove(m_key);
        else
            m_target->insert(m_key, v);
    }
    QJsonObject *m_target;
    QString m_key;
    QJsonValue m_before;
    QJsonValue m_after;
};
} // namespace

namespace {
std::atomic<bool> textsOnDiskByDefault { true };
}

void Corpus::setTextsOnDiskByDefault(bool on)
{
    textsOnDiskByDefault = on;
}

Corpus::Corpus(QObject *parent)
    : QObject(parent)
    , m_documents(new CorpusModel(this))
    , m_codebook(new CodebookModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_textsOnDisk(textsOnDiskByDefault)
{
    m_documents->setCodebook(m_codebook);
    // First of the stack's listeners: the journal record is on disk before
    // anyone else (the autosaver, the window) hears of the change.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Corpus::onUndoIndexChanged);
    // Removed and edited articles wait for the saved state (refreshArticles()).
    auto applyWaiting = [this] {
        if (m_pendingArticleChanges > 0 && !isModified())
            refreshArticles();
    };
    connect(this, &Corpus::saved, this, applyWaiting);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [applyWaiting](bool clean) {
        if (clean)
            applyWaiting();
    });
}

Corpus::~Corpus()
{
    // The undo stack, our child, emits indexChanged from its destructor, after
    // this object and possibly its receivers (the window, the autosaver) are
    // partly destroyed: nobody may hear it then (found by the ASan/UBSan leg).
    QObject::disconnect(m_undoStack, nullptr, nullptr, nullptr);
    // The import cache of the last blocking open may still be being written.
    m_cacheSaved.waitForFinished();
    // Nor may a look at the folder or the clutter statistics still run when
    // the process ends: its exit handlers (OpenSSL's among them) would free
    // what they use (a crash at exit, seen in bench_open under gdb).
    for (QFuture<void> &f : m_background)
        f.waitForFinished();
}

template<typename T>
QFuture<T> Corpus::track(QFuture<T> future)
{
    m_background.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_background.append(QFuture<void>(future));
    return future;
}

QString Corpus::sidecarPath() const
{
    return m_root.isEmpty() ? QString() : m_root + QLatin1Char('/') + SidecarStore::fileName();
}

QString Corpus::name() const
{
    return QFileInfo(m_root).fileName();
}

void Corpus::setReadOnly(bool readOnly, const QString &reason)
{
    if (m_readOnly == readOnly && m_readOnlyReason == reason)
        return;
    m_readOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
    Q_EMIT readOnlyChanged(readOnly);
    Q_EMIT editableChanged(canMutate());
}

void Corpus::clearState()
{
    // Emptying the history is no analyst's undo: the callers settle the journal.
    const QScopedValueRollback<bool> hold(m_journalPaused, true);
    m_undoStack->clear();
    m_detached.clear();
    m_entries.clear();
    m_anchors.clear();
    m_unanchoredMarks.clear();
    m_extra = {};
}

QMap<QString, int> Corpus::anchorCounts() const
{
    QMap<QString, int> counts;
    for (auto state :
        { Reanchorer::State::Exact, Reanchorer::State::Moved, Reanchorer::State::Fuzzy, Reanchorer::State::Orphan })
        counts.insert(Reanchorer::stateName(state), 0);
    for (const Anchor &a : m_anchors)
        ++counts[Reanchorer::stateName(a.state)];
    return counts;
}

bool Corpus::refreshArticles()
{
    if (!isOpen() || m_loading)
        return false;
    if (m_refreshing) {
        m_refreshAgain = true;
        return false;
    }
    m_refreshing = true;
    const QString root = m_root;
    const CorpusScanner::Options options = m_scanOptions;
    auto *watcher = new QFutureWatcher<CorpusScanner::Result>(this);
    connect(watcher, &QFutureWatcher<CorpusScanner::Result>::finished, this, [this, watcher, serial = m_openSerial] {
        watcher->deleteLater();
        m_refreshing = false;
        if (serial != m_openSerial || m_loading)
            return; // a corpus (maybe the same folder) was opened meanwhile
        CorpusScanner::Result scanned = watcher->result();
        const quint64 stamp = scanned.folderStamp;
        applyArticleChanges(std::move(scanned), stamp);
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refreshArticles();
        }
    });
    // The scan's stamp is taken before it reads a file: one changed during
    // the scan changes the next stamp, and is looked at again.
    watcher->setFuture(track(QtConcurrent::run(importPool(), [root, options] { return CorpusScanner::scan(root, options); })));
    return true;
}

void Corpus::applyArticleChanges(CorpusScanner::Result scanned, quint64 stamp)
{
    m_articleStamp = stamp;
    QHash<QString, const Document *> now;
    for (const Document &d : std::as_const(scanned.documents))
        now.insert(d.path, &d);
    QStringList added, removed, edited;
    for (int row = 0; row < m_documents->documentCount(); ++row) {
        const Document &d = m_documents->document(row);
        const Document *fresh = now.value(d.path);
        if (!fresh) {
            removed.append(d.path);
            continue;
        }
        const DocumentMetadata imported = m_documents->importedMetadata(d.path);
        if (fresh->sha256 != d.sha256 || fresh->meta.title != imported.title || fresh->meta.outlet != imported.outlet
            || fresh->meta.author != imported.author || fresh->meta.url != imported.url
            || fresh->meta.date != imported.date)
            edited.append(d.path);
    }
    for (const Document &d : std::as_const(scanned.documents)) {
        if (m_documents->rowOfPath(d.path) < 0)
            added.append(d.path);
    }
    const int waiting = int(removed.size() + edited.size());
    if (added.isEmpty() && waiting == 0) {
        if (m_pendingArticleChanges != 0) {
            m_pendingArticleChanges = 0;
            Q_EMIT articleChangesPending(0);
        }
        return;
    }
    // What the scan says about the files that changed (import warnings,
    // files that now fail) joins the corpus's report.
    const QSet<QString> changed = QSet<QString>(added.cbegin(), added.cend())
        + QSet<QString>(edited.cbegin(), edited.cend()) + QSet<QString>(removed.cbegin(), removed.cend());
    QSet<QString> known;
    for (const Problem &p : std::as_const(m_problems))
        known.insert(p.file + QLatin1Char('\n') + p.message);
    auto report = [&](const Problems &problems) {
        for (const Problem &p : problems) {
            if (!known.contains(p.file + QLatin1Char('\n') + p.message)) {
                known.insert(p.file + QLatin1Char('\n') + p.message);
                m_problems.append(p);
            }
        }
    };
    Problems fromScan;
    for (const Problem &p : std::as_const(scanned.problems)) {
        if (changed.contains(p.file))
            fromScan.append(p);
    }

    if (waiting > 0 && isModified()) {
        // The undo history holds offsets into the texts on screen: removed and
        // edited articles wait for the saved state. New ones can join now.
        for (const QString &path : std::as_const(added))
            m_documents->insertDocument(*now.value(path));
        report(fromScan);
        if (m_pendingArticleChanges != waiting) {
            m_pendingArticleChanges = waiting;
            Q_EMIT articleChangesPending(waiting);
        }
        if (!added.isEmpty())
            Q_EMIT articlesChanged(added, {}, {});
        return;
    }

    // As after a reload of the sidecar: the annotations (with their quotes)
    // are attached again, so that edited articles are re-anchored by the
    // Reanchorer and removed ones are kept aside, or follow a renamed file.
    const SidecarData state = toSidecarData();
    Problems problems = m_problems;
    clearState();
    m_problems.clear();
    attach(state, std::move(scanned.documents));
    Problems fromAttach = m_problems;
    m_problems = problems;
    report(fromScan);
    report(fromAttach);
    takeJournalBaseline();
    if (m_pendingArticleChanges != 0) {
        m_pendingArticleChanges = 0;
        Q_EMIT articleChangesPending(0);
    }
    Q_EMIT reloaded();
    Q_EMIT articlesChanged(added, removed, edited);
}

void Corpus::rearmWatch()
{
    if (!m_watcher)
        return;
    // An atomic replace (ours, git's, an editor's) is a new inode: the old
    // watch is gone, so add the path again whenever the file exists.
    if (QFileInfo::exists(sidecarPath()) && !m_watcher->files().contains(sidecarPath()))
        m_watcher->addPath(sidecarPath());
    if (!m_watcher->directories().contains(m_root))
        m_watcher->addPath(m_root);
}

void Corpus::onWatchedChange()
{
    rearmWatch();
    // Files added, removed or renamed in the corpus folder (or our own save):
    // their sizes and times are looked at soon, once a burst of changes is over.
    if (m_pollTimer)
        m_pollTimer->start(300);
    if (SidecarStore::fingerprintOf(sidecarPath()) != m_fingerprint)
        Q_EMIT sidecarChangedOnDisk();
}

bool Corpus::reloadSidecar(QString *error)
{
    if (m_loading) {
        m_reloadAfterLoad = true; // sidecarChangedOnDisk() again when loaded
        if (error)
            *error = tr("the corpus is still loading");
        return false;
    }
    if (!isOpen() || isModified()) {
        if (error)
            *error = tr("there are unsaved changes; saving merges them with the file instead");
        return false;
    }
    const SidecarStore store(sidecarPath());
    const SidecarStore::LoadResult loaded = store.load();
    if (loaded.status != SidecarStore::Status::Ok && loaded.status != SidecarStore::Status::Missing) {
        setReadOnly(true, loaded.error);
        if (error)
            *error = loaded.error;
        return false;
    }
    // As imported: the file's metadata corrections and clutter marks apply anew.
    QVector<Document> documents = m_documents->importedDocuments();
    const Problems problems = m_problems;
    clearState();
    attach(loaded.data, std::move(documents));
    m_problems = problems;
    m_base = loaded.data;
    m_fingerprint = loaded.status == SidecarStore::Status::Ok ? loaded.fingerprint : SidecarStore::Fingerprint();
    takeJournalBaseline();
    Q_EMIT reloaded();
    return true;
}

Corpus::OpenStatus Corpus::open(const QString &directory)
{
    return openImpl(directory, false);
}

Corpus::OpenStatus Corpus::openInBackground(const QString &directory)
{
    return openImpl(directory, true);
}

Corpus::OpenStatus Corpus::openImpl(const QString &directory, bool background)
{
    // The journal of the corpus open until now stays as it is: it holds what
    // could not be saved there.
    m_journal.reset();
    m_journalPaused = true;
    m_journalRecovered = false;
    m_journalErrorShown = false;
    m_journalInfo = {};
    // Not loading first: the loader's finished(cancelled) is then not taken
    // for the end of this corpus's loading.
    m_loading = false;
    ++m_openSerial;
    if (m_loader)
        m_loader->cancel();
    m_reloadAfterLoad = false;
    m_pending.clear();
    clearState();
    m_problems.clear();
    m_base = {};
    m_fingerprint = {};
    m_fromCache = 0;
    m_lock.reset();
    delete m_watcher;
    m_watcher = nullptr;
    delete m_pollTimer;
    m_pollTimer = nullptr;
    m_articleStamp = 0;
    m_refreshAgain = false;
    m_pendingArticleChanges = 0;
    m_root.clear();
    setReadOnly(false);
    m_codebook->setTags({});
    m_documents->setDocuments({});
    // A file of its own for the texts of this corpus; the one of the corpus
    // open until now goes when the last copy of its documents does.
    m_documents->setTextStore(m_textsOnDisk ? TextStore::create(m_textCacheBytes) : nullptr);

    const QFileInfo info(directory);
    if (!info.isDir() || !info.isReadable()) {
        m_problems.append(Problem::error(QDir::toNativeSeparators(directory),
                                         info.exists() ? tr("the corpus folder cannot be read")
                                                       : tr("the corpus folder does not exist")));
        return OpenStatus::Failed;
    }
    m_root = info.canonicalFilePath();

    CorpusScanner::Result scanned;
    if (!background) {
        // The cache is written while the documents are attached and used;
        // the destructor (or the next open) waits for it.
        m_cacheSaved.waitForFinished();
        CorpusScanner::Options options = m_scanOptions;
        options.saveCacheInBackground = true;
        scanned = CorpusScanner::scan(m_root, options);
        m_cacheSaved = scanned.cacheSaved;
        m_problems += scanned.problems;
        m_fromCache = scanned.fromCache;
        m_articleStamp = scanned.folderStamp;
    }

    const SidecarStore store(sidecarPath());
    SidecarStore::LoadResult loaded = store.load();
    OpenStatus status = OpenStatus::Ok;
    if (loaded.status == SidecarStore::Status::Ok || loaded.status == SidecarStore::Status::Missing) {
        m_base = loaded.data;
        m_fingerprint = loaded.status == SidecarStore::Status::Ok ? loaded.fingerprint : SidecarStore::Fingerprint();
        if (background) {
            // Entries wait for their documents (onBatch).
            m_codebook->setTags(loaded.data.codebook);
            m_extra = loaded.data.extra;
            for (const SidecarData::DocumentEntry &entry : std::as_const(loaded.data.documents))
                m_pending.insert(entry.path, entry);
        } else {
            attach(loaded.data, std::move(scanned.documents));
        }
    } else {
        // Show the articles, but never write over a sidecar we could not read.
        m_problems.append(Problem::error(SidecarStore::fileName(), loaded.error));
        if (!background)
            m_documents->setDocuments(std::move(scanned.documents));
        setReadOnly(true, loaded.error);
        status = OpenStatus::SidecarError;
    }
    if (!QFileInfo(m_root).isWritable() && !m_readOnly)
        setReadOnly(true, tr("%1: the corpus folder is not writable").arg(QDir::toNativeSeparators(m_root)));
    if (m_useLock && !m_readOnly) {
        m_lock = std::make_unique<CorpusLock>(m_root);
        switch (m_lock->tryLock()) {
        case CorpusLock::Result::Locked:
            break;
        case CorpusLock::Result::HeldByOther:
            setReadOnly(true,
                tr("%1 is open in another Marginalia (%2); this one is read-only")
                    .arg(QDir::toNativeSeparators(m_root), m_lock->holder()));
            m_lock.reset();
            break;
        case CorpusLock::Result::Failed:
            setReadOnly(true, tr("%1: %2").arg(QDir::toNativeSeparators(m_root), m_lock->errorString()));
            m_lock.reset();
            break;
        }
    }
    if (m_watch) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Corpus::onWatchedChange);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &Corpus::onWatchedChange);
        rearmWatch();
        // A file edited in place changes no folder: its size and times are
        // checked every few seconds, off this thread (10,000 files: ~30 ms).
        m_pollTimer = new QTimer(this);
        m_pollTimer->setInterval(PollIntervalMs);
        connect(m_pollTimer, &QTimer::timeout, this, [this] {
            if (m_pollTimer->interval() != PollIntervalMs)
                m_pollTimer->setInterval(PollIntervalMs); // after a folder change (onWatchedChange)
            if (m_refreshing || m_loading || !isOpen())
                return;
            m_refreshing = true;
            const QString root = m_root;
            auto *watcher = new QFutureWatcher<quint64>(this);
            connect(watcher, &QFutureWatcher<quint64>::finished, this, [this, watcher, root] {
                watcher->deleteLater();
                m_refreshing = false;
                if (root == m_root && watcher->result() != m_articleStamp)
                    refreshArticles();
            });
            watcher->setFuture(track(QtConcurrent::run(importPool(), [root] { return articleStamp(root); })));
        });
        m_pollTimer->start();
    }
    if (background) {
        if (!m_loader) {
            m_loader = new CorpusLoader(this);
            connect(m_loader, &CorpusLoader::batchReady, this, &Corpus::onBatch);
            connect(m_loader, &CorpusLoader::finished, this, &Corpus::onLoaderFinished);
            connect(m_loader, &CorpusLoader::listed, this,
                [this](int total) { Q_EMIT loadingProgress(m_loader->done(), total); });
        }
        m_loading = true;
        m_loader->start(m_root, m_scanOptions);
        Q_EMIT editableChanged(false);
    } else {
        inspectJournal();
    }
    return status;
}

int Corpus::loadedCount() const
{
    return m_loading && m_loader ? m_loader->done() : m_documents->documentCount();
}

int Corpus::articleCount() const
{
    return m_loader && (m_loading || m_loader->total() > 0) ? m_loader->total() : m_documents->documentCount();
}

bool Corpus::requestDocument(const QString &path)
{
    if (!m_loading || !m_loader || m_documents->rowOfPath(path) >= 0)
        return false;
    return m_loader->prioritize(path);
}

void Corpus::cancelLoading()
{
    if (m_loading && m_loader)
        m_loader->cancel(); // emits finished(true)
}

void Corpus::onBatch(const QVector<Document> &documents, const Problems &problems)
{
    if (!m_loading)
        return;
    m_problems += problems;
    QHash<QString, QVector<Span>> spans;
    QHash<QString, QString> memos;
    QHash<QString, MetadataOverrides> overrides;
    QHash<QString, QVector<BoilerplateOverride>> marks;
    for (const Document &doc : documents) {
        const auto it = m_pending.find(doc.path);
        if (it == m_pending.end())
            continue;
        const Attached a = attachEntry(*it, doc);
        m_pending.erase(it);
        if (!a.spans.isEmpty())
            spans.insert(doc.path, a.spans);
        if (!a.memo.isEmpty())
            memos.insert(doc.path, a.memo);
        if (!a.metadata.isEmpty())
            overrides.insert(doc.path, a.metadata);
        if (!a.marks.isEmpty())
            marks.insert(doc.path, a.marks);
    }
    m_documents->insertDocuments(documents, spans, memos, overrides, marks);
    Q_EMIT loadingProgress(m_loader->done(), m_loader->total());
}

void Corpus::onLoaderFinished(bool cancelled)
{
    if (!m_loading)
        return;
    m_fromCache = m_loader->fromCache();
    // The folder as it was listed: the watch looks again only if it changed
    // since (it used to rescan every article a few seconds after each open).
    if (!cancelled)
        m_articleStamp = m_loader->folderStamp();
    // Entries whose document did not come: a renamed file, or kept aside.
    QVector<Document> documents;
    QSet<QString> withEntries;
    for (int row = 0; row < m_documents->documentCount(); ++row) {
        const Document &d = m_documents->document(row);
        documents.append(d);
        if (!m_documents->spans(row).isEmpty() || m_entries.contains(d.path))
            withEntries.insert(d.path);
    }
    const QVector<SidecarData::DocumentEntry> followed
        = followOrDetach(m_pending.values().toVector(), documents, withEntries, !cancelled);
    m_pending.clear();
    for (const SidecarData::DocumentEntry &entry : followed) {
        const int row = m_documents->rowOfPath(entry.path);
        const Attached a = attachEntry(entry, m_documents->document(row));
        for (const Span &s : a.spans)
            m_documents->insertSpan(entry.path, s);
        m_documents->setMemo(entry.path, a.memo);
        m_documents->setMetadataOverrides(entry.path, a.metadata);
        m_documents->setBoilerplateOverrides(entry.path, a.marks);
    }
    if (cancelled || documents.isEmpty()) {
        finishLoading(cancelled);
        return;
    }
    // Lines an outlet repeats under every article: only visible corpus-wide,
    // so applied now, off this thread.
    auto *watcher = new QFutureWatcher<QVector<Document>>(this);
    connect(watcher, &QFutureWatcher<QVector<Document>>::finished, this, [this, watcher, serial = m_openSerial] {
        watcher->deleteLater();
        // Another corpus was opened meanwhile, and may be loading now: these
        // statistics are not its, and its loading is not finished.
        if (!m_loading || serial != m_openSerial)
            return;
        for (const Document &d : watcher->result()) {
            if (m_documents->rowOfPath(d.path) >= 0 && d.boilerplate != m_documents->detectedBoilerplate(d.path))
                m_documents->setDetectedBoilerplate(d.path, d.boilerplate);
        }
        finishLoading(false);
    });
    QVector<Document> detected = documents;
    for (Document &d : detected)
        d.boilerplate = m_documents->detectedBoilerplate(d.path); // without the analyst's marks
    watcher->setFuture(track(QtConcurrent::run([detected]() mutable {
        BoilerplateDetector::applyCorpusStatistics(detected);
        return detected;
    })));
}

void Corpus::finishLoading(bool cancelled)
{
    m_loading = false;
    // Stopped by the analyst: the watch would take the articles not loaded
    // for added ones and import them after all. It stays off until the
    // corpus is opened again.
    if (cancelled) {
        delete m_pollTimer;
        m_pollTimer = nullptr;
    }
    // The journal is looked at once every document is there: a record names
    // whole documents, and recovering one replays onto all of them.
    inspectJournal();
    Q_EMIT editableChanged(canMutate());
    Q_EMIT loadingFinished(cancelled);
    if (m_reloadAfterLoad) {
        m_reloadAfterLoad = false;
        Q_EMIT sidecarChangedOnDisk();
    }
}

QVector<SidecarData::DocumentEntry> Corpus::followOrDetach(QVector<SidecarData::DocumentEntry> entries,
    const QVector<Document> &documents, const QSet<QString> &pathsWithEntries, bool report)
{
    QMultiHash<QByteArray, int> byHash;
    for (int i = 0; i < documents.size(); ++i)
        byHash.insert(documents.at(i).sha256, i);
    QSet<QString> taken = pathsWithEntries;
    for (const SidecarData::DocumentEntry &entry : std::as_const(entries))
        taken.insert(entry.path);
    QVector<SidecarData::DocumentEntry> followed;
    for (SidecarData::DocumentEntry &entry : entries) {
        const bool analystWork = !entry.spans.isEmpty() || !entry.memo.isEmpty() || !entry.metadata.isEmpty()
            || !entry.boilerplate.isEmpty();
        if (!entry.sha256.isEmpty() && analystWork) {
            // A renamed or moved file with the same text keeps its spans (and
            // metadata corrections and clutter marks), if exactly one
            // unannotated document has that text.
            QVector<int> candidates;
            for (int r : byHash.values(entry.sha256)) {
                if (!taken.contains(documents.at(r).path))
                    candidates.append(r);
            }
            if (candidates.size() == 1) {
                const QString renamed = documents.at(candidates.first()).path;
                if (!entry.spans.isEmpty()) {
                    m_problems.append(Problem::warning(renamed,
                        tr("%n annotation(s) of \"%1\", which is no longer in the corpus, follow this file, "
                           "which has the same text",
                            nullptr, int(entry.spans.size()))
                            .arg(entry.path)));
                } else if (!entry.memo.isEmpty() && entry.metadata.isEmpty() && entry.boilerplate.isEmpty()) {
                    m_problems.append(Problem::warning(renamed,
                        tr("the memo of \"%1\", which is no longer in the corpus, follows this file, which has "
                           "the same text")
                            .arg(entry.path)));
                } else {
                    m_problems.append(Problem::warning(renamed,
                        tr("the metadata corrections and clutter marks of \"%1\", which is no longer in the "
                           "corpus, follow this file, which has the same text")
                            .arg(entry.path)));
                }
                taken.insert(renamed);
                entry.path = renamed;
                followed.append(entry);
                continue;
            }
        }
        if (report && !entry.spans.isEmpty()) {
            m_problems.append(Problem::error(entry.path,
                tr("%n annotation(s) belong to this document, which is not in the corpus; they are kept", nullptr,
                    int(entry.spans.size()))));
        }
        m_detached.append(entry);
    }
    return followed;
}

void Corpus::attach(const SidecarData &data, QVector<Document> documents)
{
    ++m_generation;
    m_codebook->setTags(data.codebook);
    m_extra = data.extra;
    QHash<QString, int> byPath;
    for (int i = 0; i < documents.size(); ++i)
        byPath.insert(documents.at(i).path, i);

    QHash<QString, QVector<Span>> spans;
    QHash<QString, QString> memos;
    QHash<QString, MetadataOverrides> overrides;
    QHash<QString, QVector<BoilerplateOverride>> clutterMarks;
    auto apply = [&](const SidecarData::DocumentEntry &entry, const Document &doc) {
        const Attached a = attachEntry(entry, doc);
        if (!a.spans.isEmpty())
            spans[entry.path] += a.spans;
        if (!a.memo.isEmpty())
            memos.insert(entry.path, a.memo);
        if (!a.metadata.isEmpty())
            overrides.insert(entry.path, a.metadata);
        if (!a.marks.isEmpty())
            clutterMarks.insert(entry.path, a.marks);
    };
    QVector<SidecarData::DocumentEntry> missing;
    QSet<QString> withEntries;
    for (const SidecarData::DocumentEntry &entry : data.documents) {
        const int row = byPath.value(entry.path, -1);
        if (row < 0) {
            missing.append(entry);
            continue;
        }
        withEntries.insert(entry.path);
        apply(entry, documents.at(row));
    }
    for (const SidecarData::DocumentEntry &entry : followOrDetach(missing, documents, withEntries, true))
        apply(entry, documents.at(byPath.value(entry.path)));
    m_documents->setDocuments(std::move(documents), spans, memos, overrides, clutterMarks);
}

Corpus::Attached Corpus::attachEntry(const SidecarData::DocumentEntry &entry, const Document &doc)
{
    Attached out;
    out.memo = entry.memo;
    out.metadata = entry.metadata;
    const QString text = doc.scanText();
    const TextOffsets offsets(text);
    const Reanchorer anchorer(text);
    // Clutter marks find their line again by its text when the text changed.
    int unanchored = 0;
    for (const BoilerplateOverride &stored : entry.boilerplate) {
        BoilerplateOverride mark = stored;
        mark.line = { offsets.toUtf16(stored.line.start), offsets.toUtf16(stored.line.end) };
        const std::optional<TextRange> at = mark.anchorIn(text);
        if (!at) {
            m_unanchoredMarks[entry.path].append(stored);
            ++unanchored;
            continue;
        }
        mark.line = *at;
        // Two marks that ended up on one line: the later one wins.
        out.marks.erase(std::remove_if(out.marks.begin(), out.marks.end(),
                            [&mark](const BoilerplateOverride &m) { return m.line == mark.line; }),
            out.marks.end());
        out.marks.append(mark);
    }
    if (unanchored > 0) {
        m_problems.append(Problem::warning(entry.path,
            tr("%n clutter mark(s) no longer match a line of the text; they are kept but not shown", nullptr,
                unanchored)));
    }
    m_entries.insert(entry.path, { entry.path, entry.sha256, {}, entry.extra });
    SidecarData::DocumentEntry kept { entry.path, entry.sha256, {}, entry.extra };
    QMap<Reanchorer::State, int> states;
    for (Span s : entry.spans) {
        const int start = offsets.toUtf16(s.start);
        const int end = offsets.toUtf16(s.end);
        const bool inRange = start >= 0 && end >= 0;
        // Nothing to search with, or offsets that cannot be right for the very
        // text they were saved with (a damaged file): report, keep as is.
        const bool sameText = !entry.sha256.isEmpty() && entry.sha256 == doc.sha256;
        if (s.quote.isEmpty() || (sameText && !inRange)) {
            if (!inRange) {
                m_problems.append(Problem::error(entry.path,
                    tr("the annotation %1 (%2–%3) lies beyond the end of the text (%4 characters); it "
                       "is kept but not shown")
                        .arg(s.id)
                        .arg(s.start)
                        .arg(s.end)
                        .arg(offsets.codePointLength())));
                kept.spans.append(s);
                continue;
            }
            s.start = start;
            s.end = end;
            m_anchors.insert(s.id, { entry.path, Reanchorer::State::Exact, 1 });
            out.spans.append(s);
            continue;
        }
        const int hint = offsets.toUtf16(std::min(s.start, offsets.codePointLength()));
        const Reanchorer::Result r = anchorer.anchor(hint, s.quote, s.prefix, s.suffix);
        ++states[r.state];
        m_anchors.insert(s.id, { entry.path, r.state, r.score });
        if (r.state == Reanchorer::State::Orphan) {
            kept.spans.append(s); // with its quote, note and old offsets: never dropped
            continue;
        }
        s.start = r.start;
        s.end = r.end;
        out.spans.append(s);
    }
    if (states.value(Reanchorer::State::Fuzzy) + states.value(Reanchorer::State::Orphan) > 0) {
        m_problems.append(Problem::warning(entry.path,
            tr("the text changed since it was annotated: %1 annotation(s) found unchanged, %2 moved, "
               "%3 found approximately, %4 not found (kept as orphans)")
                .arg(states.value(Reanchorer::State::Exact))
                .arg(states.value(Reanchorer::State::Moved))
                .arg(states.value(Reanchorer::State::Fuzzy))
                .arg(states.value(Reanchorer::State::Orphan))));
    }
    if (!kept.spans.isEmpty())
        m_detached.append(kept);
    return out;
}

int Corpus::annotationCount() const
{
    int n = m_documents->spanCount();
    for (const auto &e : m_detached)
        n += int(e.spans.size());
    for (const auto &e : m_pending)
        n += int(e.spans.size());
    return n;
}

bool Corpus::isModified() const
{
    return !m_undoStack->isClean();
}

bool Corpus::setSidecarMember(const QString &key, const QJsonValue &value, const QString &undoText)
{
    if (!canMutate() || key.isEmpty())
        return false;
    const QJsonValue before = m_extra.value(key);
    if (before == value)
        return true;
    m_undoStack->push(new SidecarMemberCommand(&m_extra, key, before, value, undoText));
    return true;
}

bool Corpus::editMetadata(const QString &path, const DocumentMetadata &wanted)
{
    if (!canMutate() || m_documents->rowOfPath(path) < 0)
        return false;
    const DocumentMetadata imported = m_documents->importedMetadata(path);
    DocumentMetadata clean = wanted;
    clean.title = wanted.title.simplified();
    if (clean.title.isEmpty())
        clean.title = imported.title;
    clean.outlet = wanted.outlet.simplified();
    clean.author = wanted.author.simplified();
    clean.url = wanted.url.trimmed();
    const MetadataOverrides before = m_documents->metadataOverrides(path);
    const MetadataOverrides after = MetadataOverrides::between(imported, clean, before.extra);
    if (after == before)
        return true;
    const QString title = m_documents->document(m_documents->rowOfPath(path)).meta.title;
    m_undoStack->push(
        new EditMetadataCommand(m_documents, path, before, after, tr("Edit metadata of “%1”").arg(title)));
    return true;
}

bool Corpus::resetMetadata(const QString &path)
{
    if (!canMutate() || m_documents->rowOfPath(path) < 0)
        return false;
    const MetadataOverrides before = m_documents->metadataOverrides(path);
    MetadataOverrides after;
    after.extra = before.extra;
    if (after == before)
        return true;
    const QString title = m_documents->document(m_documents->rowOfPath(path)).meta.title;
    m_undoStack->push(
        new EditMetadataCommand(m_documents, path, before, after, tr("Restore imported metadata of “%1”").arg(title)));
    return true;
}

QVector<TextRange> Corpus::touchedLines(const QString &path, int from, int to) const
{
    const int row = m_documents->rowOfPath(path);
    if (row < 0 || from < 0 || to < from)
        return {};
    const QString &text = m_documents->document(row).text();
    QVector<TextRange> out;
    for (const TextRange &r : BoilerplateDetector::lines(text)) {
        // A selection that ends where a line starts does not take that line.
        const bool touches = r.start <= to && r.end >= from && !(to > from && r.start == to);
        if (touches && !QStringView(text).mid(r.start, r.end - r.start).trimmed().isEmpty())
            out.append(r);
    }
    return out;
}

bool Corpus::isClutter(const QString &path, int position) const
{
    const int row = m_documents->rowOfPath(path);
    if (row < 0)
        return false;
    for (const TextRange &r : m_documents->document(row).boilerplate) {
        if (position >= r.start && position <= r.end)
            return true;
    }
    return false;
}

bool Corpus::setClutter(const QString &path, int from, int to, bool clutter)
{
    if (!canMutate())
        return false;
    const QVector<TextRange> lines = touchedLines(path, from, to);
    if (lines.isEmpty())
        return false;
    const QString &text = m_documents->document(m_documents->rowOfPath(path)).text();
    const QVector<TextRange> detected = m_documents->detectedBoilerplate(path);
    const QVector<BoilerplateOverride> before = m_documents->boilerplateOverrides(path);
    QVector<BoilerplateOverride> after = before;
    for (const TextRange &line : lines) {
        after.erase(std::remove_if(
                        after.begin(), after.end(), [&line](const BoilerplateOverride &m) { return m.line == line; }),
            after.end());
        // A mark only where the detector decided otherwise.
        if (detected.contains(line) != clutter)
            after.append(BoilerplateOverride::forLine(text, line, clutter));
    }
    std::sort(after.begin(), after.end(),
        [](const BoilerplateOverride &a, const BoilerplateOverride &b) { return a.line.start < b.line.start; });
    if (after == before)
        return true;
    const int n = int(lines.size());
    m_undoStack->push(new EditBoilerplateCommand(m_documents, path, before, after,
        clutter ? tr("Mark %n line(s) as clutter", nullptr, n) : tr("Unmark %n line(s) as clutter", nullptr, n)));
    return true;
}

bool Corpus::toggleClutter(const QString &path, int from, int to)
{
    const QVector<TextRange> lines = touchedLines(path, from, to);
    if (lines.isEmpty() || !canMutate())
        return false;
    return setClutter(path, from, to, !isClutter(path, lines.first().start));
}

bool Corpus::canMutate() const
{
    return isOpen() && !m_readOnly && !m_loading;
}

Span Corpus::makeSpan(const QString &path, int start, int end, const QString &tagId, const QString &note) const
{
    const int row = m_documents->rowOfPath(path);
    if (!canMutate() || row < 0 || !m_codebook->contains(tagId) || start < 0 || end <= start)
        return {};
    const QString &text = m_documents->document(row).text();
    if (end > text.size())
        return {};
    if (splitsPair(text, start) || splitsPair(text, end))
        return {};
    Span s;
    s.id = newId();
    s.tagId = tagId;
    s.start = start;
    s.end = end;
    s.note = note;
    s.author = m_author;
    s.created = QDateTime::currentDateTimeUtc();
    s.modified = s.created;
    s.quote = text.mid(start, end - start);
    s.prefix = TextOffsets::contextBefore(text, start);
    s.suffix = TextOffsets::contextAfter(text, end);
    return s;
}

QString Corpus::addSpan(const QString &path, int start, int end, const QString &tagId, const QString &note)
{
    const Span s = makeSpan(path, start, end, tagId, note);
    if (s.id.isEmpty())
        return {};
    m_undoStack->push(new AddSpanCommand(m_documents, path, s));
    return s.id;
}

int Corpus::addSpans(const QVector<SpanRequest> &requests, const QString &undoText, QHash<QString, int> *addedPerPath)
{
    if (!canMutate())
        return 0;
    // Key of a span for "already there": document, tag and range.
    auto key = [](const QString &path, const QString &tagId, int start, int end) {
        QString k = path;
        k.append(QLatin1Char('\n')).append(tagId).append(QLatin1Char('\n')).append(QString::number(start));
        k.append(QLatin1Char(':')).append(QString::number(end));
        return k;
    };
    QSet<QString> existing;
    QSet<QString> seenPaths;
    auto *macro = new QUndoCommand(undoText);
    int added = 0;
    for (const SpanRequest &r : requests) {
        if (!seenPaths.contains(r.path)) {
            seenPaths.insert(r.path);
            const int row = m_documents->rowOfPath(r.path);
            if (row >= 0) {
                for (const Span &s : m_documents->spans(row))
                    existing.insert(key(r.path, s.tagId, s.start, s.end));
            }
        }
        const QString k = key(r.path, r.tagId, r.start, r.end);
        if (existing.contains(k))
            continue;
        const Span s = makeSpan(r.path, r.start, r.end, r.tagId, r.note);
        if (s.id.isEmpty())
            continue;
        existing.insert(k);
        new AddSpanCommand(m_documents, r.path, s, macro);
        ++added;
        if (addedPerPath)
            ++(*addedPerPath)[r.path];
    }
    if (added == 0) {
        delete macro;
        return 0;
    }
    m_undoStack->push(macro);
    return added;
}

bool Corpus::removeSpan(const QString &path, const QString &spanId)
{
    if (!canMutate() || spanId.isEmpty())
        return false;
    const Span s = m_documents->span(path, spanId);
    if (!s.id.isEmpty()) {
        m_undoStack->push(new RemoveSpanCommand(m_documents, path, s));
        return true;
    }
    // A span kept aside (orphan, missing document): the analyst deletes it from the triage list.
    QVector<SidecarData::DocumentEntry> after = m_detached;
    for (int i = 0; i < after.size(); ++i) {
        auto &entry = after[i];
        const auto before = entry.spans.size();
        if (entry.path != path)
            continue;
        entry.spans.erase(std::remove_if(entry.spans.begin(), entry.spans.end(),
                              [&spanId](const Span &k) { return k.id == spanId; }),
            entry.spans.end());
        if (entry.spans.size() == before)
            continue;
        // An emptied entry goes, unless it carries members of its own for a missing document.
        if (entry.spans.isEmpty() && (entry.extra.isEmpty() || m_documents->rowOfPath(path) >= 0))
            after.remove(i);
        auto *command = new DetachedSpansCommand(&m_detached, m_detached, after, nullptr);
        command->setText(tr("Delete highlight"));
        m_undoStack->push(command);
        return true;
    }
    return false;
}

QVector<Corpus::Attention> Corpus::needsAttention() const
{
    QVector<Attention> out;
    QHash<QString, QVector<Attention>> kept;
    for (const auto &entry : m_detached) {
        for (const Span &s : entry.spans) {
            Attention a;
            const Anchor anchor = m_anchors.value(s.id);
            if (m_anchors.contains(s.id) && anchor.state == Reanchorer::State::Orphan && anchor.path == entry.path)
                a.kind = Attention::Kind::Orphan;
            else if (m_documents->rowOfPath(entry.path) < 0)
                a.kind = Attention::Kind::MissingDocument;
            else
                a.kind = Attention::Kind::OutOfRange;
            a.path = entry.path;
            a.spanId = s.id;
            a.tagId = s.tagId;
            a.quote = s.quote;
            a.note = s.note;
            kept[entry.path].append(a);
        }
    }
    for (int row = 0; row < m_documents->documentCount(); ++row) {
        const Document &doc = m_documents->document(row);
        for (const Span &s : m_documents->spans(row)) {
            const auto it = m_anchors.constFind(s.id);
            // Accepted or re-attached spans have a quote that matches again.
            if (it == m_anchors.cend() || it->state != Reanchorer::State::Fuzzy || s.quote.isEmpty()
                || QStringView(doc.text()).mid(s.start, s.length()) == s.quote)
                continue;
            Attention a;
            a.kind = Attention::Kind::Fuzzy;
            a.path = doc.path;
            a.spanId = s.id;
            a.tagId = s.tagId;
            a.score = it->score;
            a.start = s.start;
            a.end = s.end;
            a.quote = s.quote;
            a.note = s.note;
            out.append(a);
        }
        out += kept.take(doc.path);
    }
    // Documents no longer in the corpus, by path.
    QStringList missing = kept.keys();
    missing.sort();
    for (const QString &path : std::as_const(missing))
        out += kept.value(path);
    return out;
}

Span Corpus::makeQuoted(Span s, const QString &text, int start, int end) const
{
    s.start = start;
    s.end = end;
    s.quote = text.mid(start, end - start);
    s.prefix = TextOffsets::contextBefore(text, start);
    s.suffix = TextOffsets::contextAfter(text, end);
    s.modified = QDateTime::currentDateTimeUtc();
    return s;
}

bool Corpus::acceptAnchor(const QString &path, const QString &spanId)
{
    const Span before = m_documents->span(path, spanId);
    if (!canMutate() || before.id.isEmpty())
        return false;
    const QString &text = m_documents->document(m_documents->rowOfPath(path)).text();
    if (QStringView(text).mid(before.start, before.length()) == before.quote)
        return true; // already exact
    auto *command = new EditSpanCommand(m_documents, path, before, makeQuoted(before, text, before.start, before.end));
    command->setText(tr("Accept re-anchored highlight"));
    m_undoStack->push(command);
    return true;
}

bool Corpus::reattachSpan(const QString &path, const QString &spanId, const QString &toPath, int start, int end)
{
    const int toRow = m_documents->rowOfPath(toPath);
    if (!canMutate() || spanId.isEmpty() || toRow < 0)
        return false;
    const QString &text = m_documents->document(toRow).text();
    if (start < 0 || end <= start || end > text.size() || splitsPair(text, start) || splitsPair(text, end))
        return false;
    const QString undoText = tr("Re-attach highlight");
    const Span attached = m_documents->span(path, spanId);
    if (!attached.id.isEmpty()) {
        const Span after = makeQuoted(attached, text, start, end);
        if (toPath == path) {
            auto *command = new EditSpanCommand(m_documents, path, attached, after);
            command->setText(undoText);
            m_undoStack->push(command);
            return true;
        }
        if (!m_documents->span(toPath, spanId).id.isEmpty())
            return false;
        auto *macro = new QUndoCommand(undoText);
        new RemoveSpanCommand(m_documents, path, attached, macro);
        new AddSpanCommand(m_documents, toPath, after, macro);
        m_undoStack->push(macro);
        return true;
    }
    // Kept aside: it leaves the kept entries and joins the document.
    QVector<SidecarData::DocumentEntry> detachedAfter = m_detached;
    for (int i = 0; i < detachedAfter.size(); ++i) {
        auto &entry = detachedAfter[i];
        if (entry.path != path)
            continue;
        const auto it = std::find_if(
            entry.spans.cbegin(), entry.spans.cend(), [&spanId](const Span &k) { return k.id == spanId; });
        if (it == entry.spans.cend())
            continue;
        const Span kept = *it;
        if (!m_codebook->contains(kept.tagId) || !m_documents->span(toPath, spanId).id.isEmpty())
            return false;
        entry.spans.erase(it);
        if (entry.spans.isEmpty() && (entry.extra.isEmpty() || m_documents->rowOfPath(path) >= 0))
            detachedAfter.remove(i);
        auto *macro = new QUndoCommand(undoText);
        new DetachedSpansCommand(&m_detached, m_detached, detachedAfter, macro);
        new AddSpanCommand(m_documents, toPath, makeQuoted(kept, text, start, end), macro);
        m_undoStack->push(macro);
        return true;
    }
    return false;
}

bool Corpus::setSpanNote(const QString &path, const QString &spanId, const QString &note)
{
    const Span before = m_documents->span(path, spanId);
    if (!canMutate() || before.id.isEmpty())
        return false;
    if (before.note == note)
        return true;
    Span after = before;
    after.note = note;
    after.modified = QDateTime::currentDateTimeUtc();
    m_undoStack->push(new EditSpanCommand(m_documents, path, before, after));
    return true;
}

bool Corpus::setSpanRange(const QString &path, const QString &spanId, int start, int end)
{
    const Span before = m_documents->span(path, spanId);
    if (before.id.isEmpty())
        return false;
    // The same checks and quote selector as a new span, keeping id, tag, note and author.
    const Span moved = makeSpan(path, start, end, before.tagId, before.note);
    if (moved.id.isEmpty())
        return false;
    if (before.start == start && before.end == end)
        return true;
    Span after = before;
    after.start = start;
    after.end = end;
    after.quote = moved.quote;
    after.prefix = moved.prefix;
    after.suffix = moved.suffix;
    after.modified = moved.modified;
    m_undoStack->push(new EditSpanCommand(m_documents, path, before, after));
    return true;
}

bool Corpus::setSpanTag(const QString &path, const QString &spanId, const QString &tagId)
{
    const Span before = m_documents->span(path, spanId);
    if (!canMutate() || before.id.isEmpty() || !m_codebook->contains(tagId))
        return false;
    if (before.tagId == tagId)
        return true;
    Span after = before;
    after.tagId = tagId;
    after.modified = QDateTime::currentDateTimeUtc();
    m_undoStack->push(new EditSpanCommand(m_documents, path, before, after));
    return true;
}

QString Corpus::documentMemo(const QString &path) const
{
    return m_documents->memo(path);
}

bool Corpus::setDocumentMemo(const QString &path, const QString &memo)
{
    if (!canMutate() || m_documents->rowOfPath(path) < 0)
        return false;
    const QString before = m_documents->memo(path);
    if (before == memo)
        return true;
    m_undoStack->push(new SetMemoCommand(m_documents, path, before, memo));
    return true;
}

QString Corpus::addTag(const QString &name, const QColor &color, const QString &parentId, const QString &description)
{
    const QString trimmed = name.trimmed();
    if (!canMutate() || trimmed.isEmpty() || !color.isValid() || (!parentId.isEmpty() && !m_codebook->contains(parentId)))
        return {};
    Tag t;
    t.id = newId();
    t.name = trimmed;
    t.color = color;
    t.parentId = parentId;
    t.description = description;
    m_undoStack->push(new AddTagCommand(m_codebook, t));
    return t.id;
}

bool Corpus::editTag(const QString &tagId, const QString &name, const QColor &color, const QString &description)
{
    const Tag before = m_codebook->tag(tagId);
    if (!canMutate() || before.id.isEmpty() || name.trimmed().isEmpty() || !color.isValid())
        return false;
    Tag after = before;
    after.name = name.trimmed();
    after.color = color;
    after.description = description;
    if (after == before)
        return true;
    m_undoStack->push(new EditTagCommand(m_codebook, before, after));
    return true;
}

void Corpus::recodeSpans(const QSet<QString> &tags, const QString &newTagId, QUndoCommand *macro)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_documents->documentCount(); ++row) {
        const QString path = m_documents->document(row).path;
        for (const Span &s : m_documents->spans(row)) {
            if (!tags.contains(s.tagId))
                continue;
            Span after = s;
            after.tagId = newTagId;
            after.modified = now;
            new EditSpanCommand(m_documents, path, s, after, macro);
        }
    }
    QVector<SidecarData::DocumentEntry> detachedAfter = m_detached;
    bool changed = false;
    for (auto &entry : detachedAfter) {
        for (Span &s : entry.spans) {
            if (tags.contains(s.tagId)) {
                s.tagId = newTagId;
                s.modified = now;
                changed = true;
            }
        }
    }
    if (changed)
        new DetachedSpansCommand(&m_detached, m_detached, detachedAfter, macro);
}

bool Corpus::removeTag(const QString &tagId, SpanPolicy policy, const QString &targetTagId)
{
    if (!canMutate() || !m_codebook->contains(tagId))
        return false;
    const Tag tag = m_codebook->tag(tagId);
    QStringList doomed = m_codebook->descendants(tagId);
    doomed.prepend(tagId);
    const QSet<QString> doomedSet(doomed.cbegin(), doomed.cend());
    QString target;
    if (policy == SpanPolicy::MoveToParent)
        target = tag.parentId;
    else if (policy == SpanPolicy::MoveToTag)
        target = targetTagId;
    if (policy != SpanPolicy::DeleteSpans && (!m_codebook->contains(target) || doomedSet.contains(target)))
        return false;

    auto *macro = new QUndoCommand(tr("Delete tag “%1”").arg(tag.name));
    if (policy == SpanPolicy::DeleteSpans) {
        for (int row = 0; row < m_documents->documentCount(); ++row) {
            const QString path = m_documents->document(row).path;
            for (const Span &s : m_documents->spans(row)) {
                if (doomedSet.contains(s.tagId))
                    new RemoveSpanCommand(m_documents, path, s, macro);
            }
        }
        // Annotations kept aside (their document is missing) that use these tags go too.
        QVector<SidecarData::DocumentEntry> detachedAfter = m_detached;
        bool detachedChanged = false;
        for (auto &entry : detachedAfter) {
            const auto before = entry.spans.size();
            entry.spans.erase(std::remove_if(entry.spans.begin(), entry.spans.end(),
                                             [&](const Span &s) { return doomedSet.contains(s.tagId); }),
                              entry.spans.end());
            detachedChanged = detachedChanged || entry.spans.size() != before;
        }
        if (detachedChanged)
            new DetachedSpansCommand(&m_detached, m_detached, detachedAfter, macro);
    } else {
        recodeSpans(doomedSet, target, macro);
    }
    // Leaves first: descendants() lists parents before children, so go backwards.
    for (auto it = doomed.crbegin(); it != doomed.crend(); ++it)
        new RemoveTagCommand(m_codebook, m_codebook->tag(*it), m_codebook->rowOf(*it), macro);
    m_undoStack->push(macro);
    return true;
}

bool Corpus::moveTag(const QString &tagId, const QString &newParentId, int row)
{
    if (!canMutate() || !m_codebook->contains(tagId)
        || (!newParentId.isEmpty()
            && (!m_codebook->contains(newParentId) || m_codebook->isSelfOrDescendant(newParentId, tagId))))
        return false;
    const Tag tag = m_codebook->tag(tagId);
    const int siblings = m_codebook->rowCount(newParentId.isEmpty() ? QModelIndex() : m_codebook->indexOf(newParentId));
    const int lastRow = siblings - (tag.parentId == newParentId ? 1 : 0);
    const int finalRow = (row < 0 || row > lastRow) ? lastRow : row;
    if (tag.parentId == newParentId && m_codebook->rowOf(tagId) == finalRow)
        return true;
    m_undoStack->push(new MoveTagCommand(m_codebook, tagId, newParentId, finalRow));
    return true;
}

bool Corpus::mergeTags(const QString &fromId, const QString &intoId)
{
    if (!canMutate() || !m_codebook->contains(fromId) || !m_codebook->contains(intoId)
        || m_codebook->isSelfOrDescendant(intoId, fromId))
        return false;
    const Tag from = m_codebook->tag(fromId);
    const Tag into = m_codebook->tag(intoId);
    auto *macro = new QUndoCommand(tr("Merge tag “%1” into “%2”").arg(from.name, into.name));
    recodeSpans({fromId}, intoId, macro);
    // Sub-tags move under the survivor, last first, each to the same row there,
    // so that they keep their order and every command's recorded row stays true.
    const QModelIndex fromIndex = m_codebook->indexOf(fromId);
    const int children = m_codebook->rowCount(fromIndex);
    const int at = m_codebook->rowCount(m_codebook->indexOf(intoId));
    for (int r = children - 1; r >= 0; --r) {
        const QString child = m_codebook->index(r, 0, fromIndex).data(CodebookModel::IdRole).toString();
        new MoveTagCommand(m_codebook, child, intoId, at, macro);
    }
    new RemoveTagCommand(m_codebook, from, m_codebook->rowOf(fromId), macro);
    m_undoStack->push(macro);
    return true;
}

bool Corpus::importCodebook(const QVector<Tag> &tags, const QString &undoText, CodebookImport *result, QString *error)
{
    if (!canMutate()) {
        if (error)
            *error = isOpen() ? tr("the corpus is read-only: %1").arg(m_readOnlyReason) : tr("no corpus is open");
        return false;
    }
    CodebookImport stats;
    // The codebook as it will be after the import: existing tags (by id) and
    // the ones this import adds, so that later imported tags match earlier ones.
    QHash<QString, Tag> planned;
    QStringList order; // codebook order, so that a name used twice matches the first
    for (const Tag &t : m_codebook->tags()) {
        planned.insert(t.id, t);
        order.append(t.id);
    }
    auto childNamed = [&planned, &order](const QString &parentId, const QString &name) -> QString {
        const QString wanted = name.trimmed();
        for (const QString &id : std::as_const(order)) {
            const Tag &t = planned[id];
            if (t.parentId == parentId && t.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                return t.id;
        }
        return {};
    };
    auto shortcutFree = [&planned](const QString &shortcut, const QString &exceptId) {
        for (const Tag &t : std::as_const(planned)) {
            if (t.id != exceptId && t.shortcut == shortcut)
                return false;
        }
        return true;
    };
    QHash<QString, QString> localOf; // imported id -> id here
    auto *macro = new QUndoCommand(undoText);
    for (const Tag &imported : tags) {
        // The parser lists parents first, so an imported parent is already mapped.
        const QString parent = imported.parentId.isEmpty() ? QString() : localOf.value(imported.parentId);
        QString match = planned.contains(imported.id) ? imported.id : QString();
        const bool byId = !match.isEmpty();
        if (!byId)
            match = childNamed(parent, imported.name);
        if (match.isEmpty()) {
            Tag added = imported;
            added.name = imported.name.trimmed();
            added.parentId = parent;
            if (!added.shortcut.isEmpty() && !shortcutFree(added.shortcut, added.id)) {
                added.shortcut.clear();
                ++stats.shortcutsSkipped;
            }
            new AddTagCommand(m_codebook, added, macro);
            planned.insert(added.id, added);
            order.append(added.id);
            localOf.insert(imported.id, added.id);
            ++stats.added;
            continue;
        }
        localOf.insert(imported.id, match);
        const Tag before = planned.value(match);
        Tag after = before;
        if (byId)
            after.name = imported.name.trimmed();
        after.color = imported.color;
        if (!imported.description.isEmpty())
            after.description = imported.description;
        if (!imported.shortcut.isEmpty() && imported.shortcut != before.shortcut) {
            if (shortcutFree(imported.shortcut, match))
                after.shortcut = imported.shortcut;
            else
                ++stats.shortcutsSkipped;
        }
        for (auto it = imported.extra.constBegin(); it != imported.extra.constEnd(); ++it) {
            if (!after.extra.contains(it.key()))
                after.extra.insert(it.key(), it.value());
        }
        if (after == before) {
            ++stats.unchanged;
            continue;
        }
        new EditTagCommand(m_codebook, before, after, macro);
        planned.insert(match, after);
        ++stats.updated;
    }
    if (result)
        *result = stats;
    if (macro->childCount() == 0) {
        delete macro;
        return true;
    }
    m_undoStack->push(macro);
    return true;
}

SidecarData Corpus::toSidecarData() const
{
    return sidecarData(nullptr);
}

SidecarData Corpus::sidecarData(const QSet<QString> *only) const
{
    SidecarData data;
    data.codebook = m_codebook->tags();
    data.extra = m_extra;
    QHash<QString, int> entryOf;
    for (int row = 0; row < m_documents->documentCount(); ++row) {
        const Document &doc = m_documents->document(row);
        const QVector<Span> &spans = m_documents->spans(row);
        if (only && !only->contains(doc.path))
            continue;
        const QString memo = m_documents->memo(doc.path);
        const MetadataOverrides metadata = m_documents->metadataOverrides(doc.path);
        const QVector<BoilerplateOverride> marks = m_documents->boilerplateOverrides(doc.path);
        const QVector<BoilerplateOverride> unanchored = m_unanchoredMarks.value(doc.path);
        const SidecarData::DocumentEntry loaded = m_entries.value(doc.path);
        // An entry is written for a document with annotations, a memo, metadata
        // overrides, clutter marks, or members of its entry this version does not know.
        if (spans.isEmpty() && memo.isEmpty() && metadata.isEmpty() && marks.isEmpty() && unanchored.isEmpty()
            && loaded.extra.isEmpty())
            continue;
        const QString text = doc.scanText();
        const TextOffsets offsets(text);
        SidecarData::DocumentEntry entry { doc.path, doc.sha256, {}, loaded.extra, metadata, unanchored, memo };
        for (BoilerplateOverride mark : marks) {
            mark.line = { offsets.toCodePoint(mark.line.start), offsets.toCodePoint(mark.line.end) };
            entry.boilerplate.append(mark);
        }
        entry.spans.reserve(spans.size());
        bool anchored = true;
        for (Span s : spans) {
            anchored = anchored && QStringView(text).mid(s.start, s.end - s.start) == s.quote;
            s.start = offsets.toCodePoint(s.start);
            s.end = offsets.toCodePoint(s.end);
            entry.spans.append(s);
        }
        // The hash names the text the spans were anchored to. While any span no
        // longer matches its quote, that is still the old text, not today's.
        if (!anchored && !loaded.sha256.isEmpty())
            entry.sha256 = loaded.sha256;
        entryOf.insert(doc.path, int(data.documents.size()));
        data.documents.append(entry);
    }
    // Entries of documents still loading are written back as they were read.
    for (const auto &pending : m_pending) {
        if (!only || only->contains(pending.path))
            data.documents.append(pending);
    }
    for (const auto &kept : m_detached) {
        if (only && !only->contains(kept.path))
            continue;
        const int i = entryOf.value(kept.path, -1);
        if (i < 0) {
            data.documents.append(kept);
        } else {
            data.documents[i].spans += kept.spans;
            // Orphans still point into the text they were made on: keep its hash.
            if (!kept.sha256.isEmpty())
                data.documents[i].sha256 = kept.sha256;
        }
    }
    return data;
}

bool Corpus::save(QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("no corpus is open");
        return false;
    }
    if (m_readOnly) {
        if (error)
            *error = tr("%1 is open read-only: %2").arg(QDir::toNativeSeparators(sidecarPath()), m_readOnlyReason);
        return false;
    }
    if (m_loading) {
        // Nothing can change while loading; a merge with a file changed on
        // disk would rebuild models that are still filling.
        if (error)
            *error = tr("%1: not saved yet: the corpus is still loading").arg(QDir::toNativeSeparators(sidecarPath()));
        return false;
    }
    const SidecarStore store(sidecarPath());
    const SidecarData ours = toSidecarData();
    SidecarStore::Fingerprint written;
    switch (store.save(ours, error, m_fingerprint, &written)) {
    case SidecarStore::SaveStatus::Saved:
        break;
    case SidecarStore::SaveStatus::Failed:
        return false;
    case SidecarStore::SaveStatus::ChangedOnDisk: {
        // Someone else wrote the file: merge their work with ours by id.
        const SidecarStore::LoadResult theirs = store.load();
        if (theirs.status == SidecarStore::Status::Missing) {
            // Deleted meanwhile (by accident, a checkout): write ours again;
            // merging against "nothing" would delete every unchanged annotation.
            if (store.save(ours, error, SidecarStore::Fingerprint(), &written) != SidecarStore::SaveStatus::Saved)
                return false;
            m_base = ours;
            m_fingerprint = written;
            m_undoStack->setClean();
            journalSaved(written.sha256);
            Q_EMIT saved();
            return true;
        }
        if (theirs.status != SidecarStore::Status::Ok) {
            if (error)
                *error = tr("%1: not saved: it was changed on disk and can no longer be read (%2); your work is kept "
                            "here")
                             .arg(QDir::toNativeSeparators(sidecarPath()), theirs.error);
            return false;
        }
        const SidecarMerge::Result merged = SidecarMerge::threeWay(m_base, ours, theirs.data);
        if (merged.hasConflicts()) {
            if (error)
                *error = tr("%1: not saved: it was changed on disk, and those changes conflict with yours (%2); "
                            "your work is kept here")
                             .arg(QDir::toNativeSeparators(sidecarPath()), merged.conflicts.join(QLatin1String("; ")));
            return false;
        }
        if (store.save(merged.data, error, theirs.fingerprint, &written) != SidecarStore::SaveStatus::Saved)
            return false;
        // Show the merged state: rebuild the models from it.
        QVector<Document> documents = m_documents->importedDocuments();
        const Problems problems = m_problems;
        clearState();
        attach(merged.data, std::move(documents));
        m_problems = problems;
        m_base = merged.data;
        m_fingerprint = written;
        journalSaved(written.sha256);
        Q_EMIT reloaded();
        Q_EMIT saved();
        return true;
    }
    }
    m_base = ours;
    m_fingerprint = written;
    m_undoStack->setClean();
    journalSaved(written.sha256);
    Q_EMIT saved();
    return true;
}

QColor Corpus::suggestTagColor() const
{
    // Light, distinct hues that keep black text readable when highlighted.
    static const char *const palette[] = {"#f7dc6f", "#85c1e9", "#f1948a", "#82e0aa", "#d7bde2", "#f8c471",
                                          "#76d7c4", "#f5b7b1", "#aed6f1", "#d5f5e3", "#fad7a0", "#c39bd3"};
    QSet<QString> used;
    for (const Tag &t : m_codebook->tags())
        used.insert(t.color.name());
    for (const QColor &c : std::as_const(m_tagPalette)) {
        if (!used.contains(c.name()))
            return c;
    }
    for (const char *c : palette) {
        if (!used.contains(QLatin1String(c)))
            return QColor::fromString(QLatin1String(c));
    }
    return QColor::fromHsv(int(used.size() * 47 % 360), 90, 245);
}

} // namespace Marginalia
