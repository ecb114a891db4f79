#pragma once

#include <QStringList>

namespace Marginalia {

/// `marginalia export CORPUS_DIR [--doc PATH]... [--outlet NAME] [--tag NAME]
/// (--pdf OUT | --csv OUT | --html OUT | --w3c OUT) [--no-pdf-annotations]
/// [--boilerplate keep|grey|omit] [--bom]` (docs/cli.md). Runs an ExportJob;
/// the output file is written whole or not at all.
class ExportCommand
{
public:
    /// True when argv asks for `export`. It lays out text, so main() gives it a
    /// QGuiApplication on the offscreen platform (fonts, no display needed).
    static bool isExport(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace Marginalia
