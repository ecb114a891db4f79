#pragma once

class QCommandLineParser;

namespace Marginalia {

/// `marginalia autocode CORPUS_DIR --tag NAME (--text S | --regex P) ...`
/// (docs/cli.md): codes every match with a tag through AutoCoder and saves
/// the sidecar through Corpus. Never writes a sidecar it could not read.
class AutocodeCommand
{
public:
    /// Adds the command's options to the shared parser.
    static void addOptions(QCommandLineParser &parser);
    /// Runs it on the parsed arguments; returns the exit code.
    static int run(const QCommandLineParser &parser);
};

} // namespace Marginalia
