#include "readingview.h"

#include "codingstripearea.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "readinglayout.h"
#include "render/spanhighlighter.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

namespace Marginalia {

ReadingView::ReadingView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // Read-only, yet the analyst selects with mouse and keyboard (Shift+arrows).
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
    setAccessibleName(tr("Article text"));
    document()->setDocumentMargin(18);
    m_stripeArea = new CodingStripeArea(this);
    // Scrolling moves the stripes with the text; a repaint of text repaints them.
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_stripeArea->scroll(0, dy);
        else
            m_stripeArea->update(0, rect.y(), m_stripeArea->width(), rect.height());
    });
    updateStripeGeometry();
}

namespace {
// Lanes: this wide, this far apart, and this much space around them.
constexpr int kLaneWidth = 5;
constexpr int kLaneGap = 2;
constexpr int kStripePadding = 4;
} // namespace

void ReadingView::invalidateStripes()
{
    m_lanesDirty = true;
    updateStripeGeometry();
    m_stripeArea->update();
}

void ReadingView::spansChanged(int from, int to)
{
    // While the lanes stay (no tag came into or left the article), only the
    // stripes beside the changed text are drawn again; the text's own blocks
    // are repainted by the document layout (ReadingLayout).
    const bool lanesKnown = !m_lanesDirty;
    const QStringList before = m_lanes;
    m_lanesDirty = true;
    if (!lanesKnown || stripeTags() != before) {
        invalidateStripes();
        return;
    }
    if (!m_stripesVisible)
        return;
    const QRect rect = shownRect(from, to);
    if (rect.isEmpty())
        return;
    const int viewportTop = viewport()->geometry().top() - m_stripeArea->geometry().top();
    m_stripeArea->update(0, rect.top() + viewportTop, m_stripeArea->width(), rect.height());
}

QRect ReadingView::shownRect(int from, int to) const
{
    // Characters from .. last are changed; a block holds position() .. position() + length() - 1.
    const int last = std::max(from, to - 1);
    QRectF rect;
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid() || block.position() > last)
        return {};
    // Down from the first block on screen, each block right below the one before.
    const QPointF offset = contentOffset();
    qreal top = blockBoundingGeometry(block).translated(offset).top();
    const int height = viewport()->height();
    for (; block.isValid() && block.position() <= last && top <= height; block = block.next()) {
        const QRectF box = blockBoundingRect(block);
        if (block.position() + block.length() - 1 >= from && block.isVisible())
            rect |= QRectF(box.left() + offset.x(), top, box.width(), box.height());
        top += box.height();
    }
    return rect.toAlignedRect();
}

bool ReadingView::isBlockShown(const QTextBlock &block) const
{
    if (!isVisible() || block.document() != document())
        return false;
    const int last = block.position() + std::max(0, block.length() - 1);
    return !shownRect(block.position(), last + 1).isEmpty();
}

QStringList ReadingView::stripeTags() const
{
    if (!m_lanesDirty)
        return m_lanes;
    m_lanes.clear();
    m_lanesDirty = false;
    if (!m_corpus)
        return m_lanes;
    // Codebook order, so a tag keeps its column while others come and go around it.
    for (const Tag &t : m_corpus->codebook()->tags()) {
        if (m_tagCounts.value(t.id) > 0)
            m_lanes.append(t.id);
    }
    return m_lanes;
}

void ReadingView::recountTags()
{
    m_tagCounts.clear();
    m_spanTags.clear();
    const int row = m_corpus ? m_corpus->documents()->rowOfPath(m_path) : -1;
    if (row < 0)
        return;
    for (const Span &s : m_corpus->documents()->spans(row)) {
        ++m_tagCounts[s.tagId];
        m_spanTags.insert(s.id, s.tagId);
    }
}

bool ReadingView::isThisArticle(const QModelIndex &parent) const
{
    return parent.isValid() && !parent.parent().isValid() && m_corpus && !m_path.isEmpty()
        && parent.row() == m_corpus->documents()->rowOfPath(m_path);
}

void ReadingView::countSpans(const QModelIndex &parent, int first, int last, int delta)
{
    if (!isThisArticle(parent))
        return;
    const QVector<Span> &spans = m_corpus->documents()->spans(parent.row());
    for (int r = first; r <= last && r < spans.size(); ++r) {
        const Span &s = spans.at(r);
        m_tagCounts[s.tagId] += delta;
        if (delta > 0)
            m_spanTags.insert(s.id, s.tagId);
        else
            m_spanTags.remove(s.id);
    }
}

int ReadingView::stripeAreaWidth() const
{
    if (!m_stripesVisible)
        return 0;
    const int lanes = std::max(1, int(stripeTags().size()));
    return 2 * kStripePadding + lanes * kLaneWidth + (lanes - 1) * kLaneGap;
}

QRect ReadingView::stripeLaneRect(int lane) const
{
    const int x = kStripePadding + lane * (kLaneWidth + kLaneGap);
    const int height = m_stripeArea->height();
    // Mirrored with the window: lane 0 is always farthest from the text.
    if (isRightToLeft())
        return QRect(stripeAreaWidth() - x - kLaneWidth, 0, kLaneWidth, height);
    return QRect(x, 0, kLaneWidth, height);
}

QColor ReadingView::stripeColor(const QColor &tagColor)
{
    // Tag colours are light (text must stay readable on them); a little darker
    // reads as a bar against the margin in light and dark themes alike.
    return tagColor.darker(125);
}

void ReadingView::setStripesVisible(bool visible)
{
    if (m_stripesVisible == visible)
        return;
    m_stripesVisible = visible;
    updateStripeGeometry();
}

void ReadingView::updateStripeGeometry()
{
    const int width = stripeAreaWidth();
    // Only when they change: new margins lay the viewport and its text out again.
    const QMargins margins = isRightToLeft() ? QMargins(0, 0, width, 0) : QMargins(width, 0, 0, 0);
    if (viewportMargins() != margins)
        setViewportMargins(margins);
    const QRect cr = contentsRect();
    m_stripeArea->setGeometry(isRightToLeft() ? QRect(cr.right() - width + 1, cr.top(), width, cr.height())
                                              : QRect(cr.left(), cr.top(), width, cr.height()));
    m_stripeArea->setVisible(m_stripesVisible);
}

void ReadingView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateStripeGeometry();
}

void ReadingView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        updateStripeGeometry();
}

QVector<ReadingView::StripePiece> ReadingView::stripePieces(const QRect &area) const
{
    QVector<StripePiece> pieces;
    const int row = m_corpus ? m_corpus->documents()->rowOfPath(m_path) : -1;
    if (row < 0 || !m_highlighter || !m_stripesVisible)
        return pieces;
    const QVector<Span> &spans = m_corpus->documents()->spans(row);
    const QStringList lanes = stripeTags();
    QHash<QString, int> laneOf;
    for (int i = 0; i < lanes.size(); ++i)
        laneOf.insert(lanes.at(i), i);
    QHash<QString, QColor> colorOf;
    // The stripe area and the viewport share their vertical coordinates.
    const int viewportTop = viewport()->geometry().top() - m_stripeArea->geometry().top();
    const QPointF offset = contentOffset() + QPointF(0, viewportTop);
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(offset);
        if (box.top() > area.bottom())
            break;
        if (!block.isVisible() || box.bottom() < area.top())
            continue;
        const int blockStart = block.position();
        const int blockEnd = blockStart + block.length() - 1; // the text, without its line break
        const QTextLayout *layout = block.layout();
        for (const auto &iv : m_highlighter->spansIn(blockStart, std::max(blockEnd, blockStart + 1))) {
            if (iv.payload < 0 || iv.payload >= spans.size())
                continue;
            const Span &s = spans.at(iv.payload);
            const int lane = laneOf.value(s.tagId, -1);
            if (lane < 0)
                continue;
            // From the line the span starts on (or the block's top) to the line it ends on (or the bottom).
            double top = box.top();
            double bottom = box.bottom();
            if (s.start >= blockStart) {
                const QTextLine line = layout->lineForTextPosition(s.start - blockStart);
                if (line.isValid())
                    top = box.top() + line.y() + 1;
            }
            if (s.end <= blockEnd + 1) {
                const QTextLine line = layout->lineForTextPosition(std::max(s.end - 1, s.start) - blockStart);
                if (line.isValid())
                    bottom = box.top() + line.y() + line.height() - 1;
            }
            auto color = colorOf.constFind(s.tagId);
            if (color == colorOf.cend())
                color = colorOf.insert(s.tagId, stripeColor(m_corpus->codebook()->tag(s.tagId).color));
            const QRect column = stripeLaneRect(lane);
            pieces.append({ QRectF(column.x(), top, column.width(), bottom - top), s.id, *color });
        }
    }
    return pieces;
}

void ReadingView::paintStripes(QWidget *area, const QRect &rect)
{
    QPainter painter(area);
    painter.fillRect(rect, palette().color(QPalette::Window));
    for (const StripePiece &p : stripePieces(rect))
        painter.fillRect(p.rect, p.color);
}

QStringList ReadingView::stripeSpansAt(const QPoint &areaPos) const
{
    const QVector<StripePiece> pieces = stripePieces(QRect(0, areaPos.y(), m_stripeArea->width(), 1));
    QStringList onLane;
    QStringList onRow;
    for (const StripePiece &p : pieces) {
        if (areaPos.y() < p.rect.top() || areaPos.y() > p.rect.bottom())
            continue;
        if (!onRow.contains(p.spanId))
            onRow.append(p.spanId);
        // Pixel columns x .. x + width - 1 are the lane; the next one is the gap.
        if (areaPos.x() >= p.rect.left() && areaPos.x() < p.rect.right() && !onLane.contains(p.spanId))
            onLane.append(p.spanId);
    }
    return onLane.isEmpty() ? onRow : onLane;
}

void ReadingView::stripeClicked(const QPoint &areaPos)
{
    // A click on a lane picks that lane's span; between lanes, the last lane's at that height.
    const QStringList ids = stripeSpansAt(areaPos);
    if (!ids.isEmpty())
        Q_EMIT spansClicked({ ids.last() });
}

void ReadingView::setCorpus(Corpus *corpus)
{
    m_corpus = corpus;
    if (corpus) {
        // Lanes follow the tags used in the article and the codebook's order and colours.
        CorpusModel *docs = corpus->documents();
        connect(docs, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) { countSpans(parent, first, last, +1); });
        connect(docs, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) { countSpans(parent, first, last, -1); });
        connect(docs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A re-coded span moves from one tag's count to another's.
                if (!isThisArticle(topLeft.parent()))
                    return;
                const QVector<Span> &spans = m_corpus->documents()->spans(topLeft.parent().row());
                for (int r = topLeft.row(); r <= bottomRight.row() && r < spans.size(); ++r) {
                    const Span &s = spans.at(r);
                    const QString before = m_spanTags.value(s.id);
                    if (before == s.tagId)
                        continue;
                    if (!before.isEmpty())
                        --m_tagCounts[before];
                    ++m_tagCounts[s.tagId];
                    m_spanTags.insert(s.id, s.tagId);
                }
            });
        connect(docs, &CorpusModel::spanRangeChanged, this, [this](const QString &path, int from, int to) {
            if (path == m_path)
                spansChanged(from, to);
        });
        connect(docs, &QAbstractItemModel::modelReset, this, [this] {
            recountTags();
            invalidateStripes();
        });
        connect(corpus->codebook(), &QAbstractItemModel::dataChanged, this, &ReadingView::invalidateStripes);
        connect(corpus->codebook(), &QAbstractItemModel::modelReset, this, &ReadingView::invalidateStripes);
        connect(corpus->codebook(), &QAbstractItemModel::rowsMoved, this, &ReadingView::invalidateStripes);
        connect(corpus->codebook(), &QAbstractItemModel::rowsInserted, this, &ReadingView::invalidateStripes);
        connect(corpus->codebook(), &QAbstractItemModel::rowsRemoved, this, &ReadingView::invalidateStripes);
    }
    showDocument({});
}

void ReadingView::showDocument(const QString &path)
{
    const int row = m_corpus ? m_corpus->documents()->rowOfPath(path) : -1;
    m_path = row < 0 ? QString() : path;
    // A fresh QTextDocument per article: its highlighter belongs to it alone.
    auto *doc = new QTextDocument(this);
    // Lays out and repaints only the blocks on screen whose highlights changed.
    doc->setDocumentLayout(new ReadingLayout(doc, [this](const QTextBlock &block) { return isBlockShown(block); }));
    doc->setDefaultFont(font());
    doc->setDocumentMargin(18);
    QTextOption option = doc->defaultTextOption();
    // Each paragraph takes its direction from its own text (Arabic lines run right to left).
    option.setTextDirection(Qt::LayoutDirectionAuto);
    doc->setDefaultTextOption(option);
    if (row >= 0)
        doc->setPlainText(m_corpus->documents()->document(row).text());
    // Decide before setDocument(): the editor's built-in first document is owned by
    // its internal control and deleted inside setDocument(), so it must not be touched after.
    QTextDocument *old = document();
    const bool oldIsOurs = old && old->parent() == this;
    m_highlighter = nullptr;
    if (row >= 0)
        m_highlighter = new SpanHighlighter(doc, m_corpus->documents(), m_corpus->codebook(), m_path);
    setDocument(doc);
    if (oldIsOurs)
        old->deleteLater();
    recountTags();
    invalidateStripes();
}

QPair<int, int> ReadingView::selectionRange() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return { -1, -1 };
    return { c.selectionStart(), c.selectionEnd() };
}

void ReadingView::revealSpan(const QString &spanId)
{
    if (!m_corpus)
        return;
    const Span s = m_corpus->documents()->span(m_path, spanId);
    if (s.id.isEmpty())
        return;
    QTextCursor c(document());
    c.setPosition(s.start);
    c.setPosition(s.end, QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

void ReadingView::selectRange(int start, int end)
{
    const int length = document()->characterCount() - 1;
    if (start < 0 || end > length || end < start)
        return;
    QTextCursor c(document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

QString ReadingView::toolTipForSpans(const QStringList &spanIds) const
{
    if (!m_corpus)
        return {};
    QStringList lines;
    for (const QString &id : spanIds) {
        const Span s = m_corpus->documents()->span(m_path, id);
        if (s.id.isEmpty())
            continue;
        const QString tag = m_corpus->codebook()->tagPath(s.tagId).toHtmlEscaped();
        const QString color = m_corpus->codebook()->tag(s.tagId).color.name();
        QString line
            = QStringLiteral("<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;</span> <b>%2</b>").arg(color, tag);
        if (!s.note.isEmpty())
            line += QLatin1String("<br/>") + s.note.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
        lines.append(line);
    }
    return lines.join(QLatin1String("<hr/>"));
}

QString ReadingView::toolTipAt(int position) const
{
    return m_highlighter ? toolTipForSpans(m_highlighter->spansAt(position)) : QString();
}

bool ReadingView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_highlighter && m_corpus) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QString text
            = viewport()->rect().contains(inViewport) ? toolTipAt(cursorForPosition(inViewport).position()) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void ReadingView::keyPressEvent(QKeyEvent *event)
{
    const QString key = event->text();
    if (event->modifiers() == Qt::NoModifier && key.size() == 1 && key.at(0) >= QLatin1Char('1')
        && key.at(0) <= QLatin1Char('9') && textCursor().hasSelection()) {
        Q_EMIT tagShortcutPressed(key);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ReadingView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (!m_highlighter || textCursor().hasSelection())
        return;
    const QStringList ids = m_highlighter->spansAt(textCursor().position());
    if (!ids.isEmpty())
        Q_EMIT spansClicked(ids);
}

void ReadingView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right click outside the selection puts the cursor there, so that the
    // line actions (Mark Line as Clutter) act on the line that was clicked.
    const int clicked = cursorForPosition(event->pos()).position();
    const QTextCursor current = textCursor();
    if (event->reason() == QContextMenuEvent::Mouse
        && (!current.hasSelection() || clicked < current.selectionStart() || clicked > current.selectionEnd())) {
        QTextCursor c(document());
        c.setPosition(clicked);
        setTextCursor(c);
    }
    QMenu *menu = createStandardContextMenu(event->pos());
    // The window's actions (Tag Selection…, New Tag…) are added as the view's own actions.
    if (!actions().isEmpty()) {
        menu->addSeparator();
        menu->addActions(actions());
    }
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace Marginalia
