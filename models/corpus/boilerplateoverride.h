#pragma once

#include "textrange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace Marginalia {

/// The analyst's decision on one line of an article: clutter or not,
/// whatever the BoilerplateDetector says. Kept in the sidecar (the document
/// entry's "boilerplate" member), applied over the detected lines every time
/// the corpus opens: the lines shown as clutter are the detected ones plus
/// those marked, minus those unmarked.
///
/// A line is named by its range and the SHA-256 of its text, so the mark
/// finds its line again when the article's text changes (a re-import, an
/// edited file): the same range if its text is unchanged, else the line with
/// the same text nearest to it.
struct BoilerplateOverride {
    TextRange line; ///< a whole line without its "\n"; UTF-16 in memory, code points in the sidecar
    QByteArray sha256; ///< lower-case hex SHA-256 of the line's text as UTF-8
    bool clutter = true; ///< true: the analyst marked it as clutter; false: as not clutter
    QJsonObject extra = {}; ///< members this version does not know

    bool operator==(const BoilerplateOverride &o) const
    {
        return line == o.line && sha256 == o.sha256 && clutter == o.clutter && extra == o.extra;
    }
    bool operator!=(const BoilerplateOverride &o) const { return !(*this == o); }

    /// An override for the line [line.start, line.end) of text.
    static BoilerplateOverride forLine(const QString &text, const TextRange &line, bool clutter);
    static QByteArray lineHash(QStringView line);
    /// Where this override's line is in `text` now: its own range when that
    /// is still a whole line with the same text, else the nearest whole line
    /// with the same text; nothing when the text has no such line.
    std::optional<TextRange> anchorIn(const QString &text) const;

    /// detected + marked − unmarked, sorted.
    static QVector<TextRange> apply(const QVector<TextRange> &detected, const QVector<BoilerplateOverride> &overrides);
};

} // namespace Marginalia
