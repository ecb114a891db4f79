#pragma once

#include "compare/comparisonresult.h"

#include <QColor>
#include <QPointF>
#include <QPointer>
#include <QWidget>

namespace Marginalia {

class ReadingView;

/// The strip between the two panes of a comparison: one curve from each
/// aligned sentence (group) on the left to its partner on the right, coloured
/// by kind (same wording, paraphrase, moved; manual links dashed) with an
/// opacity that follows the similarity. Pairs with no part on screen are not
/// drawn.
class ConnectorStrip : public QWidget
{
    Q_OBJECT
public:
    struct Connector
    {
        int pair = -1;
        QPointF from; ///< strip coordinates, middle of the left sentence(s)
        QPointF to; ///< middle of the right sentence(s)
        QColor color;
    };

    ConnectorStrip(ReadingView *left, ReadingView *right, QWidget *parent = nullptr);
    void setResult(const ComparisonResult *result);
    /// The connectors as last laid out (recomputed on every paint and by layoutConnectors()).
    const QVector<Connector> &connectors() const { return m_connectors; }
    void layoutConnectors();
    static QColor colorFor(const AlignedPair &pair);

    QSize sizeHint() const override { return { 72, 200 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<ReadingView> m_left;
    QPointer<ReadingView> m_right;
    const ComparisonResult *m_result = nullptr;
    QVector<Connector> m_connectors;
};

} // namespace Marginalia
