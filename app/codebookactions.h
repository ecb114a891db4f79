#pragma once

#include <QObject>

class QAction;
class QMenu;
class QTreeView;
class QWidget;

namespace Marginalia {

class Corpus;

/// The codebook's editing actions (rename, recolour, merge, delete with a
/// choice for the spans) on the tag selected in the codebook view, plus drag
/// and drop re-parenting. Each asks what it needs and calls one Corpus action,
/// so every change is one undo step.
class CodebookActions : public QObject
{
    Q_OBJECT
public:
    CodebookActions(Corpus *corpus, QTreeView *view, QWidget *dialogParent);

    /// Adds the actions to a menu (also the view's context menu).
    void addTo(QMenu *menu) const;
    QList<QAction *> actions() const;

    void renameTag();
    void recolorTag();
    void mergeTag();
    void deleteTag();

private:
    QString currentTagId() const;
    void updateEnabled();

    Corpus *m_corpus;
    QTreeView *m_view;
    QWidget *m_dialogParent;
    QAction *m_rename;
    QAction *m_recolor;
    QAction *m_merge;
    QAction *m_delete;
};

} // namespace Marginalia
