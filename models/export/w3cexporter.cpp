#include "w3cexporter.h"

#include "annotation/textoffsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace Marginalia {

namespace {
QString sourceIri(const ExportSnapshot &snapshot, const Document &d)
{
    return QUrl::fromLocalFile(QString(snapshot.corpusPath + QLatin1Char('/') + d.path)).toString(QUrl::FullyEncoded);
}
} // namespace

QJsonObject W3cExporter::memoAnnotation(const ExportSnapshot &snapshot, const ExportSnapshot::Entry &entry)
{
    const Document &d = entry.document;
    const QString source = sourceIri(snapshot, d);
    // RFC 4122's URL namespace: the same article (IRI) always gets the same memo id.
    static const QUuid urlNamespace(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
    const QUuid id = QUuid::createUuidV5(urlNamespace, QString(source + QLatin1String("#memo")));
    QJsonObject target { { QStringLiteral("source"), source } };
    if (!d.meta.url.isEmpty())
        target.insert(QStringLiteral("scope"), d.meta.url);
    return QJsonObject {
        { QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces)) },
        { QStringLiteral("type"), QStringLiteral("Annotation") },
        { QStringLiteral("motivation"), QStringLiteral("commenting") },
        { QStringLiteral("body"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                { QStringLiteral("purpose"), QStringLiteral("commenting") },
                { QStringLiteral("format"), QStringLiteral("text/plain") }, { QStringLiteral("value"), entry.memo } } },
        { QStringLiteral("target"), target },
    };
}

QJsonObject W3cExporter::annotation(
    const ExportSnapshot &snapshot, const ExportSnapshot::Entry &entry, const Span &span)
{
    const Document &d = entry.document;
    const QString text = d.scanText();
    const TextOffsets offsets(text);
    QJsonArray bodies;
    bodies.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
        { QStringLiteral("purpose"), QStringLiteral("tagging") },
        { QStringLiteral("value"), snapshot.tagPath(span.tagId) } });
    if (!span.note.isEmpty()) {
        bodies.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
            { QStringLiteral("purpose"), QStringLiteral("commenting") },
            { QStringLiteral("format"), QStringLiteral("text/plain") }, { QStringLiteral("value"), span.note } });
    }
    const QJsonArray selectors {
        QJsonObject { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
            { QStringLiteral("exact"), text.mid(span.start, span.length()) },
            { QStringLiteral("prefix"), TextOffsets::contextBefore(text, span.start) },
            { QStringLiteral("suffix"), TextOffsets::contextAfter(text, span.end) } },
        QJsonObject { { QStringLiteral("type"), QStringLiteral("TextPositionSelector") },
            { QStringLiteral("start"), offsets.toCodePoint(span.start) },
            { QStringLiteral("end"), offsets.toCodePoint(span.end) } },
    };
    QJsonObject target {
        { QStringLiteral("source"), sourceIri(snapshot, d) },
        { QStringLiteral("selector"), selectors },
    };
    if (!d.meta.url.isEmpty())
        target.insert(QStringLiteral("scope"), d.meta.url);
    QJsonObject a {
        { QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") + span.id) },
        { QStringLiteral("type"), QStringLiteral("Annotation") },
        { QStringLiteral("motivation"),
            span.note.isEmpty() ? QStringLiteral("tagging") : QStringLiteral("commenting") },
        { QStringLiteral("body"), bodies },
        { QStringLiteral("target"), target },
    };
    if (span.created.isValid())
        a.insert(QStringLiteral("created"), span.created.toUTC().toString(Qt::ISODate));
    if (span.modified.isValid())
        a.insert(QStringLiteral("modified"), span.modified.toUTC().toString(Qt::ISODate));
    if (!span.author.isEmpty()) {
        a.insert(QStringLiteral("creator"),
            QJsonObject {
                { QStringLiteral("type"), QStringLiteral("Person") }, { QStringLiteral("name"), span.author } });
    }
    return a;
}

QByteArray W3cExporter::exportSnapshot(const ExportSnapshot &snapshot)
{
    QJsonArray items;
    for (const ExportSnapshot::Entry &e : snapshot.entries) {
        for (const Span &s : e.spans)
            items.append(annotation(snapshot, e, s));
        if (!e.memo.isEmpty())
            items.append(memoAnnotation(snapshot, e));
    }
    const QJsonObject collection {
        { QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld") },
        { QStringLiteral("type"), QStringLiteral("AnnotationCollection") },
        { QStringLiteral("label"), snapshot.corpusName },
        { QStringLiteral("total"), items.size() },
        { QStringLiteral("first"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("AnnotationPage") },
                { QStringLiteral("startIndex"), 0 }, { QStringLiteral("items"), items } } },
    };
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

} // namespace Marginalia
