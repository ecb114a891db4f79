#pragma once

#include <QPlainTextEdit>
#include <QPointer>

namespace Marginalia {

class Corpus;
class SpanHighlighter;

/// The reading pane: an article's canonical text, read-only but selectable,
/// with its spans drawn by a SpanHighlighter. It reports what the analyst
/// selects, clicks and types; it never changes data itself.
class ReadingView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReadingView(QWidget *parent = nullptr);

    void setCorpus(Corpus *corpus);
    /// Shows a document of the corpus (empty path: nothing).
    void showDocument(const QString &path);
    QString documentPath() const { return m_path; }
    SpanHighlighter *highlighter() const { return m_highlighter; }

    /// The selected UTF-16 range, or {-1, -1} when nothing is selected.
    QPair<int, int> selectionRange() const;
    /// Selects the span's text and scrolls to it.
    void revealSpan(const QString &spanId);
    /// Selects [start, end) (UTF-16) and scrolls to it.
    void selectRange(int start, int end);

Q_SIGNALS:
    /// The analyst clicked on text covered by these spans (innermost last).
    void spansClicked(const QStringList &spanIds);
    /// A digit key 1-9 was pressed while text was selected.
    void tagShortcutPressed(const QString &key);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QPointer<Corpus> m_corpus;
    QString m_path;
    SpanHighlighter *m_highlighter = nullptr;
};

} // namespace Marginalia
