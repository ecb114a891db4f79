#include "comparisonpdfexporter.h"

#include "pdfannotator.h"
#include "pdflayout.h"
#include "render/spanhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace Marginalia {

namespace {

constexpr qreal kGutterMm = 8.0;
constexpr qreal kRowGapPt = 7.0;
constexpr qreal kSentenceGapPt = 3.0;

qreal points(qreal pt)
{
    return pt / 72.0 * PdfLayout::kDpi;
}

// Shades of whole sentences; the legend explains them.
const QColor kOnlyShade(0xf1, 0xf1, 0xf1);
const QColor kMovedShade(0xe4, 0xec, 0xf7);
const QColor kOnlyAText(0xa8, 0x1c, 0x1c);
const QColor kOnlyBText(0x14, 0x5a, 0x9e);

enum Shade { NoShade, OnlyShade, MovedShade };

} // namespace

// One column's share of a row: its own QTextDocument, laid out column-wide
// and placed on a page by run().
struct ComparisonPdfExporter::Cell
{
    struct Segment
    {
        int from = 0; ///< text offsets [from, to) of the document printed here
        int to = 0;
        int position = 0; ///< document position of from
    };
    int side = 0;
    QTextDocument doc;
    QVector<Segment> segments;
    int page = 0;
    qreal y = 0; ///< top, in device units below the body's top
    qreal height = 0;
};

ComparisonPdfExporter::ComparisonPdfExporter(const ExportSnapshot &snapshot, const QString &pathA, const QString &pathB,
    const ComparisonResult &result, const PdfOptions &options)
    : m_snapshot(snapshot)
    , m_paths { pathA, pathB }
    , m_result(result)
    , m_options(options)
{
    for (int side = 0; side < 2; ++side) {
        for (const ExportSnapshot::Entry &e : m_snapshot.entries) {
            if (e.document.path == m_paths[side])
                m_entries[side] = &e;
        }
    }
}

ComparisonPdfExporter::~ComparisonPdfExporter() = default;

const ExportSnapshot::Entry *ComparisonPdfExporter::entry(int side) const
{
    return m_entries[side];
}

bool ComparisonPdfExporter::step()
{
    ++m_steps;
    if (m_progress && !m_progress(std::min(m_steps, m_totalSteps), m_totalSteps))
        m_cancelled = true;
    return !m_cancelled;
}

QString ComparisonPdfExporter::title() const
{
    if (!m_options.title.isEmpty())
        return m_options.title;
    auto name = [this](int side) {
        const Document &d = m_entries[side]->document;
        return d.meta.title.isEmpty() ? d.path : d.meta.title;
    };
    if (!m_entries[0] || !m_entries[1])
        return tr("Comparison");
    return tr("Comparison: %1 / %2").arg(name(0), name(1));
}

QString ComparisonPdfExporter::subject() const
{
    return tr("Comparison of %1 (A) and %2 (B), corpus %3").arg(m_paths[0], m_paths[1], m_snapshot.corpusName);
}

ComparisonPdfExporter::Cell &ComparisonPdfExporter::addCell(int side)
{
    m_cells.push_back(std::make_unique<Cell>());
    Cell &cell = *m_cells.back();
    cell.side = side;
    cell.doc.setUndoRedoEnabled(false);
    cell.doc.setDocumentMargin(0);
    cell.doc.setDefaultFont(PdfLayout::bodyFont(10));
    return cell;
}

void ComparisonPdfExporter::addHeader(Cell &cell)
{
    const Document &d = m_entries[cell.side]->document;
    QTextCursor c(&cell.doc);
    QTextCharFormat labelFmt;
    labelFmt.setFont(PdfLayout::sansFont(9, true));
    labelFmt.setForeground(cell.side == 0 ? kOnlyAText : kOnlyBText);
    c.insertText(cell.side == 0 ? tr("A") : tr("B"), labelFmt);

    QTextBlockFormat titleBlock;
    titleBlock.setLayoutDirection(PdfLayout::directionOf(d.meta.title));
    titleBlock.setBottomMargin(PdfLayout::px(3));
    QTextCharFormat titleFmt;
    titleFmt.setFont(PdfLayout::sansFont(13, true));
    c.insertBlock(titleBlock);
    c.insertText(d.meta.title.isEmpty() ? d.path : d.meta.title, titleFmt);

    QTextCharFormat metaFmt;
    metaFmt.setFont(PdfLayout::sansFont(8.5));
    metaFmt.setForeground(QColor(0x55, 0x55, 0x55));
    QStringList byline;
    if (!d.meta.outlet.isEmpty())
        byline.append(d.meta.outlet);
    if (d.meta.date.isValid())
        byline.append(QLocale().toString(d.meta.date, QLocale::LongFormat));
    if (!d.meta.author.isEmpty())
        byline.append(d.meta.author);
    if (!byline.isEmpty()) {
        c.insertBlock();
        c.insertText(byline.join(QStringLiteral(" · ")), metaFmt);
    }
    c.insertBlock();
    c.insertText(tr("Source: %1").arg(d.meta.url.isEmpty() ? d.path : d.meta.url), metaFmt);

    QTextBlockFormat legendBlock;
    legendBlock.setTopMargin(PdfLayout::px(3));
    legendBlock.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    c.insertBlock(legendBlock);
    const QVector<Tag> used = m_snapshot.tagsUsed(m_entries[cell.side]->spans);
    if (used.isEmpty()) {
        c.insertText(tr("No annotations in this article."), metaFmt);
    } else {
        c.insertText(tr("Tags: "), metaFmt);
        for (int i = 0; i < used.size(); ++i) {
            QTextCharFormat chip;
            chip.setFont(PdfLayout::sansFont(8.5));
            chip.setBackground(m_snapshot.tagColor(used.at(i).id));
            if (i > 0)
                c.insertText(QStringLiteral("  "), metaFmt);
            c.insertText(QChar(0x00A0) + m_snapshot.tagPath(used.at(i).id) + QChar(0x00A0), chip);
        }
    }
}

void ComparisonPdfExporter::addSentences(Cell &cell, const QVector<int> &sentences, const AlignedPair *pair, int shade)
{
    const QString &text = m_entries[cell.side]->document.text();
    const QVector<TextRange> &all = cell.side == 0 ? m_result.sentencesA : m_result.sentencesB;
    QTextCursor c(&cell.doc);
    c.movePosition(QTextCursor::End);
    for (int i = 0; i < sentences.size(); ++i) {
        const int s = sentences.at(i);
        // A sentence prints from its start to the next one's, so the text
        // between sentences (a headline without a full stop, a dateline) is
        // printed too; the first sentence prints from the start of the text.
        int from = s == 0 ? 0 : all.at(s).start;
        int to = s + 1 < all.size() ? all.at(s + 1).start : int(text.size());
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        QTextBlockFormat block;
        block.setLayoutDirection(PdfLayout::directionOf(text.mid(from, to - from)));
        if (shade == OnlyShade)
            block.setBackground(kOnlyShade);
        else if (shade == MovedShade)
            block.setBackground(kMovedShade);
        if (!cell.doc.isEmpty() || i > 0) {
            block.setTopMargin(PdfLayout::px(kSentenceGapPt));
            c.insertBlock(block);
        } else {
            c.setBlockFormat(block);
        }
        const int position = c.position();
        // Line breaks inside a sentence stay inside its block (same length, so offsets map 1:1).
        QString printed = text.mid(from, to - from);
        printed.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
        c.insertText(printed, QTextCharFormat());
        cell.segments.append({ from, to, position });
        for (const SpanHighlighter::Piece &p :
            SpanHighlighter::pieces(from, to, m_index[cell.side].overlapping(from, to), m_colors[cell.side])) {
            QTextCursor h(&cell.doc);
            h.setPosition(position + p.start - from);
            h.setPosition(position + p.end - from, QTextCursor::KeepAnchor);
            h.mergeCharFormat(p.format);
        }
    }
    if (!pair || pair->sameWording)
        return;
    // The words this side has and the other does not.
    QTextCharFormat mark;
    mark.setFontWeight(QFont::Bold);
    mark.setForeground(cell.side == 0 ? kOnlyAText : kOnlyBText);
    for (const WordDiffOp &op : pair->diff) {
        const bool mine = cell.side == 0 ? op.kind == WordDiffOp::Kind::OnlyA : op.kind == WordDiffOp::Kind::OnlyB;
        const TextRange r = cell.side == 0 ? op.a : op.b;
        if (!mine || r.isEmpty())
            continue;
        for (const Cell::Segment &seg : std::as_const(cell.segments)) {
            const int a = std::max(r.start, seg.from);
            const int b = std::min(r.end, seg.to);
            if (a >= b)
                continue;
            QTextCursor h(&cell.doc);
            h.setPosition(seg.position + a - seg.from);
            h.setPosition(seg.position + b - seg.from, QTextCursor::KeepAnchor);
            h.mergeCharFormat(mark);
        }
    }
}

void ComparisonPdfExporter::buildSummary(QTextDocument &doc) const
{
    const QString &textA = m_entries[0]->document.text();
    const QString &textB = m_entries[1]->document.text();
    auto cut = [](const QString &text, const TextRange &r) { return text.mid(r.start, r.end - r.start).simplified(); };
    QTextCursor c(&doc);
    QTextCharFormat headFmt;
    headFmt.setFont(PdfLayout::sansFont(15, true));
    QTextCharFormat subFmt;
    subFmt.setFont(PdfLayout::sansFont(11, true));
    QTextCharFormat plain;
    plain.setFont(PdfLayout::bodyFont(9.5));
    QTextCharFormat meta;
    meta.setFont(PdfLayout::sansFont(9));
    meta.setForeground(QColor(0x55, 0x55, 0x55));
    QTextBlockFormat headBlock;
    headBlock.setTopMargin(PdfLayout::px(10));
    headBlock.setBottomMargin(PdfLayout::px(3));
    QTextBlockFormat item;
    item.setLeftMargin(PdfLayout::px(10));
    item.setBottomMargin(PdfLayout::px(2));

    c.setBlockFormat(QTextBlockFormat());
    c.insertText(tr("Differences"), headFmt);
    int identical = 0, paraphrase = 0, moved = 0;
    for (const AlignedPair &p : m_result.pairs) {
        if (p.kind == AlignedPair::Kind::Identical)
            ++identical;
        else if (p.kind == AlignedPair::Kind::Moved)
            ++moved;
        else
            ++paraphrase;
    }
    c.insertBlock();
    c.insertText(tr("A: %1 (%2 sentences). B: %3 (%4 sentences).")
                     .arg(m_paths[0])
                     .arg(m_result.sentencesA.size())
                     .arg(m_paths[1])
                     .arg(m_result.sentencesB.size()),
        meta);
    c.insertBlock();
    c.insertText(tr("%1 aligned pairs: %2 identical, %3 reworded, %4 moved; %5 sentences only in A, %6 only in B.")
                     .arg(m_result.pairs.size())
                     .arg(identical)
                     .arg(paraphrase)
                     .arg(moved)
                     .arg(m_result.onlyA.size())
                     .arg(m_result.onlyB.size()),
        meta);

    auto heading = [&](const QString &text) {
        c.insertBlock(headBlock);
        c.insertText(text, subFmt);
    };
    auto line = [&](const QString &text) {
        QTextBlockFormat bf = item;
        bf.setLayoutDirection(PdfLayout::directionOf(text));
        c.insertBlock(bf);
        c.insertText(text, plain);
    };
    auto none = [&]() {
        c.insertBlock(item);
        c.insertText(tr("None."), meta);
    };

    const QVector<UnmatchedSentence> *only[2] = { &m_result.onlyA, &m_result.onlyB };
    for (int side = 0; side < 2; ++side) {
        heading(side == 0 ? tr("Only in A (%1)").arg(only[0]->size()) : tr("Only in B (%1)").arg(only[1]->size()));
        for (const UnmatchedSentence &u : *only[side]) {
            const QString s = side == 0 ? cut(textA, m_result.sentencesA.at(u.sentence))
                                        : cut(textB, m_result.sentencesB.at(u.sentence));
            line(u.lede ? tr("(lede) %1").arg(s) : s);
        }
        if (only[side]->isEmpty())
            none();
    }

    heading(tr("Moved (%1)").arg(moved));
    for (const AlignedPair &p : m_result.pairs) {
        if (p.kind == AlignedPair::Kind::Moved)
            line(cut(textA, m_result.rangeA(p)));
    }
    if (moved == 0)
        none();

    heading(tr("Reworded (%1)").arg(paraphrase));
    for (const AlignedPair &p : m_result.pairs) {
        if (p.kind != AlignedPair::Kind::Paraphrase)
            continue;
        QStringList wordsA, wordsB;
        for (const WordDiffOp &op : p.diff) {
            if (op.kind == WordDiffOp::Kind::OnlyA)
                wordsA.append(cut(textA, op.a));
            else if (op.kind == WordDiffOp::Kind::OnlyB)
                wordsB.append(cut(textB, op.b));
        }
        line(tr("A: %1 | B: %2")
                 .arg(wordsA.isEmpty() ? tr("(nothing)") : wordsA.join(QStringLiteral(" … ")),
                     wordsB.isEmpty() ? tr("(nothing)") : wordsB.join(QStringLiteral(" … "))));
    }
    if (paraphrase == 0)
        none();

    heading(tr("Numbers that differ"));
    int numbers = 0;
    for (const NumberComparison &n : m_result.numbers) {
        if (n.agree)
            continue;
        ++numbers;
        line(tr("A: %1 | B: %2")
                 .arg(n.a < 0 ? tr("(none)") : m_result.numbersA.at(n.a).text,
                     n.b < 0 ? tr("(none)") : m_result.numbersB.at(n.b).text));
    }
    if (numbers == 0)
        none();

    heading(tr("Quotations on one side only"));
    int quotes = 0;
    for (const QuotationMatch &q : m_result.quotes) {
        if (q.a >= 0 && q.b >= 0)
            continue;
        ++quotes;
        const Quotation &x = q.a >= 0 ? m_result.quotesA.at(q.a) : m_result.quotesB.at(q.b);
        const QString speaker = x.resolvedSpeaker.isEmpty()
            ? x.speaker
            : QStringLiteral("%1 [%2]").arg(x.speaker, x.resolvedSpeaker); // "she [Mayor Dana Whitcombe]"
        const QString who = QStringList { speaker, x.verb }.join(QLatin1Char(' ')).trimmed();
        line(q.a >= 0 ? tr("A: \u201c%1\u201d %2").arg(x.text.simplified(), who)
                      : tr("B: \u201c%1\u201d %2").arg(x.text.simplified(), who));
    }
    if (quotes == 0)
        none();

    heading(tr("Loaded terms (A / B)"));
    for (const LexiconCount &l : m_result.lexicon)
        line(tr("%1 (%2): %3 / %4").arg(l.term, l.category).arg(l.hitsA.size()).arg(l.hitsB.size()));
    if (m_result.lexicon.isEmpty())
        none();

    heading(tr("Annotations by tag (A / B)"));
    QVector<Span> both = m_entries[0]->spans + m_entries[1]->spans;
    for (const Tag &t : m_snapshot.tagsUsed(both)) {
        int a = 0, b = 0;
        for (const Span &s : m_entries[0]->spans)
            a += s.tagId == t.id;
        for (const Span &s : m_entries[1]->spans)
            b += s.tagId == t.id;
        line(tr("%1: %2 / %3").arg(m_snapshot.tagPath(t.id)).arg(a).arg(b));
    }
    if (both.isEmpty())
        none();

    heading(tr("Shared passages (%1)").arg(m_result.sharedPassages.size()));
    for (const SharedPassage &s : m_result.sharedPassages)
        line(tr("%n words: %1", nullptr, s.words).arg(cut(textA, s.a)));
    if (m_result.sharedPassages.isEmpty())
        none();
}

QByteArray ComparisonPdfExporter::run(QString *error)
{
    m_cancelled = false;
    m_steps = 0;
    m_cells.clear();
    m_placements.clear();
    m_pairRows = QVector<Row>(m_result.pairs.size());
    for (int side = 0; side < 2; ++side) {
        if (!m_entries[side]) {
            *error = tr("%1: not in the exported documents").arg(m_paths[side]);
            return {};
        }
        QVector<IntervalIndex::Interval> intervals;
        m_colors[side].clear();
        const QVector<Span> &spans = m_entries[side]->spans;
        for (int i = 0; i < spans.size(); ++i) {
            intervals.append({ spans.at(i).start, spans.at(i).end, i });
            m_colors[side].append(m_snapshot.tagColor(spans.at(i).tagId));
        }
        m_index[side].build(intervals);
    }
    m_totalSteps = int(m_result.pairs.size()) + 4;

    QBuffer plainPdf;
    plainPdf.open(QIODevice::WriteOnly);
    QPdfWriter writer(&plainPdf);
    writer.setResolution(PdfLayout::kDpi);
    writer.setPageSize(m_options.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Marginalia %1").arg(QCoreApplication::applicationVersion()));
    const QRectF page = writer.pageLayout().fullRectPixels(PdfLayout::kDpi);
    const qreal margin = PdfLayout::kMarginMm / 25.4 * PdfLayout::kDpi;
    const qreal bottom = PdfLayout::kBottomMarginMm / 25.4 * PdfLayout::kDpi;
    const QRectF body(margin, margin, page.width() - 2 * margin, page.height() - margin - bottom);
    const qreal gutter = kGutterMm / 25.4 * PdfLayout::kDpi;
    m_columnWidth = (body.width() - gutter) / 2;
    const qreal columnX[2] = { body.left(), body.left() + m_columnWidth + gutter };
    const qreal limit = body.height() - points(PdfLayout::kPageGuardPt * 2);

    // Rows, in reading order of both texts. Pairs that keep both orders are
    // the anchors; before each, the sentences either side has until then
    // (only on that side, or moved) are printed opposite each other.
    auto layOut = [&](Cell &cell) {
        cell.doc.documentLayout()->setPaintDevice(&writer);
        cell.doc.setTextWidth(m_columnWidth);
        cell.height = cell.doc.documentLayout()->documentSize().height();
    };
    int pageNo = 0;
    qreal y = 0;
    QVector<std::pair<int, qreal>> pairTops; // rules drawn above aligned rows
    auto placeRow = [&](Cell *a, Cell *b) {
        const qreal h = std::max(a ? a->height : 0, b ? b->height : 0);
        if (y > 0 && y + h > limit) {
            ++pageNo;
            y = 0;
        }
        for (Cell *cell : { a, b }) {
            if (cell) {
                cell->page = pageNo;
                cell->y = y;
            }
        }
        y += h + points(kRowGapPt);
    };
    {
        Cell &a = addCell(0);
        addHeader(a);
        layOut(a);
        Cell &b = addCell(1);
        addHeader(b);
        layOut(b);
        placeRow(&a, &b);
    }
    const int countA = int(m_result.sentencesA.size());
    const int countB = int(m_result.sentencesB.size());
    int nextA = 0;
    int nextB = 0;
    auto gapRow = [&](int untilA, int untilB) {
        int pages[2] = { pageNo, pageNo };
        qreal ys[2] = { y, y };
        bool any = false;
        for (int side = 0; side < 2; ++side) {
            int &next = side == 0 ? nextA : nextB;
            const int until = side == 0 ? untilA : untilB;
            for (; next < until; ++next) {
                const int pairIndex = side == 0 ? m_result.pairOfA(next) : m_result.pairOfB(next);
                Cell &cell = addCell(side);
                addSentences(cell, { next }, pairIndex >= 0 ? &m_result.pairs.at(pairIndex) : nullptr,
                    pairIndex >= 0 ? MovedShade : OnlyShade);
                layOut(cell);
                if (ys[side] > 0 && ys[side] + cell.height > limit) {
                    ++pages[side];
                    ys[side] = 0;
                }
                cell.page = pages[side];
                cell.y = ys[side];
                ys[side] += cell.height + points(kSentenceGapPt);
                any = true;
            }
        }
        if (!any)
            return;
        const int last = pages[0] == pages[1] ? (ys[0] > ys[1] ? 0 : 1) : (pages[0] > pages[1] ? 0 : 1);
        pageNo = pages[last];
        y = ys[last] - points(kSentenceGapPt) + points(kRowGapPt);
    };
    for (int i = 0; i < m_result.pairs.size() && !m_cancelled; ++i) {
        const AlignedPair &p = m_result.pairs.at(i);
        if (p.moved || p.a.isEmpty() || p.b.isEmpty())
            continue;
        const int firstA = *std::min_element(p.a.cbegin(), p.a.cend());
        const int firstB = *std::min_element(p.b.cbegin(), p.b.cend());
        if (firstA < nextA || firstB < nextB)
            continue; // out of order after all: printed in place on each side
        gapRow(firstA, firstB);
        // Every sentence from the pair's first to its last, so none is skipped.
        QVector<int> sa;
        QVector<int> sb;
        for (int s = firstA; s <= *std::max_element(p.a.cbegin(), p.a.cend()); ++s)
            sa.append(s);
        for (int s = firstB; s <= *std::max_element(p.b.cbegin(), p.b.cend()); ++s)
            sb.append(s);
        Cell &a = addCell(0);
        addSentences(a, sa, &p, NoShade);
        layOut(a);
        Cell &b = addCell(1);
        addSentences(b, sb, &p, NoShade);
        layOut(b);
        placeRow(&a, &b);
        m_pairRows[i] = { a.page, (body.top() + a.y) / page.height() };
        pairTops.append({ a.page, a.y });
        nextA = sa.constLast() + 1;
        nextB = sb.constLast() + 1;
        step();
    }
    if (m_cancelled) {
        *error = tr("The export was cancelled.");
        return {};
    }
    gapRow(countA, countB);
    const int columnPages = pageNo + 1;
    m_summaryPage = columnPages;

    QTextDocument summary;
    summary.setUndoRedoEnabled(false);
    summary.documentLayout()->setPaintDevice(&writer);
    summary.setDocumentMargin(0);
    QTextFrameFormat root = summary.rootFrame()->frameFormat();
    root.setBottomMargin(PdfLayout::px(PdfLayout::kPageGuardPt * 2));
    summary.rootFrame()->setFrameFormat(root);
    summary.setPageSize(body.size());
    buildSummary(summary);
    PdfLayout::splitBlocksAtPageBreaks(summary, body.height());
    m_pageCount = columnPages + summary.pageCount();
    if (!step()) {
        *error = tr("The export was cancelled.");
        return {};
    }

    // Where each span landed: its first page, its line boxes there.
    for (int side = 0; side < 2; ++side) {
        const QVector<Span> &spans = m_entries[side]->spans;
        for (const Span &s : spans) {
            PdfExporter::Placement pl;
            pl.contents = s.note.trimmed().isEmpty() ? m_snapshot.tagPath(s.tagId)
                                                     : m_snapshot.tagPath(s.tagId) + QStringLiteral(": ") + s.note;
            pl.author = s.author;
            pl.color = m_snapshot.tagColor(s.tagId);
            pl.page = -1;
            const Cell *nearest = nullptr;
            for (const auto &cell : m_cells) {
                if (cell->side != side)
                    continue;
                for (const Cell::Segment &seg : cell->segments) {
                    if (!nearest && seg.to >= s.start)
                        nearest = cell.get();
                    const int a = std::max(s.start, seg.from);
                    const int b = std::min(s.end, seg.to);
                    if (a >= b)
                        continue;
                    const QVector<QRectF> rects
                        = PdfLayout::rangeRects(cell->doc, seg.position + a - seg.from, seg.position + b - seg.from);
                    if (rects.isEmpty())
                        continue;
                    if (pl.page < 0)
                        pl.page = cell->page;
                    if (cell->page != pl.page)
                        continue; // a span running onto the next page is annotated on its first page
                    for (const QRectF &r : rects) {
                        const QRectF onPage = r.translated(columnX[side], body.top() + cell->y);
                        pl.rects.append(QRectF(onPage.x() / page.width(), onPage.y() / page.height(),
                            onPage.width() / page.width(), onPage.height() / page.height()));
                    }
                }
            }
            if (pl.rects.isEmpty()) {
                // Only blanks between sentences: mark the start of the next sentence.
                if (!nearest)
                    nearest = m_cells.front().get();
                pl.page = nearest->page;
                const qreal h = points(10);
                pl.rects.append(QRectF(columnX[side] / page.width(), (body.top() + nearest->y) / page.height(),
                    points(6) / page.width(), h / page.height()));
            }
            m_placements.append(pl);
        }
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Could not start writing the PDF.");
        return {};
    }
    const QString footerTitle = title();
    const QPen rule(QColor(0xc8, 0xc8, 0xc8), points(0.5));
    for (int p = 0; p < m_pageCount; ++p) {
        if (p > 0)
            writer.newPage();
        if (p < columnPages) {
            qreal lowest = 0;
            for (const auto &cell : m_cells) {
                if (cell->page != p)
                    continue;
                painter.save();
                painter.translate(columnX[cell->side], body.top() + cell->y);
                cell->doc.drawContents(&painter, QRectF(0, 0, m_columnWidth, cell->height));
                painter.restore();
                lowest = std::max(lowest, cell->y + cell->height);
            }
            painter.setPen(rule);
            const qreal middle = body.left() + m_columnWidth + gutter / 2;
            painter.drawLine(QPointF(middle, body.top()), QPointF(middle, body.top() + lowest));
            // A faint rule above each row of aligned sentences guides the eye across.
            for (const auto &top : std::as_const(pairTops)) {
                if (top.first == p && top.second > 0) {
                    const qreal ry = body.top() + top.second - points(kRowGapPt) / 2;
                    painter.drawLine(QPointF(body.left(), ry), QPointF(body.right(), ry));
                }
            }
        } else {
            const int sp = p - columnPages;
            painter.save();
            painter.translate(body.left(), body.top() - sp * body.height());
            summary.drawContents(
                &painter, QRectF(0, sp * body.height(), body.width(), body.height() - points(PdfLayout::kPageGuardPt)));
            painter.restore();
        }
        PdfLayout::paintFooter(painter, writer, body, footerTitle, p, m_pageCount);
        if (m_progress && !m_progress(m_steps, m_totalSteps)) {
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
        for (const PdfExporter::Placement &pl : std::as_const(m_placements))
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
