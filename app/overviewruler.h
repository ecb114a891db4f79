#pragma once

#include "compare/comparisonresult.h"

#include <QWidget>

namespace Marginalia {

/// A thin ruler beside a comparison pane showing, for the whole article,
/// where its sentences stand: without counterpart (red), moved (orange),
/// reworded (blue). Clicking jumps there.
class OverviewRuler : public QWidget
{
    Q_OBJECT
public:
    enum class Side { A, B };
    OverviewRuler(Side side, QWidget *parent = nullptr);
    void setResult(const ComparisonResult *result, int textLength);
    QSize sizeHint() const override { return { 12, 200 }; }

Q_SIGNALS:
    /// A position of the text (UTF-16) the analyst clicked on.
    void positionClicked(int position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    Side m_side;
    const ComparisonResult *m_result = nullptr;
    int m_length = 1;
};

} // namespace Marginalia
