#include "language.h"

#include "contextfreetranslator.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Marginalia {

namespace {
QString s_current = QStringLiteral("en");
QTranslator *s_ours = nullptr;
QTranslator *s_anyContext = nullptr;
QTranslator *s_qt = nullptr;
} // namespace

QStringList Language::available()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar") };
}

QString Language::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

QString Language::takeOption(QStringList &arguments)
{
    QString code;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) // what follows is positional
            break;
        if (a.startsWith(QLatin1String("--lang="))) {
            code = a.mid(7);
            arguments.removeAt(i--);
        } else if (a == QLatin1String("--lang") && i + 1 < arguments.size()) {
            code = arguments.at(i + 1);
            arguments.remove(i, 2);
            --i;
        }
    }
    return code;
}

QString Language::resolve(const QString &override)
{
    QString wanted = override;
    if (wanted.isEmpty())
        wanted = QSettings().value(QStringLiteral("language")).toString();
    const QStringList candidates = wanted.isEmpty() ? QLocale::system().uiLanguages() : QStringList { wanted };
    for (const QString &candidate : candidates) {
        // "de-AT", "de_DE.UTF-8" and "de" all mean German here.
        const QString code = QLocale(candidate).name().section(QLatin1Char('_'), 0, 0);
        if (available().contains(code))
            return code;
        const QString prefix = candidate.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available().contains(prefix))
            return prefix;
    }
    return QStringLiteral("en");
}

bool Language::install(const QString &code)
{
    auto *app = QCoreApplication::instance();
    for (QTranslator **t : { &s_ours, &s_anyContext, &s_qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    // English has a catalogue too: the plural forms ("1 document", "2 documents").
    auto exact = std::make_unique<QTranslator>(app);
    auto anyContext = std::make_unique<ContextFreeTranslator>(app);
    if (!exact->load(QStringLiteral(":/i18n/marginalia_%1.qm").arg(code))
        || !anyContext->load(QStringLiteral(":/i18n/marginalia_%1_any.qm").arg(code))) {
        if (code != QLatin1String("en"))
            install(QStringLiteral("en"));
        return false;
    }
    // The last installed is asked first: exact context, then any context.
    s_anyContext = anyContext.release();
    s_ours = exact.release();
    QCoreApplication::installTranslator(s_anyContext);
    QCoreApplication::installTranslator(s_ours);
    // Qt's own strings (standard buttons, context menus) when qt6-translations-l10n is installed.
    auto qt = std::make_unique<QTranslator>(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        s_qt = qt.release();
        QCoreApplication::installTranslator(s_qt);
    }
    s_current = code;
    QLocale::setDefault(QLocale(code));
    if (qobject_cast<QGuiApplication *>(app))
        QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
    return true;
}

QString Language::current()
{
    return s_current;
}

} // namespace Marginalia
