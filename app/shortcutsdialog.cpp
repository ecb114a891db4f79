#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Marginalia {

namespace {
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QStringLiteral("&&")).remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

void addMenu(QTreeWidget *list, const QMenu *menu)
{
    QTreeWidgetItem *group = nullptr;
    const auto actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->menu()) {
            addMenu(list, action->menu());
            continue;
        }
        const auto shortcuts = action->shortcuts();
        if (shortcuts.isEmpty() || action->isSeparator())
            continue;
        if (!group) {
            group = new QTreeWidgetItem(list, { plainText(menu->menuAction()) });
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &k : shortcuts)
            keys.append(k.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(group, { plainText(action), keys.join(QStringLiteral(", ")) });
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_list->setRootIsDecorated(false);
    const auto menus = menuBar->actions();
    for (const QAction *a : menus) {
        if (a->menu())
            addMenu(m_list, a->menu());
    }
    // Keys that are not menu actions.
    auto *reading = new QTreeWidgetItem(m_list, { tr("Reading view and notes") });
    reading->setFirstColumnSpanned(true);
    new QTreeWidgetItem(reading, { tr("Tag the selection with the tag of that number"), tr("1 … 9") });
    new QTreeWidgetItem(reading,
        { tr("Save the note being edited"),
            QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText) });
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 560);
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_list->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            rows.append(group->child(j)->text(0) + QLatin1Char('\t') + group->child(j)->text(1));
    }
    return rows;
}

} // namespace Marginalia
