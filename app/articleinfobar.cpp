#include "articleinfobar.h"

#include "corpus/document.h"

#include <QLocale>

namespace Marginalia {

ArticleInfoBar::ArticleInfoBar(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("articleInfo"));
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWordWrap(true);
    setContentsMargins(8, 4, 8, 4);
    setForegroundRole(QPalette::PlaceholderText);
    hide();
}

void ArticleInfoBar::clearDocument()
{
    clear();
    hide();
}

void ArticleInfoBar::setDocument(const Document &d, int editedFields)
{
    // Each field is a complete translated phrase; they are listed, not
    // concatenated into a sentence.
    QStringList parts;
    if (!d.meta.outlet.isEmpty())
        parts.append(d.meta.outlet);
    if (d.meta.date.isValid())
        parts.append(QLocale().toString(d.meta.date, QLocale::LongFormat));
    if (!d.meta.author.isEmpty())
        parts.append(tr("by %1").arg(d.meta.author));
    if (!d.meta.url.isEmpty())
        parts.append(d.meta.url);
    QString source = d.format.toUpper();
    if (!d.encoding.isEmpty())
        source = tr("%1, %2").arg(source, d.encoding);
    parts.append(source);
    if (!d.boilerplate.isEmpty())
        parts.append(tr("%n clutter line(s) dimmed", nullptr, int(d.boilerplate.size())));
    if (editedFields > 0)
        parts.append(tr("%n field(s) edited", nullptr, editedFields));
    setText(parts.join(QStringLiteral(" · ")));
    setToolTip(d.path);
    show();
}

} // namespace Marginalia
