#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace Marginalia {

class AppTheme;
class Autosaver;
class FindBar;
class Corpus;
class MemoPanel;
class ArticleInfoBar;
class ReadingView;
class SourceView;
class CodebookActions;
class DocumentFilterProxy;
class SearchPanel;
class TriagePanel;
class TagSpanCounter;

/// The main window: document list, reading view, codebook and the spans of
/// the current document with their notes. It turns the analyst's gestures
/// into Corpus actions (each one undoable) and saves the sidecar a moment
/// after the last change and on close.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a corpus folder and loads its articles in the background: the
    /// list fills as they arrive (progress and Cancel in the status bar), and
    /// editing waits until all are in. Reports problems without blocking.
    /// False when the folder cannot be opened.
    bool openCorpus(const QString &directory);
    /// Articles are still arriving (see openCorpus()).
    bool isLoading() const;
    Corpus *corpus() const { return m_corpus; }
    ReadingView *readingView() const { return m_reader; }
    /// Shows a document of the corpus in the reading view; while loading, a
    /// document that has not arrived is imported next and shown when it does.
    void showDocument(const QString &path);
    /// Milliseconds between the last change and the automatic save.
    void setAutosaveDelay(int ms);
    int autosaveDelay() const;
    AppTheme *theme() const { return m_theme; }
    SourceView *sourceView() const { return m_source; }
    TriagePanel *triagePanel() const { return m_triage; }
    MemoPanel *memoPanel() const { return m_memo; }
    /// Applies the stored preferences (author, autosave delay, theme, reading font).
    void applyPreferences();

public Q_SLOTS:
    void tagSelection();
    void applyTag(const QString &tagId, const QString &note = {});
    void newTag();
    bool save();
    void showPreferences();
    void showShortcuts();
    void showAbout();
    /// Applies a tag (chosen in the palette) to every corpus search result, as one undo step.
    void tagAllResults();
    /// Opens the Edit Metadata dialog for the shown document (title, outlet,
    /// date, author, URL); the change is one undo step.
    void editMetadata();
    /// Marks the lines of the selection (or the cursor's line) as clutter, or
    /// unmarks them when the first is clutter; one undo step.
    void toggleClutter();
    /// Writes the codebook to a codebook file; reports a failure in a message box.
    bool exportCodebook(const QString &path);
    /// Merges a codebook file (or another corpus's sidecar) into the codebook
    /// as one undo step; reports bad input, naming the file, in a message box.
    bool importCodebook(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    Qt::DockWidgetArea startArea() const;
    Qt::DockWidgetArea endArea() const;
    void createActions();
    void createDocks();
    void createSourceDock();
    void applyTheme();
    void restoreSettings();
    void onDocumentActivated(const QModelIndex &proxyIndex);
    void onTagShortcut(const QString &key);
    void selectSpan(const QString &spanId);
    void onSpanSelectionChanged();
    void commitNote();
    void deleteCurrentSpan();
    /// Selects the next (+1) or previous (-1) highlight of the document.
    void stepSpan(int direction);
    void updateStatus();
    void updateArticleInfo();
    void updateClutterAction();
    void updateReadOnly();
    void reportProblems();
    /// Asks whether to recover a journal of unsaved changes left by a crash.
    void offerRecovery();
    /// After the articles are in: problems, Needs Attention, recovery.
    void afterLoading(bool cancelled);
    void onLoadingProgress(int done, int total);
    void onDocumentsArrived();
    /// Document list columns that fit their contents (off while loading).
    void setListColumnsFitContents(bool fit);
    void onArticlesChanged(const QStringList &added, const QStringList &removed, const QStringList &edited);

    Corpus *m_corpus;
    ReadingView *m_reader;
    QLabel *m_banner;
    ArticleInfoBar *m_articleInfo = nullptr;
    QWidget *m_articleInfoRow = nullptr;
    QTreeView *m_docView;
    DocumentFilterProxy *m_docProxy;
    QTreeView *m_tagView;
    QTreeView *m_spanView;
    QPlainTextEdit *m_noteEdit;
    QLabel *m_spanLabel;
    QPushButton *m_saveNote;
    QPushButton *m_deleteSpan;
    QLabel *m_counts;
    QLabel *m_saveState;
    Autosaver *m_autosave;
    AppTheme *m_theme = nullptr;
    SourceView *m_source = nullptr;
    CodebookActions *m_codebookActions = nullptr;
    SearchPanel *m_search = nullptr;
    TriagePanel *m_triage = nullptr;
    TagSpanCounter *m_tagCounter = nullptr;
    FindBar *m_findBar = nullptr;
    MemoPanel *m_memo = nullptr;
    QString m_currentSpan;
    QList<QAction *> m_mutatingActions;
    QList<QWidget *> m_mutatingWidgets;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteSpanAction = nullptr;
    QAction *m_clutterAction = nullptr;
    bool m_saveErrorShown = false;
    QWidget *m_loadingBox = nullptr; ///< status bar: progress of the background loading
    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    QString m_showWhenLoaded; ///< asked for while loading, not arrived yet
    bool m_listColumnsFitted = true; ///< the outlet and date columns were fitted to the rows there are
};

} // namespace Marginalia
