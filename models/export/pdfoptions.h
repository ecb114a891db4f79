#pragma once

#include <QPageSize>
#include <QString>

namespace Marginalia {

/// How an annotated PDF is made (PdfExporter).
struct PdfOptions
{
    /// Real PDF highlight annotations ("tag: note") over every span, so notes
    /// show in any reader's comment panel. Off: only the printed highlights.
    bool annotations = true;
    /// Page furniture lines (Boilerplate): printed as is, greyed, or left out.
    /// A line that carries a span is never left out (it is greyed instead).
    enum class BoilerplateMode { Keep, Grey, Omit };
    BoilerplateMode boilerplate = BoilerplateMode::Grey;
    QPageSize pageSize = QPageSize(QPageSize::A4);
    /// PDF title; empty: the article's title, or "Corpus report: NAME".
    QString title;
};

} // namespace Marginalia
