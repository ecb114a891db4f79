#include "exportwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Marginalia {

bool ExportWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        *error = tr("no output file given");
        return false;
    }
    if (info.isDir()) {
        *error = tr("%1: is a folder, not a file").arg(shown);
        return false;
    }
    if (!info.absoluteDir().exists()) {
        *error = tr("%1: the folder %2 does not exist").arg(shown, QDir::toNativeSeparators(info.absoluteDir().path()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written: %2").arg(shown, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        *error = tr("%1: writing failed (is the disk full?): %2").arg(shown, why);
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: writing failed (is the disk full?): %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace Marginalia
