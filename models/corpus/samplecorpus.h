#pragma once

#include <QString>

namespace Marginalia {

/// The sample corpus bundled as Qt resources under ":/sample-corpus". The GUI
/// opens a writable copy of it when started without a corpus folder, so the
/// analyst's annotations of the sample are kept between runs.
class SampleCorpus
{
public:
    static QString resourceRoot() { return QStringLiteral(":/sample-corpus"); }
    /// Where the writable copy lives (in the user's application data folder).
    static QString defaultLocation();
    /// Copies the bundled files to target unless a sidecar is already there
    /// (the analyst's work is never replaced). Returns false with *error set.
    static bool install(const QString &target, QString *error);
};

} // namespace Marginalia
