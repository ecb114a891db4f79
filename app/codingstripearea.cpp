#include "codingstripearea.h"

#include "readingview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QToolTip>

namespace Marginalia {

CodingStripeArea::CodingStripeArea(ReadingView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("codingStripes"));
    setAccessibleName(tr("Coding stripes"));
    setMouseTracking(false);
}

QSize CodingStripeArea::sizeHint() const
{
    return QSize(m_view->stripeAreaWidth(), 0);
}

void CodingStripeArea::paintEvent(QPaintEvent *event)
{
    m_view->paintStripes(this, event->rect());
}

bool CodingStripeArea::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_view->toolTipForSpans(m_view->stripeSpansAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void CodingStripeArea::mousePressEvent(QMouseEvent *event)
{
    event->accept(); // the click is ours (released below), not the text's
}

void CodingStripeArea::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_view->stripeClicked(event->position().toPoint());
    event->accept();
}

} // namespace Marginalia
