#include "syntaxadapter.h"

#include <QCoreApplication>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextDocument>

#if HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

#include <algorithm>

// Resources of a static library must be registered by hand, outside any namespace.
static void initSyntaxResources()
{
    Q_INIT_RESOURCE(marginaliasyntax);
}

namespace Marginalia {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfA)
{
    return QColor::fromRgbF(float(a.redF() * amountOfA + b.redF() * (1 - amountOfA)),
        float(a.greenF() * amountOfA + b.greenF() * (1 - amountOfA)),
        float(a.blueF() * amountOfA + b.blueF() * (1 - amountOfA)));
}

// Perceived distance, good enough to drop palette entries that vanish into the background.
int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// Turns a theme's foreground colours into highlight backgrounds that keep the
// theme's text readable: soft tints on light themes, deep shades on dark ones.
QList<QColor> tagPaletteFrom(const QList<QColor> &accents, const QColor &background, const QColor &text, bool dark)
{
    QList<QColor> result;
    const qreal amount = dark ? 0.5 : 0.38;
    for (const QColor &accent : accents) {
        if (!accent.isValid() || distance(accent, background) < 90)
            continue;
        QColor tint = mix(accent, background, amount);
        // Keep the text readable on it: move towards the background until the lightness gap is wide.
        for (int i = 0; i < 10 && std::abs(tint.lightness() - text.lightness()) < 80; ++i)
            tint = mix(tint, background, 0.8);
        const bool duplicate
            = std::any_of(result.cbegin(), result.cend(), [&tint](const QColor &c) { return distance(c, tint) < 20; });
        if (!duplicate)
            result.append(tint);
        if (result.size() == 12)
            break;
    }
    return result;
}

ThemeColors builtinColors(bool dark)
{
    ThemeColors colors;
    colors.dark = dark;
    colors.name = dark ? SyntaxAdapter::builtinDarkThemeName() : SyntaxAdapter::builtinLightThemeName();
    if (dark) {
        colors.background = QColor(0x1f, 0x21, 0x24);
        colors.text = QColor(0xe3, 0xe3, 0xe3);
        colors.selection = QColor(0x2f, 0x5a, 0x8a);
        colors.selectedText = QColor(0xff, 0xff, 0xff);
        const QList<QColor> accents = { QColor(0xe5c07b), QColor(0x61afef), QColor(0xe06c75), QColor(0x98c379),
            QColor(0xc678dd), QColor(0xd19a66), QColor(0x56b6c2), QColor(0xbe5046), QColor(0x7f9fdf), QColor(0xa3be8c),
            QColor(0xebcb8b), QColor(0xb48ead) };
        colors.tagPalette = tagPaletteFrom(accents, colors.background, colors.text, true);
    } else {
        colors.background = QColor(0xff, 0xff, 0xff);
        colors.text = QColor(0x1f, 0x1f, 0x1f);
        colors.selection = QColor(0xb3, 0xd4, 0xfc);
        colors.selectedText = colors.text;
        // The Foundation's light palette: hues that keep black text readable.
        const char *const hex[] = { "#f7dc6f", "#85c1e9", "#f1948a", "#82e0aa", "#d7bde2", "#f8c471", "#76d7c4",
            "#f5b7b1", "#aed6f1", "#d5f5e3", "#fad7a0", "#c39bd3" };
        for (const char *h : hex)
            colors.tagPalette.append(QColor(QLatin1String(h)));
    }
    return colors;
}

} // namespace

#if HAVE_KSYNTAXHIGHLIGHTING
namespace KSH = KSyntaxHighlighting;

struct SyntaxAdapter::Private
{
    KSH::Repository repository;

    KSH::Theme resolveTheme(const QString &name, const QPalette &palette) const
    {
        const KSH::Theme named = name.isEmpty() ? KSH::Theme() : repository.theme(name);
        if (named.isValid())
            return named;
        return repository.defaultTheme(
            SyntaxAdapter::prefersDarkTheme(palette) ? KSH::Repository::DarkTheme : KSH::Repository::LightTheme);
    }
};
#else
struct SyntaxAdapter::Private
{
};
#endif

SyntaxAdapter::SyntaxAdapter()
    : d(new Private)
{
    initSyntaxResources();
#if HAVE_KSYNTAXHIGHLIGHTING
    d->repository.addCustomSearchPath(customSearchPath());
#endif
}

SyntaxAdapter::~SyntaxAdapter() = default;

bool SyntaxAdapter::isAvailable()
{
    return HAVE_KSYNTAXHIGHLIGHTING;
}

QString SyntaxAdapter::engineName()
{
#if HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting (KF%1)").arg(QT_VERSION_MAJOR);
#else
    return QString();
#endif
}

QString SyntaxAdapter::sidecarDefinitionName()
{
    return QStringLiteral("Marginalia Sidecar");
}

QString SyntaxAdapter::customSearchPath()
{
    return QStringLiteral(":/org.marginalia/ksyntax");
}

QString SyntaxAdapter::builtinLightThemeName()
{
    return QStringLiteral("Marginalia Light");
}

QString SyntaxAdapter::builtinDarkThemeName()
{
    return QStringLiteral("Marginalia Dark");
}

bool SyntaxAdapter::prefersDarkTheme(const QPalette &palette)
{
    // The window colour, not the base: a dark desktop may keep light input fields.
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    return window.lightness() < text.lightness();
}

QString SyntaxAdapter::definitionForFileName(const QString &fileName) const
{
#if HAVE_KSYNTAXHIGHLIGHTING
    const KSH::Definition def = d->repository.definitionForFileName(fileName);
    return def.isValid() ? def.name() : QString();
#else
    Q_UNUSED(fileName)
    return QString();
#endif
}

bool SyntaxAdapter::hasDefinition(const QString &name) const
{
#if HAVE_KSYNTAXHIGHLIGHTING
    return d->repository.definitionForName(name).isValid();
#else
    Q_UNUSED(name)
    return false;
#endif
}

QStringList SyntaxAdapter::themeNames() const
{
    QStringList names;
#if HAVE_KSYNTAXHIGHLIGHTING
    const auto themes = d->repository.themes();
    for (const KSH::Theme &t : themes)
        names.append(t.name());
#else
    names = { builtinLightThemeName(), builtinDarkThemeName() };
#endif
    names.sort(Qt::CaseInsensitive);
    return names;
}

ThemeColors SyntaxAdapter::themeColors(const QString &themeName, const QPalette &palette) const
{
#if HAVE_KSYNTAXHIGHLIGHTING
    const KSH::Theme theme = d->resolveTheme(themeName, palette);
    if (!theme.isValid())
        return builtinColors(prefersDarkTheme(palette));
    ThemeColors colors;
    colors.name = theme.name();
    colors.fromKSyntaxHighlighting = true;
    colors.background = QColor::fromRgba(theme.editorColor(KSH::Theme::BackgroundColor));
    colors.text = QColor::fromRgba(theme.textColor(KSH::Theme::Normal));
    colors.selection = QColor::fromRgba(theme.editorColor(KSH::Theme::TextSelection));
    const QRgb selectedText = theme.selectedTextColor(KSH::Theme::Normal);
    colors.selectedText = selectedText ? QColor::fromRgba(selectedText) : colors.text;
    colors.dark = colors.background.lightness() < colors.text.lightness();
    // The styles whose colours are the theme's accents, most distinctive first.
    const KSH::Theme::TextStyle styles[] = { KSH::Theme::Keyword, KSH::Theme::Function, KSH::Theme::String,
        KSH::Theme::DataType, KSH::Theme::DecVal, KSH::Theme::Comment, KSH::Theme::Constant, KSH::Theme::Preprocessor,
        KSH::Theme::Attribute, KSH::Theme::SpecialChar, KSH::Theme::Variable, KSH::Theme::Operator, KSH::Theme::Import,
        KSH::Theme::ControlFlow, KSH::Theme::BuiltIn, KSH::Theme::Extension, KSH::Theme::Alert, KSH::Theme::Information,
        KSH::Theme::Warning, KSH::Theme::Annotation, KSH::Theme::Float, KSH::Theme::SpecialString };
    QList<QColor> accents;
    for (KSH::Theme::TextStyle s : styles) {
        const QRgb c = theme.textColor(s);
        if (c)
            accents.append(QColor::fromRgba(c));
    }
    colors.tagPalette = tagPaletteFrom(accents, colors.background, colors.text, colors.dark);
    if (colors.tagPalette.size() < 6) // a near-monochrome theme: fall back for tag colours only
        colors.tagPalette = builtinColors(colors.dark).tagPalette;
    return colors;
#else
    if (themeName == builtinLightThemeName())
        return builtinColors(false);
    if (themeName == builtinDarkThemeName())
        return builtinColors(true);
    return builtinColors(prefersDarkTheme(palette));
#endif
}

QSyntaxHighlighter *SyntaxAdapter::attachHighlighter(
    QTextDocument *document, const QString &definitionName, const QString &themeName) const
{
#if HAVE_KSYNTAXHIGHLIGHTING
    const KSH::Definition def = d->repository.definitionForName(definitionName);
    if (!document || !def.isValid())
        return nullptr;
    auto *highlighter = new KSH::SyntaxHighlighter(document);
    highlighter->setDefinition(def);
    highlighter->setTheme(d->resolveTheme(themeName, QPalette()));
    highlighter->rehighlight();
    return highlighter;
#else
    Q_UNUSED(document)
    Q_UNUSED(definitionName)
    Q_UNUSED(themeName)
    return nullptr;
#endif
}

} // namespace Marginalia
