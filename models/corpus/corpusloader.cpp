#include "corpusloader.h"

#include "importcache.h"
#include "importerregistry.h"
#include "importpool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <optional>

namespace Marginalia {

struct CorpusLoader::Shared {
    QString root;
    CorpusScanner::Options options;
    qint64 started = 0;

    struct Outcome {
        ImportResult result;
        ImportCache::Stamp stamp;
        bool cached = false;
        bool ready = false;
    };

    // Written by the listing task before any import task starts; read-only after.
    QStringList files;
    std::optional<ImportCache> cache;

    QMutex mutex;
    QWaitCondition idle;
    // Guarded by mutex:
    QVector<Outcome> outcomes;
    QVector<bool> taken;
    QVector<int> priority; ///< indexes to import first
    /// Indexes the window waits for (prioritize()): only for these, and for
    /// the last file, does an importing thread wake the loader's thread. A
    /// wake-up per file kept that thread so busy with them that its flush
    /// timer did not fire until every file was imported.
    QSet<int> wanted;
    QStringList priorityPaths; ///< asked for before the files were listed
    int nextToTake = 0;
    int remaining = 0;
    int activeTasks = 0;
    bool listed = false;

    std::atomic<bool> cancelled{false};
    quint64 folderStamp = 0; ///< of the files as imported, once all are

    void releaseOutcomes()
    {
        QMutexLocker lock(&mutex);
        for (Outcome &o : outcomes)
            o.result = ImportResult();
    }

    int indexOf(const QString &path) const
    {
        const auto it = std::lower_bound(files.cbegin(), files.cend(), path);
        return it != files.cend() && *it == path ? int(it - files.cbegin()) : -1;
    }
    // Under mutex: the next file to import, prioritized ones first; -1 when none is left.
    int takeNext()
    {
        while (!priority.isEmpty()) {
            const int i = priority.takeFirst();
            if (!taken.at(i)) {
                taken[i] = true;
                return i;
            }
        }
        while (nextToTake < files.size() && taken.at(nextToTake))
            ++nextToTake;
        if (nextToTake >= files.size())
            return -1;
        taken[nextToTake] = true;
        return nextToTake++;
    }
    Outcome import(int index)
    {
        const QString &rel = files.at(index);
        Outcome o;
        // The stamp is taken before the file is read, as in CorpusScanner::scan().
        o.stamp = ImportCache::Stamp::of(root + QLatin1Char('/') + rel);
        if (cache) {
            if (std::optional<ImportResult> cached = cache->take(rel, o.stamp)) {
                o.result = std::move(*cached);
                o.cached = true;
                return o;
            }
        }
        o.result = ImporterRegistry::instance().importFile(root, rel, &o.stamp);
        return o;
    }
    void finishTask()
    {
        QMutexLocker lock(&mutex);
        --activeTasks;
        idle.wakeAll();
    }
};



CorpusLoader::CorpusLoader(QObject *parent)
    : QObject(parent)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &CorpusLoader::flush);
}

CorpusLoader::~CorpusLoader()
{
    if (!m_shared)
        return;
    m_shared->cancelled = true;
    QMutexLocker lock(&m_shared->mutex);
    while (m_shared->activeTasks > 0)
        m_shared->idle.wait(&m_shared->mutex);
}

quint64 CorpusLoader::folderStamp() const
{
    if (!m_shared)
        return 0;
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->folderStamp;
}

int CorpusLoader::total() const
{
    if (!m_shared)
        return 0;
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->listed ? int(m_shared->files.size()) : 0;
}

void CorpusLoader::start(const QString &root, const CorpusScanner::Options &options)
{
    cancel();
    m_shared = std::make_shared<Shared>();
    m_shared->root = root;
    m_shared->options = options;
    m_shared->started = QDateTime::currentMSecsSinceEpoch();
    m_running = true;
    m_allImported = false;
    m_next = 0;
    m_delivered = 0;
    m_fromCache = 0;
    m_handedOver.clear();
    m_flushTimer->start();

    const std::shared_ptr<Shared> shared = m_shared;
    QPointer<CorpusLoader> self(this);
    {
        QMutexLocker lock(&shared->mutex);
        ++shared->activeTasks;
    }
    // Listing 10,000 files and reading the cache index takes a moment too: not here.
    importPool()->start([shared, self] {
        QStringList files = CorpusScanner::articleFiles(shared->root);
        if (shared->options.useCache) {
            shared->cache.emplace(shared->root);
            shared->cache->load();
        }
        int workers = 0;
        {
            QMutexLocker lock(&shared->mutex);
            shared->files = std::move(files);
            shared->outcomes.resize(shared->files.size());
            shared->taken.fill(false, shared->files.size());
            shared->remaining = int(shared->files.size());
            shared->listed = true;
            for (const QString &path : std::as_const(shared->priorityPaths)) {
                const int i = shared->indexOf(path);
                if (i >= 0) {
                    shared->priority.append(i);
                    shared->wanted.insert(i);
                }
            }
            workers = shared->cancelled ? 0 : std::max(1, importPool()->maxThreadCount());
            shared->activeTasks += workers;
        }
        // The loader is alive: its destructor waits for this task. It may have
        // been cancelled and started again meanwhile: a message of an earlier
        // generation must not act on the current one (it ended a new load early).
        QMetaObject::invokeMethod(self.data(), [self, shared] {
            if (self && self->m_shared == shared)
                self->onListed();
        }, Qt::QueuedConnection);
        for (int w = 0; w < workers; ++w) {
            importPool()->start([shared, self] {
                for (;;) {
                    int index = -1;
                    {
                        QMutexLocker lock(&shared->mutex);
                        if (!shared->cancelled)
                            index = shared->takeNext();
                    }
                    if (index < 0)
                        break;
                    Shared::Outcome outcome = shared->import(index);
                    bool last = false;
                    bool wanted = false;
                    {
                        QMutexLocker lock(&shared->mutex);
                        outcome.ready = true;
                        shared->outcomes[index] = std::move(outcome);
                        last = --shared->remaining == 0;
                        wanted = shared->wanted.contains(index);
                    }
                    if (!last && !wanted)
                        continue; // handed over by the next flush
                    QMetaObject::invokeMethod(self.data(), [self, shared, index, last] {
                        if (!self || self->m_shared != shared)
                            return; // a cancelled generation
                        // A document asked for is handed over at once, alone.
                        if (self->m_priority.contains(index))
                            self->deliverAlone(index);
                        if (last)
                            self->onAllImported();
                    }, Qt::QueuedConnection);
                }
                shared->finishTask();
            });
        }
        shared->finishTask();
    });
}

void CorpusLoader::onListed()
{
    if (!m_shared || m_shared->cancelled)
        return;
    const int n = total();
    m_handedOver.fill(false, n);
    for (const QString &path : std::as_const(m_shared->priorityPaths)) {
        const int i = m_shared->indexOf(path);
        if (i >= 0)
            m_priority.insert(i);
    }
    Q_EMIT listed(n);
    if (n == 0)
        onAllImported();
}

bool CorpusLoader::prioritize(const QString &path)
{
    if (!m_shared || !m_running)
        return false;
    QMutexLocker lock(&m_shared->mutex);
    if (!m_shared->listed) {
        if (!ImporterRegistry::instance().canImport(path))
            return false;
        m_shared->priorityPaths.append(path);
        return true;
    }
    const int i = m_shared->indexOf(path);
    if (i < 0 || m_handedOver.value(i))
        return false;
    m_priority.insert(i);
    m_shared->wanted.insert(i);
    if (m_shared->outcomes.at(i).ready) {
        lock.unlock();
        QMetaObject::invokeMethod(this, [this, i] { deliverAlone(i); }, Qt::QueuedConnection);
        return true;
    }
    if (!m_shared->taken.at(i))
        m_shared->priority.prepend(i);
    return true;
}

void CorpusLoader::take(int index, QVector<Document> *documents, Problems *problems)
{
    // Under m_shared->mutex.
    const Shared::Outcome &o = m_shared->outcomes.at(index);
    const QString &rel = m_shared->files.at(index);
    for (const QString &w : std::as_const(o.result.warnings))
        problems->append(Problem::warning(rel, w));
    if (o.result.ok) {
        documents->append(o.result.document);
        m_fromCache += o.cached ? 1 : 0;
    } else {
        problems->append(Problem::error(
            rel, QCoreApplication::translate("Marginalia::CorpusScanner", "%1; skipped").arg(o.result.error)));
    }
    m_handedOver[index] = true;
    ++m_delivered;
}

void CorpusLoader::deliverAlone(int index)
{
    if (!m_shared || !m_running || m_handedOver.value(index, true))
        return;
    QVector<Document> documents;
    Problems problems;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (!m_shared->outcomes.at(index).ready)
            return;
        take(index, &documents, &problems);
    }
    m_priority.remove(index);
    Q_EMIT batchReady(documents, problems);
}

void CorpusLoader::flush()
{
    if (!m_shared || !m_running)
        return;
    QVector<Document> documents;
    Problems problems;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_handedOver.size() != m_shared->files.size() || !m_shared->listed)
            return; // not listed yet, or onListed() has not run
        while (m_next < m_shared->files.size() && m_shared->outcomes.at(m_next).ready
               && documents.size() + problems.size() < MaxBatch) {
            if (!m_handedOver.at(m_next))
                take(m_next, &documents, &problems);
            ++m_next;
        }
    }
    if (!documents.isEmpty() || !problems.isEmpty())
        Q_EMIT batchReady(documents, problems);
    // (A receiver may have cancelled meanwhile.)
    if (m_running && m_allImported && m_next >= total())
        onAllImported();
}

void CorpusLoader::onAllImported()
{
    if (!m_shared || !m_running)
        return;
    m_allImported = true;
    // The rest goes out batch by batch, on the timer; finish after the last.
    if (m_next < total()) {
        flush();
        return;
    }
    m_flushTimer->stop();
    m_running = false;
    {
        // From the stamps each import took before reading its file (no
        // second stat() of every file while the first ones wait).
        QMutexLocker lock(&m_shared->mutex);
        CorpusScanner::FolderStamp folder;
        for (int i = 0; i < m_shared->files.size(); ++i)
            folder.add(m_shared->files.at(i), m_shared->outcomes.at(i).stamp);
        m_shared->folderStamp = folder.value();
    }
    Q_EMIT finished(false);

    // Update the import cache in the background, as CorpusScanner::scan() does.
    // Then the imported texts go: the corpus holds its documents (and moves
    // their texts to its TextStore), and nothing here is read again.
    const std::shared_ptr<Shared> shared = m_shared;
    if (!shared->cache) {
        shared->releaseOutcomes();
        return;
    }
    {
        QMutexLocker lock(&shared->mutex);
        ++shared->activeTasks;
    }
    importPool()->start([shared] {
        QSet<QString> keep;
        for (int i = 0; i < shared->files.size(); ++i) {
            const Shared::Outcome &o = shared->outcomes.at(i);
            if (!o.result.ok)
                continue;
            if (o.cached) {
                keep.insert(shared->files.at(i));
                continue;
            }
            if (std::max(o.stamp.modifiedMs, o.stamp.changedMs) < shared->started - shared->options.racyMarginMs) {
                shared->cache->store(o.result, o.stamp);
                keep.insert(shared->files.at(i));
            }
        }
        shared->cache->retainOnly(keep);
        shared->cache->save();
        shared->cache.reset(); // its entries share the decoded texts
        shared->releaseOutcomes();
        shared->finishTask();
    });
}

void CorpusLoader::cancel()
{
    if (!m_shared || !m_running)
        return;
    m_shared->cancelled = true;
    m_flushTimer->stop();
    m_running = false;
    Q_EMIT finished(true);
}

} // namespace Marginalia
