#pragma once

#include "exportsnapshot.h"

#include <QByteArray>
#include <QJsonObject>

namespace Marginalia {

/// The spans as W3C Web Annotation JSON-LD: one AnnotationCollection whose
/// first page holds an Annotation per span. The tag is a "tagging" body, the
/// note a "commenting" body; the target names the article file and selects
/// the span with a TextQuoteSelector (exact, 32 code points of prefix and
/// suffix) and a TextPositionSelector in Unicode code points, as the Web
/// Annotation model counts (converted by TextOffsets).
class W3cExporter
{
public:
    static QByteArray exportSnapshot(const ExportSnapshot &snapshot);
    static QJsonObject annotation(const ExportSnapshot &snapshot, const ExportSnapshot::Entry &entry, const Span &span);
};

} // namespace Marginalia
