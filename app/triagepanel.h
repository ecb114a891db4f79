#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Marginalia {

class Corpus;
class ReadingView;

/// "Needs Attention": the highlights that re-anchoring could not place
/// exactly (Corpus::needsAttention(): fuzzy ones, orphans, those of missing
/// documents), with document, state, score, quote and note. The analyst
/// accepts a fuzzy one where it is, re-attaches one to the text selected in
/// the reading view, or deletes it; each is one undo step. Activating a row
/// shows its document (and a fuzzy highlight's text).
class TriagePanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { DocumentColumn, StateColumn, ScoreColumn, QuoteColumn, NoteColumn, ColumnCount };

    TriagePanel(Corpus *corpus, ReadingView *reader, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    int count() const;
    QAction *acceptAction() const { return m_acceptAction; }
    QAction *reattachAction() const { return m_reattachAction; }
    QAction *deleteAction() const { return m_deleteAction; }

public Q_SLOTS:
    /// Rebuilds the list from the corpus, keeping the current row's highlight.
    void refresh();
    void acceptCurrent();
    void reattachCurrent();
    void deleteCurrent();

Q_SIGNALS:
    /// Show this document; select [start, end) when start >= 0.
    void documentRequested(const QString &path, int start, int end);
    /// Something to tell the analyst in the status bar.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    QString currentPath() const;
    QString currentSpan() const;

    Corpus *m_corpus;
    ReadingView *m_reader;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QAction *m_acceptAction;
    QAction *m_reattachAction;
    QAction *m_deleteAction;
};

} // namespace Marginalia
