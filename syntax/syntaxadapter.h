#pragma once

#include "themecolors.h"

#include <QStringList>

#include <memory>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Marginalia {

/// The only door to KSyntaxHighlighting. Written against the API that KF5
/// 5.103 (Debian 12) and KF6 share, so one source builds in the Qt 6 app (with
/// KF6SyntaxHighlighting) and in the CI leg (Qt 5.15 + KF5SyntaxHighlighting).
/// Built without it (HAVE_KSYNTAXHIGHLIGHTING off), the same API answers with
/// no definitions, no highlighter and Marginalia's built-in light/dark
/// palettes, so callers need no #ifdefs.
///
/// The repository also searches Marginalia's own definitions, embedded as
/// resources and registered with Repository::addCustomSearchPath().
class SyntaxAdapter
{
public:
    SyntaxAdapter();
    ~SyntaxAdapter();
    SyntaxAdapter(const SyntaxAdapter &) = delete;
    SyntaxAdapter &operator=(const SyntaxAdapter &) = delete;

    /// True when built with KSyntaxHighlighting.
    static bool isAvailable();
    /// "KSyntaxHighlighting (KF6)" or similar; empty when not available.
    static QString engineName();
    /// Name of Marginalia's own definition for its sidecar file.
    static QString sidecarDefinitionName();
    /// The resource folder given to addCustomSearchPath() (holds syntax/).
    static QString customSearchPath();
    /// Built-in theme names used when KSyntaxHighlighting is absent.
    static QString builtinLightThemeName();
    static QString builtinDarkThemeName();
    /// Whether a palette asks for a dark theme: its window colour is dark.
    static bool prefersDarkTheme(const QPalette &palette);

    /// Name of the definition for a file name ("Markdown", "HTML", ...), or
    /// empty when there is none (or no engine).
    QString definitionForFileName(const QString &fileName) const;
    /// True when a definition of that name is known.
    bool hasDefinition(const QString &name) const;
    /// Theme names, sorted; the built-in two without the engine.
    QStringList themeNames() const;
    /// The colours of a theme. An empty or unknown name follows the palette:
    /// the engine's default dark or light theme (or the built-in one).
    ThemeColors themeColors(const QString &themeName, const QPalette &palette) const;
    /// Attaches a highlighter for the definition and theme to the document
    /// (the document owns it) and returns it; nullptr without the engine or
    /// when the definition is unknown.
    QSyntaxHighlighter *attachHighlighter(
        QTextDocument *document, const QString &definitionName, const QString &themeName) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Marginalia
