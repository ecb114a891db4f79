#include "pdfexporter.h"

#include "annotation/intervalindex.h"
#include "boilerplate.h"
#include "pdfannotator.h"
#include "pdflayout.h"
#include "render/spanhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFontDatabase>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace Marginalia {

namespace {

constexpr int kDpi = PdfLayout::kDpi;
constexpr qreal kMarginMm = PdfLayout::kMarginMm;
constexpr qreal kBottomMarginMm = PdfLayout::kBottomMarginMm;
constexpr qreal kPageGuardPt = PdfLayout::kPageGuardPt;

QFont bodyFont(qreal pointSize)
{
    return PdfLayout::bodyFont(pointSize);
}

QFont sansFont(qreal pointSize, bool bold = false)
{
    return PdfLayout::sansFont(pointSize, bold);
}

Qt::LayoutDirection directionOf(const QString &text)
{
    return PdfLayout::directionOf(text);
}

// A document position for a text offset, in a line printed with note markers inserted.
struct Segment
{
    int from = 0; ///< text offsets [from, to)
    int to = 0;
    int position = 0; ///< document position of from
};

int mapStart(const QVector<Segment> &segments, int offset)
{
    for (const Segment &s : segments) {
        if (offset >= s.from && offset < s.to)
            return s.position + offset - s.from;
    }
    const Segment &last = segments.constLast();
    return last.position + last.to - last.from;
}

int mapEnd(const QVector<Segment> &segments, int offset)
{
    for (const Segment &s : segments) {
        if (offset > s.from && offset <= s.to)
            return s.position + offset - s.from;
    }
    return segments.constFirst().position;
}

} // namespace

PdfExporter::PdfExporter(const ExportSnapshot &snapshot, const PdfOptions &options)
    : m_snapshot(snapshot)
    , m_options(options)
{
}

qreal PdfExporter::px(qreal points) const
{
    // QTextDocumentLayout scales format lengths (margins, padding, widths)
    // from 96-dpi pixels to the paint device itself.
    return points * 96.0 / 72.0;
}

bool PdfExporter::step()
{
    ++m_steps;
    if (m_progress && !m_progress(std::min(m_steps, m_totalSteps), m_totalSteps))
        m_cancelled = true;
    return !m_cancelled;
}

QString PdfExporter::title() const
{
    if (!m_options.title.isEmpty())
        return m_options.title;
    if (isReport())
        return tr("Corpus report: %1").arg(m_snapshot.corpusName);
    const Document &d = m_snapshot.entries.constFirst().document;
    return d.meta.title.isEmpty() ? d.path : d.meta.title;
}

QString PdfExporter::subject() const
{
    if (isReport())
        return tr("%n annotated articles of the corpus %1", nullptr, int(m_snapshot.entries.size()))
            .arg(m_snapshot.corpusName);
    const Document &d = m_snapshot.entries.constFirst().document;
    return tr("Annotated article: %1 (%2)").arg(d.path, m_snapshot.corpusName);
}

void PdfExporter::build(QTextDocument &doc, const QVector<int> &tocPages)
{
    doc.clear();
    m_spanRefs.clear();
    m_entryPositions.clear();
    doc.setDefaultFont(bodyFont(10.5));
    if (isReport())
        buildFrontMatter(doc, tocPages);
    for (int i = 0; i < m_snapshot.entries.size() && !m_cancelled; ++i) {
        buildEntry(doc, i);
        step();
    }
}

void PdfExporter::buildFrontMatter(QTextDocument &doc, const QVector<int> &tocPages)
{
    QTextCursor c(&doc);
    QTextCharFormat titleFmt;
    titleFmt.setFont(sansFont(20, true));
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(px(6));
    c.setBlockFormat(titleBlock);
    c.insertText(title(), titleFmt);

    QTextCharFormat metaFmt;
    metaFmt.setFont(sansFont(9.5));
    metaFmt.setForeground(QColor(0x55, 0x55, 0x55));
    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(px(2));
    c.insertBlock(metaBlock);
    c.insertText(tr("%1 documents, %2 annotations. Exported %3.")
                     .arg(m_snapshot.entries.size())
                     .arg(m_snapshot.spanCount())
                     .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)),
        metaFmt);
    QStringList selection;
    if (!m_snapshot.filter.outlet.isEmpty())
        selection.append(tr("outlet \"%1\"").arg(m_snapshot.filter.outlet));
    if (!m_snapshot.filter.tag.isEmpty())
        selection.append(tr("documents coded with \"%1\"").arg(m_snapshot.filter.tag));
    if (!m_snapshot.filter.paths.isEmpty())
        selection.append(tr("%n chosen documents", nullptr, int(m_snapshot.filter.paths.size())));
    c.insertBlock(metaBlock);
    c.insertText(selection.isEmpty() ? tr("Selection: all documents of the corpus.")
                                     : tr("Selection: %1.").arg(selection.join(QLatin1String("; "))),
        metaFmt);

    QTextCharFormat headFmt;
    headFmt.setFont(sansFont(13, true));
    QTextBlockFormat headBlock;
    headBlock.setTopMargin(px(14));
    headBlock.setBottomMargin(px(4));
    QTextCharFormat cellFmt;
    cellFmt.setFont(sansFont(9.5));
    QTextCharFormat cellBold = cellFmt;
    cellBold.setFontWeight(QFont::Bold);
    QTextTableFormat tableFmt;
    tableFmt.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tableFmt.setCellPadding(px(2));
    tableFmt.setCellSpacing(0);
    tableFmt.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFmt.setHeaderRowCount(1);

    // Contents: title, outlet and date, page.
    c.insertBlock(headBlock);
    c.insertText(tr("Contents"), headFmt);
    QTextTable *toc = c.insertTable(int(m_snapshot.entries.size()) + 1, 3, tableFmt);
    toc->cellAt(0, 0).firstCursorPosition().insertText(tr("Article"), cellBold);
    toc->cellAt(0, 1).firstCursorPosition().insertText(tr("Outlet, date"), cellBold);
    toc->cellAt(0, 2).firstCursorPosition().insertText(tr("Page"), cellBold);
    for (int i = 0; i < m_snapshot.entries.size(); ++i) {
        const Document &d = m_snapshot.entries.at(i).document;
        toc->cellAt(i + 1, 0).firstCursorPosition().insertText(d.meta.title.isEmpty() ? d.path : d.meta.title, cellFmt);
        toc->cellAt(i + 1, 1).firstCursorPosition().insertText(
            QStringList { d.meta.outlet, d.meta.date.isValid() ? d.meta.date.toString(Qt::ISODate) : QString() }.join(
                QLatin1String(", ")),
            cellFmt);
        // The first pass has no pages yet; the same width keeps the layout of the second pass.
        toc->cellAt(i + 1, 2).firstCursorPosition().insertText(
            tocPages.size() > i ? QString::number(tocPages.at(i)) : QStringLiteral("000"), cellFmt);
    }
    c.movePosition(QTextCursor::End);

    // The codebook: colour, path, description, number of spans in this selection.
    QHash<QString, int> total;
    QStringList outlets;
    QHash<QString, QHash<QString, int>> perOutlet; // outlet -> tag -> count
    for (const ExportSnapshot::Entry &e : m_snapshot.entries) {
        const QString outlet = e.document.meta.outlet.isEmpty() ? tr("(no outlet)") : e.document.meta.outlet;
        if (!outlets.contains(outlet))
            outlets.append(outlet);
        for (const Span &s : e.spans) {
            ++total[s.tagId];
            ++perOutlet[outlet][s.tagId];
        }
    }
    std::sort(outlets.begin(), outlets.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });

    c.insertBlock(headBlock);
    c.insertText(tr("Codebook"), headFmt);
    QTextTableFormat codebookFmt = tableFmt;
    codebookFmt.setColumnWidthConstraints(
        { QTextLength(QTextLength::PercentageLength, 4), QTextLength(QTextLength::PercentageLength, 30),
            QTextLength(QTextLength::PercentageLength, 56), QTextLength(QTextLength::PercentageLength, 10) });
    QTextTable *book = c.insertTable(int(m_snapshot.tags.size()) + 1, 4, codebookFmt);
    book->cellAt(0, 1).firstCursorPosition().insertText(tr("Tag"), cellBold);
    book->cellAt(0, 2).firstCursorPosition().insertText(tr("Description"), cellBold);
    book->cellAt(0, 3).firstCursorPosition().insertText(tr("Spans"), cellBold);
    for (int i = 0; i < m_snapshot.tags.size(); ++i) {
        const Tag &t = m_snapshot.tags.at(i);
        QTextTableCell swatch = book->cellAt(i + 1, 0);
        QTextCharFormat swatchFmt = swatch.format();
        swatchFmt.setBackground(m_snapshot.tagColor(t.id));
        swatch.setFormat(swatchFmt);
        book->cellAt(i + 1, 1).firstCursorPosition().insertText(m_snapshot.tagPath(t.id), cellFmt);
        book->cellAt(i + 1, 2).firstCursorPosition().insertText(t.description, cellFmt);
        book->cellAt(i + 1, 3).firstCursorPosition().insertText(QString::number(total.value(t.id)), cellFmt);
    }
    c.movePosition(QTextCursor::End);

    c.insertBlock(headBlock);
    c.insertText(tr("Tags by outlet"), headFmt);
    QTextTable *counts = c.insertTable(int(m_snapshot.tags.size()) + 1, int(outlets.size()) + 2, tableFmt);
    counts->cellAt(0, 0).firstCursorPosition().insertText(tr("Tag"), cellBold);
    for (int o = 0; o < outlets.size(); ++o)
        counts->cellAt(0, o + 1).firstCursorPosition().insertText(outlets.at(o), cellBold);
    counts->cellAt(0, int(outlets.size()) + 1).firstCursorPosition().insertText(tr("All"), cellBold);
    for (int i = 0; i < m_snapshot.tags.size(); ++i) {
        const Tag &t = m_snapshot.tags.at(i);
        counts->cellAt(i + 1, 0).firstCursorPosition().insertText(m_snapshot.tagPath(t.id), cellFmt);
        for (int o = 0; o < outlets.size(); ++o) {
            counts->cellAt(i + 1, o + 1)
                .firstCursorPosition()
                .insertText(QString::number(perOutlet.value(outlets.at(o)).value(t.id)), cellFmt);
        }
        counts->cellAt(i + 1, int(outlets.size()) + 1)
            .firstCursorPosition()
            .insertText(QString::number(total.value(t.id)), cellFmt);
    }
    c.movePosition(QTextCursor::End);
}

void PdfExporter::buildEntry(QTextDocument &doc, int entryIndex)
{
    const ExportSnapshot::Entry &entry = m_snapshot.entries.at(entryIndex);
    const Document &d = entry.document;
    const QVector<Span> &spans = entry.spans;
    QTextCursor c(&doc);
    c.movePosition(QTextCursor::End);
    const bool first = doc.isEmpty();

    // Header: title, outlet and date, source.
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(px(4));
    titleBlock.setLayoutDirection(directionOf(d.meta.title));
    if (!first)
        titleBlock.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat titleFmt;
    titleFmt.setFont(sansFont(16, true));
    if (first)
        c.setBlockFormat(titleBlock);
    else
        c.insertBlock(titleBlock);
    m_entryPositions.append(c.position());
    c.insertText(d.meta.title.isEmpty() ? d.path : d.meta.title, titleFmt);

    QTextCharFormat metaFmt;
    metaFmt.setFont(sansFont(9.5));
    metaFmt.setForeground(QColor(0x55, 0x55, 0x55));
    QTextBlockFormat metaBlock;
    QStringList byline;
    if (!d.meta.outlet.isEmpty())
        byline.append(d.meta.outlet);
    if (d.meta.date.isValid())
        byline.append(QLocale().toString(d.meta.date, QLocale::LongFormat));
    if (!d.meta.author.isEmpty())
        byline.append(d.meta.author);
    if (!byline.isEmpty()) {
        c.insertBlock(metaBlock);
        c.insertText(byline.join(QStringLiteral(" · ")), metaFmt);
    }
    c.insertBlock(metaBlock);
    c.insertText(d.meta.url.isEmpty() ? tr("Source: %1").arg(d.path) : tr("Source: %1").arg(d.meta.url), metaFmt);

    // Legend of the tags used here, drawn as the highlights are.
    QTextBlockFormat legendBlock;
    legendBlock.setTopMargin(px(4));
    legendBlock.setBottomMargin(px(10));
    legendBlock.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    c.insertBlock(legendBlock);
    const QVector<Tag> used = m_snapshot.tagsUsed(spans);
    if (used.isEmpty()) {
        c.insertText(tr("No annotations in this article."), metaFmt);
    } else {
        c.insertText(tr("Tags: "), metaFmt);
        for (int i = 0; i < used.size(); ++i) {
            QTextCharFormat chip;
            chip.setFont(sansFont(9));
            chip.setBackground(m_snapshot.tagColor(used.at(i).id));
            if (i > 0)
                c.insertText(QStringLiteral("  "), metaFmt);
            c.insertText(QChar(0x00A0) + m_snapshot.tagPath(used.at(i).id) + QChar(0x00A0), chip);
        }
    }

    // The analyst's memo on the article, one block per line, before the text.
    if (!entry.memo.trimmed().isEmpty()) {
        QTextBlockFormat memoBlock;
        memoBlock.setLeftMargin(px(8));
        memoBlock.setBottomMargin(px(2));
        memoBlock.setBackground(QColor(0xf6, 0xf2, 0xe4));
        QTextCharFormat memoFmt;
        memoFmt.setFont(sansFont(9));
        QTextCharFormat memoHead = memoFmt;
        memoHead.setFontWeight(QFont::Bold);
        memoBlock.setLayoutDirection(directionOf(entry.memo));
        c.insertBlock(memoBlock);
        c.insertText(tr("Memo"), memoHead);
        const QStringList lines = entry.memo.trimmed().split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i == lines.size() - 1)
                memoBlock.setBottomMargin(px(10));
            c.insertBlock(memoBlock);
            c.insertText(lines.at(i), memoFmt);
        }
    }

    // Index the spans as the reading view does; note markers number the spans with notes.
    QVector<IntervalIndex::Interval> intervals;
    QVector<QColor> colors;
    QVector<int> marker(spans.size(), 0);
    int notes = 0;
    for (int i = 0; i < spans.size(); ++i) {
        intervals.append({ spans.at(i).start, spans.at(i).end, i });
        colors.append(m_snapshot.tagColor(spans.at(i).tagId));
        if (!spans.at(i).note.trimmed().isEmpty())
            marker[i] = ++notes;
    }
    IntervalIndex index;
    index.build(intervals);
    const int refBase = int(m_spanRefs.size());
    for (int i = 0; i < spans.size(); ++i)
        m_spanRefs.append(SpanRef { entryIndex, i, {}, c.position() });

    QTextBlockFormat paraBlock;
    paraBlock.setBottomMargin(px(6));
    QTextCharFormat plain;
    QTextCharFormat grey;
    grey.setForeground(QColor(0x9a, 0x9a, 0x9a));
    QTextCharFormat markerFmt;
    markerFmt.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    markerFmt.setForeground(QColor(0x1a, 0x3c, 0x8c));
    markerFmt.setFontWeight(QFont::Bold);
    QTextBlockFormat noteBlock;
    noteBlock.setLeftMargin(px(14));
    noteBlock.setRightMargin(px(14));
    noteBlock.setBottomMargin(px(3));
    noteBlock.setBackground(QColor(0xf3, 0xf1, 0xea));
    QTextCharFormat noteFmt;
    noteFmt.setFont(sansFont(8.5));
    QTextCharFormat noteNumFmt = noteFmt;
    noteNumFmt.setFontWeight(QFont::Bold);
    noteNumFmt.setForeground(markerFmt.foreground());

    const QString text = d.scanText();
    int lineStart = 0;
    while (lineStart <= text.size()) {
        int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = int(text.size());
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        const auto hits = index.overlapping(lineStart, std::max(lineEnd, lineStart + 1));
        // Markers of the spans that end on this line (a span ending on the
        // newline itself gets its marker at the end of the line).
        QVector<std::pair<int, int>> markers; // offset, span
        for (const auto &iv : hits) {
            if (marker.at(iv.payload) && iv.end > lineStart && iv.end <= lineEnd + 1)
                markers.append({ std::min(iv.end, lineEnd), iv.payload });
        }
        std::sort(markers.begin(), markers.end());
        const bool boiler
            = m_options.boilerplate != PdfOptions::BoilerplateMode::Keep && Boilerplate::isBoilerplateLine(line);
        const bool omit = (markers.isEmpty() && line.trimmed().isEmpty())
            || (boiler && m_options.boilerplate == PdfOptions::BoilerplateMode::Omit && hits.isEmpty());
        if (!omit) {
            QTextBlockFormat bf = paraBlock;
            bf.setLayoutDirection(directionOf(line));
            c.insertBlock(bf, plain);
            const QTextCharFormat &base = boiler ? grey : plain;
            QVector<Segment> segments;
            int from = lineStart;
            for (int m = 0; m <= markers.size(); ++m) {
                const int to = m < markers.size() ? markers.at(m).first : lineEnd;
                if (to > from || segments.isEmpty() || m == markers.size()) {
                    segments.append({ from, to, c.position() });
                    if (to > from)
                        c.insertText(text.mid(from, to - from), base);
                }
                if (m < markers.size()) {
                    c.insertText(QString::number(marker.at(markers.at(m).second)), markerFmt);
                    // Two notes on the same word read as "1,2", not "12".
                    if (m + 1 < markers.size() && markers.at(m + 1).first == to)
                        c.insertText(QStringLiteral(","), markerFmt);
                }
                from = to;
            }
            for (const SpanHighlighter::Piece &p : SpanHighlighter::pieces(lineStart, lineEnd, hits, colors)) {
                QTextCursor h(&doc);
                h.setPosition(mapStart(segments, p.start));
                h.setPosition(mapEnd(segments, p.end), QTextCursor::KeepAnchor);
                h.mergeCharFormat(p.format);
            }
            for (const auto &iv : hits) {
                SpanRef &ref = m_spanRefs[refBase + iv.payload];
                const int a = std::max(iv.start, lineStart);
                const int b = std::min(iv.end, lineEnd);
                if (ref.ranges.isEmpty())
                    ref.anchor = mapStart(segments, std::min(a, lineEnd));
                if (a < b)
                    ref.ranges.append({ mapStart(segments, a), mapEnd(segments, b) });
            }
            // The notes of this paragraph, after it.
            for (const auto &m : markers) {
                const Span &s = spans.at(m.second);
                QTextBlockFormat nb = noteBlock;
                nb.setLayoutDirection(directionOf(s.note));
                c.insertBlock(nb, noteFmt);
                c.insertText(QString::number(marker.at(m.second)) + QStringLiteral("  "), noteNumFmt);
                // Line breaks of a note stay inside its one block.
                QString note = s.note.trimmed();
                note.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
                c.insertText(tr("%1: %2").arg(m_snapshot.tagPath(s.tagId), note), noteFmt);
                if (!s.author.isEmpty())
                    c.insertText(QStringLiteral(" (") + s.author + QLatin1Char(')'), noteFmt);
            }
        }
        if (lineEnd >= text.size())
            break;
        lineStart = lineEnd + 1;
    }
}

QVector<int> PdfExporter::entryPages(QTextDocument &doc) const
{
    QVector<int> pages;
    for (int pos : m_entryPositions) {
        const QTextBlock block = doc.findBlock(pos);
        const qreal y = block.layout() ? block.layout()->position().y() : 0;
        pages.append(int(y / m_bodyHeight) + 1);
    }
    return pages;
}

QByteArray PdfExporter::run(QString *error)
{
    m_cancelled = false;
    m_steps = 0;
    m_placements.clear();
    // Build (twice for a report: the contents need the pages), paint, annotate.
    const int entries = int(m_snapshot.entries.size());
    m_totalSteps = entries * (isReport() ? 2 : 1) + 2;

    QBuffer plainPdf;
    plainPdf.open(QIODevice::WriteOnly);
    QPdfWriter writer(&plainPdf);
    writer.setResolution(kDpi);
    writer.setPageSize(m_options.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Marginalia %1").arg(QCoreApplication::applicationVersion()));

    const QRectF page = writer.pageLayout().fullRectPixels(kDpi);
    const qreal margin = kMarginMm / 25.4 * kDpi;
    const qreal bottom = kBottomMarginMm / 25.4 * kDpi;
    const QRectF body(margin, margin, page.width() - 2 * margin, page.height() - margin - bottom);
    m_bodyHeight = body.height();

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    // Highlight backgrounds of a page's first line reach about a point above
    // its top, into the previous page's clip: keep each page's own content
    // clear of its last points and clip those away when painting.
    QTextFrameFormat root = doc.rootFrame()->frameFormat();
    root.setBottomMargin(px(kPageGuardPt * 2));
    doc.rootFrame()->setFrameFormat(root);
    doc.setPageSize(body.size());
    doc.setUndoRedoEnabled(false);

    build(doc, {});
    if (m_cancelled) {
        *error = tr("The export was cancelled.");
        return {};
    }
    // Headless export: force the whole layout now (nothing else will).
    m_pageCount = doc.pageCount();
    if (isReport()) {
        QVector<int> pages = entryPages(doc);
        for (int pass = 0; pass < 3; ++pass) {
            build(doc, pages);
            if (m_cancelled) {
                *error = tr("The export was cancelled.");
                return {};
            }
            const QVector<int> again = entryPages(doc);
            if (again == pages)
                break;
            pages = again;
        }
        m_pageCount = doc.pageCount();
    }

    const QVector<int> splits = PdfLayout::splitBlocksAtPageBreaks(doc, m_bodyHeight);
    if (!splits.isEmpty()) {
        m_pageCount = doc.pageCount();
        auto shifted = [&splits](int pos, bool end) { return PdfLayout::shifted(splits, pos, end); };
        for (SpanRef &ref : m_spanRefs) {
            for (auto &r : ref.ranges)
                r = { shifted(r.first, false), shifted(r.second, true) };
            ref.anchor = shifted(ref.anchor, false);
        }
    }

    // Where each span landed, page by page.
    for (const SpanRef &ref : std::as_const(m_spanRefs)) {
        const Span &s = m_snapshot.entries.at(ref.entry).spans.at(ref.span);
        Placement pl;
        pl.contents = s.note.trimmed().isEmpty() ? m_snapshot.tagPath(s.tagId)
                                                 : m_snapshot.tagPath(s.tagId) + QStringLiteral(": ") + s.note;
        pl.author = s.author;
        pl.color = m_snapshot.tagColor(s.tagId);
        QVector<QRectF> rects;
        for (const auto &r : ref.ranges)
            rects += PdfLayout::rangeRects(doc, r.first, r.second);
        if (rects.isEmpty()) {
            // A span of only line breaks or blanks: mark where it starts.
            const QTextBlock block = doc.findBlock(ref.anchor);
            if (block.layout() && block.layout()->lineCount() > 0) {
                const QTextLine line = block.layout()->lineForTextPosition(ref.anchor - block.position());
                const QTextLine l = line.isValid() ? line : block.layout()->lineAt(0);
                const qreal x = l.cursorToX(ref.anchor - block.position());
                rects.append(QRectF(block.layout()->position().x() + x, block.layout()->position().y() + l.y(),
                    kDpi / 18.0, l.height()));
            }
        }
        pl.page = rects.isEmpty() ? 0 : int(rects.constFirst().center().y() / body.height());
        for (const QRectF &r : std::as_const(rects)) {
            if (int(r.center().y() / body.height()) != pl.page)
                continue; // a span running onto the next page is annotated on its first page
            const QRectF onPage = r.translated(body.left(), body.top() - pl.page * body.height());
            pl.rects.append(QRectF(onPage.x() / page.width(), onPage.y() / page.height(), onPage.width() / page.width(),
                onPage.height() / page.height()));
        }
        m_placements.append(pl);
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Could not start writing the PDF.");
        return {};
    }
    const QString footerTitle = title();
    for (int p = 0; p < m_pageCount; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - p * body.height());
        doc.drawContents(
            &painter, QRectF(0, p * body.height(), body.width(), body.height() - kPageGuardPt / 72.0 * kDpi));
        painter.restore();
        PdfLayout::paintFooter(painter, writer, body, footerTitle, p, m_pageCount);
        if (p % 16 == 15 && m_progress && !m_progress(m_steps, m_totalSteps)) {
            m_cancelled = true;
            break;
        }
    }
    painter.end();
    if (m_cancelled || !step()) {
        *error = tr("The export was cancelled.");
        return {};
    }

    PdfAnnotator annotator;
    annotator.setMetadata(title(), m_snapshot.author, subject(),
        QStringLiteral("Marginalia %1").arg(QCoreApplication::applicationVersion()));
    if (m_options.annotations) {
        for (const Placement &pl : std::as_const(m_placements))
            annotator.addHighlight(pl.page, pl.rects, pl.contents, pl.author, pl.color);
    }
    QByteArray out = annotator.apply(plainPdf.data(), error);
    if (out.isEmpty())
        return {};
    if (!step()) {
        *error = tr("The export was cancelled.");
        return {};
    }
    return out;
}

} // namespace Marginalia
