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
        // Do not cut a UTF-8 sequence in half: if the last one is incomplete, drop it.
        qsizetype lead = bytes.size() - 1;
        while (lead >= 0 && bytes.size() - lead < 4 && (uchar(bytes.at(lead)) & 0xC0) == 0x80)
            --lead;
        if (lead >= 0) {
            const uchar b = uchar(bytes.at(lead));
            const qsizetype length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            if (bytes.size() - lead < length)
                bytes.truncate(lead);
        }
    }
    result.text = QString::fromUtf8(bytes);
    result.ok = true;
    return result;
}

} // namespace Marginalia
