#pragma once

#include "themecolors.h"

#include <QObject>

#include <memory>

class QPlainTextEdit;

namespace Marginalia {

class SyntaxAdapter;

/// The application's colours: a KSyntaxHighlighting theme (or the built-in
/// palette when built without it), chosen by name in the preferences or, by
/// default, light or dark following the system palette. It watches for
/// palette changes and re-applies itself live.
class AppTheme : public QObject
{
    Q_OBJECT
public:
    explicit AppTheme(QObject *parent = nullptr);
    ~AppTheme() override;

    /// Empty name: follow the system palette.
    void setThemeName(const QString &name);
    QString themeName() const { return m_name; }
    /// The colours in use now.
    ThemeColors colors() const { return m_colors; }
    SyntaxAdapter *syntax() const { return m_syntax.get(); }

    /// Sets the view's base, text and selection colours from the theme.
    void applyTo(QPlainTextEdit *view) const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    std::unique_ptr<SyntaxAdapter> m_syntax;
    QString m_name;
    ThemeColors m_colors;
};

} // namespace Marginalia
