#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Marginalia {

class ReadingView;

/// Find in the shown document (Ctrl+F): every hit is highlighted at once as
/// an extra selection (transient, never in the span highlighter), Enter and
/// Shift+Enter go to the next and previous hit, Escape closes the bar.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ReadingView *view, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    /// Shows the bar and focuses the pattern.
    void activate();
    int hitCount() const { return int(m_hits.size()); }
    /// Re-runs the search (the document or the pattern changed).
    void refresh();
    void step(int direction);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void close();

    ReadingView *m_view;
    QLineEdit *m_edit;
    QLabel *m_count;
    QVector<QPair<int, int>> m_hits;
    int m_current = -1;
};

} // namespace Marginalia
