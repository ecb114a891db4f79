#include "apptheme.h"

#include "syntaxadapter.h"

#include <QApplication>
#include <QEvent>
#include <QPlainTextEdit>

namespace Marginalia {

AppTheme::AppTheme(QObject *parent)
    : QObject(parent)
    , m_syntax(new SyntaxAdapter)
{
    qApp->installEventFilter(this);
    m_colors = m_syntax->themeColors(m_name, QApplication::palette());
}

AppTheme::~AppTheme() = default;

void AppTheme::setThemeName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    update();
}

void AppTheme::update()
{
    m_colors = m_syntax->themeColors(m_name, QApplication::palette());
    Q_EMIT changed();
}

bool AppTheme::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switching between light and dark changes the application palette.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        update();
    return QObject::eventFilter(watched, event);
}

void AppTheme::applyTo(QPlainTextEdit *view) const
{
    QPalette p = view->palette();
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        p.setColor(group, QPalette::Base, m_colors.background);
        p.setColor(group, QPalette::Text, m_colors.text);
        p.setColor(group, QPalette::Highlight, m_colors.selection);
        p.setColor(group, QPalette::HighlightedText, m_colors.selectedText);
    }
    p.setColor(QPalette::Disabled, QPalette::Base, m_colors.background);
    view->setPalette(p);
}

} // namespace Marginalia
