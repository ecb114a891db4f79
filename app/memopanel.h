#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Marginalia {

class Corpus;

/// The memo of the document being read: a multi-line note on the whole
/// article (what it is about, how it frames the story, what to check). The
/// text typed here becomes one undo step (Corpus::setDocumentMemo) when the
/// analyst presses Ctrl+Return or Save Memo, when the editor loses focus and
/// before another document is shown, so no typing is lost by moving on.
/// Undo and redo write back into the editor.
class MemoPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MemoPanel(Corpus *corpus, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_edit; }
    QString documentPath() const { return m_path; }
    /// Commits the memo being typed, then shows that document's memo (empty path: none).
    void setDocument(const QString &path);
    /// Stores what is typed, if it differs from the stored memo; false when refused.
    bool commit();
    /// Whether the editor holds text that is not stored yet.
    bool hasPendingEdit() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void updateEnabled();

    QPointer<Corpus> m_corpus;
    QString m_path;
    QLabel *m_title;
    QPlainTextEdit *m_edit;
    QPushButton *m_save;
};

} // namespace Marginalia
