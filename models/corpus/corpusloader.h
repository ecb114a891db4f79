#pragma once

#include "corpusscanner.h"
#include "document.h"
#include "problem.h"

#include <QObject>
#include <QSet>
#include <QVector>

#include <memory>

class QTimer;

namespace Marginalia {

/// Imports the articles of a corpus folder in the background, for the
/// window: CorpusScanner's work (listing, import on all cores, the import
/// cache) without blocking the caller's thread, handed over in batches.
///
/// Documents arrive in path order, in batches of whatever is ready every few
/// milliseconds, so the first ones show at once and a view can insert them
/// as they come. A document asked for with prioritize() is imported before
/// the others and handed over alone as soon as it is ready. Per-corpus
/// clutter statistics are not applied here (they need the whole corpus; the
/// caller applies them when loading finished). cancel() stops importing; what
/// was handed over stays handed over. The import cache is updated in the
/// background after the last file, also when the loader is gone by then.
class CorpusLoader : public QObject
{
    Q_OBJECT
public:
    explicit CorpusLoader(QObject *parent = nullptr);
    /// Cancels and waits for the importing threads.
    ~CorpusLoader() override;

    void start(const QString &root, const CorpusScanner::Options &options = {});
    void cancel();
    bool isRunning() const { return m_running; }
    /// Number of article files (0 until they are listed).
    int total() const;
    /// Documents and failures handed over so far.
    int done() const { return m_delivered; }
    int fromCache() const { return m_fromCache; }
    /// CorpusScanner::folderStamp() of the files, from the stamps taken
    /// before each was read; 0 until all are imported.
    quint64 folderStamp() const;
    /// Imports this file (a path relative to the root) before the others.
    /// False when it is not an article of the corpus or was handed over already.
    bool prioritize(const QString &path);

    /// How often ready documents are handed over while loading.
    static constexpr int FlushIntervalMs = 25;
    /// At most this many per batch, so that a view inserting them never
    /// stalls (a warm cache has thousands ready at the first flush).
    static constexpr int MaxBatch = 256;

Q_SIGNALS:
    /// The files are listed: total() is known.
    void listed(int total);
    /// Imported documents (sorted by path; a prioritized one comes alone)
    /// and the problems of the files they came from, or that failed.
    void batchReady(const QVector<Marginalia::Document> &documents, const Marginalia::Problems &problems);
    /// Every file was handed over, or loading was cancelled.
    void finished(bool cancelled);

private:
    struct Shared;
    void onListed();
    void flush();
    void onAllImported();
    void deliverAlone(int index);
    /// Hands over one file's document or failure; m_shared->mutex held.
    void take(int index, QVector<Document> *documents, Problems *problems);

    std::shared_ptr<Shared> m_shared;
    QTimer *m_flushTimer;
    bool m_running = false;
    bool m_allImported = false;
    int m_next = 0; ///< next index to hand over in path order
    int m_delivered = 0;
    int m_fromCache = 0;
    QVector<bool> m_handedOver;
    QSet<int> m_priority; ///< indexes to hand over alone as soon as they are ready
};

} // namespace Marginalia
