#include "triagepanel.h"

#include "annotation/selectionsnapper.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "readingview.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Marginalia {

namespace {
enum Role { PathRole = Qt::UserRole + 1, SpanIdRole, KindRole, StartRole, EndRole };

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}
} // namespace

TriagePanel::TriagePanel(Corpus *corpus, ReadingView *reader, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_reader(reader)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_acceptAction(new QAction(tr("&Accept Re-anchored Position"), this))
    , m_reattachAction(new QAction(tr("&Re-attach to Selection"), this))
    , m_deleteAction(new QAction(tr("&Delete Listed Highlight"), this))
{
    m_list->setObjectName(QStringLiteral("triageList"));
    m_list->setAccessibleName(tr("Highlights that need attention"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Document"), tr("State"), tr("Score"), tr("Quote"), tr("Note") });
    m_list->header()->setSectionResizeMode(QuoteColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->installEventFilter(this);
    m_summary->setObjectName(QStringLiteral("triageSummary"));
    m_summary->setWordWrap(true);

    m_acceptAction->setObjectName(QStringLiteral("acceptAnchorAction"));
    m_acceptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_acceptAction->setToolTip(tr("Keep the highlight on the text it was found on (Ctrl+Alt+A)"));
    m_reattachAction->setObjectName(QStringLiteral("reattachAction"));
    m_reattachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_reattachAction->setToolTip(tr("Attach the highlight to the text selected in the article (Ctrl+Alt+R)"));
    m_deleteAction->setObjectName(QStringLiteral("deleteListedAction"));
    m_deleteAction->setToolTip(tr("Delete the highlight with its note (Delete in the list); Undo brings it back"));
    connect(m_acceptAction, &QAction::triggered, this, &TriagePanel::acceptCurrent);
    connect(m_reattachAction, &QAction::triggered, this, &TriagePanel::reattachCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &TriagePanel::deleteCurrent);

    auto *buttons = new QHBoxLayout;
    for (QAction *a : { m_acceptAction, m_reattachAction, m_deleteAction }) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &TriagePanel::updateActions);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT documentRequested(item->data(0, PathRole).toString(), item->data(0, StartRole).toInt(),
                item->data(0, EndRole).toInt());
    });
    connect(m_corpus->undoStack(), &QUndoStack::indexChanged, this, &TriagePanel::refresh);
    connect(m_corpus, &Corpus::reloaded, this, &TriagePanel::refresh);
    connect(m_corpus, &Corpus::editableChanged, this, &TriagePanel::updateActions);
    refresh();
}

int TriagePanel::count() const
{
    return m_list->topLevelItemCount();
}

QString TriagePanel::currentPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, PathRole).toString() : QString();
}

QString TriagePanel::currentSpan() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, SpanIdRole).toString() : QString();
}

void TriagePanel::refresh()
{
    const QString keep = currentSpan();
    const int keepRow = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : 0;
    m_list->clear();
    const CorpusModel *docs = m_corpus->documents();
    QList<QTreeWidgetItem *> items;
    QTreeWidgetItem *current = nullptr;
    for (const Corpus::Attention &a : m_corpus->needsAttention()) {
        auto *item = new QTreeWidgetItem;
        const int row = docs->rowOfPath(a.path);
        item->setText(DocumentColumn, a.path);
        if (row >= 0)
            item->setToolTip(DocumentColumn, docs->document(row).meta.title);
        switch (a.kind) {
        case Corpus::Attention::Kind::Fuzzy:
            item->setText(StateColumn, tr("Approximate"));
            item->setToolTip(StateColumn, tr("Found on similar text; accept it there or re-attach it"));
            item->setText(ScoreColumn, QLocale().toString(a.score, 'f', 2));
            break;
        case Corpus::Attention::Kind::Orphan:
            item->setText(StateColumn, tr("Not found"));
            item->setToolTip(StateColumn, tr("Its text is no longer in the article; it is kept with its note"));
            break;
        case Corpus::Attention::Kind::MissingDocument:
            item->setText(StateColumn, tr("Document missing"));
            item->setToolTip(StateColumn, tr("Its article is not in the corpus; it is kept with its note"));
            break;
        case Corpus::Attention::Kind::OutOfRange:
            item->setText(StateColumn, tr("Beyond the text"));
            item->setToolTip(StateColumn, tr("Its offsets lie beyond the end of the article"));
            break;
        }
        item->setText(QuoteColumn, oneLine(a.quote));
        item->setToolTip(QuoteColumn, a.quote);
        item->setText(NoteColumn, oneLine(a.note));
        item->setToolTip(NoteColumn, a.note);
        if (!a.tagId.isEmpty())
            item->setData(QuoteColumn, Qt::DecorationRole, m_corpus->codebook()->tag(a.tagId).color);
        item->setData(0, PathRole, a.path);
        item->setData(0, SpanIdRole, a.spanId);
        item->setData(0, KindRole, int(a.kind));
        item->setData(0, StartRole, a.start);
        item->setData(0, EndRole, a.end);
        if (a.spanId == keep)
            current = item;
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    // After an accept or delete the next row becomes current, for keyboard work.
    if (!current && !items.isEmpty())
        current = items.at(std::min(keepRow, int(items.size()) - 1));
    if (current)
        m_list->setCurrentItem(current);
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != QuoteColumn)
            m_list->resizeColumnToContents(c);
    }
    m_summary->setText(items.isEmpty()
            ? tr("Every highlight is on the text it was made on.")
            : tr("%n highlight(s) could not be placed exactly after their article changed. Select text in the "
                 "article and choose Re-attach to Selection to place one there.",
                nullptr, int(items.size())));
    updateActions();
}

void TriagePanel::updateActions()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool editable = item && m_corpus->isEditable();
    m_acceptAction->setEnabled(editable && item->data(0, KindRole).toInt() == int(Corpus::Attention::Kind::Fuzzy));
    m_reattachAction->setEnabled(editable);
    m_deleteAction->setEnabled(editable);
}

void TriagePanel::acceptCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(0, KindRole).toInt() != int(Corpus::Attention::Kind::Fuzzy))
        return;
    if (m_corpus->acceptAnchor(currentPath(), currentSpan()))
        Q_EMIT message(tr("The highlight now belongs to the text it was found on."));
}

void TriagePanel::reattachCurrent()
{
    if (!m_list->currentItem())
        return;
    const QString toPath = m_reader->documentPath();
    const int row = m_corpus->documents()->rowOfPath(toPath);
    const auto [rawStart, rawEnd] = m_reader->selectionRange();
    if (row < 0 || rawStart < 0 || rawEnd <= rawStart) {
        Q_EMIT message(tr("Select the text in the article to attach the highlight to, then choose Re-attach to "
                          "Selection."));
        return;
    }
    // Whole characters (grapheme clusters), exactly as selected otherwise.
    const auto [start, end]
        = SelectionSnapper::snap(m_corpus->documents()->document(row).text(), rawStart, rawEnd, false);
    if (m_corpus->reattachSpan(currentPath(), currentSpan(), toPath, start, end))
        Q_EMIT message(tr("The highlight was attached to the selected text."));
    else
        Q_EMIT message(tr("The highlight cannot be attached there."));
}

void TriagePanel::deleteCurrent()
{
    if (m_list->currentItem() && m_corpus->removeSpan(currentPath(), currentSpan()))
        Q_EMIT message(tr("Highlight deleted (Undo brings it back)."));
}

bool TriagePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Delete in the list deletes the listed highlight, not the one selected in
    // the Highlights list (the window-wide Delete shortcut).
    if (watched == m_list && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                deleteCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Marginalia
