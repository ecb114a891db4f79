#pragma once

#include <QCoreApplication>
#include <QString>

namespace Marginalia {

/// What this build of Marginalia contains, for the About box and --version:
/// the version, the Qt it runs on, and each optional feature with whether it
/// was compiled in (and, if not, what that means for the analyst).
class BuildInfo
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::BuildInfo)
public:
    /// One line per optional feature, translated.
    static QStringList features();
    /// The About box's rich text.
    static QString aboutHtml();
};

} // namespace Marginalia
