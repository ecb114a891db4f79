#pragma once

#include <QString>

#include <functional>

class QCommandLineParser;

namespace Marginalia {

class Corpus;

/// A progress line on standard error for the command line's long work
/// (importing the articles of a corpus, writing an export): on a terminal
/// unless --no-progress, or anywhere with --progress. Standard output (the
/// listing, the JSON, the report) is left alone. On a terminal one line is
/// rewritten and cleared at the end; elsewhere (a log) a line per percent.
class CliProgress
{
public:
    /// Adds --progress and --no-progress (commands with a parser of their own).
    static void addOptions(QCommandLineParser &parser);
    /// Whether the parsed arguments and standard error ask for progress.
    static bool wanted(const QCommandLineParser &parser);
    /// A callback for (done, total), callable from any thread, that prints
    /// `format` with %1 done, %2 total and %3 the percentage. The threads
    /// finish out of order: a percentage is printed once and never goes back.
    static std::function<void(int, int)> printer(const QString &format);
    /// The import's progress ("Importing articles: …") for a corpus about to
    /// be opened, when wanted().
    static void setUpImport(const QCommandLineParser &parser, Corpus &corpus);
};

} // namespace Marginalia
