#pragma once

#include <QStringList>

namespace Marginalia {

/// The command-line front end (docs/cli.md). Subcommands run without a
/// display, on a QCoreApplication; they print what the models report and set
/// the exit code, and never touch files themselves.
class CommandLine
{
public:
    /// True when argv asks for a subcommand, --version or --help, i.e. no GUI.
    static bool isCommandLine(const QStringList &arguments);
    /// Runs it; returns the process exit code.
    static int run(const QStringList &arguments);
    static QStringList subcommands();
};

} // namespace Marginalia
