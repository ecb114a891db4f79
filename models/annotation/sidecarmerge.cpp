#include "sidecarmerge.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::SidecarMerge", text);
}

struct PlacedSpan
{
    QString path;
    Span span;
    bool operator==(const PlacedSpan &o) const { return path == o.path && span == o.span; }
    bool operator!=(const PlacedSpan &o) const { return !(*this == o); }
};

QHash<QString, PlacedSpan> spansById(const SidecarData &d, QStringList *order)
{
    QHash<QString, PlacedSpan> out;
    for (const auto &e : d.documents) {
        for (const Span &s : e.spans) {
            out.insert(s.id, { e.path, s });
            if (order)
                order->append(s.id);
        }
    }
    return out;
}

QHash<QString, Tag> tagsById(const SidecarData &d)
{
    QHash<QString, Tag> out;
    for (const Tag &t : d.codebook)
        out.insert(t.id, t);
    return out;
}

// Decides one id. Returns the merged value (nullopt: deleted) and sets *conflict.
template<typename T>
std::optional<T> decide(
    const std::optional<T> &base, const std::optional<T> &ours, const std::optional<T> &theirs, bool *conflict)
{
    *conflict = false;
    if (ours == theirs)
        return ours;
    if (ours == base)
        return theirs;
    if (theirs == base)
        return ours;
    *conflict = true;
    return ours ? ours : theirs; // deleted against changed: keep the change
}

template<typename T>
std::optional<T> lookup(const QHash<QString, T> &h, const QString &id)
{
    const auto it = h.constFind(id);
    return it == h.constEnd() ? std::nullopt : std::optional<T>(*it);
}

struct EntryMeta
{
    QByteArray sha256;
    QJsonObject extra;
    bool operator==(const EntryMeta &o) const { return sha256 == o.sha256 && extra == o.extra; }
};

QHash<QString, EntryMeta> entryMeta(const SidecarData &d)
{
    QHash<QString, EntryMeta> out;
    for (const auto &e : d.documents)
        out.insert(e.path, { e.sha256, e.extra });
    return out;
}

// One field of the documents' metadata overrides, per path: set (its value;
// a date as YYYY-MM-DD, "" for cleared) or not set (absent from the map).
QHash<QString, QString> metadataField(const SidecarData &d, const char *field)
{
    QHash<QString, QString> out;
    for (const auto &e : d.documents) {
        const MetadataOverrides &m = e.metadata;
        std::optional<QString> v;
        if (qstrcmp(field, "title") == 0)
            v = m.title;
        else if (qstrcmp(field, "outlet") == 0)
            v = m.outlet;
        else if (qstrcmp(field, "author") == 0)
            v = m.author;
        else if (qstrcmp(field, "url") == 0)
            v = m.url;
        else if (qstrcmp(field, "date") == 0 && m.date)
            v = m.date->isValid() ? m.date->toString(Qt::ISODate) : QString();
        if (v)
            out.insert(e.path, *v);
    }
    return out;
}

QHash<QString, QJsonObject> metadataExtra(const SidecarData &d)
{
    QHash<QString, QJsonObject> out;
    for (const auto &e : d.documents) {
        if (!e.metadata.extra.isEmpty())
            out.insert(e.path, e.metadata.extra);
    }
    return out;
}

// Clutter marks by document and line (its text's hash and start).
QHash<QString, BoilerplateOverride> clutterMarks(const SidecarData &d)
{
    QHash<QString, BoilerplateOverride> out;
    for (const auto &e : d.documents) {
        for (const BoilerplateOverride &b : e.boilerplate)
            out.insert(e.path + QLatin1Char('\n') + QString::fromLatin1(b.sha256) + QLatin1Char('@')
                    + QString::number(b.line.start),
                b);
    }
    return out;
}

QHash<QString, QString> memos(const SidecarData &d)
{
    QHash<QString, QString> out;
    for (const auto &e : d.documents) {
        if (!e.memo.isEmpty())
            out.insert(e.path, e.memo);
    }
    return out;
}

std::optional<QJsonValue> member(const QJsonObject &o, const QString &key)
{
    const auto it = o.constFind(key);
    return it == o.constEnd() ? std::nullopt : std::optional<QJsonValue>(*it);
}

// The sidecar's "comparisons" member (docs/sidecar-format.md, written by
// ManualLinkStore): one entry per pair of articles, in either order, each
// with its links. A side's entry is read in the pair's canonical order (paths
// sorted), so that both sides' links compare equal however they were stored.
constexpr QLatin1String kComparisons("comparisons");

struct PairLinks
{
    QString a, b; ///< as stored by the side the entry came from
    QJsonObject entry; ///< the stored entry (other members than "links" are kept from it)
    QVector<QJsonObject> links; ///< canonical order: a_* is the path that sorts first
};

QJsonObject swapped(const QJsonObject &link)
{
    QJsonObject o = link;
    for (const char *k : { "start", "end" }) {
        const QString ka = QStringLiteral("a_") + QLatin1String(k);
        const QString kb = QStringLiteral("b_") + QLatin1String(k);
        o.insert(ka, link.value(kb));
        o.insert(kb, link.value(ka));
    }
    return o;
}

QHash<QString, PairLinks> pairsOf(const QJsonArray &comparisons, QStringList *order)
{
    QHash<QString, PairLinks> out;
    for (const QJsonValue &v : comparisons) {
        PairLinks p;
        p.entry = v.toObject();
        p.a = p.entry.value(QLatin1String("a")).toString();
        p.b = p.entry.value(QLatin1String("b")).toString();
        const bool flip = p.b < p.a;
        for (const QJsonValue &l : p.entry.value(QLatin1String("links")).toArray())
            p.links.append(flip ? swapped(l.toObject()) : l.toObject());
        const QString key = flip ? p.b + QLatin1Char('\n') + p.a : p.a + QLatin1Char('\n') + p.b;
        if (out.contains(key)) // a hand-edited file with the pair twice: one entry
            out[key].links += p.links;
        else
            out.insert(key, p);
        if (order && !order->contains(key))
            order->append(key);
    }
    return out;
}

bool overlaps(const QJsonObject &x, const QJsonObject &y, const char *side)
{
    const QString s = QLatin1String(side) + QStringLiteral("_start");
    const QString e = QLatin1String(side) + QStringLiteral("_end");
    return x.value(s).toInt() < y.value(e).toInt() && y.value(s).toInt() < x.value(e).toInt();
}

// Three-way merge of the manual links: a link is kept unless one side removed
// it, and each side's new links are added. A new link of theirs on the same
// sentences (both stretches overlapping) as a different new link of ours is a
// conflict: ours is kept, as for tags; the pair goes to *conflicts.
QJsonArray mergeComparisons(const QJsonArray &base, const QJsonArray &ours, const QJsonArray &theirs,
    QVector<std::pair<QString, QString>> *conflicts)
{
    QStringList order;
    const auto basePairs = pairsOf(base, nullptr);
    const auto ourPairs = pairsOf(ours, &order);
    const auto theirPairs = pairsOf(theirs, &order);
    QJsonArray out;
    for (const QString &key : std::as_const(order)) {
        const QVector<QJsonObject> b = basePairs.value(key).links;
        const QVector<QJsonObject> o = ourPairs.value(key).links;
        const QVector<QJsonObject> t = theirPairs.value(key).links;
        QVector<QJsonObject> merged, ourNew;
        for (const QJsonObject &l : o) {
            const bool inBase = b.contains(l);
            if (!inBase)
                ourNew.append(l);
            if ((!inBase || t.contains(l)) && !merged.contains(l))
                merged.append(l);
        }
        bool conflict = false;
        for (const QJsonObject &l : t) {
            if (b.contains(l) || merged.contains(l))
                continue;
            const bool clash = std::any_of(ourNew.cbegin(), ourNew.cend(),
                [&](const QJsonObject &x) { return overlaps(x, l, "a") && overlaps(x, l, "b"); });
            if (clash)
                conflict = true;
            else
                merged.append(l);
        }
        const PairLinks side = ourPairs.contains(key) ? ourPairs.value(key) : theirPairs.value(key);
        if (conflict)
            conflicts->append({ side.a, side.b });
        if (merged.isEmpty())
            continue;
        const bool flip = side.b < side.a;
        QJsonArray links;
        for (const QJsonObject &l : std::as_const(merged))
            links.append(flip ? swapped(l) : l);
        QJsonObject entry = side.entry;
        entry.insert(QLatin1String("links"), links);
        out.append(entry);
    }
    return out;
}

} // namespace

SidecarMerge::Result SidecarMerge::threeWay(const SidecarData &base, const SidecarData &ours, const SidecarData &theirs)
{
    Result result;
    bool conflict = false;

    // Top-level members the reader does not interpret: each decided on its
    // own; the comparison window's manual links pair by pair, link by link.
    {
        QStringList keys = ours.extra.keys();
        for (const QString &key : theirs.extra.keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
        for (const QString &key : std::as_const(keys)) {
            if (key == kComparisons) {
                QVector<std::pair<QString, QString>> clashes;
                const QJsonArray merged = mergeComparisons(base.extra.value(key).toArray(),
                    ours.extra.value(key).toArray(), theirs.extra.value(key).toArray(), &clashes);
                for (const auto &[a, b] : std::as_const(clashes))
                    result.conflicts.append(
                        tr("the manual links between %1 and %2 were changed differently on both sides; ours are kept")
                            .arg(a, b));
                if (!merged.isEmpty())
                    result.data.extra.insert(key, merged);
                continue;
            }
            const auto v
                = decide(member(base.extra, key), member(ours.extra, key), member(theirs.extra, key), &conflict);
            if (v)
                result.data.extra.insert(key, *v);
            if (conflict)
                result.conflicts.append(
                    tr("the top-level member \"%1\" was changed differently on both sides; ours is kept").arg(key));
        }
    }

    // Codebook, by tag id; order: ours, then tags only theirs has, in their order.
    const auto baseTags = tagsById(base), ourTags = tagsById(ours), theirTags = tagsById(theirs);
    QStringList tagOrder;
    for (const Tag &t : ours.codebook)
        tagOrder.append(t.id);
    for (const Tag &t : theirs.codebook) {
        if (!ourTags.contains(t.id))
            tagOrder.append(t.id);
    }
    QHash<QString, Tag> mergedTags;
    for (const QString &id : std::as_const(tagOrder)) {
        const auto t = decide(lookup(baseTags, id), lookup(ourTags, id), lookup(theirTags, id), &conflict);
        if (conflict) {
            const Tag shown = t ? *t : Tag();
            result.conflicts.append(
                tr("tag %1 (\"%2\") was changed differently on both sides; ours is kept").arg(id, shown.name));
        }
        if (t)
            mergedTags.insert(id, *t);
    }

    // Annotations, by id; a conflict keeps both versions.
    QStringList spanOrder;
    const auto baseSpans = spansById(base, nullptr);
    const auto ourSpans = spansById(ours, &spanOrder);
    const auto theirSpans = spansById(theirs, nullptr);
    for (const auto &e : theirs.documents) {
        for (const Span &s : e.spans) {
            if (!ourSpans.contains(s.id))
                spanOrder.append(s.id);
        }
    }
    QVector<PlacedSpan> merged;
    QSet<QString> usedIds;
    for (const QString &id : std::as_const(spanOrder)) {
        const auto o = lookup(ourSpans, id);
        const auto t = lookup(theirSpans, id);
        const auto s = decide(lookup(baseSpans, id), o, t, &conflict);
        if (!s)
            continue;
        merged.append(*s);
        usedIds.insert(id);
        if (conflict && o && t) {
            PlacedSpan copy = *t;
            QString newId = id + QStringLiteral(".theirs");
            for (int n = 2; ourSpans.contains(newId) || theirSpans.contains(newId) || usedIds.contains(newId); ++n)
                newId = id + QStringLiteral(".theirs") + QString::number(n);
            copy.span.id = newId;
            copy.span.extra.insert(QLatin1String("mergeConflict"), id);
            merged.append(copy);
            usedIds.insert(newId);
            result.conflicts.append(tr("annotation %1 in %2 was changed differently on both sides; both versions are "
                                       "kept, theirs as %3")
                                        .arg(id, o->path, newId));
        } else if (conflict) {
            result.conflicts.append(
                tr("annotation %1 in %2 was deleted on one side and changed on the other; the changed version is kept")
                    .arg(id, s->path));
        }
    }

    // A tag an annotation still uses, or a parent of a kept tag, stays.
    auto restoreTag = [&](const QString &id) {
        if (id.isEmpty() || mergedTags.contains(id))
            return false;
        const auto t = lookup(ourTags, id) ? lookup(ourTags, id) : lookup(theirTags, id);
        if (!t)
            return false;
        mergedTags.insert(id, *t);
        result.conflicts.append(
            tr("tag %1 (\"%2\") was deleted on one side but is still used; it is kept").arg(id, t->name));
        return true;
    };
    for (const PlacedSpan &p : std::as_const(merged))
        restoreTag(p.span.tagId);
    for (bool again = true; again;) {
        again = false;
        const auto tags = mergedTags;
        for (const Tag &t : tags)
            again = restoreTag(t.parentId) || again;
    }

    // Codebook in pre-order (parents first), siblings in merged order.
    QHash<QString, QStringList> children;
    for (const QString &id : std::as_const(tagOrder)) {
        if (mergedTags.contains(id))
            children[mergedTags.value(id).parentId].append(id);
    }
    for (auto it = mergedTags.cbegin(); it != mergedTags.cend(); ++it) { // restored tags not in tagOrder
        if (!tagOrder.contains(it.key()))
            children[it->parentId].append(it.key());
    }
    QSet<QString> emitted;
    std::function<void(const QString &)> visit = [&](const QString &parent) {
        for (const QString &id : children.value(parent)) {
            if (emitted.contains(id))
                continue;
            emitted.insert(id);
            result.data.codebook.append(mergedTags.value(id));
            visit(id);
        }
    };
    visit(QString());

    // Document entries: sha256 and extra members decided per path.
    const auto baseMeta = entryMeta(base), ourMeta = entryMeta(ours), theirMeta = entryMeta(theirs);
    QHash<QString, int> entryOf;
    auto entryFor = [&](const QString &path) -> SidecarData::DocumentEntry & {
        auto it = entryOf.constFind(path);
        if (it != entryOf.constEnd())
            return result.data.documents[*it];
        SidecarData::DocumentEntry e;
        e.path = path;
        const auto m = decide(lookup(baseMeta, path), lookup(ourMeta, path), lookup(theirMeta, path), &conflict);
        if (m) {
            e.sha256 = m->sha256;
            e.extra = m->extra;
        }
        entryOf.insert(path, int(result.data.documents.size()));
        result.data.documents.append(e);
        return result.data.documents.last();
    };
    for (const PlacedSpan &p : std::as_const(merged))
        entryFor(p.path).spans.append(p.span);
    // Entries without annotations (kept aside by the app) stay unless one side deleted them.
    for (const auto *side : { &ours, &theirs }) {
        for (const auto &e : side->documents) {
            if (!entryOf.contains(e.path)
                && decide(lookup(baseMeta, e.path), lookup(ourMeta, e.path), lookup(theirMeta, e.path), &conflict))
                entryFor(e.path);
        }
    }

    // Metadata overrides, field by field, so that two analysts correcting
    // different fields of one article both keep their corrections.
    QSet<QString> paths;
    for (const auto *side : { &base, &ours, &theirs }) {
        for (const auto &e : side->documents)
            paths.insert(e.path);
    }
    QStringList sortedPaths(paths.cbegin(), paths.cend());
    sortedPaths.sort();
    for (const char *field : { "title", "outlet", "author", "url", "date" }) {
        const auto b = metadataField(base, field), o = metadataField(ours, field), t = metadataField(theirs, field);
        for (const QString &path : std::as_const(sortedPaths)) {
            const auto v = decide(lookup(b, path), lookup(o, path), lookup(t, path), &conflict);
            if (conflict)
                result.conflicts.append(
                    tr("the metadata field \"%1\" of %2 was corrected differently on both sides; ours is kept")
                        .arg(QLatin1String(field), path));
            if (!v)
                continue;
            MetadataOverrides &m = entryFor(path).metadata;
            if (qstrcmp(field, "title") == 0)
                m.title = *v;
            else if (qstrcmp(field, "outlet") == 0)
                m.outlet = *v;
            else if (qstrcmp(field, "author") == 0)
                m.author = *v;
            else if (qstrcmp(field, "url") == 0)
                m.url = *v;
            else
                m.date = v->isEmpty() ? QDate() : QDate::fromString(*v, Qt::ISODate);
        }
    }
    {
        const auto b = metadataExtra(base), o = metadataExtra(ours), t = metadataExtra(theirs);
        for (const QString &path : std::as_const(sortedPaths)) {
            const auto v = decide(lookup(b, path), lookup(o, path), lookup(t, path), &conflict);
            if (v)
                entryFor(path).metadata.extra = *v;
        }
    }
    // Clutter marks, line by line.
    {
        const auto b = clutterMarks(base), o = clutterMarks(ours), t = clutterMarks(theirs);
        QStringList keys = o.keys() + t.keys() + b.keys();
        keys.sort();
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const auto v = decide(lookup(b, key), lookup(o, key), lookup(t, key), &conflict);
            const QString path = key.section(QLatin1Char('\n'), 0, 0);
            if (conflict)
                result.conflicts.append(
                    tr("a clutter mark of %1 was changed differently on both sides; ours is kept").arg(path));
            if (v)
                entryFor(path).boilerplate.append(*v);
        }
    }
    // Memos, per document as a whole (empty: none). Changed differently on both
    // sides: ours stays and theirs is kept in the entry's "memoConflict"; deleted
    // on one side and changed on the other: the changed one stays.
    const auto baseMemo = memos(base), ourMemo = memos(ours), theirMemo = memos(theirs);
    QStringList memoPaths = ourMemo.keys() + theirMemo.keys() + baseMemo.keys();
    memoPaths.sort();
    memoPaths.removeDuplicates();
    for (const QString &path : std::as_const(memoPaths)) {
        const QString b = baseMemo.value(path), o = ourMemo.value(path), t = theirMemo.value(path);
        QString memo;
        if (o == t || t == b)
            memo = o;
        else if (o == b)
            memo = t;
        else if (o.isEmpty() || t.isEmpty()) {
            memo = o.isEmpty() ? t : o;
            result.conflicts.append(
                tr("the memo of %1 was deleted on one side and changed on the other; the changed one is kept")
                    .arg(path));
        } else {
            memo = o;
            entryFor(path).extra.insert(QLatin1String("memoConflict"), t);
            result.conflicts.append(
                tr("the memo of %1 was changed differently on both sides; ours is kept, theirs is in \"memoConflict\"")
                    .arg(path));
        }
        if (!memo.isEmpty())
            entryFor(path).memo = memo;
        else if (entryOf.contains(path))
            result.data.documents[entryOf.value(path)].memo.clear();
    }
    return result;
}

SidecarMerge::Result SidecarMerge::fold(const SidecarData &mine, const SidecarData &other)
{
    return threeWay(SidecarData(), mine, other);
}

} // namespace Marginalia
