#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Marginalia {

/// The colours Marginalia takes from a theme: the reading view's background,
/// text and selection, and a palette for new tags. A plain value type so the
/// app can use it without seeing KSyntaxHighlighting.
struct ThemeColors
{
    /// Theme name as the engine knows it (KSyntaxHighlighting's theme name, or
    /// one of the built-in names when built without it).
    QString name;
    bool dark = false;
    /// False when the colours are Marginalia's built-in fallback palette.
    bool fromKSyntaxHighlighting = false;
    QColor background;
    QColor text;
    QColor selection;
    QColor selectedText;
    /// Highlight backgrounds for new tags, readable under the theme's text colour.
    QList<QColor> tagPalette;
};

} // namespace Marginalia
