#include "commandline.h"

#include "autocodecommand.h"
#include "cliprogress.h"
#include "codebookcommand.h"
#include "compare/comparator.h"
#include "compare/comparisonreport.h"
#include "compare/manuallinkstore.h"
#include "corpus/corpus.h"
#include "corpus/corpusreport.h"
#include "comparepdfcommand.h"
#include "exportcommand.h"
#include "itemmodels/corpusmodel.h"
#include "mergecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::CommandLine", text);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// JSON is UTF-8 already: write its bytes as they are (a listing of a large
// corpus is megabytes; decoding and re-encoding it through out() cost time).
void writeUtf8(const QByteArray &bytes)
{
    out().flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// The import's progress on standard error (CliProgress). Interrupting
// (Ctrl+C) is safe: the commands that only read write nothing but the import
// cache, and that is replaced whole (written aside, then renamed) or not at all.
void setUpProgress(const QCommandLineParser &parser, Corpus &corpus)
{
    CliProgress::setUpImport(parser, corpus);
}

void printProblems(const Corpus &corpus)
{
    for (const Problem &p : corpus.problems()) {
        err() << (p.severity == Problem::Severity::Error ? tr("error") : tr("warning")) << QLatin1String(": ")
              << p.file << QLatin1String(": ") << p.message << Qt::endl;
    }
}

// Opens the corpus named by the first positional argument; reports failures.
bool openCorpus(const QCommandLineParser &parser, Corpus &corpus, Corpus::OpenStatus &status)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2) {
        err() << tr("marginalia %1: missing CORPUS_DIR (see marginalia %1 --help)").arg(args.value(0)) << Qt::endl;
        return false;
    }
    corpus.setImportCacheEnabled(!parser.isSet(QStringLiteral("no-cache")));
    setUpProgress(parser, corpus);
    status = corpus.open(args.at(1));
    return true;
}

int runList(QCommandLineParser &parser)
{
    Corpus corpus;
    Corpus::OpenStatus status;
    if (!openCorpus(parser, corpus, status))
        return 2;
    if (status == Corpus::OpenStatus::Failed) {
        printProblems(corpus);
        return 2;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        writeUtf8(CorpusReport::listingJson(corpus));
    } else {
        const QJsonArray listing = CorpusReport::listing(corpus);
        for (const QJsonValue &v : listing) {
            const QJsonObject o = v.toObject();
            out() << o.value(QLatin1String("path")).toString() << QLatin1Char('\t')
                  << o.value(QLatin1String("outlet")).toString() << QLatin1Char('\t')
                  << o.value(QLatin1String("date")).toString() << QLatin1Char('\t')
                  << tr("%1 words").arg(o.value(QLatin1String("words")).toInt()) << QLatin1Char('\t')
                  << tr("%1 annotations").arg(o.value(QLatin1String("annotations")).toInt()) << QLatin1Char('\t')
                  << o.value(QLatin1String("title")).toString() << Qt::endl;
        }
    }
    printProblems(corpus);
    // The listing is printed either way, but its annotation counts are not to be trusted.
    return status == Corpus::OpenStatus::Ok ? 0 : 2;
}

int runCheck(QCommandLineParser &parser)
{
    Corpus corpus;
    Corpus::OpenStatus status;
    if (!openCorpus(parser, corpus, status))
        return 2;
    const QJsonObject report = CorpusReport::check(corpus);
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        printProblems(corpus);
        if (status != Corpus::OpenStatus::Failed) {
            out() << tr("%1: %2 documents, %3 annotations, %4 tags, %5 problems")
                         .arg(QDir::toNativeSeparators(corpus.rootPath()))
                         .arg(report.value(QLatin1String("documents")).toInt())
                         .arg(report.value(QLatin1String("annotations")).toInt())
                         .arg(report.value(QLatin1String("tags")).toInt())
                         .arg(corpus.problems().size())
                  << Qt::endl;
        }
    }
    return CorpusReport::checkExitCode(corpus, status);
}

int runCompare(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 4) {
        err() << tr("marginalia compare: expected CORPUS_DIR DOC_A DOC_B (see marginalia --help)") << Qt::endl;
        return 2;
    }
    Corpus corpus;
    corpus.setImportCacheEnabled(!parser.isSet(QStringLiteral("no-cache")));
    setUpProgress(parser, corpus);
    const Corpus::OpenStatus status = corpus.open(args.at(1));
    if (status == Corpus::OpenStatus::Failed) {
        printProblems(corpus);
        return 2;
    }
    const QString pathA = QDir::fromNativeSeparators(args.at(2));
    const QString pathB = QDir::fromNativeSeparators(args.at(3));
    for (const QString &path : {pathA, pathB}) {
        if (corpus.documents()->rowOfPath(path) < 0) {
            err() << tr("marginalia compare: %1: no such document in %2 (see marginalia list)")
                         .arg(path, QDir::toNativeSeparators(corpus.rootPath()))
                  << Qt::endl;
            return 2;
        }
    }
    Comparator::Options options;
    QString lexiconError;
    options.lexicon = Lexicon::forCorpus(corpus.rootPath(), &lexiconError);
    if (!lexiconError.isEmpty())
        err() << tr("warning: %1; using the default lexicon").arg(lexiconError) << Qt::endl;
    options.manualLinks = ManualLinkStore::links(corpus, pathA, pathB);
    const CorpusModel *docs = corpus.documents();
    const ComparisonResult result = Comparator::compare(Comparator::inputOf(docs->document(docs->rowOfPath(pathA))),
                                                        Comparator::inputOf(docs->document(docs->rowOfPath(pathB))),
                                                        options);
    if (parser.isSet(QStringLiteral("pdf")))
        return ComparePdfCommand::run(parser, corpus, status, pathA, pathB, result);
    if (parser.isSet(QStringLiteral("json")))
        out() << QString::fromUtf8(
            QJsonDocument(ComparisonReport::toJson(result, corpus, pathA, pathB)).toJson(QJsonDocument::Indented));
    else
        out() << ComparisonReport::summary(result, corpus, pathA, pathB);
    printProblems(corpus);
    return status == Corpus::OpenStatus::Ok ? 0 : 2;
}

int runSimilar(QCommandLineParser &parser)
{
    bool numberOk = true;
    const double minScore = parser.isSet(QStringLiteral("min-score"))
        ? parser.value(QStringLiteral("min-score")).toDouble(&numberOk)
        : 0.15;
    if (!numberOk || minScore < 0 || minScore > 1) {
        err() << tr("marginalia similar: --min-score must be a number from 0 to 1") << Qt::endl;
        return 2;
    }
    Corpus corpus;
    Corpus::OpenStatus status;
    if (!openCorpus(parser, corpus, status))
        return 2;
    if (status == Corpus::OpenStatus::Failed) {
        printProblems(corpus);
        return 2;
    }
    const QJsonArray pairs = CorpusReport::similar(corpus, minScore);
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Indented));
    } else {
        for (const QJsonValue &v : pairs) {
            const QJsonObject o = v.toObject();
            QString flag;
            if (o.value(QLatin1String("near_duplicate")).toBool())
                flag = tr("near-duplicate");
            else if (o.value(QLatin1String("wire_copy")).toBool())
                flag = tr("wire copy");
            out() << QString::number(o.value(QLatin1String("score")).toDouble(), 'f', 3) << QLatin1Char('\t')
                  << o.value(QLatin1String("a")).toString() << QLatin1Char('\t')
                  << o.value(QLatin1String("b")).toString() << QLatin1Char('\t') << flag << Qt::endl;
        }
    }
    printProblems(corpus);
    return 0;
}

} // namespace

QStringList CommandLine::subcommands()
{
    return {QStringLiteral("list"), QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("compare"),
            QStringLiteral("autocode"), QStringLiteral("similar"), QStringLiteral("merge"), QStringLiteral("codebook")};
}

bool CommandLine::isCommandLine(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    // A bare word that is neither a command nor an existing folder is a mistyped
    // command: answer on the terminal rather than opening a window on nothing.
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-')) && !first.contains(QLatin1Char('/'))
        && !QFileInfo::exists(first))
        return true;
    return subcommands().contains(first) || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--help-all");
}

int CommandLine::run(const QStringList &arguments)
{
    // A command's process ends when it is done: its texts stay in memory.
    Corpus::setTextsOnDiskByDefault(false);
    if (ExportCommand::isExport(arguments))
        return ExportCommand::run(arguments);
    if (arguments.value(1) == QLatin1String("merge"))
        return MergeCommand::run(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Marginalia: read, code and compare news articles.\n\n"
           "Commands:\n"
           "  marginalia [CORPUS_DIR] [--document PATH]\n"
           "                                      open the window (default: the sample corpus)\n"
           "  marginalia list CORPUS_DIR [--json]  list the documents of a corpus\n"
           "  marginalia check CORPUS_DIR [--json] validate a corpus and its sidecar\n"
           "  marginalia export CORPUS_DIR ...     annotated PDF, CSV, HTML or W3C JSON-LD\n"
           "                                      (see marginalia export --help)\n"
           "  marginalia compare CORPUS_DIR DOC_A DOC_B [--json | --pdf OUT [--no-pdf-annotations]]\n"
           "                                      compare two articles (paths relative to the corpus),\n"
           "                                      or write the comparison PDF\n"
           "  marginalia autocode CORPUS_DIR --tag NAME (--text STRING | --regex PATTERN)\n"
           "      [--doc PATH]... [--note TEXT] [--create-tag [--color #RRGGBB]]\n"
           "      [--ignore-case] [--whole-word] [--json]\n"
           "                                      code every match with a tag and save\n"
           "  marginalia similar CORPUS_DIR [--json] [--min-score S]\n"
           "                                      pairs of articles on the same story, with a score\n"
           "  marginalia merge BASE OURS THEIRS [-o OUT] | --into MINE OTHER\n"
           "                                      merge sidecars (see marginalia merge --help)\n"
           "  marginalia codebook export CORPUS_DIR OUT.json\n"
           "                                      write the codebook on its own\n"
           "  marginalia codebook import CORPUS_DIR FILE.json [--json]\n"
           "                                      merge a codebook (or another corpus's marginalia.json)\n"
           "                                      into this one, by id or name, and save"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    parser.addOption({ QStringLiteral("no-cache"),
        tr("Neither read nor update the import cache (.marginalia-cache in the corpus folder).") });
    CliProgress::addOptions(parser);
    parser.addOption({QStringLiteral("pdf"), tr("compare: write the comparison PDF to OUT."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("no-pdf-annotations"),
                      tr("compare --pdf: print the highlights only, without PDF annotations.")});
    // Listed for --help; main() has already taken --lang out of the arguments.
    parser.addOption({QStringLiteral("lang"),
                      tr("Interface language (en, de, ar); default: the preference, else the system's."),
                      QStringLiteral("CODE")});
    AutocodeCommand::addOptions(parser);
    parser.addOption({QStringLiteral("min-score"), tr("similar: smallest score listed (0 to 1, default 0.15)."),
                      QStringLiteral("S")});
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("list, check, export, compare, autocode, similar, merge or codebook"));
    parser.addPositionalArgument(QStringLiteral("CORPUS_DIR"), tr("The corpus folder."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
              << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        out() << parser.helpText();
        return 0;
    }
    const QString command = parser.positionalArguments().value(0);
    if ((parser.isSet(QStringLiteral("pdf")) || parser.isSet(QStringLiteral("no-pdf-annotations")))
        && command != QLatin1String("compare")) {
        err() << tr("marginalia %1: --pdf and --no-pdf-annotations belong to compare (see marginalia --help)")
                     .arg(command)
              << Qt::endl;
        return 2;
    }
    if (command == QLatin1String("list"))
        return runList(parser);
    if (command == QLatin1String("check"))
        return runCheck(parser);
    if (command == QLatin1String("similar"))
        return runSimilar(parser);
    if (command == QLatin1String("compare"))
        return runCompare(parser);
    if (command == QLatin1String("autocode"))
        return AutocodeCommand::run(parser);
    if (command == QLatin1String("codebook"))
        return CodebookCommand::run(parser);
    err() << tr("marginalia: unknown command \"%1\", and no folder of that name exists (see marginalia --help)")
                 .arg(command)
          << Qt::endl;
    return 2;
}

} // namespace Marginalia
