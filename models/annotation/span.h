#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Marginalia {

/// A highlighted range of a document's canonical text, coded with one tag.
///
/// In memory start/end are UTF-16 indices into the canonical text (what
/// QString and QTextDocument use). On disk they are Unicode code points; the
/// conversion lives in TextOffsets and nowhere else. The quote selector (exact
/// text with up to 32 code points of context either side) lets a span be found
/// again when the text changes.
struct Span {
    QString id; ///< UUID without braces
    QString tagId;
    int start = 0;
    int end = 0;
    QString note;
    QString author;
    QDateTime created;
    QDateTime modified;
    QString quote;
    QString prefix;
    QString suffix;
    QJsonObject extra = {}; ///< members of the file this version does not know, written back as read

    int length() const { return end - start; }
    bool operator==(const Span &o) const
    {
        return id == o.id && tagId == o.tagId && start == o.start && end == o.end && note == o.note
            && author == o.author && created == o.created && modified == o.modified && quote == o.quote
            && prefix == o.prefix && suffix == o.suffix && extra == o.extra;
    }
    bool operator!=(const Span &o) const { return !(*this == o); }

    /// Order used everywhere spans are listed: by start, then end, then id.
    static bool lessThan(const Span &a, const Span &b)
    {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        return a.id < b.id;
    }
};

} // namespace Marginalia
