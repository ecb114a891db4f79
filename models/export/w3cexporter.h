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
/// Annotation model counts (converted by TextOffsets). A document's memo is
/// one more Annotation, "commenting" on the whole article (no selector),
/// listed after that article's spans.
class W3cExporter
{
public:
    static QByteArray exportSnapshot(const ExportSnapshot &snapshot);
    static QJsonObject annotation(const ExportSnapshot &snapshot, const ExportSnapshot::Entry &entry, const Span &span);
    /// The memo of an entry as an Annotation; its id is a name-based UUID of
    /// the article's IRI, so that exporting again gives the same id.
    static QJsonObject memoAnnotation(const ExportSnapshot &snapshot, const ExportSnapshot::Entry &entry);
};

} // namespace Marginalia
