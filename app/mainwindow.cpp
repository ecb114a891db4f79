#include "mainwindow.h"

#include "annotation/autocoder.h"
#include "annotation/codebookfile.h"
#include "annotation/selectionsnapper.h"
#include "annotation/spanadjuster.h"
#include "apptheme.h"
#include "articleinfobar.h"
#include "buildinfo.h"
#include "codebookactions.h"
#include "codedsegmentspanel.h"
#include "comparewindow.h"
#include "corpus/autosaver.h"
#include "corpus/corpus.h"
#include "documentfilterbar.h"
#include "exportdialog.h"
#include "findbar.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/documentfilterproxy.h"
#include "itemmodels/searchresultmodel.h"
#include "itemmodels/tagspancounter.h"
#include "lexicondialog.h"
#include "memopanel.h"
#include "metadatadialog.h"
#include "newtagdialog.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "readingview.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"
#include "similarpanel.h"
#include "sourceview.h"
#include "syntaxadapter.h"
#include "tagpickerdialog.h"
#include "triagepanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <utility>

namespace Marginalia {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_corpus(new Corpus(this))
    , m_reader(new ReadingView(this))
    , m_banner(new QLabel(this))
    , m_docView(new QTreeView(this))
    , m_docProxy(new DocumentFilterProxy(this))
    , m_tagView(new QTreeView(this))
    , m_spanView(new QTreeView(this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_spanLabel(new QLabel(this))
    , m_saveNote(new QPushButton(tr("Save &Note"), this))
    , m_deleteSpan(new QPushButton(tr("&Delete"), this))
    , m_counts(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_autosave(new Autosaver(m_corpus, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Marginalia"));
    const QString user = QString::fromLocal8Bit(qgetenv("USER"));
    m_corpus->setAuthor(QSettings().value(QStringLiteral("author"), user).toString());
    m_corpus->setUseLock(true);
    m_corpus->setWatchSidecar(true);
    m_corpus->setUseJournal(true);

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }"));
    m_banner->hide();
    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(0);
    centerLayout->addWidget(m_banner);
    m_articleInfoRow = new QWidget(center);
    auto *infoLayout = new QHBoxLayout(m_articleInfoRow);
    infoLayout->setContentsMargins(0, 0, 4, 0);
    m_articleInfo = new ArticleInfoBar(m_articleInfoRow);
    infoLayout->addWidget(m_articleInfo, 1);
    auto *editMetadataButton = new QToolButton(m_articleInfoRow);
    editMetadataButton->setObjectName(QStringLiteral("editMetadataButton"));
    editMetadataButton->setText(tr("Edit…"));
    editMetadataButton->setToolTip(tr("Edit the title, outlet, date, author and URL of this article"));
    editMetadataButton->setAutoRaise(true);
    connect(editMetadataButton, &QToolButton::clicked, this, &MainWindow::editMetadata);
    infoLayout->addWidget(editMetadataButton, 0, Qt::AlignTop);
    m_articleInfoRow->hide();
    centerLayout->addWidget(m_articleInfoRow);
    m_findBar = new FindBar(m_reader, center);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    centerLayout->addWidget(m_findBar);
    centerLayout->addWidget(m_reader, 1);
    setCentralWidget(center);
    m_reader->setCorpus(m_corpus);
    m_reader->setObjectName(QStringLiteral("readingView"));

    createDocks();
    createSourceDock();
    createActions();

    connect(m_autosave, &Autosaver::saveDue, this, &MainWindow::save);
    // Someone else wrote marginalia.json: merge our unsaved work now, or load theirs.
    connect(m_corpus, &Corpus::sidecarChangedOnDisk, this, [this] {
        if (m_corpus->isReadOnly())
            return;
        m_memo->commit(); // a memo being typed is merged with theirs, not reloaded away
        const QString shown = m_reader->documentPath();
        if (m_corpus->isModified() ? save() : m_corpus->reloadSidecar())
            statusBar()->showMessage(tr("Annotations changed on disk by someone else were loaded."), 5000);
        showDocument(shown);
    });
    connect(m_corpus->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateStatus);
    connect(m_corpus->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateStatus);
    connect(m_corpus, &Corpus::readOnlyChanged, this, &MainWindow::updateReadOnly);
    connect(m_corpus, &Corpus::journalError, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Changes are not journaled for recovery: %1").arg(message), 15000);
    });
    connect(m_reader, &ReadingView::tagShortcutPressed, this, &MainWindow::onTagShortcut);
    connect(m_reader, &ReadingView::spansClicked, this, [this](const QStringList &ids) { selectSpan(ids.last()); });

    // Background loading: how far, and a way to stop (the articles that are in stay).
    m_loadingBox = new QWidget(this);
    m_loadingBox->setObjectName(QStringLiteral("loadingBox"));
    auto *loadingLayout = new QHBoxLayout(m_loadingBox);
    loadingLayout->setContentsMargins(0, 0, 0, 0);
    m_loadingLabel = new QLabel(m_loadingBox);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingBar = new QProgressBar(m_loadingBox);
    m_loadingBar->setObjectName(QStringLiteral("loadingProgress"));
    m_loadingBar->setMaximumWidth(160);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setAccessibleName(tr("Loading progress"));
    auto *cancelLoading = new QToolButton(m_loadingBox);
    cancelLoading->setObjectName(QStringLiteral("cancelLoading"));
    cancelLoading->setText(tr("Stop Loading"));
    cancelLoading->setToolTip(tr("Stop importing; the articles loaded so far stay open"));
    connect(cancelLoading, &QToolButton::clicked, m_corpus, &Corpus::cancelLoading);
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addWidget(m_loadingBar);
    loadingLayout->addWidget(cancelLoading);
    m_loadingBox->hide();
    statusBar()->addPermanentWidget(m_loadingBox);
    connect(m_corpus, &Corpus::loadingProgress, this, &MainWindow::onLoadingProgress);
    connect(m_corpus, &Corpus::loadingFinished, this, [this](bool cancelled) {
        m_loadingBox->hide();
        setListColumnsFitContents(true);
        updateReadOnly();
        afterLoading(cancelled);
    });
    connect(m_corpus, &Corpus::editableChanged, this, &MainWindow::updateReadOnly);
    connect(m_corpus->documents(), &QAbstractItemModel::rowsInserted, this, &MainWindow::onDocumentsArrived);
    connect(m_corpus, &Corpus::articlesChanged, this, &MainWindow::onArticlesChanged);
    connect(m_corpus, &Corpus::articleChangesPending, this, [this](int count) {
        if (count > 0)
            statusBar()->showMessage(tr("%n article(s) changed on disk; they are taken in after the next save.",
                                         nullptr, count),
                10000);
    });

    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->addPermanentWidget(m_counts);
    m_banner->setAccessibleName(tr("Read-only notice"));
    m_saveState->setAccessibleName(tr("Save state"));
    m_counts->setAccessibleName(tr("Corpus summary"));
    restoreSettings();
    applyPreferences();
}

MainWindow::~MainWindow() = default;

// Docks sit by reading direction, so an Arabic window mirrors entirely: the
// document list where reading starts (right), the codebook where it ends.
Qt::DockWidgetArea MainWindow::startArea() const
{
    return isRightToLeft() ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
}

Qt::DockWidgetArea MainWindow::endArea() const
{
    return isRightToLeft() ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
}

void MainWindow::createDocks()
{
    // Documents
    m_docProxy->setCorpus(m_corpus->documents(), m_corpus->codebook());
    m_docProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_docView->setObjectName(QStringLiteral("documentList"));
    m_docView->setAccessibleName(tr("Documents"));
    m_docView->setModel(m_docProxy);
    m_docView->setRootIsDecorated(false);
    m_docView->setItemsExpandable(false);
    m_docView->setSortingEnabled(true);
    m_docView->sortByColumn(CorpusModel::OutletColumn, Qt::AscendingOrder);
    m_docView->setUniformRowHeights(true);
    m_docView->setSelectionMode(QAbstractItemView::ExtendedSelection); // two documents: Compare
    m_docView->header()->setSectionResizeMode(CorpusModel::TitleColumn, QHeaderView::Stretch);
    m_docView->header()->setSectionResizeMode(CorpusModel::OutletColumn, QHeaderView::ResizeToContents);
    m_docView->header()->setSectionResizeMode(CorpusModel::DateColumn, QHeaderView::ResizeToContents);
    m_docView->header()->setStretchLastSection(false);
    m_docView->setColumnHidden(CorpusModel::WordsColumn, true);
    m_docView->setColumnWidth(CorpusModel::AnnotationsColumn, 40);
    // Right-click the header to choose the columns.
    m_docView->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_docView->header(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        for (int c = CorpusModel::OutletColumn; c < CorpusModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_corpus->documents()->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_docView->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_docView->setColumnHidden(c, !on); });
        }
        menu.exec(m_docView->header()->mapToGlobal(pos));
    });
    connect(m_docView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onDocumentActivated(current); });
    auto *docDock = new QDockWidget(tr("Documents"), this);
    docDock->setObjectName(QStringLiteral("documentsDock"));
    auto *docPanel = new QWidget(this);
    auto *docLayout = new QVBoxLayout(docPanel);
    docLayout->setContentsMargins(0, 0, 0, 0);
    docLayout->addWidget(new DocumentFilterBar(m_corpus, m_docProxy, docPanel));
    docLayout->addWidget(m_docView, 1);
    docDock->setWidget(docPanel);
    addDockWidget(startArea(), docDock);

    // Codebook
    m_tagView->setObjectName(QStringLiteral("codebookView"));
    m_tagView->setAccessibleName(tr("Codebook"));
    m_tagView->setModel(m_corpus->codebook());
    // Name, then spans with the tag in this document and in the corpus, kept live by the counter.
    m_tagCounter = new TagSpanCounter(m_corpus->documents(), m_corpus->codebook(), this);
    m_tagView->header()->setStretchLastSection(false);
    m_tagView->header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
    m_tagView->header()->setSectionResizeMode(CodebookModel::DocumentCountColumn, QHeaderView::ResizeToContents);
    m_tagView->header()->setSectionResizeMode(CodebookModel::CorpusCountColumn, QHeaderView::ResizeToContents);
    connect(m_corpus->codebook(), &QAbstractItemModel::modelReset, m_tagView, &QTreeView::expandAll);
    connect(m_corpus->codebook(), &QAbstractItemModel::rowsInserted, m_tagView, &QTreeView::expandAll);
    connect(m_tagView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { applyTag(index.data(CodebookModel::IdRole).toString()); });
    auto *tagPanel = new QWidget(this);
    auto *tagLayout = new QVBoxLayout(tagPanel);
    tagLayout->setContentsMargins(0, 0, 0, 0);
    tagLayout->addWidget(m_tagView);
    auto *tagButtons = new QHBoxLayout;
    auto *applyButton = new QPushButton(tr("&Apply to Selection"), tagPanel);
    auto *newTagButton = new QPushButton(tr("New &Tag…"), tagPanel);
    applyButton->setObjectName(QStringLiteral("applyTagButton"));
    tagButtons->addWidget(applyButton);
    tagButtons->addWidget(newTagButton);
    tagLayout->addLayout(tagButtons);
    connect(applyButton, &QPushButton::clicked, this,
            [this] { applyTag(m_tagView->currentIndex().data(CodebookModel::IdRole).toString()); });
    connect(newTagButton, &QPushButton::clicked, this, &MainWindow::newTag);
    m_mutatingWidgets = { applyButton, newTagButton, findChild<QToolButton *>(QStringLiteral("editMetadataButton")) };
    m_codebookActions = new CodebookActions(m_corpus, m_tagView, this);
    auto *tagDock = new QDockWidget(tr("Codebook"), this);
    tagDock->setObjectName(QStringLiteral("codebookDock"));
    tagDock->setWidget(tagPanel);
    addDockWidget(endArea(), tagDock);

    // Spans of the current document, and the note of the selected one
    m_spanView->setObjectName(QStringLiteral("spanList"));
    m_spanView->setAccessibleName(tr("Highlights of this document"));
    m_spanView->setModel(m_corpus->documents());
    m_spanView->setRootIsDecorated(false);
    m_spanView->setHeaderHidden(true);
    m_spanView->setUniformRowHeights(true);
    for (int c = CorpusModel::DateColumn; c < CorpusModel::ColumnCount; ++c)
        m_spanView->setColumnHidden(c, true);
    m_spanView->header()->setStretchLastSection(false);
    m_spanView->header()->setSectionResizeMode(CorpusModel::TitleColumn, QHeaderView::Stretch);
    m_spanView->header()->setSectionResizeMode(CorpusModel::OutletColumn, QHeaderView::ResizeToContents);
    // The tag column fits the rows in view: fitting the first 1,000 (Qt's
    // default) laid out 1,000 cells on every span added or removed.
    m_spanView->header()->setResizeContentsPrecision(0);
    connect(m_spanView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSpanSelectionChanged);
    connect(m_corpus->documents(), &QAbstractItemModel::modelReset, this, [this] { showDocument({}); });
    connect(m_corpus->documents(), &CorpusModel::metadataChanged, this, [this](const QString &path) {
        if (path == m_reader->documentPath())
            updateArticleInfo();
    });
    connect(m_corpus->documents(), &CorpusModel::boilerplateChanged, this, [this](const QString &path) {
        if (path != m_reader->documentPath())
            return;
        updateArticleInfo();
        updateClutterAction();
    });
    m_noteEdit->setObjectName(QStringLiteral("noteEditor"));
    m_noteEdit->setAccessibleName(tr("Note of the selected highlight"));
    m_noteEdit->setPlaceholderText(tr("Note on the selected highlight"));
    m_noteEdit->setTabChangesFocus(true);
    m_spanLabel->setWordWrap(true);
    m_spanLabel->setTextFormat(Qt::RichText);
    auto *spanPanel = new QWidget(this);
    auto *spanLayout = new QVBoxLayout(spanPanel);
    spanLayout->setContentsMargins(0, 0, 0, 0);
    spanLayout->addWidget(m_spanView, 3);
    spanLayout->addWidget(m_spanLabel);
    spanLayout->addWidget(m_noteEdit, 1);
    auto *noteButtons = new QHBoxLayout;
    noteButtons->addWidget(m_saveNote);
    noteButtons->addWidget(m_deleteSpan);
    spanLayout->addLayout(noteButtons);
    m_saveNote->setToolTip(tr("Save the note (Ctrl+Return)"));
    connect(m_saveNote, &QPushButton::clicked, this, &MainWindow::commitNote);
    connect(m_deleteSpan, &QPushButton::clicked, this, &MainWindow::deleteCurrentSpan);
    auto *commitShortcut = new QAction(m_noteEdit);
    commitShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    commitShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(commitShortcut, &QAction::triggered, this, &MainWindow::commitNote);
    m_noteEdit->addAction(commitShortcut);
    // Similar articles (same-story finder); computed when shown.
    auto *similar = new SimilarPanel(m_corpus->documents(), this);
    connect(similar, &SimilarPanel::documentRequested, this, &MainWindow::showDocument);
    auto *similarDock = new QDockWidget(tr("Similar Articles"), this);
    similarDock->setObjectName(QStringLiteral("similarDock"));
    similarDock->setWidget(similar);
    addDockWidget(startArea(), similarDock);

    auto *spanDock = new QDockWidget(tr("Highlights"), this);
    spanDock->setObjectName(QStringLiteral("highlightsDock"));
    spanDock->setWidget(spanPanel);
    addDockWidget(endArea(), spanDock);

    // The memo of the shown document, under the highlights and their notes.
    m_memo = new MemoPanel(m_corpus, this);
    m_memo->setObjectName(QStringLiteral("memoPanel"));
    auto *memoDock = new QDockWidget(tr("Memo"), this);
    memoDock->setObjectName(QStringLiteral("memoDock"));
    memoDock->setWidget(m_memo);
    addDockWidget(endArea(), memoDock);

    // Corpus-wide search with keyword-in-context results
    m_search = new SearchPanel(m_corpus, this);
    m_search->setObjectName(QStringLiteral("searchPanel"));
    connect(m_search, &SearchPanel::hitActivated, this, [this](const QString &path, int start, int end) {
        showDocument(path);
        m_reader->selectRange(start, end);
    });
    connect(m_search, &SearchPanel::tagAllRequested, this, &MainWindow::tagAllResults);
    auto *searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(QStringLiteral("searchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(Qt::BottomDockWidgetArea, searchDock);
    searchDock->hide();

    // Highlights that re-anchoring could not place exactly.
    m_triage = new TriagePanel(m_corpus, m_reader, this);
    m_triage->setObjectName(QStringLiteral("triagePanel"));
    connect(m_triage, &TriagePanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_triage, &TriagePanel::documentRequested, this, [this](const QString &path, int start, int end) {
        showDocument(path);
        if (start >= 0 && end > start)
            m_reader->selectRange(start, end);
    });
    auto *triageDock = new QDockWidget(tr("Needs Attention"), this);
    triageDock->setObjectName(QStringLiteral("triageDock"));
    triageDock->setWidget(m_triage);
    addDockWidget(Qt::BottomDockWidgetArea, triageDock);
    triageDock->hide();

    // Coded segments: every span of a chosen tag across the corpus; a click opens it.
    auto *segments = new CodedSegmentsPanel(m_corpus, this);
    segments->setObjectName(QStringLiteral("codedSegmentsPanel"));
    connect(segments, &CodedSegmentsPanel::segmentActivated, this, [this](const QString &path, const QString &id) {
        showDocument(path);
        selectSpan(id);
    });
    auto *segmentsDock = new QDockWidget(tr("Coded Segments"), this);
    segmentsDock->setObjectName(QStringLiteral("codedSegmentsDock"));
    segmentsDock->setWidget(segments);
    segmentsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    addDockWidget(Qt::BottomDockWidgetArea, segmentsDock);
    segmentsDock->hide();

    // Undo history: every step of the corpus's one undo stack; clicking a step goes back to it.
    auto *history = new QUndoView(m_corpus->undoStack(), this);
    history->setObjectName(QStringLiteral("undoHistory"));
    history->setEmptyLabel(tr("<opened>"));
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(history);
    historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    addDockWidget(endArea(), historyDock);
    historyDock->hide();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Corpus…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Corpus Folder"), m_corpus->rootPath());
        if (!dir.isEmpty())
            openCorpus(dir);
    });
    open->setShortcut(QKeySequence::Open);
    m_saveAction = file->addAction(tr("&Save Annotations"), this, [this] {
        m_memo->commit(); // what is typed in the memo is part of what the analyst saves
        save();
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] {
        ExportDialog dialog(m_corpus, m_reader->documentPath(), this);
        dialog.exec();
    });
    exportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    // The codebook on its own, to share it between corpora and analysts.
    QAction *exportCodebookAction = file->addAction(tr("Export &Codebook…"), this, [this] {
        const QString suggested = QDir(m_corpus->rootPath()).filePath(tr("codebook.json"));
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export Codebook"), suggested, tr("Codebooks (*.json)"));
        if (!path.isEmpty())
            exportCodebook(path);
    });
    exportCodebookAction->setObjectName(QStringLiteral("exportCodebookAction"));
    exportCodebookAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    QAction *importCodebookAction = file->addAction(tr("&Import Codebook…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Codebook"), m_corpus->rootPath(), tr("Codebooks and annotation files (*.json)"));
        if (!path.isEmpty())
            importCodebook(path);
    });
    importCodebookAction->setObjectName(QStringLiteral("importCodebookAction"));
    importCodebookAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Ctrl+Q where the platform names no Quit key (e.g. without a desktop's theme).
    quit->setShortcut(QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                                                : QKeySequence(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_corpus->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo); // every platform binding, not just the first
    QAction *redo = m_corpus->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();

    QAction *tag = edit->addAction(tr("&Tag Selection…"), this, &MainWindow::tagSelection);
    tag->setObjectName(QStringLiteral("tagSelectionAction"));
    tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *newTagAction = edit->addAction(tr("&New Tag…"), this, &MainWindow::newTag);
    newTagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_deleteSpanAction = edit->addAction(tr("&Delete Highlight"), this, &MainWindow::deleteCurrentSpan);
    m_deleteSpanAction->setShortcut(QKeySequence::Delete);
    QAction *editNote = edit->addAction(tr("Edit N&ote"), this, [this] { m_noteEdit->setFocus(); });
    editNote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *editMemo = edit->addAction(tr("Edit Document &Memo"), this, [this] {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("memoDock"));
        dock->show();
        dock->raise();
        m_memo->editor()->setFocus();
    });
    editMemo->setObjectName(QStringLiteral("editMemoAction"));
    editMemo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *snap = edit->addAction(tr("Snap Selections to &Words"));
    snap->setObjectName(QStringLiteral("snapToWordsAction"));
    snap->setCheckable(true);
    snap->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
    snap->setChecked(QSettings().value(QStringLiteral("snapToWords"), true).toBool());
    connect(snap, &QAction::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("snapToWords"), on); });
    connect(edit, &QMenu::aboutToShow, snap,
            [snap] { snap->setChecked(QSettings().value(QStringLiteral("snapToWords"), true).toBool()); });
    QAction *find = edit->addAction(tr("&Find in Article…"), m_findBar, &FindBar::activate);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *nextSpan = edit->addAction(tr("Ne&xt Highlight"), this, [this] { stepSpan(+1); });
    nextSpan->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previousSpan = edit->addAction(tr("Pre&vious Highlight"), this, [this] { stepSpan(-1); });
    previousSpan->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    // Move an edge of the selected highlight by a word (a letter when not snapping to words).
    const auto adjust = [this](SpanAdjuster::Edge edge, int direction) {
        const QString path = m_reader->documentPath();
        const Span span = m_corpus->documents()->span(path, m_currentSpan);
        if (span.id.isEmpty() || m_corpus->isReadOnly())
            return;
        const bool byWord = QSettings().value(QStringLiteral("snapToWords"), true).toBool();
        const int row = m_corpus->documents()->rowOfPath(path);
        const auto range = SpanAdjuster::adjust(m_corpus->documents()->document(row).text(), span.start, span.end, edge,
                                                direction, byWord);
        if (range.first < 0 || !m_corpus->setSpanRange(path, span.id, range.first, range.second))
            return;
        m_reader->revealSpan(span.id);
    };
    // Re-code the selected highlight with a tag from the palette (its note, when typed, too).
    QAction *changeTag = edit->addAction(tr("C&hange Tag of Highlight…"), this, [this] {
        const QString path = m_reader->documentPath();
        if (m_currentSpan.isEmpty() || m_corpus->isReadOnly()) {
            statusBar()->showMessage(tr("Select a highlight first."), 5000);
            return;
        }
        auto *picker = new TagPickerDialog(m_corpus, this);
        picker->setObjectName(QStringLiteral("tagPicker"));
        picker->setAttribute(Qt::WA_DeleteOnClose);
        const QString spanId = m_currentSpan;
        connect(picker, &QDialog::accepted, this, [this, picker, path, spanId] {
            const Span span = m_corpus->documents()->span(path, spanId);
            const QString tagId = picker->tagId();
            if (span.id.isEmpty() || tagId.isEmpty() || (tagId == span.tagId && picker->note().isEmpty()))
                return;
            m_corpus->undoStack()->beginMacro(tr("Change tag"));
            m_corpus->setSpanTag(path, spanId, picker->tagId());
            if (!picker->note().isEmpty())
                m_corpus->setSpanNote(path, spanId, picker->note());
            m_corpus->undoStack()->endMacro();
        });
        picker->open();
    });
    changeTag->setObjectName(QStringLiteral("changeTagAction"));
    changeTag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QMenu *adjustMenu = edit->addMenu(tr("Highlight &Boundaries"));
    QAction *extendEnd = adjustMenu->addAction(tr("Extend &End"), this, [adjust] { adjust(SpanAdjuster::End, +1); });
    extendEnd->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right));
    QAction *shrinkEnd = adjustMenu->addAction(tr("Shrink E&nd"), this, [adjust] { adjust(SpanAdjuster::End, -1); });
    shrinkEnd->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left));
    QAction *extendStart =
        adjustMenu->addAction(tr("Extend &Start"), this, [adjust] { adjust(SpanAdjuster::Start, -1); });
    extendStart->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Left));
    QAction *shrinkStart =
        adjustMenu->addAction(tr("Shrink S&tart"), this, [adjust] { adjust(SpanAdjuster::Start, +1); });
    shrinkStart->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Right));
    edit->addSeparator();
    QAction *searchCorpus = edit->addAction(tr("&Search Corpus…"), this, [this] {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("searchDock"));
        dock->show();
        dock->raise();
        m_search->patternEdit()->setFocus();
        m_search->patternEdit()->selectAll();
    });
    searchCorpus->setObjectName(QStringLiteral("searchCorpusAction"));
    searchCorpus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *tagAll = edit->addAction(tr("Tag All Search &Results…"), this, &MainWindow::tagAllResults);
    tagAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QMenu *codebookMenu = edit->addMenu(tr("&Codebook"));
    m_codebookActions->addTo(codebookMenu);
    m_clutterAction = edit->addAction(tr("Mark Line as C&lutter"), this, &MainWindow::toggleClutter);
    m_clutterAction->setObjectName(QStringLiteral("toggleClutterAction"));
    m_clutterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *editMetadataAction = edit->addAction(tr("Edit &Metadata…"), this, &MainWindow::editMetadata);
    editMetadataAction->setObjectName(QStringLiteral("editMetadataAction"));
    editMetadataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QMenu *triageMenu = edit->addMenu(tr("Needs &Attention"));
    QAction *showTriage = triageMenu->addAction(tr("&Show the List"), this, [this] {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("triageDock"));
        dock->show();
        dock->raise();
        m_triage->list()->setFocus();
    });
    showTriage->setObjectName(QStringLiteral("showTriageAction"));
    showTriage->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    triageMenu->addSeparator();
    triageMenu->addAction(m_triage->acceptAction());
    triageMenu->addAction(m_triage->reattachAction());
    triageMenu->addAction(m_triage->deleteAction());
    // Window-wide, like the menu: the analyst selects text in the article, then re-attaches.
    addActions({ m_triage->acceptAction(), m_triage->reattachAction() });
    m_mutatingActions = { m_saveAction, tag, newTagAction, m_deleteSpanAction, editNote, tagAll, extendEnd, shrinkEnd,
        extendStart, shrinkStart, changeTag, findChild<QAction *>(QStringLiteral("importCodebookAction")),
        editMetadataAction, m_clutterAction };
    m_reader->addActions({ tag, newTagAction, m_clutterAction });
    connect(m_reader, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateClutterAction);

    // Side-by-side comparison of the two documents selected in the list.
    QAction *compare = edit->addAction(tr("&Compare Selected Documents"), this, [this] {
        QStringList paths;
        for (const QModelIndex &i : m_docView->selectionModel()->selectedRows())
            paths.append(i.data(CorpusModel::PathRole).toString());
        if (paths.size() != 2) {
            statusBar()->showMessage(tr("Select two documents in the list to compare them (Ctrl+click)."), 5000);
            return;
        }
        auto *w = new CompareWindow(m_corpus, paths.at(0), paths.at(1), this);
        w->setWindowFlag(Qt::Window);
        w->show();
    });
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    // The corpus's own loaded-term lexicon (a project file beside the sidecar).
    QAction *lexicon = edit->addAction(tr("Edit Loaded-Term &Lexicon\u2026"), this, [this] {
        if (m_corpus->isOpen())
            LexiconDialog::edit(m_corpus, this);
    });
    lexicon->setObjectName(QStringLiteral("editLexiconAction"));
    lexicon->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_docView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_docView->addAction(compare);
    m_docView->addAction(editMetadataAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // Every panel can be shown and hidden from the keyboard (Ctrl+Alt + a
    // letter of its name), like every other action of the menus.
    const QHash<QString, int> dockKeys { { QStringLiteral("documentsDock"), Qt::Key_D },
        { QStringLiteral("codebookDock"), Qt::Key_B }, { QStringLiteral("similarDock"), Qt::Key_Y },
        { QStringLiteral("highlightsDock"), Qt::Key_H }, { QStringLiteral("memoDock"), Qt::Key_M },
        { QStringLiteral("searchDock"), Qt::Key_F }, { QStringLiteral("triageDock"), Qt::Key_N } };
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        if (toggle->shortcut().isEmpty() && dockKeys.contains(dock->objectName()))
            toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | dockKeys.value(dock->objectName())));
        view->addAction(toggle);
    }
    // Coding stripes beside the text, one lane per tag: overlapping codes stay apart.
    QAction *stripes = view->addAction(tr("Coding &Stripes"));
    stripes->setObjectName(QStringLiteral("codingStripesAction"));
    stripes->setCheckable(true);
    stripes->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    stripes->setChecked(QSettings().value(QStringLiteral("codingStripes"), true).toBool());
    m_reader->setStripesVisible(stripes->isChecked());
    connect(stripes, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("codingStripes"), on);
        m_reader->setStripesVisible(on);
    });
    QAction *focusDocs = view->addAction(tr("Go to &Documents"), this, [this] { m_docView->setFocus(); });
    focusDocs->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *focusText = view->addAction(tr("Go to &Text"), this, [this] { m_reader->setFocus(); });
    focusText->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settingsMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    help->addAction(tr("&About Marginalia"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

void MainWindow::createSourceDock()
{
    // Theme colours and the source views: both go through the SyntaxAdapter.
    m_theme = new AppTheme(this);
    connect(m_theme, &AppTheme::changed, this, &MainWindow::applyTheme);
    m_source = new SourceView(m_corpus, m_theme, this);
    auto *sourceDock = new QDockWidget(tr("Source"), this);
    sourceDock->setObjectName(QStringLiteral("sourceDock"));
    sourceDock->setWidget(m_source);
    sourceDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F9));
    // A column of its own between the document list and the text, beside the reading view.
    auto *docDock = findChild<QDockWidget *>(QStringLiteral("documentsDock"));
    addDockWidget(startArea(), sourceDock);
    if (docDock)
        splitDockWidget(docDock, sourceDock, Qt::Horizontal);
    sourceDock->hide(); // on demand (View › Source); the window remembers it
    connect(sourceDock->toggleViewAction(), &QAction::triggered, this, [this, sourceDock](bool shown) {
        if (shown) // room for source lines without squeezing the document list
            resizeDocks({sourceDock}, {440}, Qt::Horizontal);
    });
    applyTheme();
}

void MainWindow::applyTheme()
{
    m_theme->applyTo(m_reader);
    m_corpus->setTagPalette(m_theme->colors().tagPalette);
}

void MainWindow::applyPreferences()
{
    m_corpus->setAuthor(Preferences::author());
    setAutosaveDelay(Preferences::autosaveDelayMs());
    m_theme->setThemeName(Preferences::theme());
    m_reader->setFont(Preferences::readingFont(m_reader->font()));
}

int MainWindow::autosaveDelay() const
{
    return m_autosave->delay();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_theme->syntax()->themeNames(), m_reader->font(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applyPreferences);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Marginalia"), BuildInfo::aboutHtml());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First run: give the lists room for titles and quotes, the text the rest.
        const auto docks = findChildren<QDockWidget *>();
        QList<QDockWidget *> left, right;
        for (QDockWidget *d : docks)
            (dockWidgetArea(d) == startArea() ? left : right).append(d);
        resizeDocks(left, QList<int>(left.size(), 400), Qt::Horizontal);
        resizeDocks(right, QList<int>(right.size(), 320), Qt::Horizontal);
    }
    m_docView->header()->restoreState(settings.value(QStringLiteral("window/documentHeader")).toByteArray());
}

void MainWindow::setAutosaveDelay(int ms)
{
    m_autosave->setDelay(ms);
}

bool MainWindow::openCorpus(const QString &directory)
{
    m_memo->commit();
    if (m_corpus->isOpen() && m_corpus->isModified())
        save();
    m_autosave->stop();
    m_showWhenLoaded.clear();
    const Corpus::OpenStatus status = m_corpus->openInBackground(directory);
    m_saveErrorShown = false;
    if (status == Corpus::OpenStatus::Failed) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open Corpus"),
                                    tr("%1: %2").arg(m_corpus->problems().value(0).file,
                                                     m_corpus->problems().value(0).message),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        updateStatus();
        return false;
    }
    setWindowTitle(tr("%1[*] — Marginalia").arg(m_corpus->name()));
    onDocumentsArrived();
    updateReadOnly();
    updateStatus();
    if (m_corpus->isLoading()) {
        onLoadingProgress(m_corpus->loadedCount(), m_corpus->articleCount());
        m_loadingBox->show();
        setListColumnsFitContents(false);
    } else {
        afterLoading(false);
    }
    return true;
}

void MainWindow::setListColumnsFitContents(bool fit)
{
    // Fitting a column to its contents measures the text of up to 1,000 rows
    // on every insertion: while a corpus loads batch by batch that was most of
    // the window's work. The columns are fitted once to the first articles,
    // and kept fitted once all are in.
    const auto mode = fit ? QHeaderView::ResizeToContents : QHeaderView::Interactive;
    for (int column : { int(CorpusModel::OutletColumn), int(CorpusModel::DateColumn) })
        m_docView->header()->setSectionResizeMode(column, mode);
    m_listColumnsFitted = fit;
}

bool MainWindow::isLoading() const
{
    return m_corpus->isLoading();
}

void MainWindow::onLoadingProgress(int done, int total)
{
    m_loadingBar->setRange(0, qMax(total, 1));
    m_loadingBar->setValue(done);
    const QLocale locale;
    m_loadingLabel->setText(total > 0 ? tr("Loading articles: %1 of %2 (editing waits until all are in)")
                                            .arg(locale.toString(done), locale.toString(total))
                                      : tr("Listing the articles…"));
    updateStatus();
}

void MainWindow::onDocumentsArrived()
{
    if (!m_showWhenLoaded.isEmpty()) {
        if (m_corpus->documents()->rowOfPath(m_showWhenLoaded) < 0)
            return;
        const QString path = std::exchange(m_showWhenLoaded, QString());
        // It is in: "Loading …" would stay up to its timeout otherwise.
        if (statusBar()->currentMessage() == tr("Loading %1…").arg(path))
            statusBar()->clearMessage();
        showDocument(path);
        return;
    }
    if (!m_listColumnsFitted && m_docProxy->rowCount() > 0) {
        m_docView->resizeColumnToContents(CorpusModel::OutletColumn);
        m_docView->resizeColumnToContents(CorpusModel::DateColumn);
        m_listColumnsFitted = true;
    }
    // The first article to arrive is shown at once; the analyst may pick any other that is in.
    if (!m_docView->currentIndex().isValid()) {
        const QModelIndex first = m_docProxy->index(0, 0);
        if (first.isValid())
            m_docView->setCurrentIndex(first);
    }
}

void MainWindow::onArticlesChanged(const QStringList &added, const QStringList &removed, const QStringList &edited)
{
    const QString shown = m_reader->documentPath();
    if (!shown.isEmpty() && m_corpus->documents()->rowOfPath(shown) >= 0)
        showDocument(shown); // its text may be new: show it again, re-anchored
    m_triage->refresh();
    // Each count is its own translated unit (plural forms differ).
    QStringList parts;
    if (!added.isEmpty())
        parts.append(tr("%n article(s) added", nullptr, int(added.size())));
    if (!removed.isEmpty())
        parts.append(tr("%n article(s) removed", nullptr, int(removed.size())));
    if (!edited.isEmpty())
        parts.append(tr("%n article(s) changed", nullptr, int(edited.size())));
    QString message = tr("The corpus folder changed: %1.").arg(parts.join(QStringLiteral(", ")));
    if (m_triage->count() > 0) {
        findChild<QDockWidget *>(QStringLiteral("triageDock"))->show();
        message += QLatin1Char(' ')
            + tr("%n highlight(s) need attention (Edit ▸ Needs Attention).", nullptr, m_triage->count());
    }
    statusBar()->showMessage(message, 10000);
    updateStatus();
}

void MainWindow::afterLoading(bool cancelled)
{
    updateStatus();
    reportProblems();
    m_triage->refresh();
    if (m_triage->count() > 0) {
        findChild<QDockWidget *>(QStringLiteral("triageDock"))->show();
        statusBar()->showMessage(
            tr("%n highlight(s) need attention: their article changed (Edit ▸ Needs Attention).", nullptr,
                m_triage->count()),
            10000);
    }
    offerRecovery();
    if (cancelled)
        statusBar()->showMessage(tr("Loading stopped: %n article(s) are open; the annotations of the others are kept.",
                                     nullptr, m_corpus->documents()->documentCount()),
            10000);
}

void MainWindow::offerRecovery()
{
    const Corpus::JournalInfo &info = m_corpus->journalInfo();
    if (info.state != Corpus::JournalInfo::State::Recoverable)
        return;
    const QString when = QLocale().toString(info.lastChange.toLocalTime(), QLocale::ShortFormat);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Recover Unsaved Changes"),
        tr("Recover %n unsaved change(s) from %1?", nullptr, info.changes).arg(when), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("recoverDialog"));
    box->setInformativeText(
        tr("Marginalia closed before it saved them to %1. Recover makes them one step you can undo. Discard moves "
           "them aside into %2. Keep for Later asks again next time, as long as nothing is saved here first.")
            .arg(QDir::toNativeSeparators(m_corpus->sidecarPath()),
                QDir::toNativeSeparators(QFileInfo(info.path).absolutePath())));
    if (!info.warnings.isEmpty())
        box->setDetailedText(info.warnings.join(QLatin1Char('\n')));
    QPushButton *recover = box->addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box->addButton(tr("&Keep for Later"), QMessageBox::RejectRole);
    box->setDefaultButton(recover);
    box->setEscapeButton(later);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, recover, discard](QAbstractButton *button) {
        QString error;
        if (button == recover) {
            const QString shown = m_reader->documentPath();
            const int changes = m_corpus->journalInfo().changes;
            if (m_corpus->recoverJournal(&error)) {
                showDocument(shown);
                statusBar()->showMessage(
                    tr("%n unsaved change(s) recovered; Undo takes them back.", nullptr, changes), 10000);
            }
        } else if (button == discard) {
            if (m_corpus->discardJournal(&error))
                statusBar()->showMessage(tr("The unsaved changes were moved to %1.")
                                             .arg(QDir::toNativeSeparators(m_corpus->journalInfo().path)),
                    10000);
        } else {
            statusBar()->showMessage(tr("The unsaved changes are kept; they are offered again next time."), 10000);
        }
        if (!error.isEmpty()) {
            auto *failed = new QMessageBox(QMessageBox::Critical, tr("Recover Unsaved Changes"), error,
                QMessageBox::Ok, this);
            failed->setAttribute(Qt::WA_DeleteOnClose);
            failed->open();
        }
        m_triage->refresh();
        updateStatus();
    });
    box->open();
}

void MainWindow::reportProblems()
{
    QStringList lines;
    for (const Problem &p : m_corpus->problems())
        lines.append(tr("%1: %2").arg(p.file, p.message));
    if (lines.isEmpty())
        return;
    statusBar()->showMessage(tr("%n problem(s) while opening the corpus", nullptr, int(lines.size())), 10000);
    if (m_corpus->isReadOnly())
        return; // the banner already says what matters
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Problems in the Corpus"),
                                tr("Some files could not be used as they are. Everything else is open."),
                                QMessageBox::Ok, this);
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showDocument(const QString &path)
{
    if (m_corpus->isLoading() && m_corpus->documents()->rowOfPath(path) < 0 && m_corpus->requestDocument(path)) {
        m_showWhenLoaded = path; // imported next; shown when it arrives (onDocumentsArrived)
        statusBar()->showMessage(tr("Loading %1…").arg(path), 5000);
        return;
    }
    m_reader->showDocument(path);
    m_tagCounter->setCurrentDocument(path);
    m_findBar->refresh();
    m_memo->setDocument(path);
    m_source->showDocument(path);
    updateArticleInfo();
    const QModelIndex root = m_corpus->documents()->documentIndex(path);
    m_spanView->setRootIndex(root);
    m_spanView->setVisible(true);
    for (int c = CorpusModel::DateColumn; c < CorpusModel::ColumnCount; ++c)
        m_spanView->setColumnHidden(c, true);
    m_currentSpan.clear();
    onSpanSelectionChanged();
    updateClutterAction();
    // Keep the document list in step when a document is shown programmatically.
    const QModelIndex proxy = m_docProxy->mapFromSource(root);
    if (proxy.isValid() && m_docView->currentIndex().siblingAtColumn(0) != proxy)
        m_docView->setCurrentIndex(proxy);
}

void MainWindow::updateArticleInfo()
{
    const QString path = m_reader->documentPath();
    const int row = m_corpus->documents()->rowOfPath(path);
    if (row >= 0)
        m_articleInfo->setDocument(
            m_corpus->documents()->document(row), m_corpus->documents()->metadataOverrides(path).count());
    else
        m_articleInfo->clearDocument();
    m_articleInfoRow->setVisible(row >= 0);
}

void MainWindow::toggleClutter()
{
    const QString path = m_reader->documentPath();
    if (path.isEmpty() || m_corpus->isReadOnly()) {
        statusBar()->showMessage(
            m_corpus->isReadOnly() ? tr("The corpus is read-only.") : tr("Open an article first."), 5000);
        return;
    }
    const QTextCursor c = m_reader->textCursor();
    if (!m_corpus->toggleClutter(path, c.selectionStart(), c.selectionEnd()))
        statusBar()->showMessage(tr("Put the cursor on a line of text first."), 5000);
}

void MainWindow::updateClutterAction()
{
    if (!m_clutterAction)
        return;
    const QString path = m_reader->documentPath();
    const QTextCursor c = m_reader->textCursor();
    const QTextBlock first = m_reader->document()->findBlock(c.selectionStart());
    const QTextBlock last = m_reader->document()->findBlock(c.selectionEnd());
    const bool several = c.hasSelection() && first != last && c.selectionEnd() != last.position();
    const bool clutter = !path.isEmpty() && m_corpus->isClutter(path, first.position());
    if (several)
        m_clutterAction->setText(clutter ? tr("Unmark Lines as C&lutter") : tr("Mark Lines as C&lutter"));
    else
        m_clutterAction->setText(clutter ? tr("Unmark Line as C&lutter") : tr("Mark Line as C&lutter"));
}

void MainWindow::editMetadata()
{
    const QString path = m_reader->documentPath();
    const int row = m_corpus->documents()->rowOfPath(path);
    if (row < 0 || m_corpus->isReadOnly()) {
        statusBar()->showMessage(
            m_corpus->isReadOnly() ? tr("The corpus is read-only.") : tr("Open an article first."), 5000);
        return;
    }
    auto *dialog = new MetadataDialog(
        m_corpus->documents()->document(row).meta, m_corpus->documents()->importedMetadata(path), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        if (!m_corpus->editMetadata(path, dialog->metadata()))
            statusBar()->showMessage(tr("Could not change the metadata."), 5000);
    });
    dialog->open();
}

void MainWindow::onDocumentActivated(const QModelIndex &proxyIndex)
{
    const QString path = proxyIndex.data(CorpusModel::PathRole).toString();
    if (path != m_reader->documentPath())
        showDocument(path);
}

void MainWindow::tagSelection()
{
    if (m_corpus->isReadOnly())
        return;
    if (m_reader->selectionRange().first < 0) {
        statusBar()->showMessage(tr("Select some text in the article first."), 5000);
        return;
    }
    auto *picker = new TagPickerDialog(m_corpus, this);
    picker->setObjectName(QStringLiteral("tagPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] { applyTag(picker->tagId(), picker->note()); });
    picker->open();
}

void MainWindow::applyTag(const QString &tagId, const QString &note)
{
    const auto [rawStart, rawEnd] = m_reader->selectionRange();
    if (tagId.isEmpty())
        return;
    // Read at every use, so the Preferences dialog and the menu agree.
    const bool toWords = QSettings().value(QStringLiteral("snapToWords"), true).toBool();
    const int docRow = m_corpus->documents()->rowOfPath(m_reader->documentPath());
    const auto [start, end] = docRow < 0 ? qMakePair(-1, -1)
                                         : SelectionSnapper::snap(m_corpus->documents()->document(docRow).text(),
                                                                  rawStart, rawEnd, toWords);
    if (start < 0 || end <= start) {
        statusBar()->showMessage(tr("Select some text in the article first."), 5000);
        return;
    }
    const QString id = m_corpus->addSpan(m_reader->documentPath(), start, end, tagId, note);
    if (id.isEmpty()) {
        statusBar()->showMessage(m_corpus->isReadOnly() ? tr("The corpus is read-only.") : tr("Could not add the highlight."),
                                 5000);
        return;
    }
    statusBar()->showMessage(tr("Tagged as “%1”").arg(m_corpus->codebook()->tagPath(tagId)), 3000);
    selectSpan(id);
    if (start != rawStart || end != rawEnd)
        m_reader->selectRange(start, end); // show what was coded, not what was dragged
}

void MainWindow::tagAllResults()
{
    if (m_corpus->isReadOnly() || m_search->results()->rowCount() == 0) {
        statusBar()->showMessage(tr("Search the corpus first (Ctrl+Shift+F)."), 5000);
        return;
    }
    auto *picker = new TagPickerDialog(m_corpus, this);
    picker->setObjectName(QStringLiteral("tagAllPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        const AutoCoder::Result r = AutoCoder::code(m_corpus, picker->tagId(), m_search->results()->hits(), picker->note());
        if (!r.ok) {
            statusBar()->showMessage(r.error, 5000);
            return;
        }
        statusBar()->showMessage(tr("%n highlight(s) added", nullptr, r.added), 5000);
    });
    picker->open();
}

bool MainWindow::exportCodebook(const QString &path)
{
    QString error;
    if (!CodebookFile::save(path, m_corpus->codebook()->tags(), &error)) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Codebook Not Exported"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    statusBar()->showMessage(
        tr("%n tag(s) exported to %1", nullptr, m_corpus->codebook()->tagCount()).arg(QDir::toNativeSeparators(path)),
        5000);
    return true;
}

bool MainWindow::importCodebook(const QString &path)
{
    const CodebookFile::ParseResult file = CodebookFile::load(path);
    Corpus::CodebookImport result;
    QString error = file.error;
    if (file.ok
        && !m_corpus->importCodebook(
            file.tags, tr("Import codebook “%1”").arg(QFileInfo(path).fileName()), &result, &error))
        error = tr("%1: not imported: %2").arg(QDir::toNativeSeparators(path), error);
    if (!error.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Codebook Not Imported"), error, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("codebookImportError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    QString message = tr("Codebook imported from %1: %2 new, %3 changed, %4 already there.")
                          .arg(QFileInfo(path).fileName())
                          .arg(result.added)
                          .arg(result.updated)
                          .arg(result.unchanged);
    if (result.shortcutsSkipped > 0)
        message = tr("%1 Shortcuts already in use here were left out: %2.").arg(message).arg(result.shortcutsSkipped);
    statusBar()->showMessage(message, 10000);
    return true;
}

void MainWindow::stepSpan(int direction)
{
    const int row = m_corpus->documents()->rowOfPath(m_reader->documentPath());
    if (row < 0)
        return;
    const QVector<Span> &spans = m_corpus->documents()->spans(row);
    if (spans.isEmpty())
        return;
    int i = -1;
    for (int k = 0; k < spans.size(); ++k) {
        if (spans.at(k).id == m_currentSpan)
            i = k;
    }
    if (i < 0) {
        // From the cursor: the first highlight starting after it, or the last before it.
        const int pos = m_reader->textCursor().selectionStart();
        i = direction > 0 ? -1 : int(spans.size());
        for (int k = 0; k < spans.size(); ++k) {
            if (direction > 0 && spans.at(k).start < pos)
                i = k;
            if (direction < 0 && spans.at(k).start < pos)
                i = k + 1;
        }
    }
    const int next = std::clamp(i + direction, 0, int(spans.size()) - 1);
    selectSpan(spans.at(next).id);
    m_reader->revealSpan(spans.at(next).id);
}

void MainWindow::onTagShortcut(const QString &key)
{
    for (const Tag &t : m_corpus->codebook()->tags()) {
        if (t.shortcut == key) {
            applyTag(t.id);
            return;
        }
    }
    statusBar()->showMessage(tr("No tag has the shortcut %1.").arg(key), 5000);
}

void MainWindow::newTag()
{
    if (m_corpus->isReadOnly())
        return;
    NewTagDialog dialog(m_corpus->codebook(), m_corpus->suggestTagColor(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = m_corpus->addTag(dialog.name(), dialog.color(), dialog.parentId(), dialog.description());
    if (!id.isEmpty())
        m_tagView->setCurrentIndex(m_corpus->codebook()->indexOf(id));
}

void MainWindow::selectSpan(const QString &spanId)
{
    const QModelIndex idx = m_corpus->documents()->spanIndex(m_reader->documentPath(), spanId);
    if (!idx.isValid())
        return;
    m_spanView->setCurrentIndex(idx);
    m_spanView->scrollTo(idx);
}

void MainWindow::onSpanSelectionChanged()
{
    const QModelIndex idx = m_spanView->currentIndex();
    const bool valid = idx.isValid() && idx.data(CorpusModel::KindRole).toInt() == CorpusModel::SpanItem
        && idx.parent() == m_spanView->rootIndex();
    m_currentSpan = valid ? idx.data(CorpusModel::SpanIdRole).toString() : QString();
    if (valid) {
        const QString color = idx.data(CorpusModel::TagColorRole).value<QColor>().name();
        m_spanLabel->setText(QStringLiteral("<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;</span> <b>%2</b>")
                                 .arg(color, m_corpus->codebook()->tagPath(idx.data(CorpusModel::TagIdRole).toString())
                                                 .toHtmlEscaped()));
        m_noteEdit->setPlainText(idx.data(CorpusModel::NoteRole).toString());
        if (!m_reader->hasFocus() || !m_reader->textCursor().hasSelection())
            m_reader->revealSpan(m_currentSpan);
    } else {
        m_spanLabel->setText(tr("No highlight selected."));
        m_noteEdit->clear();
    }
    const bool editable = valid && m_corpus->isEditable();
    m_noteEdit->setEnabled(editable);
    m_saveNote->setEnabled(editable);
    m_deleteSpan->setEnabled(editable);
    if (m_deleteSpanAction)
        m_deleteSpanAction->setEnabled(editable);
}

void MainWindow::commitNote()
{
    if (m_currentSpan.isEmpty())
        return;
    const QString id = m_currentSpan;
    if (m_corpus->setSpanNote(m_reader->documentPath(), id, m_noteEdit->toPlainText()))
        statusBar()->showMessage(tr("Note saved."), 2000);
}

void MainWindow::deleteCurrentSpan()
{
    if (!m_currentSpan.isEmpty())
        m_corpus->removeSpan(m_reader->documentPath(), m_currentSpan);
}

bool MainWindow::save()
{
    m_autosave->stop();
    if (!m_corpus->isOpen() || m_corpus->isReadOnly() || !m_corpus->isModified())
        return true;
    QString error;
    const bool keptJournal = m_corpus->journalInfo().state == Corpus::JournalInfo::State::Recoverable;
    if (!m_corpus->save(&error)) {
        statusBar()->showMessage(error, 10000);
        if (!m_saveErrorShown) {
            m_saveErrorShown = true;
            auto *box = new QMessageBox(QMessageBox::Critical, tr("Annotations Not Saved"), error, QMessageBox::Ok, this);
            box->setInformativeText(tr("Your work is still open here. Fix the problem and save again (Ctrl+S)."));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        updateStatus();
        return false;
    }
    m_saveErrorShown = false;
    if (keptJournal && m_corpus->journalInfo().state != Corpus::JournalInfo::State::Recoverable)
        statusBar()->showMessage(tr("The unsaved changes kept for later belong to the annotation file as it was "
                                    "before this save; they were moved to %1.")
                                     .arg(QDir::toNativeSeparators(m_corpus->journalInfo().path)),
            15000);
    updateStatus();
    return true;
}

void MainWindow::updateStatus()
{
    const CorpusModel *docs = m_corpus->documents();
    // Each count is its own translated unit (plural forms differ); the separator is not language.
    const QString separator = QStringLiteral(" \u00b7 ");
    m_counts->setText(tr("%n document(s)", nullptr, docs->documentCount()) + separator
                      + tr("%n annotation(s)", nullptr, m_corpus->annotationCount()) + separator
                      + tr("%n tag(s)", nullptr, m_corpus->codebook()->tagCount()));
    if (m_corpus->isReadOnly())
        m_saveState->setText(tr("Read-only"));
    else if (m_corpus->isModified())
        m_saveState->setText(tr("Unsaved changes"));
    else
        m_saveState->setText(tr("Saved"));
    m_saveState->setObjectName(QStringLiteral("saveState"));
    setWindowModified(m_corpus->isModified());
}

void MainWindow::updateReadOnly()
{
    const bool ro = m_corpus->isReadOnly();
    m_banner->setVisible(ro);
    if (ro)
        m_banner->setText(tr("<b>Read-only:</b> %1. Your annotations are shown but nothing will be written.")
                              .arg(m_corpus->readOnlyReason().toHtmlEscaped()));
    // While articles load, changes wait: the actions are greyed out, and the
    // status bar says until when (onLoadingProgress).
    const bool locked = ro || m_corpus->isLoading();
    for (QAction *a : std::as_const(m_mutatingActions))
        a->setEnabled(!locked);
    for (QWidget *w : std::as_const(m_mutatingWidgets))
        w->setEnabled(!locked);
    onSpanSelectionChanged();
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_memo->commit();
    if (!m_corpus->isReadOnly() && m_corpus->isModified() && !save()) {
        // The journal still holds them when it is working: then quitting loses nothing.
        const auto answer = m_corpus->journalHoldsUnsavedChanges()
            ? QMessageBox::warning(this, tr("Annotations Not Saved"),
                tr("Your latest annotations could not be saved. They are kept in the journal of unsaved changes and "
                   "offered again when you open this corpus next time. Quit anyway?"),
                QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
            : QMessageBox::warning(this, tr("Annotations Not Saved"),
                tr("Your latest annotations could not be saved. Quit anyway and lose them?"),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard && answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/documentHeader"), m_docView->header()->saveState());
    event->accept();
}

} // namespace Marginalia
