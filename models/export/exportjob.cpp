#include "exportjob.h"

#include "csvexporter.h"
#include "exportwriter.h"
#include "htmlexporter.h"
#include "pdfexporter.h"
#include "w3cexporter.h"

namespace Marginalia {

ExportJob::ExportJob(ExportSnapshot snapshot, Format format, PdfOptions pdfOptions)
    : m_snapshot(std::move(snapshot))
    , m_format(format)
    , m_pdfOptions(std::move(pdfOptions))
{
}

QByteArray ExportJob::render(QString *error)
{
    m_cancelled = false;
    if (m_format == Format::Pdf) {
        PdfExporter pdf(m_snapshot, m_pdfOptions);
        pdf.setProgress(m_progress);
        QByteArray bytes = pdf.run(error);
        m_cancelled = pdf.wasCancelled();
        m_pageCount = pdf.pageCount();
        return bytes;
    }
    QByteArray bytes;
    switch (m_format) {
    case Format::Csv:
        bytes = CsvExporter::exportSnapshot(m_snapshot, m_csvBom);
        break;
    case Format::Html:
        bytes = HtmlExporter::exportSnapshot(m_snapshot);
        break;
    case Format::W3c:
        bytes = W3cExporter::exportSnapshot(m_snapshot);
        break;
    case Format::Pdf:
        break;
    }
    if (m_progress && !m_progress(1, 1)) {
        m_cancelled = true;
        *error = tr("The export was cancelled.");
        return {};
    }
    return bytes;
}

bool ExportJob::run(const QString &path, QString *error)
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
