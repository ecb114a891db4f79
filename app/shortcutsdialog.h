#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace Marginalia {

/// Help › Keyboard Shortcuts: every menu action that has a shortcut, read from
/// the menu bar when opened (so features added later appear by themselves),
/// plus the keys that are not menu actions.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    /// Rows as "action<TAB>shortcut", in display order (for tests).
    QStringList rows() const;

private:
    QTreeWidget *m_list;
};

} // namespace Marginalia
