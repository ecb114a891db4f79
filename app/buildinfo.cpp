#include "buildinfo.h"

#include "language.h"
#include "syntaxadapter.h"

#include <QStringList>

namespace Marginalia {

QStringList BuildInfo::features()
{
    QStringList lines;
    if (SyntaxAdapter::isAvailable())
        lines.append(tr("Syntax highlighting of source views and themes: %1").arg(SyntaxAdapter::engineName()));
    else
        lines.append(tr("Syntax highlighting: not available (built without KF6SyntaxHighlighting); "
                        "source views are plain and the built-in light and dark colours are used"));
    QStringList languages;
    for (const QString &code : Language::available())
        languages.append(Language::nativeName(code));
    lines.append(tr("Interface languages: %1").arg(languages.join(QStringLiteral(", "))));
    return lines;
}

QString BuildInfo::aboutHtml()
{
    QString items;
    for (const QString &line : features())
        items += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    return tr("<h3>Marginalia %1</h3><p>Read, code and compare news articles.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p><p>Compiled-in features:</p><ul>%4</ul>")
        .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
            items);
}

} // namespace Marginalia
