#include "metadataoverrides.h"

namespace Marginalia {

int MetadataOverrides::count() const
{
    return int(bool(title)) + int(bool(outlet)) + int(bool(author)) + int(bool(url)) + int(bool(date));
}

DocumentMetadata MetadataOverrides::appliedTo(DocumentMetadata imported) const
{
    if (title)
        imported.title = *title;
    if (outlet)
        imported.outlet = *outlet;
    if (author)
        imported.author = *author;
    if (url)
        imported.url = *url;
    if (date)
        imported.date = *date;
    return imported;
}

MetadataOverrides MetadataOverrides::between(
    const DocumentMetadata &imported, const DocumentMetadata &wanted, const QJsonObject &extra)
{
    MetadataOverrides o;
    o.extra = extra;
    auto field = [](std::optional<QString> &target, const QString &from, const QString &to) {
        const QString t = to.trimmed();
        if (t != from.trimmed())
            target = t;
    };
    field(o.title, imported.title, wanted.title);
    field(o.outlet, imported.outlet, wanted.outlet);
    field(o.author, imported.author, wanted.author);
    field(o.url, imported.url, wanted.url);
    // Two invalid dates are the same "no date".
    if (wanted.date != imported.date && (wanted.date.isValid() || imported.date.isValid()))
        o.date = wanted.date.isValid() ? wanted.date : QDate();
    return o;
}

} // namespace Marginalia
