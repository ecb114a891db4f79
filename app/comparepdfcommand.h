#pragma once

#include "compare/comparisonresult.h"
#include "corpus/corpus.h"

class QCommandLineParser;

namespace Marginalia {

/// `marginalia compare CORPUS_DIR DOC_A DOC_B --pdf OUT`: writes the
/// comparison PDF (ComparisonExportJob) of a comparison already made, whole
/// or not at all. Returns the exit code: 0 written, 1 the PDF could not be
/// made or written, 2 the corpus or its annotations cannot be read.
class ComparePdfCommand
{
public:
    /// True when argv asks for `compare ... --pdf`: like export, it lays out
    /// text, so main() gives it a QGuiApplication on the offscreen platform.
    static bool isComparePdf(const QStringList &arguments);
    static int run(const QCommandLineParser &parser, const Corpus &corpus, Corpus::OpenStatus status,
        const QString &pathA, const QString &pathB, const ComparisonResult &result);
};

} // namespace Marginalia
