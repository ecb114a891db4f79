#include "csvexporter.h"

#include "annotation/textoffsets.h"

namespace Marginalia {

QString CsvExporter::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvExporter::exportSnapshot(const ExportSnapshot &snapshot, bool byteOrderMark)
{
    const QLatin1String crlf("\r\n");
    QString out;
    // Column names are a data format, not user interface: never translated.
    out += QLatin1String("document,outlet,date,tag,quote,note,author,start,end") + crlf;
    for (const ExportSnapshot::Entry &e : snapshot.entries) {
        const Document &d = e.document;
        const QString text = d.scanText();
        const TextOffsets offsets(text);
        for (const Span &s : e.spans) {
            const QStringList row {
                field(d.path),
                field(d.meta.outlet),
                d.meta.date.isValid() ? d.meta.date.toString(Qt::ISODate) : QString(),
                field(snapshot.tagPath(s.tagId)),
                field(text.mid(s.start, s.length())),
                field(s.note),
                field(s.author),
                QString::number(offsets.toCodePoint(s.start)),
                QString::number(offsets.toCodePoint(s.end)),
            };
            out += row.join(QLatin1Char(',')) + crlf;
        }
    }
    QByteArray bytes = out.toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace Marginalia
