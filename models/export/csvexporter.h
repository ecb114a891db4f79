#pragma once

#include "exportsnapshot.h"

#include <QByteArray>

namespace Marginalia {

/// Coded segments as CSV (RFC 4180: comma-separated, CRLF line ends, fields
/// with a comma, quote or line break in double quotes, quotes doubled), UTF-8,
/// one header row then one row per span: document, outlet, date, tag path,
/// quote, note, author, start, end. start/end are Unicode code points into the
/// canonical text, as in the sidecar and the W3C export.
class CsvExporter
{
public:
    /// byteOrderMark: start with a UTF-8 BOM, which spreadsheet programs need
    /// to read the file as UTF-8.
    static QByteArray exportSnapshot(const ExportSnapshot &snapshot, bool byteOrderMark = false);
    static QString field(const QString &value);
};

} // namespace Marginalia
