#include "xmlparts.h"

#include <QCoreApplication>

namespace Marginalia {

bool XmlParts::refuseDtd(const QXmlStreamReader &reader, const QString &part, QString *error)
{
    if (reader.tokenType() != QXmlStreamReader::DTD)
        return false;
    *error = QCoreApplication::translate(
        "Marginalia::XmlParts", "the part \"%1\" declares a DTD, which is refused for safety")
                 .arg(part);
    return true;
}

QString XmlParts::errorText(const QXmlStreamReader &reader, const QString &part)
{
    return QCoreApplication::translate(
        "Marginalia::XmlParts", "the part \"%1\" is not well-formed XML: %2 (line %3, column %4)")
        .arg(part, reader.errorString())
        .arg(reader.lineNumber())
        .arg(reader.columnNumber());
}

} // namespace Marginalia
