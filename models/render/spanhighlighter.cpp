#include "spanhighlighter.h"

#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QHash>
#include <QTextDocument>

#include <algorithm>

namespace Marginalia {

SpanHighlighter::SpanHighlighter(
    QTextDocument *document, const CorpusModel *corpus, const CodebookModel *codebook, const QString &path)
    : QSyntaxHighlighter(document)
    , m_corpus(corpus)
    , m_codebook(codebook)
    , m_path(path)
{
    rebuildIndex();
    // Spans added and removed one at a time (the analyst's gestures, and their
    // undo) update the index in place: rebuilding it copied and sorted every
    // span of the document on each change. Anything else rebuilds it before
    // the next rehighlight.
    connect(corpus, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (isThisDocument(parent))
            spansInserted(first, last);
    });
    connect(corpus, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &parent, int first, int last) {
            if (isThisDocument(parent))
                spansAboutToBeRemoved(first, last);
        });
    connect(corpus, &QAbstractItemModel::rowsMoved, this, [this] { m_indexStale = true; });
    connect(corpus, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        // A span edited in place may have a new range (or only a new tag: the
        // index would not change, but telling them apart costs more than it saves).
        if (isThisDocument(topLeft.parent()))
            m_indexStale = true;
    });
    connect(corpus, &CorpusModel::spanRangeChanged, this, &SpanHighlighter::onSpanRangeChanged);
    // Documents coming and going (reset, or a top-level insert/remove/move) may
    // bring this document back with other spans: start over from the model.
    auto reload = [this] {
        rebuildIndex();
        rehighlight();
    };
    connect(corpus, &QAbstractItemModel::modelReset, this, reload);
    connect(corpus, &QAbstractItemModel::rowsInserted, this, [reload](const QModelIndex &parent) {
        if (!parent.isValid())
            reload();
    });
    connect(corpus, &QAbstractItemModel::rowsRemoved, this, [reload](const QModelIndex &parent) {
        if (!parent.isValid())
            reload();
    });
    connect(corpus, &QAbstractItemModel::rowsMoved, this, [reload](const QModelIndex &parent) {
        if (!parent.isValid())
            reload();
    });
    // The constructor attached us to the document, which highlights lazily on layout.
}

void SpanHighlighter::rebuildIndex()
{
    // The index holds only ranges and rows: ids and tag colours are read from
    // the models when a block is drawn (copying a Tag and an id per span made
    // each rebuild on 10,000 spans cost ~7-11 ms).
    ++m_indexBuilds;
    m_indexStale = false;
    m_colorOf.clear();
    m_boilerplate.clear();
    m_row = m_corpus ? m_corpus->rowOfPath(m_path) : -1;
    if (m_row < 0) {
        m_index.clear();
        return;
    }
    m_boilerplate = m_corpus->document(m_row).boilerplate;
    const QVector<Span> &spans = m_corpus->spans(m_row);
    QVector<IntervalIndex::Interval> intervals;
    intervals.reserve(spans.size());
    for (int i = 0; i < spans.size(); ++i)
        intervals.append({ spans.at(i).start, spans.at(i).end, i });
    m_index.build(std::move(intervals));
}

QColor SpanHighlighter::colorOfRow(int spanRow) const
{
    if (!m_corpus || m_row < 0)
        return QColor(Qt::yellow);
    const QVector<Span> &spans = m_corpus->spans(m_row);
    if (spanRow < 0 || spanRow >= spans.size())
        return QColor(Qt::yellow);
    const QString &tagId = spans.at(spanRow).tagId;
    auto it = m_colorOf.constFind(tagId);
    if (it == m_colorOf.cend()) {
        const QColor c = m_codebook ? m_codebook->tag(tagId).color : QColor();
        it = m_colorOf.insert(tagId, c.isValid() ? c : QColor(Qt::yellow));
    }
    return *it;
}

bool SpanHighlighter::isThisDocument(const QModelIndex &parent) const
{
    return parent.isValid() && !parent.parent().isValid() && parent.row() == m_row && m_row >= 0;
}

void SpanHighlighter::spansInserted(int first, int last)
{
    if (m_indexStale || !m_corpus)
        return;
    const QVector<Span> &spans = m_corpus->spans(m_row);
    // The rows after the new ones moved down; the index's payloads are rows.
    m_index.shiftPayloads(first, last - first + 1);
    for (int r = first; r <= last && r < spans.size(); ++r)
        m_index.insert({ spans.at(r).start, spans.at(r).end, r });
}

void SpanHighlighter::spansAboutToBeRemoved(int first, int last)
{
    if (m_indexStale || !m_corpus)
        return;
    const QVector<Span> &spans = m_corpus->spans(m_row);
    for (int r = first; r <= last && r < spans.size(); ++r) {
        if (!m_index.remove({ spans.at(r).start, spans.at(r).end, r })) {
            m_indexStale = true; // not what the model holds: start over
            return;
        }
    }
    m_index.shiftPayloads(last + 1, -(last - first + 1));
}

void SpanHighlighter::onSpanRangeChanged(const QString &path, int from, int to)
{
    if (path != m_path)
        return;
    if (m_indexStale) {
        rebuildIndex();
    } else {
        // What rebuildIndex() refreshes besides the index: clutter lines and tag colours may have changed.
        m_colorOf.clear();
        m_boilerplate = m_row >= 0 && m_corpus ? m_corpus->document(m_row).boilerplate : QVector<TextRange>();
    }
    rehighlightRange(from, to);
}

void SpanHighlighter::rehighlightRange(int from, int to)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    QTextBlock block = doc->findBlock(from);
    const QTextBlock last = doc->findBlock(std::max(from, to - 1));
    while (block.isValid()) {
        rehighlightBlock(block);
        if (block == last)
            break;
        block = block.next();
    }
}

QStringList SpanHighlighter::spansAt(int position) const
{
    QStringList out;
    if (!m_corpus || m_row < 0)
        return out;
    for (const auto &iv : m_index.overlapping(position, position + 1))
        out.append(m_corpus->spans(m_row).value(iv.payload).id);
    return out;
}

QVector<IntervalIndex::Interval> SpanHighlighter::spansIn(int from, int to) const
{
    return m_index.overlapping(from, to);
}

bool SpanHighlighter::isBoilerplate(int position) const
{
    auto it = std::upper_bound(m_boilerplate.cbegin(), m_boilerplate.cend(), position,
        [](int pos, const TextRange &r) { return pos < r.start; });
    if (it == m_boilerplate.cbegin())
        return false;
    --it;
    return position >= it->start && (position < it->end || (it->start == it->end && position == it->start));
}

QColor SpanHighlighter::blend(const QVector<QColor> &colors, const QColor &base)
{
    if (colors.isEmpty())
        return base;
    if (colors.size() == 1)
        return colors.first();
    // Average the tag colours, then darken slightly per extra layer so that
    // overlaps read as "more than one code here" even for similar hues.
    double r = 0, g = 0, b = 0;
    for (const QColor &c : colors) {
        r += c.redF();
        g += c.greenF();
        b += c.blueF();
    }
    const double n = double(colors.size());
    const double shade = std::max(0.7, 1.0 - 0.08 * (n - 1));
    return QColor::fromRgbF(float(r / n * shade), float(g / n * shade), float(b / n * shade));
}

QVector<SpanHighlighter::Piece> SpanHighlighter::pieces(
    int from, int to, const QVector<IntervalIndex::Interval> &hits, const QVector<QColor> &colors)
{
    QVector<Piece> out;
    if (hits.isEmpty())
        return out;
    // Cut the range at every span boundary and format each piece by the spans covering it.
    QVector<int> cuts { from, to };
    for (const auto &iv : hits) {
        cuts.append(std::clamp(iv.start, from, to));
        cuts.append(std::clamp(iv.end, from, to));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int a = cuts.at(i);
        const int b = cuts.at(i + 1);
        QVector<QColor> covering;
        for (const auto &iv : hits) {
            if (iv.start <= a && iv.end >= b)
                covering.append(colors.value(iv.payload));
        }
        if (covering.isEmpty())
            continue;
        QTextCharFormat fmt;
        const QColor background = blend(covering);
        fmt.setBackground(background);
        // Tag colours are chosen for one theme; keep the text readable on any
        // (light text of a dark theme on a pastel highlight turns dark).
        fmt.setForeground(background.lightnessF() > 0.55 ? QColor(0x1f, 0x1f, 0x1f) : QColor(0xf5, 0xf5, 0xf5));
        if (covering.size() > 1) {
            fmt.setFontUnderline(true);
            fmt.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            fmt.setUnderlineColor(covering.last().darker(160));
        }
        out.append({ a, b, fmt });
    }
    return out;
}

void SpanHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    // Boilerplate ranges are whole lines, and a line is a block here. Spans on
    // them keep their background; the text stays dimmed (mid grey reads on
    // light and dark highlights).
    const bool dim = !text.isEmpty() && isBoilerplate(blockStart);
    if (dim) {
        QTextCharFormat dimmed;
        dimmed.setForeground(dimmedColor());
        setFormat(0, int(text.size()), dimmed);
    }
    const auto hits = m_index.overlapping(blockStart, std::max(blockEnd, blockStart + 1));
    // pieces() wants colours indexed by payload: number this block's spans 0..k-1.
    QVector<IntervalIndex::Interval> local = hits;
    QVector<QColor> colors;
    colors.reserve(local.size());
    for (int i = 0; i < local.size(); ++i) {
        colors.append(colorOfRow(local.at(i).payload));
        local[i].payload = i;
    }
    for (Piece p : pieces(blockStart, blockEnd, local, colors)) {
        if (dim)
            p.format.setForeground(dimmedColor());
        setFormat(p.start - blockStart, p.end - p.start, p.format);
    }
}

} // namespace Marginalia
