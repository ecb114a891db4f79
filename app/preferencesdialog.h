#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Marginalia {

/// Preferences: author stamped on new highlights, autosave delay, theme,
/// reading font and size, language, snap-to-words. Shows the stored values
/// and writes them back (Preferences) when accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    /// themeNames: what the theme engine offers (SyntaxAdapter::themeNames());
    /// readingFont: the reading view's font now (shown when none is stored).
    PreferencesDialog(const QStringList &themeNames, const QFont &readingFont, QWidget *parent = nullptr);

    QLineEdit *authorEdit() const { return m_author; }
    QSpinBox *autosaveSpin() const { return m_autosave; }
    QComboBox *themeCombo() const { return m_theme; }
    QFontComboBox *fontCombo() const { return m_font; }
    QSpinBox *fontSizeSpin() const { return m_fontSize; }
    QComboBox *languageCombo() const { return m_language; }
    QCheckBox *snapCheck() const { return m_snap; }

    /// Writes the shown values to the settings.
    void save() const;

    void accept() override;

private:
    QLineEdit *m_author;
    QSpinBox *m_autosave;
    QComboBox *m_theme;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QComboBox *m_language;
    QCheckBox *m_snap;
};

} // namespace Marginalia
