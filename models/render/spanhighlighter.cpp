#include "spanhighlighter.h"

#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QHash>
#include <QTextDocument>

#include <algorithm>

namespace Marginalia {

SpanHighlighter::SpanHighlighter(QTextDocument *document, const CorpusModel *corpus, const CodebookModel *codebook,
                                 const QString &path)
    : QSyntaxHighlighter(document)
    , m_corpus(corpus)
    , m_codebook(codebook)
    , m_path(path)
{
    rebuildIndex();
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
    // The constructor attached us to the document, which highlights lazily on layout.
}

void SpanHighlighter::rebuildIndex()
{
    m_colors.clear();
    m_ids.clear();
    const int row = m_corpus ? m_corpus->rowOfPath(m_path) : -1;
    if (row < 0) {
        m_index.clear();
        return;
    }
    const QVector<Span> &spans = m_corpus->spans(row);
    QVector<IntervalIndex::Interval> intervals;
    intervals.reserve(spans.size());
    m_colors.reserve(spans.size());
    m_ids.reserve(spans.size());
    // Every span change rebuilds this: look each tag's colour up once, not once
    // per span (copying a Tag per span made one change on 10,000 spans cost ~10 ms).
    QHash<QString, QColor> colorOf;
    for (int i = 0; i < spans.size(); ++i) {
        const Span &s = spans.at(i);
        intervals.append({s.start, s.end, i});
        auto it = colorOf.constFind(s.tagId);
        if (it == colorOf.cend()) {
            const QColor c = m_codebook ? m_codebook->tag(s.tagId).color : QColor();
            it = colorOf.insert(s.tagId, c.isValid() ? c : QColor(Qt::yellow));
        }
        m_colors.append(*it);
        m_ids.append(s.id);
    }
    m_index.build(std::move(intervals));
}

void SpanHighlighter::onSpanRangeChanged(const QString &path, int from, int to)
{
    if (path != m_path)
        return;
    rebuildIndex();
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
    for (const auto &iv : m_index.overlapping(position, position + 1))
        out.append(m_ids.value(iv.payload));
    return out;
}

QVector<IntervalIndex::Interval> SpanHighlighter::spansIn(int from, int to) const
{
    return m_index.overlapping(from, to);
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

QVector<SpanHighlighter::Piece> SpanHighlighter::pieces(int from, int to, const QVector<IntervalIndex::Interval> &hits,
                                                       const QVector<QColor> &colors)
{
    QVector<Piece> out;
    if (hits.isEmpty())
        return out;
    // Cut the range at every span boundary and format each piece by the spans covering it.
    QVector<int> cuts{from, to};
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
        out.append({a, b, fmt});
    }
    return out;
}

void SpanHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    const auto hits = m_index.overlapping(blockStart, std::max(blockEnd, blockStart + 1));
    for (const Piece &p : pieces(blockStart, blockEnd, hits, m_colors))
        setFormat(p.start - blockStart, p.end - p.start, p.format);
}

} // namespace Marginalia
