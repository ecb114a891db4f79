#pragma once

#include <QFont>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;
class QPdfWriter;
class QTextDocument;

namespace Marginalia {

/// Layout helpers shared by the PDF exports (PdfExporter, the single-article
/// and corpus export, and ComparisonPdfExporter, the two-column comparison):
/// the fonts, the resolution, where a text range was laid out, the split of
/// paragraphs at page breaks and the page footer, so both exports print alike.
class PdfLayout
{
public:
    /// Layout resolution. Positions are in these device units; font sizes stay
    /// in points (Qt scales them by the device's DPI).
    static constexpr int kDpi = 600;
    static constexpr qreal kMarginMm = 20.0;
    static constexpr qreal kBottomMarginMm = 22.0;
    /// Highlight backgrounds of a page's first line reach about a point above its top.
    static constexpr qreal kPageGuardPt = 2.0;

    static QFont bodyFont(qreal pointSize);
    static QFont sansFont(qreal pointSize, bool bold = false);
    static Qt::LayoutDirection directionOf(const QString &text);
    /// Format lengths (margins, padding) in 96-dpi pixels, which
    /// QTextDocumentLayout scales to the paint device itself.
    static qreal px(qreal points) { return points * 96.0 / 72.0; }
    /// Line boxes of the document positions [from, to) in document coordinates.
    static QVector<QRectF> rangeRects(QTextDocument &doc, int from, int to);
    /// Splits paragraphs that run over a page break (pages bodyHeight tall)
    /// into one block per page; returns the document positions split at, ascending.
    static QVector<int> splitBlocksAtPageBreaks(QTextDocument &doc, qreal bodyHeight);
    /// A document position after the splits: each split before it added one.
    static int shifted(const QVector<int> &splits, int position, bool end);
    /// The footer: the title on the left, "Page N of M" on the right.
    static void paintFooter(
        QPainter &painter, QPdfWriter &writer, const QRectF &body, const QString &title, int page, int pageCount);
};

} // namespace Marginalia
