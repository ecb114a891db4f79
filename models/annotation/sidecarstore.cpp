#include "sidecarstore.h"

#include "sidecarcodec.h"
#include "sidecarstream.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <thread>
#include <vector>
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

// SHA-256 as lower-case hex. libcrypto uses the CPU's SHA extensions where
// there are any: about 55 ms of CPU for a 60 MB sidecar where
// QCryptographicHash (Qt 6.4) takes about 400 ms.
class Sha256
{
public:
    Sha256()
        : m_context(EVP_MD_CTX_new())
    {
        m_ok = m_context && EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) == 1;
    }
    ~Sha256() { EVP_MD_CTX_free(m_context); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const char *data, qsizetype size)
    {
        if (m_ok)
            m_ok = EVP_DigestUpdate(m_context, data, size_t(size)) == 1;
        else
            m_fallback.addData(QByteArrayView(data, size));
    }
    QByteArray hex()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (m_ok && EVP_DigestFinal_ex(m_context, digest, &length) == 1)
            return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
        return m_fallback.result().toHex();
    }

    static QByteArray of(const QByteArray &bytes)
    {
        Sha256 hash;
        hash.add(bytes.constData(), bytes.size());
        return hash.hex();
    }

private:
    EVP_MD_CTX *m_context;
    bool m_ok = false;
    QCryptographicHash m_fallback { QCryptographicHash::Sha256 }; ///< if libcrypto cannot start
};

// The SHA-256 of a file's content, or empty if it cannot be read.
QByteArray sha256OfFile(const QString &path)
{
    // Not blocking on a FIFO, and only a regular file: a device may never end.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {};
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return {};
    }
    Sha256 hash;
    // Small enough to stay in the core's cache between read() and the hash.
    QByteArray buffer(128 * 1024, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd);
            return {};
        }
        if (n == 0)
            break;
        hash.add(buffer.constData(), qsizetype(n));
    }
    ::close(fd);
    return hash.hex();
}

// Copies a file in the kernel (copy_file_range: no user-space buffer, and a
// reflink on file systems that share blocks), falling back to read/write.
// The copy gets the source's permissions.
bool copyFile(const QString &from, const QString &to, QString *why)
{
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat st;
    if (::fstat(in, &st) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(in);
        return false;
    }
    const int out
        = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st.st_mode & 0777);
    if (out < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(in);
        return false;
    }
    bool ok = true;
    bool inKernel = true;
    off_t done = 0;
    while (ok && done < st.st_size) {
        if (inKernel) {
            const ssize_t n = ::copy_file_range(in, nullptr, out, nullptr, size_t(st.st_size - done), 0);
            if (n > 0) {
                done += n;
                continue;
            }
            if (n == 0)
                break; // the file shrank meanwhile
            if (errno == EINTR)
                continue;
            if (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP) {
                inKernel = false;
                continue;
            }
            ok = false;
            break;
        }
        char buffer[1 << 16];
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        for (ssize_t written = 0; ok && written < n;) {
            const ssize_t w = ::write(out, buffer + written, size_t(n - written));
            if (w < 0 && errno == EINTR)
                continue;
            ok = w > 0;
            written += w > 0 ? w : 0;
        }
        done += n;
    }
    if (!ok)
        *why = QString::fromLocal8Bit(std::strerror(errno));
    if (::close(out) != 0 && ok) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        ok = false;
    }
    ::close(in);
    if (!ok)
        ::unlink(QFile::encodeName(to).constData());
    return ok;
}

// Freeing a large file's blocks and cached pages (a 63 MB sidecar replaced
// by the rename, the oldest backup rotated out) takes the kernel some 10 to
// 25 ms, in whichever call drops the last reference. Files held here are
// opened before they are replaced or removed, so that the rename or unlink
// only drops a name, and closed on a thread of their own once the save is
// done. Nothing on disk depends on it: an open descriptor keeps no name,
// and the kernel closes it at exit whatever happens.
class ReleaseLater
{
public:
    ReleaseLater() = default;
    ReleaseLater(const ReleaseLater &) = delete;
    ReleaseLater &operator=(const ReleaseLater &) = delete;
    ~ReleaseLater()
    {
        if (m_fds.empty())
            return;
        std::thread([fds = std::move(m_fds)]() {
            for (const int fd : fds)
                ::close(fd);
        }).detach();
    }
    void hold(const QString &path)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0)
            m_fds.push_back(fd);
    }

private:
    std::vector<int> m_fds;
};

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

SidecarStore::SidecarStore(const QString &path)
    : m_path(path)
{
}

QString SidecarStore::backupDirectory() const
{
    return QFileInfo(m_path).absolutePath() + QLatin1Char('/') + backupFolderName();
}

SidecarStore::Fingerprint SidecarStore::fingerprintOf(const QString &path)
{
    Fingerprint f = statOf(path);
    if (f.exists)
        f.sha256 = sha256OfFile(path);
    return f;
}

// Copy, not rename: the file being replaced stays in place until QSaveFile's
// atomic rename, so a crash in between leaves both the file and its backup.
// The copy is made under a name the rotation does not list (.part) and only
// renamed by finishBackup() once the save is sure to go ahead, so neither a
// crash nor a refused save leaves half a backup or pushes out an old one.
QString SidecarStore::startBackup(QString *why) const
{
    if (m_backupCount <= 0 || !QFile::exists(m_path))
        return {};
    const QString dir = backupDirectory();
    if (!QDir().mkpath(dir)) {
        *why = tr("the backup folder %1 cannot be created").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    // A sequence number, zero-padded, so that names sort in save order even
    // for several saves within one millisecond.
    QString target;
    for (int n = 0; target.isEmpty() || QFile::exists(target) || QFile::exists(target + QLatin1String(".part")); ++n)
        target = dir + QStringLiteral("/marginalia-") + stamp + QLatin1Char('-')
            + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')) + QStringLiteral(".json");
    const QString part = target + QLatin1String(".part");
    QString error;
    if (!copyFile(m_path, part, &error)) {
        *why = tr("the backup %1 cannot be written: %2").arg(QDir::toNativeSeparators(target), error);
        return {};
    }
    return part;
}

bool SidecarStore::finishBackup(const QString &part, QString *why) const
{
    if (part.isEmpty())
        return true;
    const QString target = part.chopped(5); // ".part"
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        *why = tr("the backup %1 cannot be written: %2")
                   .arg(QDir::toNativeSeparators(target), tr("it cannot be renamed"));
        return false;
    }
    // Names sort by time: drop the oldest beyond the count.
    const QDir backups(backupDirectory());
    const QStringList names = backups.entryList({ QStringLiteral("marginalia-*.json") }, QDir::Files, QDir::Name);
    ReleaseLater release;
    for (qsizetype i = 0; i + m_backupCount < names.size(); ++i) {
        release.hold(backups.filePath(names.at(i)));
        QFile::remove(backups.filePath(names.at(i)));
    }
    // Copies left by a save that was killed; a save in progress is younger.
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-600);
    const QFileInfoList parts = backups.entryInfoList({ QStringLiteral("marginalia-*.json.part") }, QDir::Files);
    for (const QFileInfo &p : parts) {
        if (p.lastModified() < stale)
            QFile::remove(p.filePath());
    }
    return true;
}

SidecarStore::LoadResult SidecarStore::load() const
{
    QElapsedTimer total;
    total.start();
    Timings timings;
    const auto finish = [&](LoadResult result) {
        if (m_timings) {
            timings.total = total.nsecsElapsed();
            *m_timings = timings;
        }
        return result;
    };

    LoadResult result;
    QFile file(m_path);
    if (!file.exists()) {
        result.status = Status::Missing;
        return finish(result);
    }
    const QString name = QDir::toNativeSeparators(m_path);
    // A FIFO would block the open until someone writes to it, and a device
    // (a link to /dev/zero) never ends: only a regular file is read.
    if (!QFileInfo(file).isFile()) {
        result.status = Status::Unreadable;
        result.error = tr("%1: cannot be read: %2").arg(name, tr("it is not a regular file"));
        return finish(result);
    }
    if (QFileInfo(file).size() > SidecarCodec::MaxSize) {
        result.status = Status::Invalid;
        result.error = tr("%1: the file is larger than the %2 MB a sidecar may have")
                           .arg(name)
                           .arg(SidecarCodec::MaxSize / (1024 * 1024));
        return finish(result);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::Unreadable;
        result.error = tr("%1: cannot be read: %2").arg(name, file.errorString());
        return finish(result);
    }
    // Stat before reading: if the file changes in between, the fingerprint is
    // older than the bytes and the next save sees a change (and merges), never the reverse.
    Fingerprint fingerprint = statOf(m_path);
    QElapsedTimer step;
    step.start();
    const QByteArray bytes = file.readAll();
    timings.read = step.nsecsElapsed();
    if (file.error() != QFileDevice::NoError) {
        result.status = Status::Unreadable;
        result.error = tr("%1: reading failed: %2").arg(name, file.errorString());
        return finish(result);
    }
    // The hash on another core while this one parses.
    QFuture<QPair<QByteArray, qint64>> hash = QtConcurrent::run([bytes]() {
        QElapsedTimer t;
        t.start();
        QByteArray hex = Sha256::of(bytes);
        return qMakePair(hex, t.nsecsElapsed());
    });
    step.restart();
    SidecarCodec::ParseResult parsed = SidecarCodec::parse(bytes);
    timings.parse = step.nsecsElapsed();
    const QPair<QByteArray, qint64> hashed = hash.result();
    timings.hash = hashed.second;
    fingerprint.sha256 = hashed.first;
    if (!parsed.ok) {
        result.status = parsed.newerVersion ? Status::Newer : Status::Invalid;
        result.error = tr("%1: %2").arg(name, parsed.error);
        return finish(result);
    }
    result.status = Status::Ok;
    result.data = std::move(parsed.data);
    result.fingerprint = fingerprint;
    return finish(result);
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
    QElapsedTimer total;
    total.start();
    Timings timings;
    const auto finish = [&](SaveStatus status) {
        if (m_timings) {
            timings.total = total.nsecsElapsed();
            *m_timings = timings;
        }
        return status;
    };
    const QString name = QDir::toNativeSeparators(m_path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1: not saved: %2").arg(name, why);
        return finish(SaveStatus::Failed);
    };
    const auto changedOnDisk = [&]() {
        if (error)
            *error = tr("%1: not saved: the file was changed on disk by someone else since it was read").arg(name);
        return finish(SaveStatus::ChangedOnDisk);
    };

    // Four things at once; nothing replaces the file before all are done
    // and the bytes are known to read back.
    // 1. The file on disk: its fingerprint, or whether it reads as ours at
    //    all; if it may be replaced, its backup copy. It does not need the
    //    new bytes, so it starts first and runs while they are made.
    struct OnDisk
    {
        Fingerprint fingerprint;
        bool existed = false;
        bool readsAsOurs = false;
        QString backup; ///< the .part copy
        QString backupError;
        qint64 inspectNs = 0, backupNs = 0;
    };
    QFuture<OnDisk> onDisk = QtConcurrent::run([this, expected]() {
        OnDisk disk;
        QElapsedTimer t;
        t.start();
        bool replaceable = true;
        if (expected) {
            disk.fingerprint = fingerprintOf(m_path);
            replaceable = disk.fingerprint == *expected;
        } else if (QFile::exists(m_path)) {
            disk.existed = true;
            QFile old(m_path);
            const QFileInfo info(old);
            if (info.isFile() && info.size() <= SidecarCodec::MaxSize && old.open(QIODevice::ReadOnly)) {
                const QByteArray oldBytes = old.readAll();
                disk.readsAsOurs = old.error() == QFileDevice::NoError && SidecarCodec::check(oldBytes).ok;
            }
            replaceable = disk.readsAsOurs;
        }
        disk.inspectNs = t.nsecsElapsed();
        if (replaceable) {
            t.restart();
            disk.backup = startBackup(&disk.backupError);
            disk.backupNs = t.nsecsElapsed();
        }
        return disk;
    });

    // 2. and 3. The new bytes, written to QSaveFile's temporary file and
    //    validated by two threads as they are serialised here (each part
    //    while it is still in the CPU's cache); the hash of the new file for
    //    the caller is taken by the writer on the way.
    SidecarStream stream;
    QSaveFile file(m_path);
    struct NewFile
    {
        QString error;
        QByteArray sha256;
        qint64 writeNs = 0, fsyncNs = 0;
    };
    NewFile wrote;
    std::thread writer([&file, &stream, &wrote, hash = written != nullptr]() {
        QElapsedTimer t;
        t.start();
        Sha256 sha;
        qsizetype done = 0;
        SidecarStream::View view;
        if (!file.open(QIODevice::WriteOnly)) {
            wrote.error = file.errorString();
            return; // serialize() does not wait for its readers
        }
        do {
            view = stream.waitForBytes(done);
            const qsizetype n = view.size - done;
            if (n > 0) {
                // errno is per thread: set here, read here.
                errno = 0;
                if (file.write(view.base + done, n) != n) {
                    wrote.error = ioError(file, errno);
                    return;
                }
                if (hash)
                    sha.add(view.base + done, n);
            }
            done = view.size;
        } while (!view.closed);
        errno = 0;
        if (!file.flush()) {
            wrote.error = ioError(file, errno);
            return;
        }
        if (hash)
            wrote.sha256 = sha.hex();
        wrote.writeNs = t.nsecsElapsed();
        t.restart();
        if (::fsync(file.handle()) != 0)
            wrote.error = QString::fromLocal8Bit(std::strerror(errno));
        wrote.fsyncNs = t.nsecsElapsed();
    });
    // 4. The same checks as reading the file, without building the data again.
    SidecarCodec::CheckResult check;
    qint64 validateNs = 0;
    std::thread validator([&stream, &check, &validateNs]() {
        QElapsedTimer t;
        t.start();
        check = SidecarCodec::check(&stream);
        validateNs = t.nsecsElapsed();
    });

    QElapsedTimer step;
    step.start();
    const QByteArray bytes = SidecarCodec::serialize(data, &stream);
    timings.serialize = step.nsecsElapsed();
    validator.join();
    writer.join();
    timings.validate = validateNs;
    timings.validatedWhileWritten = check.ok;
    if (!check.ok) {
        // Refused, or not decided while streaming: the whole bytes again,
        // which also words the problem.
        step.restart();
        check = SidecarCodec::check(bytes);
        timings.validate += step.nsecsElapsed();
    }
    const OnDisk disk = onDisk.result();
    const QByteArray newHash = wrote.sha256;
    timings.write = wrote.writeNs;
    timings.fsync = wrote.fsyncNs;
    timings.checkOnDisk = disk.inspectNs;
    timings.backup = disk.backupNs;

    // A refused save leaves no trace: no temporary file, no backup, no new folder.
    const auto giveUp = [&]() {
        file.cancelWriting();
        if (!disk.backup.isEmpty()) {
            QFile::remove(disk.backup);
            QDir().rmdir(backupDirectory()); // only if empty
        }
    };
    if (!check.ok || check.annotationCount != data.annotationCount() || check.tagCount != data.codebook.size()) {
        giveUp();
        return fail(tr("the serialised data did not read back (%1)").arg(check.error));
    }
    if (expected && disk.fingerprint != *expected) {
        giveUp();
        return changedOnDisk();
    }
    if (!expected && disk.existed && !disk.readsAsOurs) {
        // Never replace a file we cannot read as ours: it may be a newer format or hand edits.
        // (With a fingerprint, the file is byte for byte one that was read or written as ours.)
        giveUp();
        return fail(tr("the file on disk is not one this version can read, so it is left as it is"));
    }
    if (!wrote.error.isEmpty()) {
        giveUp();
        return fail(wrote.error);
    }
    if (!disk.backupError.isEmpty()) {
        giveUp();
        return fail(disk.backupError);
    }
    if (expected) {
        // The hash was taken a moment ago; a writer since then shows in size or time.
        const Fingerprint now = statOf(m_path);
        if (now.exists != expected->exists || now.size != expected->size || now.mtimeNs != expected->mtimeNs) {
            giveUp();
            return changedOnDisk();
        }
    }
    step.restart();
    QString why;
    if (!finishBackup(disk.backup, &why)) {
        file.cancelWriting();
        return fail(why);
    }
    // The file being replaced, freed after the save rather than by the rename.
    ReleaseLater release;
    release.hold(m_path);
    errno = 0;
    if (!file.commit())
        return fail(ioError(file, errno));
    const bool dirSynced = fsyncDirectory(QFileInfo(m_path).absolutePath(), &why);
    timings.commit = step.nsecsElapsed();
    if (!dirSynced)
        return fail(tr("saved, but the folder could not be synced: %1").arg(why));
    if (written) {
        *written = statOf(m_path);
        written->sha256 = newHash;
    }
    return finish(SaveStatus::Saved);
}

} // namespace Marginalia
