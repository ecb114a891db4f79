#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace Marginalia {

/// Stops two Marginalia instances from writing one corpus's sidecar unnoticed:
/// a QLockFile `.marginalia.lock` in the corpus folder (hidden, so never an
/// article). A second instance learns who holds the lock and opens the corpus
/// read-only.
///
/// Staleness is decided by the owner's process id only (same host): a lock
/// left by a crashed or killed instance is taken over, a live instance keeps
/// its lock however long it runs (QLockFile's age-based staleness is off,
/// since analysts keep a corpus open for days).
class CorpusLock
{
public:
    static QString fileName() { return QStringLiteral(".marginalia.lock"); }

    explicit CorpusLock(const QString &corpusDirectory);
    ~CorpusLock();

    enum class Result { Locked, HeldByOther, Failed };
    Result tryLock();
    void unlock();
    bool isLocked() const;
    /// Translated, e.g. "process 4242 (marginalia) on host lab-3"; after HeldByOther.
    QString holder() const { return m_holder; }
    /// Translated; after Failed.
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_holder;
    QString m_error;
};

} // namespace Marginalia
