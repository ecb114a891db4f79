#include "overviewruler.h"

#include <QMouseEvent>
#include <QPainter>

namespace Marginalia {

OverviewRuler::OverviewRuler(Side side, QWidget *parent)
    : QWidget(parent)
    , m_side(side)
{
    setFixedWidth(12);
    setToolTip(tr("Red: no counterpart; orange: moved; blue: reworded"));
}

void OverviewRuler::setResult(const ComparisonResult *result, int textLength)
{
    m_result = result;
    m_length = std::max(1, textLength);
    update();
}

void OverviewRuler::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().alternateBase());
    if (!m_result)
        return;
    const bool a = m_side == Side::A;
    const QVector<TextRange> &sentences = a ? m_result->sentencesA : m_result->sentencesB;
    auto mark = [&](const TextRange &r, const QColor &color) {
        const int y0 = int(qint64(r.start) * height() / m_length);
        const int y1 = std::max(y0 + 2, int(qint64(r.end) * height() / m_length));
        painter.fillRect(QRect(1, y0, width() - 2, y1 - y0), color);
    };
    for (const AlignedPair &p : m_result->pairs) {
        if (p.kind == AlignedPair::Kind::Identical)
            continue;
        mark(a ? m_result->rangeA(p) : m_result->rangeB(p),
            p.moved ? QColor(0xd3, 0x6b, 0x00) : QColor(0x2b, 0x6c, 0xb0, 110));
    }
    for (const UnmatchedSentence &u : a ? m_result->onlyA : m_result->onlyB)
        mark(sentences.at(u.sentence), QColor(0xc0, 0x39, 0x2b));
}

void OverviewRuler::mousePressEvent(QMouseEvent *event)
{
    Q_EMIT positionClicked(int(qint64(event->position().y()) * m_length / std::max(1, height())));
}

} // namespace Marginalia
