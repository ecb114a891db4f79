#pragma once

#include "search/corpussearch.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Marginalia {

class Corpus;
class SearchResultModel;

/// Corpus-wide search: a pattern with case, whole-word and regex options, the
/// hits as a keyword-in-context list (SearchResultModel), and "Tag All
/// Results…". Activating a hit asks the window to show it; tagging is the
/// window's job (one undo step through AutoCoder).
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(Corpus *corpus, QWidget *parent = nullptr);

    SearchResultModel *results() const { return m_results; }
    QLineEdit *patternEdit() const { return m_pattern; }
    /// Runs the search with the current pattern and options.
    void search();
    CorpusSearch::Query query() const;

Q_SIGNALS:
    void hitActivated(const QString &path, int start, int end);
    void tagAllRequested();

private:
    Corpus *m_corpus;
    SearchResultModel *m_results;
    QLineEdit *m_pattern;
    QCheckBox *m_case;
    QCheckBox *m_wholeWord;
    QCheckBox *m_regex;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_tagAll;
};

} // namespace Marginalia
