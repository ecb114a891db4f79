#include "sourcefile.h"

#include <QFile>
#include <QFileInfo>

namespace Marginalia {

SourceFile::Result SourceFile::read(const QString &path, qint64 maxBytes)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    QByteArray bytes = file.read(maxBytes);
    result.truncated = !file.atEnd();
    if (result.truncated) {
        // Do not cut a UTF-8 sequence in half: drop continuation bytes at the end.
        while (!bytes.isEmpty() && (uchar(bytes.back()) & 0xC0) == 0x80)
            bytes.chop(1);
        if (!bytes.isEmpty() && uchar(bytes.back()) >= 0xC0)
            bytes.chop(1);
    }
    result.text = QString::fromUtf8(bytes);
    result.ok = true;
    return result;
}

} // namespace Marginalia
