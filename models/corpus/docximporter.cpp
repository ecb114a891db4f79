#include "docximporter.h"

#include "xmlparts.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::DocxImporter", text);
}

bool readBody(const QByteArray &xml, QString *text, QString *error)
{
    const QString part = QStringLiteral("word/document.xml");
    QXmlStreamReader reader(xml);
    QStringList paragraphs;
    QString current;
    int inText = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (XmlParts::refuseDtd(reader, part, error))
            return false;
        const QStringView local = reader.name();
        if (reader.isStartElement()) {
            if (local == QLatin1String("t"))
                ++inText;
            else if (local == QLatin1String("tab"))
                current.append(QLatin1Char('\t'));
            else if (local == QLatin1String("br") || local == QLatin1String("cr"))
                current.append(QLatin1Char('\n'));
        } else if (reader.isEndElement()) {
            if (local == QLatin1String("t"))
                inText = std::max(0, inText - 1);
            else if (local == QLatin1String("p")) {
                const QString p = current.trimmed();
                if (!p.isEmpty())
                    paragraphs.append(p);
                current.clear();
            }
        } else if (reader.isCharacters() && inText > 0) {
            current.append(reader.text());
        }
    }
    if (reader.hasError()) {
        *error = XmlParts::errorText(reader, part);
        return false;
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        paragraphs.append(rest);
    *text = paragraphs.join(QLatin1String("\n\n"));
    return true;
}

void readCore(const QByteArray &xml, DocumentMetadata &meta)
{
    QXmlStreamReader reader(xml);
    QString dummy;
    while (!reader.atEnd()) {
        reader.readNext();
        if (XmlParts::refuseDtd(reader, QString(), &dummy))
            return; // metadata is optional: ignore the part
        if (!reader.isStartElement())
            continue;
        const QStringView local = reader.name();
        if (local == QLatin1String("title"))
            meta.title = reader.readElementText(QXmlStreamReader::SkipChildElements).simplified();
        else if (local == QLatin1String("creator"))
            meta.author = reader.readElementText(QXmlStreamReader::SkipChildElements).simplified();
    }
}

} // namespace

ImportResult DocxImporter::importBytes(const QByteArray &bytes, const QString &relativePath) const
{
    ImportResult r;
    ZipArchive zip(bytes);
    if (!zip.isValid()) {
        r.error = tr("is not a valid DOCX file (not a zip archive)");
        return r;
    }
    QByteArray xml;
    QString error;
    if (!zip.read(QStringLiteral("word/document.xml"), &xml, &error)) {
        r.error = tr("is not a readable DOCX file: %1").arg(error);
        return r;
    }
    QString body;
    if (!readBody(xml, &body, &error)) {
        r.error = tr("is not a readable DOCX file: %1").arg(error);
        return r;
    }
    r.document.setText(body);
    QByteArray core;
    if (zip.contains(QStringLiteral("docProps/core.xml"))) {
        if (zip.read(QStringLiteral("docProps/core.xml"), &core, &error))
            readCore(core, r.document.meta);
        else
            r.warnings.append(tr("its metadata could not be read: %1").arg(error));
    }
    r.document.format = name();
    finish(r, relativePath);
    return r;
}

} // namespace Marginalia
