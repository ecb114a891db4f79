#include "codebookactions.h"

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"

#include <QAction>
#include <QColorDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

namespace Marginalia {

CodebookActions::CodebookActions(Corpus *corpus, QTreeView *view, QWidget *dialogParent)
    : QObject(view)
    , m_corpus(corpus)
    , m_view(view)
    , m_dialogParent(dialogParent)
    , m_rename(new QAction(tr("&Rename Tag…"), this))
    , m_recolor(new QAction(tr("Change Tag &Colour…"), this))
    , m_merge(new QAction(tr("&Merge Tag Into…"), this))
    , m_delete(new QAction(tr("&Delete Tag…"), this))
{
    m_rename->setObjectName(QStringLiteral("renameTagAction"));
    m_recolor->setObjectName(QStringLiteral("recolorTagAction"));
    m_merge->setObjectName(QStringLiteral("mergeTagAction"));
    m_delete->setObjectName(QStringLiteral("deleteTagAction"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_recolor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_delete->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    for (QAction *a : actions()) {
        // Active while the codebook has focus, so F2 and Shift+Delete mean "this tag" there.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    connect(m_rename, &QAction::triggered, this, &CodebookActions::renameTag);
    connect(m_recolor, &QAction::triggered, this, &CodebookActions::recolorTag);
    connect(m_merge, &QAction::triggered, this, &CodebookActions::mergeTag);
    connect(m_delete, &QAction::triggered, this, &CodebookActions::deleteTag);

    // Drag a tag onto another to make it a sub-tag, or between tags to reorder.
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    connect(m_corpus->codebook(), &CodebookModel::moveRequested, this,
        [this](const QString &id, const QString &parentId, int row) { m_corpus->moveTag(id, parentId, row); });

    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodebookActions::updateEnabled);
    connect(m_corpus, &Corpus::editableChanged, this, &CodebookActions::updateEnabled);
    connect(m_corpus->codebook(), &QAbstractItemModel::modelReset, this, &CodebookActions::updateEnabled);
    updateEnabled();
}

QList<QAction *> CodebookActions::actions() const
{
    return { m_rename, m_recolor, m_merge, m_delete };
}

void CodebookActions::addTo(QMenu *menu) const
{
    menu->addActions(actions());
}

QString CodebookActions::currentTagId() const
{
    return m_view->currentIndex().data(CodebookModel::IdRole).toString();
}

void CodebookActions::updateEnabled()
{
    const bool on = !currentTagId().isEmpty() && m_corpus->isEditable();
    for (QAction *a : actions())
        a->setEnabled(on);
}

void CodebookActions::renameTag()
{
    const Tag tag = m_corpus->codebook()->tag(currentTagId());
    if (tag.id.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_dialogParent, tr("Rename Tag"), tr("New name for “%1”:").arg(tag.name), QLineEdit::Normal, tag.name, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_corpus->editTag(tag.id, name, tag.color, tag.description);
}

void CodebookActions::recolorTag()
{
    const Tag tag = m_corpus->codebook()->tag(currentTagId());
    if (tag.id.isEmpty())
        return;
    const QColor color = QColorDialog::getColor(tag.color, m_dialogParent, tr("Colour of “%1”").arg(tag.name));
    if (color.isValid())
        m_corpus->editTag(tag.id, tag.name, color, tag.description);
}

void CodebookActions::mergeTag()
{
    const CodebookModel *codebook = m_corpus->codebook();
    const Tag from = codebook->tag(currentTagId());
    if (from.id.isEmpty())
        return;
    QStringList names;
    QStringList ids;
    for (const Tag &t : codebook->tags()) {
        if (!codebook->isSelfOrDescendant(t.id, from.id)) {
            names.append(codebook->tagPath(t.id));
            ids.append(t.id);
        }
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_dialogParent, tr("Merge Tag"),
        tr("Merge “%1” into (its highlights and sub-tags move there, then it is deleted):").arg(from.name), names, 0,
        false, &ok);
    if (ok)
        m_corpus->mergeTags(from.id, ids.value(int(names.indexOf(chosen))));
}

void CodebookActions::deleteTag()
{
    const CodebookModel *codebook = m_corpus->codebook();
    const Tag tag = codebook->tag(currentTagId());
    if (tag.id.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Tag"),
        tr("Delete “%1” and its sub-tags? What should happen to their highlights?").arg(tag.name), QMessageBox::Cancel,
        m_dialogParent);
    QPushButton *deleteSpans = box.addButton(tr("Delete Them"), QMessageBox::DestructiveRole);
    QPushButton *toParent = nullptr;
    if (!tag.parentId.isEmpty())
        toParent = box.addButton(tr("Move to “%1”").arg(codebook->tag(tag.parentId).name), QMessageBox::AcceptRole);
    QPushButton *toOther = box.addButton(tr("Move to Another Tag…"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == deleteSpans) {
        m_corpus->removeTag(tag.id, Corpus::SpanPolicy::DeleteSpans);
    } else if (toParent && box.clickedButton() == toParent) {
        m_corpus->removeTag(tag.id, Corpus::SpanPolicy::MoveToParent);
    } else if (box.clickedButton() == toOther) {
        QStringList names;
        QStringList ids;
        for (const Tag &t : codebook->tags()) {
            if (!codebook->isSelfOrDescendant(t.id, tag.id)) {
                names.append(codebook->tagPath(t.id));
                ids.append(t.id);
            }
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(m_dialogParent, tr("Delete Tag"),
            tr("Move the highlights of “%1” to:").arg(tag.name), names, 0, false, &ok);
        if (ok && !ids.isEmpty())
            m_corpus->removeTag(tag.id, Corpus::SpanPolicy::MoveToTag, ids.value(int(names.indexOf(chosen))));
    }
}

} // namespace Marginalia
