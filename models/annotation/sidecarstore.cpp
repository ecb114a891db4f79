#include "sidecarstore.h"

#include "sidecarcodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::SidecarStore", text);
}

// Qt words some failed writes (a full disk among them) as "Unknown error";
// the system's own word is the one the user can act on. errno is read right
// after the failing call, and set to 0 before it.
QString ioError(const QFileDevice &file, int error)
{
    return error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : file.errorString();
}

bool fsyncDirectory(const QString &dir, QString *why)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok)
        *why = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return ok;
}

} // namespace

SidecarStore::SidecarStore(const QString &path)
    : m_path(path)
{
}

QString SidecarStore::backupDirectory() const
{
    return QFileInfo(m_path).absolutePath() + QLatin1Char('/') + backupFolderName();
}

namespace {
// Size and modification time only; the caller adds the hash.
SidecarStore::Fingerprint statOf(const QString &path)
{
    SidecarStore::Fingerprint f;
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return f;
    f.exists = true;
    f.size = qint64(st.st_size);
    f.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return f;
}
} // namespace

SidecarStore::Fingerprint SidecarStore::fingerprintOf(const QString &path)
{
    Fingerprint f = statOf(path);
    if (!f.exists)
        return f;
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
        f.sha256 = hash.result().toHex();
    return f;
}

// Copy, not rename: the file being replaced stays in place until QSaveFile's
// atomic rename, so a crash in between leaves both the file and its backup.
bool SidecarStore::backupCurrent(QString *why) const
{
    if (m_backupCount <= 0 || !QFile::exists(m_path))
        return true;
    const QString dir = backupDirectory();
    if (!QDir().mkpath(dir)) {
        *why = tr("the backup folder %1 cannot be created").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    // A sequence number, zero-padded, so that names sort in save order even
    // for several saves within one millisecond.
    QString target;
    for (int n = 0; target.isEmpty() || QFile::exists(target); ++n)
        target = dir + QStringLiteral("/marginalia-") + stamp + QLatin1Char('-')
            + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')) + QStringLiteral(".json");
    QFile source(m_path);
    errno = 0;
    if (!source.copy(target)) {
        *why = tr("the backup %1 cannot be written: %2").arg(QDir::toNativeSeparators(target), ioError(source, errno));
        return false;
    }
    // Names sort by time: drop the oldest beyond the count.
    const QStringList backups = QDir(dir).entryList({ QStringLiteral("marginalia-*.json") }, QDir::Files, QDir::Name);
    for (qsizetype i = 0; i + m_backupCount < backups.size(); ++i)
        QFile::remove(dir + QLatin1Char('/') + backups.at(i));
    return true;
}

SidecarStore::LoadResult SidecarStore::load() const
{
    LoadResult result;
    QFile file(m_path);
    if (!file.exists()) {
        result.status = Status::Missing;
        return result;
    }
    const QString name = QDir::toNativeSeparators(m_path);
    if (QFileInfo(file).size() > SidecarCodec::MaxSize) {
        result.status = Status::Invalid;
        result.error = tr("%1: the file is larger than the %2 MB a sidecar may have")
                           .arg(name)
                           .arg(SidecarCodec::MaxSize / (1024 * 1024));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::Unreadable;
        result.error = tr("%1: cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    // Stat before reading: if the file changes in between, the fingerprint is
    // older than the bytes and the next save sees a change (and merges), never the reverse.
    Fingerprint fingerprint = statOf(m_path);
    const QByteArray bytes = file.readAll();
    fingerprint.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (file.error() != QFileDevice::NoError) {
        result.status = Status::Unreadable;
        result.error = tr("%1: reading failed: %2").arg(name, file.errorString());
        return result;
    }
    SidecarCodec::ParseResult parsed = SidecarCodec::parse(bytes);
    if (!parsed.ok) {
        result.status = parsed.newerVersion ? Status::Newer : Status::Invalid;
        result.error = tr("%1: %2").arg(name, parsed.error);
        return result;
    }
    result.status = Status::Ok;
    result.data = std::move(parsed.data);
    result.fingerprint = fingerprint;
    return result;
}

bool SidecarStore::save(const SidecarData &data, QString *error) const
{
    return saveImpl(data, error, nullptr, nullptr) == SaveStatus::Saved;
}

SidecarStore::SaveStatus SidecarStore::save(
    const SidecarData &data, QString *error, const Fingerprint &expected, Fingerprint *written) const
{
    return saveImpl(data, error, &expected, written);
}

SidecarStore::SaveStatus SidecarStore::saveImpl(
    const SidecarData &data, QString *error, const Fingerprint *expected, Fingerprint *written) const
{
    const QString name = QDir::toNativeSeparators(m_path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1: not saved: %2").arg(name, why);
        return SaveStatus::Failed;
    };

    const QByteArray bytes = SidecarCodec::serialize(data);
    // Validate our own output before it can replace anything.
    const SidecarCodec::ParseResult check = SidecarCodec::parse(bytes);
    if (!check.ok || check.data.annotationCount() != data.annotationCount()
        || check.data.codebook.size() != data.codebook.size())
        return fail(tr("the serialised data did not read back (%1)").arg(check.error));

    if (expected) {
        if (fingerprintOf(m_path) != *expected) {
            if (error)
                *error = tr("%1: not saved: the file was changed on disk by someone else since it was read").arg(name);
            return SaveStatus::ChangedOnDisk;
        }
    } else if (QFile::exists(m_path)) {
        // Never replace a file we cannot read as ours: it may be a newer format or hand edits.
        // (With a fingerprint, the file is byte for byte one that was read or written as ours.)
        const LoadResult current = load();
        if (current.status != Status::Ok)
            return fail(tr("the file on disk is not one this version can read, so it is left as it is"));
    }

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const QString why = ioError(file, errno);
        file.cancelWriting();
        return fail(why);
    }
    errno = 0;
    if (!file.flush()) {
        const QString why = ioError(file, errno);
        file.cancelWriting();
        return fail(why);
    }
    if (::fsync(file.handle()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return fail(why);
    }
    QString why;
    if (!backupCurrent(&why)) {
        file.cancelWriting();
        return fail(why);
    }
    errno = 0;
    if (!file.commit())
        return fail(ioError(file, errno));
    if (!fsyncDirectory(QFileInfo(m_path).absolutePath(), &why))
        return fail(tr("saved, but the folder could not be synced: %1").arg(why));
    if (written) {
        *written = statOf(m_path);
        written->sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }
    return SaveStatus::Saved;
}

} // namespace Marginalia
