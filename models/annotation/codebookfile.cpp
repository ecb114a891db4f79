#include "codebookfile.h"

#include "export/exportwriter.h"
#include "sidecarcodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Marginalia {

namespace {
const QLatin1String kFormat("marginalia-codebook");

QString lineColumn(const QByteArray &bytes, int offset)
{
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return CodebookFile::tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}
} // namespace

CodebookFile::ParseResult CodebookFile::parse(const QByteArray &bytes)
{
    ParseResult result;
    if (bytes.size() > MaxSize) {
        result.error = tr("the file is larger than the %1 MB a codebook may have").arg(MaxSize / (1024 * 1024));
        return result;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        result.error = tr("not valid JSON: %1 (%2)").arg(err.errorString(), lineColumn(bytes, err.offset));
        return result;
    }
    const QJsonObject root = doc.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (doc.isObject() && format == QLatin1String("marginalia")) {
        // Another corpus's sidecar: its codebook, read by the sidecar's own strict reader.
        SidecarCodec::ParseResult sidecar = SidecarCodec::parse(bytes);
        if (!sidecar.ok) {
            result.error = tr("a Marginalia sidecar that cannot be read: %1").arg(sidecar.error);
            return result;
        }
        result.tags = std::move(sidecar.data.codebook);
        result.fromSidecar = true;
        result.ok = true;
        return result;
    }
    if (!doc.isObject() || format != kFormat) {
        result.error = tr("not a Marginalia codebook: \"format\" is not \"%1\"").arg(kFormat);
        return result;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt())) {
        result.error = tr("\"version\" must be a whole number of at least 1");
        return result;
    }
    if (version.toInt() > FormatVersion) {
        result.error = tr("written by a newer Marginalia (codebook format version %1; this build reads up to %2)")
                           .arg(version.toInt())
                           .arg(FormatVersion);
        return result;
    }
    const QJsonValue tags = root.value(QLatin1String("tags"));
    if (tags.isUndefined()) {
        result.error = tr("the field \"tags\" is missing");
        return result;
    }
    QString error;
    if (!SidecarCodec::parseTags(tags, QStringLiteral("tags"), &result.tags, &error)) {
        result.error = error;
        return result;
    }
    result.ok = true;
    return result;
}

QByteArray CodebookFile::serialize(const QVector<Tag> &tags)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), kFormat);
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("tags"), SidecarCodec::tagsToJson(tags));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

CodebookFile::ParseResult CodebookFile::load(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    ParseResult result;
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        result.error = tr("%1: is a folder, not a file").arg(shown);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot be read: %2").arg(shown, file.errorString());
        return result;
    }
    if (file.size() > MaxSize) {
        result.error
            = tr("%1: the file is larger than the %2 MB a codebook may have").arg(shown).arg(MaxSize / (1024 * 1024));
        return result;
    }
    QByteArray bytes = file.read(MaxSize + 1);
    if (bytes.startsWith("\xEF\xBB\xBF")) // a BOM from an editor is harmless
        bytes.remove(0, 3);
    result = parse(bytes);
    if (!result.ok)
        result.error = tr("%1: %2").arg(shown, result.error);
    return result;
}

bool CodebookFile::save(const QString &path, const QVector<Tag> &tags, QString *error)
{
    return ExportWriter::write(path, serialize(tags), error);
}

} // namespace Marginalia
