#pragma once

#include <QWidget>

namespace Marginalia {

class ReadingView;

/// The margin beside the reading view's text where coding stripes are drawn:
/// one lane per tag used in the article, a bar in the tag's colour next to
/// the lines each span covers (as MAXQDA shows codes), so that overlapping
/// and nested codes stay apart even where their highlights blend. It only
/// paints and reports hovers and clicks; ReadingView owns the geometry.
class CodingStripeArea : public QWidget
{
    Q_OBJECT
public:
    explicit CodingStripeArea(ReadingView *view);
    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    ReadingView *m_view;
};

} // namespace Marginalia
