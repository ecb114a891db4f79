#include "connectorstrip.h"

#include "readingview.h"

#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>

namespace Marginalia {

ConnectorStrip::ConnectorStrip(ReadingView *left, ReadingView *right, QWidget *parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
{
    setMinimumWidth(48);
    setAccessibleName(tr("Sentence links"));
    for (ReadingView *v : { left, right }) {
        connect(v->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
        connect(v->horizontalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    }
}

void ConnectorStrip::setResult(const ComparisonResult *result)
{
    m_result = result;
    layoutConnectors();
    update();
}

QColor ConnectorStrip::colorFor(const AlignedPair &pair)
{
    QColor c;
    switch (pair.kind) {
    case AlignedPair::Kind::Identical:
        c = QColor(0x2e, 0x8b, 0x57); // same wording: green
        break;
    case AlignedPair::Kind::Moved:
        c = QColor(0xd3, 0x6b, 0x00); // moved: orange
        break;
    case AlignedPair::Kind::Paraphrase:
        c = QColor(0x2b, 0x6c, 0xb0); // paraphrase: blue
        break;
    }
    c.setAlphaF(float(0.25 + 0.75 * std::clamp(pair.similarity, 0.0, 1.0)));
    return c;
}

void ConnectorStrip::layoutConnectors()
{
    m_connectors.clear();
    if (!m_result || !m_left || !m_right)
        return;
    // Vertical middle of a text range, in this widget's coordinates.
    auto middle = [this](ReadingView *view, const TextRange &r, bool *visible) {
        QTextCursor c(view->document());
        c.setPosition(std::min(r.start, view->document()->characterCount() - 1));
        const QRect top = view->cursorRect(c);
        c.setPosition(std::min(r.end, view->document()->characterCount() - 1));
        const QRect bottom = view->cursorRect(c);
        const int vh = view->viewport()->height();
        *visible = bottom.bottom() >= 0 && top.top() <= vh;
        const qreal y = (std::clamp(top.top(), 0, vh) + std::clamp(bottom.bottom(), 0, vh)) / 2.0;
        return mapFrom(window(), view->viewport()->mapTo(window(), QPoint(0, int(y)))).y();
    };
    for (int i = 0; i < m_result->pairs.size(); ++i) {
        const AlignedPair &p = m_result->pairs.at(i);
        bool visibleA = false, visibleB = false;
        const int ya = middle(m_left, m_result->rangeA(p), &visibleA);
        const int yb = middle(m_right, m_result->rangeB(p), &visibleB);
        if (!visibleA && !visibleB)
            continue;
        m_connectors.append({ i, QPointF(0, ya), QPointF(width(), yb), colorFor(p) });
    }
}

void ConnectorStrip::paintEvent(QPaintEvent *)
{
    layoutConnectors();
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Connector &c : std::as_const(m_connectors)) {
        QPainterPath path(c.from);
        const qreal mid = width() / 2.0;
        path.cubicTo(QPointF(mid, c.from.y()), QPointF(mid, c.to.y()), c.to);
        QPen pen(c.color, 2.5);
        if (m_result->pairs.at(c.pair).manual)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawPath(path);
    }
}

} // namespace Marginalia
