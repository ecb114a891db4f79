#pragma once

class QCommandLineParser;

namespace Marginalia {

/// `marginalia codebook export CORPUS_DIR OUT` and `marginalia codebook
/// import CORPUS_DIR FILE [--json]` (docs/cli.md): the codebook of a corpus
/// on its own as a codebook file (docs/codebook-format.md), and merged in
/// from one (or from another corpus's marginalia.json) through
/// Corpus::importCodebook, then saved. Never writes a sidecar it could not read.
class CodebookCommand
{
public:
    /// Runs it on the parsed arguments; returns the exit code.
    static int run(const QCommandLineParser &parser);
};

} // namespace Marginalia
