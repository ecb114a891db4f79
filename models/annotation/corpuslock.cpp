#include "corpuslock.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>

namespace Marginalia {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::CorpusLock", text);
}
} // namespace

CorpusLock::CorpusLock(const QString &corpusDirectory)
    : m_lock(std::make_unique<QLockFile>(corpusDirectory + QLatin1Char('/') + fileName()))
{
    m_lock->setStaleLockTime(0);
}

CorpusLock::~CorpusLock() = default;

CorpusLock::Result CorpusLock::tryLock()
{
    m_holder.clear();
    m_error.clear();
    if (m_lock->isLocked() || m_lock->tryLock(0))
        return Result::Locked;
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (m_lock->getLockInfo(&pid, &host, &app))
            m_holder = tr("process %1 (%2) on host %3").arg(pid).arg(app, host.isEmpty() ? tr("unknown") : host);
        else
            m_holder = tr("another program");
        return Result::HeldByOther;
    }
    m_error = m_lock->error() == QLockFile::PermissionError ? tr("the lock file cannot be created (no permission)")
                                                            : tr("the lock file cannot be created");
    return Result::Failed;
}

void CorpusLock::unlock()
{
    m_lock->unlock();
}

bool CorpusLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace Marginalia
