#include "epubimporter.h"

#include "htmlimporter.h"
#include "xmlparts.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::EpubImporter", text);
}

} // namespace

QString EpubImporter::resolve(const QString &base, const QString &href)
{
    // hrefs are URLs: drop a fragment, undo percent-encoding.
    QString path = QUrl::fromPercentEncoding(href.section(QLatin1Char('#'), 0, 0).toUtf8());
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char(':')))
        return {};
    const int slash = int(base.lastIndexOf(QLatin1Char('/')));
    const QStringList parts = (slash >= 0 ? base.left(slash + 1) + path : path).split(QLatin1Char('/'));
    QStringList out;
    for (const QString &p : parts) {
        if (p.isEmpty() || p == QLatin1String("."))
            continue;
        if (p == QLatin1String("..")) {
            if (out.isEmpty())
                return {}; // climbs out of the archive
            out.removeLast();
            continue;
        }
        out.append(p);
    }
    return out.join(QLatin1Char('/'));
}

ImportResult EpubImporter::importBytes(const QByteArray &bytes, const QString &relativePath) const
{
    ImportResult r;
    ZipArchive zip(bytes);
    if (!zip.isValid()) {
        r.error = tr("is not a valid EPUB file (not a zip archive)");
        return r;
    }
    QString error;
    QByteArray xml;
    const QString containerPart = QStringLiteral("META-INF/container.xml");
    if (!zip.read(containerPart, &xml, &error)) {
        r.error = tr("is not a readable EPUB file: %1").arg(error);
        return r;
    }
    QString opfPath;
    {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd() && opfPath.isEmpty()) {
            reader.readNext();
            if (XmlParts::refuseDtd(reader, containerPart, &error)) {
                r.error = tr("is not a readable EPUB file: %1").arg(error);
                return r;
            }
            if (reader.isStartElement() && reader.name() == QLatin1String("rootfile"))
                opfPath = resolve(QString(), reader.attributes().value(QLatin1String("full-path")).toString());
        }
        if (reader.hasError()) {
            r.error = tr("is not a readable EPUB file: %1").arg(XmlParts::errorText(reader, containerPart));
            return r;
        }
    }
    if (opfPath.isEmpty() || !zip.read(opfPath, &xml, &error)) {
        r.error = tr("is not a readable EPUB file: %1")
                      .arg(opfPath.isEmpty() ? tr("the container names no package document") : error);
        return r;
    }

    QHash<QString, QString> manifest; // id -> href
    QStringList spine;
    DocumentMetadata &meta = r.document.meta;
    {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            reader.readNext();
            if (XmlParts::refuseDtd(reader, opfPath, &error)) {
                r.error = tr("is not a readable EPUB file: %1").arg(error);
                return r;
            }
            if (!reader.isStartElement())
                continue;
            const QStringView local = reader.name();
            const QXmlStreamAttributes a = reader.attributes();
            if (local == QLatin1String("item")) {
                manifest.insert(a.value(QLatin1String("id")).toString(), a.value(QLatin1String("href")).toString());
            } else if (local == QLatin1String("itemref")) {
                if (a.value(QLatin1String("linear")) != QLatin1String("no"))
                    spine.append(a.value(QLatin1String("idref")).toString());
            } else if (reader.namespaceUri() == QLatin1String("http://purl.org/dc/elements/1.1/")) {
                const QString value = reader.readElementText(QXmlStreamReader::SkipChildElements).simplified();
                if (local == QLatin1String("title") && meta.title.isEmpty())
                    meta.title = value;
                else if (local == QLatin1String("creator") && meta.author.isEmpty())
                    meta.author = value;
                else if (local == QLatin1String("publisher") && meta.outlet.isEmpty())
                    meta.outlet = value;
                else if (local == QLatin1String("date") && !meta.date.isValid())
                    meta.date = QDate::fromString(value.left(10), Qt::ISODate);
                else if (local == QLatin1String("source") && meta.url.isEmpty()
                    && value.startsWith(QLatin1String("http")))
                    meta.url = value;
            }
        }
        if (reader.hasError()) {
            r.error = tr("is not a readable EPUB file: %1").arg(XmlParts::errorText(reader, opfPath));
            return r;
        }
    }

    QStringList chapters;
    for (const QString &id : std::as_const(spine)) {
        const QString href = manifest.value(id);
        const QString part = resolve(opfPath, href);
        if (part.isEmpty() || !zip.contains(part)) {
            r.warnings.append(tr("the chapter \"%1\" is not in the archive; skipped").arg(href));
            continue;
        }
        QByteArray chapter;
        if (!zip.read(part, &chapter, &error)) {
            // A bomb or a damaged part: the whole book is suspect.
            r.error = tr("is not a readable EPUB file: %1").arg(error);
            return r;
        }
        QString encoding;
        QStringList warnings;
        const QByteArray utf8 = HtmlImporter::toUtf8(chapter, &encoding, &warnings, &error);
        if (!error.isEmpty()) {
            r.warnings.append(tr("the chapter \"%1\" cannot be decoded: %2; skipped").arg(part, error));
            error.clear();
            continue;
        }
        const QString text = HtmlImporter::extract(utf8, nullptr, true);
        if (!text.isEmpty())
            chapters.append(text);
    }
    r.document.setText(chapters.join(QLatin1String("\n\n")));
    r.document.format = name();
    finish(r, relativePath);
    return r;
}

} // namespace Marginalia
