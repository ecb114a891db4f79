#pragma once

#include "compare/comparisonresult.h"
#include "exportprogress.h"
#include "exportsnapshot.h"
#include "pdfoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Marginalia {

/// One comparison PDF (ComparisonPdfExporter) of two documents to one file:
/// `marginalia compare --pdf` and the comparison window's Export PDF both run
/// this. The PDF is made in memory and written with ExportWriter (QSaveFile),
/// so a failed or cancelled export never leaves a partial file. It reads only
/// its own copies, so it may run on a worker thread.
class ComparisonExportJob
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::ComparisonExportJob)
public:
    ComparisonExportJob(
        ExportSnapshot snapshot, QString pathA, QString pathB, ComparisonResult result, PdfOptions options = {});

    /// The snapshot of the two documents (and the codebook) of a corpus.
    /// False with error when a path is not a document of the corpus.
    static bool snapshot(
        const Corpus &corpus, const QString &pathA, const QString &pathB, ExportSnapshot *out, QString *error);

    void setProgress(ExportProgress progress) { m_progress = std::move(progress); }
    /// The PDF bytes, or an empty array with error set.
    QByteArray render(QString *error);
    /// render() and write to path. False with error on any failure.
    bool run(const QString &path, QString *error);

    bool wasCancelled() const { return m_cancelled; }
    int pageCount() const { return m_pageCount; }

private:
    ExportSnapshot m_snapshot;
    QString m_pathA;
    QString m_pathB;
    ComparisonResult m_result;
    PdfOptions m_options;
    ExportProgress m_progress;
    bool m_cancelled = false;
    int m_pageCount = 0;
};

} // namespace Marginalia
