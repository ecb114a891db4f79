#include "preferencesdialog.h"

#include "language.h"
#include "preferences.h"
#include "syntaxadapter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Marginalia {

PreferencesDialog::PreferencesDialog(const QStringList &themeNames, const QFont &readingFont, QWidget *parent)
    : QDialog(parent)
    , m_author(new QLineEdit(this))
    , m_autosave(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_snap(new QCheckBox(tr("&Snap selections to whole words"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setText(Preferences::author());
    m_author->setPlaceholderText(tr("Your name or initials"));

    m_autosave->setObjectName(QStringLiteral("autosaveSpin"));
    m_autosave->setRange(0, 600000);
    m_autosave->setSingleStep(500);
    m_autosave->setSuffix(tr(" ms"));
    m_autosave->setSpecialValueText(tr("Immediately"));
    m_autosave->setValue(Preferences::autosaveDelayMs());

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system (light or dark)"), QString());
    for (const QString &name : themeNames) {
        // Marginalia's own fallback themes get translated names; engine themes keep theirs.
        QString shown = name;
        if (name == SyntaxAdapter::builtinLightThemeName())
            shown = tr("Marginalia Light");
        else if (name == SyntaxAdapter::builtinDarkThemeName())
            shown = tr("Marginalia Dark");
        m_theme->addItem(shown, name);
    }
    const int themeIndex = m_theme->findData(Preferences::theme());
    m_theme->setCurrentIndex(themeIndex < 0 ? 0 : themeIndex);

    const QFont font = Preferences::readingFont(readingFont);
    m_font->setObjectName(QStringLiteral("fontCombo"));
    m_font->setCurrentFont(font);
    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 11);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    const int languageIndex = m_language->findData(Preferences::language());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);

    m_snap->setObjectName(QStringLiteral("snapCheck"));
    m_snap->setChecked(Preferences::snapToWords());

    auto *form = new QFormLayout;
    form->addRow(tr("&Author of new highlights:"), m_author);
    form->addRow(tr("Save a&utomatically after:"), m_autosave);
    form->addRow(tr("&Theme:"), m_theme);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);
    auto *fontLabel = new QLabel(tr("Reading &font:"), this);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect when Marginalia starts again."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(QString(), m_snap);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::save() const
{
    Preferences::setAuthor(m_author->text().trimmed());
    Preferences::setAutosaveDelayMs(m_autosave->value());
    Preferences::setTheme(m_theme->currentData().toString());
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    Preferences::setReadingFont(font);
    Preferences::setLanguage(m_language->currentData().toString());
    Preferences::setSnapToWords(m_snap->isChecked());
}

void PreferencesDialog::accept()
{
    save();
    QDialog::accept();
}

} // namespace Marginalia
