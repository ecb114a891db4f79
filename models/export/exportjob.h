#pragma once

#include "exportprogress.h"
#include "exportsnapshot.h"
#include "pdfoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Marginalia {

/// One export of a snapshot to one format and file: the command line and the
/// window's File › Export both run this. It makes the whole output in memory
/// and then writes it with ExportWriter, so a failed or cancelled export never
/// leaves a partial file. It reads only its own snapshot, so it may run on a
/// worker thread.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::ExportJob)
public:
    enum class Format { Pdf, Csv, Html, W3c };

    ExportJob(ExportSnapshot snapshot, Format format, PdfOptions pdfOptions = {});

    void setProgress(ExportProgress progress) { m_progress = std::move(progress); }
    /// Writes a UTF-8 byte order mark at the start of a CSV export.
    void setCsvByteOrderMark(bool bom) { m_csvBom = bom; }

    /// The output bytes, or an empty array with error set.
    QByteArray render(QString *error);
    /// render() and write to path. False with error on any failure.
    bool run(const QString &path, QString *error);

    bool wasCancelled() const { return m_cancelled; }
    int pageCount() const { return m_pageCount; }
    const ExportSnapshot &snapshot() const { return m_snapshot; }

private:
    ExportSnapshot m_snapshot;
    Format m_format;
    PdfOptions m_pdfOptions;
    ExportProgress m_progress;
    bool m_csvBom = false;
    bool m_cancelled = false;
    int m_pageCount = 0;
};

} // namespace Marginalia
