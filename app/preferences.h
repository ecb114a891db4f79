#pragma once

#include <QFont>
#include <QString>

namespace Marginalia {

/// The shared settings (QSettings "Marginalia"/"marginalia"), read and written
/// in one place with their defaults. Other features read the same keys:
/// "autosaveDelayMs" (saving) and "snapToWords" (selection).
class Preferences
{
public:
    static QString author();
    static void setAuthor(const QString &author);
    static int autosaveDelayMs();
    static void setAutosaveDelayMs(int ms);
    /// Empty: follow the system (light or dark).
    static QString theme();
    static void setTheme(const QString &theme);
    /// The reading view's font; fallback when never set.
    static QFont readingFont(const QFont &fallback);
    static void setReadingFont(const QFont &font);
    /// Empty: the system language.
    static QString language();
    static void setLanguage(const QString &code);
    static bool snapToWords();
    static void setSnapToWords(bool on);

    static constexpr int DefaultAutosaveDelayMs = 2000;
};

} // namespace Marginalia
