#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Marginalia {

/// Which language the interface speaks: `--lang` first, then the "language"
/// setting, then the system locale. Loads Marginalia's embedded translation
/// (and Qt's own, when installed) and sets the layout direction, so Arabic
/// mirrors the whole window.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Language)
public:
    /// Languages with a translation ("en" is the source language).
    static QStringList available();
    /// The language's name in that language ("Deutsch", "العربية").
    static QString nativeName(const QString &code);
    /// Removes `--lang CODE` / `--lang=CODE` from arguments; returns CODE (or "").
    static QString takeOption(QStringList &arguments);
    /// The language to use: override (from --lang), else the setting, else the
    /// system locale; reduced to one of available() or "en".
    static QString resolve(const QString &override);
    /// Installs the translators for code on the application and sets the
    /// layout direction. Returns false (and stays in English) when there is
    /// no translation for it.
    static bool install(const QString &code);
    /// The language install() set last ("en" before).
    static QString current();
};

} // namespace Marginalia
