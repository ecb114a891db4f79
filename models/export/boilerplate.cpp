#include "boilerplate.h"

namespace Marginalia {

bool Boilerplate::isBoilerplateLine(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty())
        return false;
    // Lines that are nothing but page furniture.
    static const QStringView exact[] = {
        QStringView(u"advertisement"),
        QStringView(u"loading..."),
        QStringView(u"loading…"),
        QStringView(u"share this article"),
        QStringView(u"share this story"),
        QStringView(u"share"),
        QStringView(u"subscribe"),
        QStringView(u"sponsored"),
        QStringView(u"skip to content"),
    };
    for (const QStringView &e : exact) {
        if (t.compare(e, Qt::CaseInsensitive) == 0)
            return true;
    }
    // Furniture that starts a short line; prose rarely starts this way and is
    // longer than 160 characters when it does.
    if (t.size() > 160)
        return false;
    static const QStringView prefixes[] = {
        QStringView(u"read more:"),
        QStringView(u"related:"),
        QStringView(u"share on "),
        QStringView(u"we use cookies"),
        QStringView(u"photo:"),
        QStringView(u"follow us"),
        QStringView(u"sign up for"),
        QStringView(u"subscribe to"),
        QStringView(u"all rights reserved"),
        QStringView(u"©"),
        QStringView(u"copyright ©"),
        QStringView(u"click here"),
    };
    for (const QStringView &p : prefixes) {
        if (t.startsWith(p, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Marginalia
