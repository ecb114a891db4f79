#pragma once

#include "corpus/boilerplateoverride.h"
#include "corpus/metadataoverrides.h"
#include "span.h"
#include "tag.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Marginalia {

/// The content of a corpus sidecar as it is on disk: the codebook and, per
/// document path, the spans. Span offsets here are in Unicode code points (the
/// file's unit); Corpus converts them with TextOffsets when it attaches them
/// to loaded documents.
struct SidecarData {
    struct DocumentEntry {
        QString path;
        QByteArray sha256; ///< text version the spans were last anchored to
        QVector<Span> spans; ///< offsets in code points
        QJsonObject extra = {}; ///< unknown members, written back as read
        MetadataOverrides metadata = {}; ///< the analyst's corrections ("metadata")
        /// The analyst's clutter marks ("boilerplate"); offsets in code points.
        QVector<BoilerplateOverride> boilerplate = {};

        QString memo = {}; ///< the analyst's memo on the whole document (multi-line), empty for none
    };

    QVector<Tag> codebook; ///< in codebook order (parents before children)
    QVector<DocumentEntry> documents;
    QJsonObject extra; ///< unknown top-level members, written back as read

    int annotationCount() const
    {
        int n = 0;
        for (const auto &d : documents)
            n += int(d.spans.size());
        return n;
    }
};

} // namespace Marginalia
