#include "pdflayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Marginalia {

QFont PdfLayout::bodyFont(qreal pointSize)
{
    QFont f;
    // Noto and DejaVu are Debian's packaged fonts (tools/deps/core.txt); Arabic
    // and other scripts fall back through fontconfig to a font that has them.
    f.setFamilies({ QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif") });
    f.setPointSizeF(pointSize);
    return f;
}

QFont PdfLayout::sansFont(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies({ QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans") });
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

Qt::LayoutDirection PdfLayout::directionOf(const QString &text)
{
    return text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

QVector<QRectF> PdfLayout::rangeRects(QTextDocument &doc, int from, int to)
{
    QVector<QRectF> out;
    for (QTextBlock block = doc.findBlock(from); block.isValid() && block.position() < to; block = block.next()) {
        QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const int base = block.position();
        const QPointF origin = layout->position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int a = std::max(from, base + line.textStart());
            const int b = std::min(to, base + line.textStart() + line.textLength());
            if (a >= b)
                continue;
            // Right-to-left runs give x1 > x2; mixed runs get their outer box.
            const qreal x1 = line.cursorToX(a - base);
            const qreal x2 = line.cursorToX(b - base);
            out.append(QRectF(origin.x() + std::min(x1, x2), origin.y() + line.y(), std::abs(x2 - x1), line.height()));
        }
    }
    return out;
}

QVector<int> PdfLayout::splitBlocksAtPageBreaks(QTextDocument &doc, qreal bodyHeight)
{
    // QTextLayout::draw paints the last line above its clip as well, so a
    // paragraph running over a page break would leave a clipped, invisible
    // copy of its last line on the next page, which text extraction and search
    // in PDF readers find. Splitting such paragraphs into one block per page,
    // at the start of the first line on the new page, keeps every line where
    // it is (that line moved to the new page anyway) and leaves nothing to clip.
    QVector<int> splits;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() < 2 || QTextCursor(block).currentTable())
            continue;
        const qreal top = layout->position().y();
        auto pageOf = [&](const QTextLine &line) { return int((top + line.y() + line.height() / 2) / bodyHeight); };
        int page = pageOf(layout->lineAt(0));
        for (int i = 1; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (pageOf(line) != page) {
                splits.append(block.position() + line.textStart());
                page = pageOf(line);
            }
        }
    }
    for (int i = int(splits.size()) - 1; i >= 0; --i) {
        QTextCursor c(&doc);
        c.setPosition(splits.at(i));
        c.insertBlock();
    }
    return splits;
}

int PdfLayout::shifted(const QVector<int> &splits, int position, bool end)
{
    const auto it = end ? std::lower_bound(splits.cbegin(), splits.cend(), position)
                        : std::upper_bound(splits.cbegin(), splits.cend(), position);
    return position + int(it - splits.cbegin());
}

void PdfLayout::paintFooter(
    QPainter &painter, QPdfWriter &writer, const QRectF &body, const QString &title, int page, int pageCount)
{
    const QFont footerFont = sansFont(8);
    painter.setFont(footerFont);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF footer(body.left(), body.bottom() + 10.0 / 72 * kDpi, body.width(), 14.0 / 72 * kDpi);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(footerFont, &writer).elidedText(title, Qt::ElideRight, body.width() * 0.7));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("Marginalia::PdfExporter", "Page %1 of %2").arg(page + 1).arg(pageCount));
}

} // namespace Marginalia
