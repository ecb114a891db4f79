#include "exportcommand.h"

#include "cliprogress.h"
#include "corpus/corpus.h"
#include "export/exportjob.h"
#include "export/exportsnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTextStream>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::ExportCommand", text);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace

bool ExportCommand::isExport(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("export");
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export annotated articles of a corpus: an annotated PDF (with real PDF highlight annotations),\n"
           "coded segments as CSV, a standalone HTML report, or W3C Web Annotation JSON-LD.\n"
           "The output file is written whole or not at all."));
    parser.addHelpOption();
    const QCommandLineOption doc(QStringLiteral("doc"),
        tr("Export this document (path as `list` prints it); repeatable."), QStringLiteral("PATH"));
    const QCommandLineOption outlet(
        QStringLiteral("outlet"), tr("Only documents of this outlet."), QStringLiteral("NAME"));
    const QCommandLineOption tag(
        QStringLiteral("tag"), tr("Only documents with a span of this tag or its sub-tags."), QStringLiteral("NAME"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write an annotated PDF."), QStringLiteral("OUT"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Write the coded segments as CSV."), QStringLiteral("OUT"));
    const QCommandLineOption html(QStringLiteral("html"), tr("Write a standalone HTML report."), QStringLiteral("OUT"));
    const QCommandLineOption w3c(QStringLiteral("w3c"), tr("Write W3C Web Annotation JSON-LD."), QStringLiteral("OUT"));
    const QCommandLineOption noAnnotations(
        QStringLiteral("no-pdf-annotations"), tr("PDF: print the highlights only, without PDF annotations."));
    const QCommandLineOption boilerplate(QStringLiteral("boilerplate"),
        tr("PDF: page furniture lines are kept, grey (default) or omit."), QStringLiteral("MODE"),
        QStringLiteral("grey"));
    const QCommandLineOption bom(QStringLiteral("bom"), tr("CSV: start with a UTF-8 byte order mark."));
    parser.addOptions({ doc, outlet, tag, pdf, csv, html, w3c, noAnnotations, boilerplate, bom });
    CliProgress::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("export"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("CORPUS_DIR"), tr("The corpus folder."));
    if (!parser.parse(arguments)) {
        err() << tr("marginalia export: %1").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        err() << tr("marginalia export: missing CORPUS_DIR (see marginalia export --help)") << Qt::endl;
        return 2;
    }
    if (positional.size() > 2) {
        err() << tr("marginalia export: unexpected argument \"%1\"").arg(positional.at(2)) << Qt::endl;
        return 2;
    }
    struct Target
    {
        const QCommandLineOption *option;
        ExportJob::Format format;
    };
    const Target targets[] = { { &pdf, ExportJob::Format::Pdf }, { &csv, ExportJob::Format::Csv },
        { &html, ExportJob::Format::Html }, { &w3c, ExportJob::Format::W3c } };
    const Target *chosen = nullptr;
    int chosenCount = 0;
    for (const Target &t : targets) {
        if (parser.isSet(*t.option)) {
            chosen = &t;
            chosenCount += int(parser.values(*t.option).size());
        }
    }
    if (chosenCount != 1) {
        err() << tr("marginalia export: give exactly one of --pdf, --csv, --html or --w3c with an output file")
              << Qt::endl;
        return 2;
    }
    const QString output = parser.value(*chosen->option);
    PdfOptions pdfOptions;
    pdfOptions.annotations = !parser.isSet(noAnnotations);
    const QString mode = parser.value(boilerplate);
    if (mode == QLatin1String("keep")) {
        pdfOptions.boilerplate = PdfOptions::BoilerplateMode::Keep;
    } else if (mode == QLatin1String("grey") || mode == QLatin1String("gray")) {
        pdfOptions.boilerplate = PdfOptions::BoilerplateMode::Grey;
    } else if (mode == QLatin1String("omit")) {
        pdfOptions.boilerplate = PdfOptions::BoilerplateMode::Omit;
    } else {
        err() << tr("marginalia export: --boilerplate must be keep, grey or omit, not \"%1\"").arg(mode) << Qt::endl;
        return 2;
    }

    Corpus corpus;
    CliProgress::setUpImport(parser, corpus);
    const Corpus::OpenStatus status = corpus.open(positional.at(1));
    for (const Problem &p : corpus.problems()) {
        err() << (p.severity == Problem::Severity::Error ? tr("error") : tr("warning")) << QLatin1String(": ") << p.file
              << QLatin1String(": ") << p.message << Qt::endl;
    }
    if (status != Corpus::OpenStatus::Ok) {
        // Exporting a corpus whose annotations could not be read would print
        // articles without them as if there were none.
        err() << tr("marginalia export: nothing written: the corpus or its annotations cannot be read") << Qt::endl;
        return 2;
    }
    corpus.setAuthor(QSettings().value(QStringLiteral("author")).toString());

    ExportFilter filter;
    filter.paths = parser.values(doc);
    filter.outlet = parser.value(outlet);
    filter.tag = parser.value(tag);
    ExportSnapshot snapshot;
    QString error;
    if (!ExportSnapshot::fromCorpus(corpus, filter, &snapshot, &error)) {
        err() << tr("marginalia export: %1").arg(error) << Qt::endl;
        return 2;
    }
    const int documents = int(snapshot.entries.size());
    const int spans = snapshot.spanCount();
    ExportJob job(std::move(snapshot), chosen->format, pdfOptions);
    job.setCsvByteOrderMark(parser.isSet(bom));
    if (CliProgress::wanted(parser)) {
        job.setProgress([print = CliProgress::printer(tr("Exporting: step %1 of %2 (%3%)"))](int done, int total) {
            print(done, total);
            return true; // Ctrl+C ends the process; nothing is written before the end
        });
    }
    if (!job.run(output, &error)) {
        err() << tr("marginalia export: nothing written: %1").arg(error) << Qt::endl;
        return 1;
    }
    if (chosen->format == ExportJob::Format::Pdf) {
        out() << tr("wrote %1 (%2 documents, %3 annotations, %4 pages)")
                     .arg(QDir::toNativeSeparators(output))
                     .arg(documents)
                     .arg(spans)
                     .arg(job.pageCount())
              << Qt::endl;
    } else {
        out() << tr("wrote %1 (%2 documents, %3 annotations)")
                     .arg(QDir::toNativeSeparators(output))
                     .arg(documents)
                     .arg(spans)
              << Qt::endl;
    }
    return 0;
}

} // namespace Marginalia
