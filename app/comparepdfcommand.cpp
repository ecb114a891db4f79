#include "comparepdfcommand.h"

#include "export/comparisonexportjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTextStream>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::ComparePdfCommand", text);
}

} // namespace

bool ComparePdfCommand::isComparePdf(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("compare"))
        return false;
    for (const QString &a : arguments) {
        if (a == QLatin1String("--pdf") || a.startsWith(QLatin1String("--pdf=")))
            return true;
    }
    return false;
}

int ComparePdfCommand::run(const QCommandLineParser &parser, const Corpus &corpus, Corpus::OpenStatus status,
    const QString &pathA, const QString &pathB, const ComparisonResult &result)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const Problem &p : corpus.problems()) {
        err << (p.severity == Problem::Severity::Error ? tr("error") : tr("warning")) << QLatin1String(": ") << p.file
            << QLatin1String(": ") << p.message << Qt::endl;
    }
    const QString output = parser.value(QStringLiteral("pdf"));
    if (status != Corpus::OpenStatus::Ok) {
        // A PDF without the annotations that could not be read would look as if there were none.
        err << tr("marginalia compare: nothing written: the corpus or its annotations cannot be read") << Qt::endl;
        return 2;
    }
    ExportSnapshot snapshot;
    QString error;
    if (!ComparisonExportJob::snapshot(corpus, pathA, pathB, &snapshot, &error)) {
        err << tr("marginalia compare: nothing written: %1").arg(error) << Qt::endl;
        return 2;
    }
    snapshot.author = QSettings().value(QStringLiteral("author")).toString();
    PdfOptions options;
    options.annotations = !parser.isSet(QStringLiteral("no-pdf-annotations"));
    ComparisonExportJob job(std::move(snapshot), pathA, pathB, result, options);
    if (!job.run(output, &error)) {
        err << tr("marginalia compare: nothing written: %1").arg(error) << Qt::endl;
        return 1;
    }
    out << tr("wrote %1 (%2 aligned pairs, %3 pages)")
               .arg(QDir::toNativeSeparators(output))
               .arg(result.pairs.size())
               .arg(job.pageCount())
        << Qt::endl;
    return 0;
}

} // namespace Marginalia
