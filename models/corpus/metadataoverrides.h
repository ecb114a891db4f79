#pragma once

#include "document.h"

#include <QJsonObject>

#include <optional>

namespace Marginalia {

/// The analyst's corrections of an article's metadata. They are kept in the
/// sidecar (the document entry's "metadata" member), never in the article
/// file, and applied over what the importer found every time the corpus
/// opens. A field that is set replaces the imported value, also when it is
/// empty (to clear a wrong author or date); a field that is not set shows the
/// imported value, whatever a later import finds.
struct MetadataOverrides
{
    std::optional<QString> title;
    std::optional<QString> outlet;
    std::optional<QString> author;
    std::optional<QString> url;
    std::optional<QDate> date; ///< an invalid (null) QDate clears the date
    QJsonObject extra = {}; ///< members of the sidecar's "metadata" object this version does not know

    bool isEmpty() const { return !title && !outlet && !author && !url && !date && extra.isEmpty(); }
    /// How many of the five fields are set.
    int count() const;
    /// `imported` with the set fields replaced.
    DocumentMetadata appliedTo(DocumentMetadata imported) const;
    /// The overrides that turn `imported` into `wanted`: a field is set where
    /// the two differ (strings compared after trimming). `extra` is kept.
    static MetadataOverrides between(
        const DocumentMetadata &imported, const DocumentMetadata &wanted, const QJsonObject &extra = {});

    bool operator==(const MetadataOverrides &o) const
    {
        return title == o.title && outlet == o.outlet && author == o.author && url == o.url && date == o.date
            && extra == o.extra;
    }
    bool operator!=(const MetadataOverrides &o) const { return !(*this == o); }
};

} // namespace Marginalia
