#include "sidecarstore.h"

#include "sidecarcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::SidecarStore", text);
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
    const QByteArray bytes = file.readAll();
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
    return result;
}

bool SidecarStore::save(const SidecarData &data, QString *error) const
{
    const QString name = QDir::toNativeSeparators(m_path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1: not saved: %2").arg(name, why);
        return false;
    };

    const QByteArray bytes = SidecarCodec::serialize(data);
    // Validate our own output before it can replace anything.
    const SidecarCodec::ParseResult check = SidecarCodec::parse(bytes);
    if (!check.ok || check.data.annotationCount() != data.annotationCount()
        || check.data.codebook.size() != data.codebook.size())
        return fail(tr("the serialised data did not read back (%1)").arg(check.error));

    // Never replace a file we cannot read as ours: it may be a newer format or hand edits.
    if (QFile::exists(m_path)) {
        const LoadResult current = load();
        if (current.status != Status::Ok)
            return fail(tr("the file on disk is not one this version can read, so it is left as it is"));
    }

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (::fsync(file.handle()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    QString why;
    if (!fsyncDirectory(QFileInfo(m_path).absolutePath(), &why))
        return fail(tr("saved, but the folder could not be synced: %1").arg(why));
    return true;
}

} // namespace Marginalia
