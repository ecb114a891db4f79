#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace Marginalia {

/// Guards for the XML inside DOCX and EPUB files: a document type declaration
/// is refused outright (no entity expansion, no external DTD or entity is
/// ever resolved; QXmlStreamReader fetches nothing by itself either), and
/// parse errors are reported with the part's name, line and column.
class XmlParts
{
public:
    /// Call after each readNext(); true (and a translated error) on a DTD.
    static bool refuseDtd(const QXmlStreamReader &reader, const QString &part, QString *error);
    /// Translated "part: message at line L, column C" for reader.hasError().
    static QString errorText(const QXmlStreamReader &reader, const QString &part);
};

} // namespace Marginalia
