#pragma once

#include "exportprogress.h"
#include "exportsnapshot.h"
#include "pdfoptions.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QVector>

class QTextDocument;

namespace Marginalia {

/// Makes the annotated PDF of the documents of a snapshot: per article a
/// header (title, outlet, date, source), a legend of the tags used, the text
/// with every span highlighted as the reading view draws it
/// (SpanHighlighter::pieces), numbered note markers with the notes printed
/// after their paragraph, and page numbers. More than one document makes a
/// corpus report: a front page with a table of contents, the codebook with
/// descriptions and the tag counts per outlet, then each article on new pages.
///
/// The text is laid out by QTextDocument (which shapes Arabic and runs each
/// paragraph in its own direction) on QPdfWriter, which embeds the fonts. The
/// page is painted here, not by QTextDocument::print, so the position of every
/// span on its page is known exactly; PdfAnnotator then adds the real PDF
/// highlight annotations there and sets the document information.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::PdfExporter)
public:
    /// Where a span was printed: the page of its start and its line boxes on
    /// that page in normalised page coordinates ((0,0) top left, (1,1) bottom right).
    struct Placement
    {
        int page = 0;
        QVector<QRectF> rects;
        QString contents; ///< "tag: note" (just "tag" without a note)
        QString author;
        QColor color;
    };

    PdfExporter(const ExportSnapshot &snapshot, const PdfOptions &options);

    void setProgress(ExportProgress progress) { m_progress = std::move(progress); }

    /// The finished PDF (annotated when the options say so), or an empty array
    /// with error set: cancelled, or the PDF could not be made.
    QByteArray run(QString *error);

    bool wasCancelled() const { return m_cancelled; }
    int pageCount() const { return m_pageCount; }
    /// One per span of the snapshot, in snapshot order (after run()).
    const QVector<Placement> &placements() const { return m_placements; }
    /// The title, subject and author written into the PDF's information.
    QString title() const;
    QString subject() const;

private:
    struct SpanRef
    {
        int entry = 0;
        int span = 0;
        QVector<std::pair<int, int>> ranges; ///< document positions in the laid-out QTextDocument
        int anchor = 0;
    };
    bool isReport() const { return m_snapshot.entries.size() > 1; }
    void build(QTextDocument &doc, const QVector<int> &tocPages);
    void buildFrontMatter(QTextDocument &doc, const QVector<int> &tocPages);
    void buildEntry(QTextDocument &doc, int entryIndex);
    QVector<int> entryPages(QTextDocument &doc) const;
    bool step();
    qreal px(qreal points) const;

    const ExportSnapshot &m_snapshot;
    PdfOptions m_options;
    ExportProgress m_progress;
    int m_steps = 0;
    int m_totalSteps = 1;
    bool m_cancelled = false;
    int m_pageCount = 0;
    qreal m_bodyHeight = 0;
    QVector<int> m_entryPositions; ///< document position of each article's title
    QVector<SpanRef> m_spanRefs;
    QVector<Placement> m_placements;
};

} // namespace Marginalia
