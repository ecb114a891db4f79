#include "plaintextimporter.h"

#include "textimporter.h"

namespace Marginalia {

QStringList PlainTextImporter::suffixes() const
{
    return TextImporter::suffixes();
}

ImportResult PlainTextImporter::importBytes(const QByteArray &bytes, const QString &relativePath) const
{
    ImportResult r = TextImporter::importBytes(bytes, relativePath);
    r.document.extractorVersion = version();
    return r;
}

} // namespace Marginalia
