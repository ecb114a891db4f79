#include "comparisonexportjob.h"

#include "comparisonpdfexporter.h"
#include "exportwriter.h"

namespace Marginalia {

ComparisonExportJob::ComparisonExportJob(
    ExportSnapshot snapshot, QString pathA, QString pathB, ComparisonResult result, PdfOptions options)
    : m_snapshot(std::move(snapshot))
    , m_pathA(std::move(pathA))
    , m_pathB(std::move(pathB))
    , m_result(std::move(result))
    , m_options(std::move(options))
{
}

bool ComparisonExportJob::snapshot(
    const Corpus &corpus, const QString &pathA, const QString &pathB, ExportSnapshot *out, QString *error)
{
    ExportFilter filter;
    filter.paths = QStringList { pathA, pathB };
    if (pathA == pathB)
        filter.paths.removeLast();
    return ExportSnapshot::fromCorpus(corpus, filter, out, error);
}

QByteArray ComparisonExportJob::render(QString *error)
{
    ComparisonPdfExporter pdf(m_snapshot, m_pathA, m_pathB, m_result, m_options);
    pdf.setProgress(m_progress);
    QByteArray bytes = pdf.run(error);
    m_cancelled = pdf.wasCancelled();
    m_pageCount = pdf.pageCount();
    return bytes;
}

bool ComparisonExportJob::run(const QString &path, QString *error)
{
    QString why;
    const QByteArray bytes = render(&why);
    if (bytes.isEmpty()) {
        *error = why;
        return false;
    }
    return ExportWriter::write(path, bytes, error);
}

} // namespace Marginalia
