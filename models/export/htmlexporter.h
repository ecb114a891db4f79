#pragma once

#include "exportsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Marginalia {

/// A standalone HTML report (one file, inline CSS, no scripts, nothing
/// fetched): per article a header, a legend, the text with every span in its
/// tag colour (cut and blended as SpanHighlighter::pieces draws them), numbered
/// note markers and the notes after their paragraph; each paragraph sets
/// dir="auto" so Arabic runs right to left.
class HtmlExporter
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::HtmlExporter)
public:
    static QByteArray exportSnapshot(const ExportSnapshot &snapshot);
};

} // namespace Marginalia
