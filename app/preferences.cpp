#include "preferences.h"

#include <QSettings>

namespace Marginalia {

namespace {
const QString keyAuthor = QStringLiteral("author");
const QString keyAutosave = QStringLiteral("autosaveDelayMs");
const QString keyTheme = QStringLiteral("theme");
const QString keyFont = QStringLiteral("readingFont");
const QString keyLanguage = QStringLiteral("language");
const QString keySnap = QStringLiteral("snapToWords");
} // namespace

QString Preferences::author()
{
    const QString fallback = QString::fromLocal8Bit(qgetenv("USER"));
    return QSettings().value(keyAuthor, fallback).toString();
}

void Preferences::setAuthor(const QString &author)
{
    QSettings().setValue(keyAuthor, author);
}

int Preferences::autosaveDelayMs()
{
    bool ok = false;
    const int ms = QSettings().value(keyAutosave, DefaultAutosaveDelayMs).toInt(&ok);
    return ok && ms >= 0 ? ms : DefaultAutosaveDelayMs;
}

void Preferences::setAutosaveDelayMs(int ms)
{
    QSettings().setValue(keyAutosave, ms);
}

QString Preferences::theme()
{
    return QSettings().value(keyTheme).toString();
}

void Preferences::setTheme(const QString &theme)
{
    QSettings().setValue(keyTheme, theme);
}

QFont Preferences::readingFont(const QFont &fallback)
{
    QFont font = fallback;
    const QString stored = QSettings().value(keyFont).toString();
    if (!stored.isEmpty())
        font.fromString(stored);
    return font;
}

void Preferences::setReadingFont(const QFont &font)
{
    QSettings().setValue(keyFont, font.toString());
}

QString Preferences::language()
{
    return QSettings().value(keyLanguage).toString();
}

void Preferences::setLanguage(const QString &code)
{
    QSettings().setValue(keyLanguage, code);
}

bool Preferences::snapToWords()
{
    return QSettings().value(keySnap, true).toBool();
}

void Preferences::setSnapToWords(bool on)
{
    QSettings().setValue(keySnap, on);
}

} // namespace Marginalia
