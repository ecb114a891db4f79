#pragma once

#include "annotation/intervalindex.h"
#include "compare/comparisonresult.h"
#include "exportprogress.h"
#include "exportsnapshot.h"
#include "pdfexporter.h"
#include "pdfoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

#include <memory>
#include <vector>

class QTextDocument;

namespace Marginalia {

/// Makes the comparison PDF of two articles: both in two columns (A left, B
/// right), each aligned pair of sentences started at the same height (a pair
/// that does not fit on the page moves to the next one, on both sides), the
/// sentences only one side has shaded beside the other side's, moved pairs
/// shaded blue at their own place in each text, and the words a pair does not
/// share in bold colour. Annotations of both articles are highlighted as in
/// the reading view (SpanHighlighter::pieces) and, unless turned off, added as
/// real PDF highlight annotations (PdfAnnotator). A differences summary
/// follows on its own pages. Reads only the ComparisonResult it is given
/// (Comparator::compare) and a snapshot holding the two documents, so it may
/// run on a worker thread.
class ComparisonPdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::ComparisonPdfExporter)
public:
    /// Where an aligned pair's row starts: page (0-based) and top in
    /// normalised page coordinates. page is -1 for moved pairs (not side by side).
    struct Row
    {
        int page = -1;
        qreal top = 0;
    };

    /// snapshot must hold the documents pathA and pathB (the same path twice is allowed).
    ComparisonPdfExporter(const ExportSnapshot &snapshot, const QString &pathA, const QString &pathB,
        const ComparisonResult &result, const PdfOptions &options);
    ~ComparisonPdfExporter();

    void setProgress(ExportProgress progress) { m_progress = std::move(progress); }
    /// The finished PDF, or an empty array with error set (cancelled, a
    /// document missing from the snapshot, or the PDF could not be made).
    QByteArray run(QString *error);

    bool wasCancelled() const { return m_cancelled; }
    int pageCount() const { return m_pageCount; }
    /// The 0-based page the differences summary starts on.
    int summaryPage() const { return m_summaryPage; }
    /// One per span, those of A then those of B, each in snapshot order.
    const QVector<PdfExporter::Placement> &placements() const { return m_placements; }
    /// One per ComparisonResult::pairs entry.
    const QVector<Row> &pairRows() const { return m_pairRows; }
    QString title() const;
    QString subject() const;

private:
    struct Cell;
    const ExportSnapshot::Entry *entry(int side) const;
    Cell &addCell(int side);
    void addSentences(Cell &cell, const QVector<int> &sentences, const AlignedPair *pair, int shade);
    void addHeader(Cell &cell);
    void buildSummary(QTextDocument &doc) const;
    bool step();

    const ExportSnapshot &m_snapshot;
    QString m_paths[2];
    const ComparisonResult &m_result;
    PdfOptions m_options;
    ExportProgress m_progress;
    const ExportSnapshot::Entry *m_entries[2] = { nullptr, nullptr };
    std::vector<std::unique_ptr<Cell>> m_cells;
    IntervalIndex m_index[2];
    QVector<QColor> m_colors[2];
    qreal m_columnWidth = 0;
    int m_steps = 0;
    int m_totalSteps = 1;
    bool m_cancelled = false;
    int m_pageCount = 0;
    int m_summaryPage = 0;
    QVector<PdfExporter::Placement> m_placements;
    QVector<Row> m_pairRows;
};

} // namespace Marginalia
