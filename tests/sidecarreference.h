// The sidecar reader and writer as they were before RapidJSON: QJsonDocument
// plus field-by-field checks (models/annotation/sidecarcodec.cpp up to
// commit 9892a4c). Kept as the oracle the new codec is compared with:
// tst_sidecarwriter checks that the new writer produces the same bytes and
// the new reader the same data and messages, and fuzz_sidecar compares the
// writers on every input it accepts. Not part of the application.

#pragma once

#include "annotation/sidecarcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Marginalia::Reference {

namespace detail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::SidecarCodec", text);
}

inline QString lineColumn(const QByteArray &bytes, int offset)
{
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

inline QString isoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

// Members this version does not know: kept so a save never drops them.
inline QJsonObject unknownMembers(const QJsonObject &o, std::initializer_list<const char *> known)
{
    QJsonObject extra = o;
    for (const char *k : known)
        extra.remove(QLatin1String(k));
    return extra;
}

// Field readers: each records the first type error with the JSON path it is at.
struct Reader
{
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = tr("%1: %2").arg(where, what);
        return false;
    }
    QString string(const QJsonObject &o, const char *key, const QString &where, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(where, tr("the field \"%1\" is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString()) {
            fail(where, tr("the field \"%1\" must be a string").arg(QLatin1String(key)));
            return {};
        }
        return v.toString();
    }
    int integer(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            fail(where, tr("the field \"%1\" is missing").arg(QLatin1String(key)));
            return 0;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 2147483647.0 || d != double(qint64(d))) {
            fail(where, tr("the field \"%1\" must be a whole number of at least 0").arg(QLatin1String(key)));
            return 0;
        }
        return int(d);
    }
    // A document's "metadata" object: every member optional; a string, or for
    // "date" a YYYY-MM-DD date or "" (cleared). Unknown members are kept.
    MetadataOverrides metadata(const QJsonObject &document, const QString &where)
    {
        MetadataOverrides m;
        const QJsonValue v = document.value(QLatin1String("metadata"));
        if (v.isUndefined() || v.isNull())
            return m;
        if (!v.isObject()) {
            fail(where, tr("the field \"%1\" must be an object").arg(QStringLiteral("metadata")));
            return m;
        }
        const QJsonObject o = v.toObject();
        const QString mwhere = where + QLatin1String(".metadata");
        auto text = [&](const char *key, std::optional<QString> &target) {
            if (o.contains(QLatin1String(key)) && !o.value(QLatin1String(key)).isNull())
                target = string(o, key, mwhere, false);
        };
        text("title", m.title);
        text("outlet", m.outlet);
        text("author", m.author);
        text("url", m.url);
        if (o.contains(QLatin1String("date")) && !o.value(QLatin1String("date")).isNull()) {
            const QString d = string(o, "date", mwhere, false);
            const QDate date = QDate::fromString(d, Qt::ISODate);
            static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            if (!d.isEmpty() && (!date.isValid() || !shape.match(d).hasMatch()))
                fail(mwhere, tr("the field \"date\" must be a date YYYY-MM-DD or empty"));
            m.date = d.isEmpty() ? QDate() : date;
        }
        m.extra = unknownMembers(o, { "title", "outlet", "author", "url", "date" });
        return m;
    }
    // A document's "boilerplate" array: the analyst's clutter marks.
    QVector<BoilerplateOverride> boilerplate(const QJsonObject &document, const QString &where)
    {
        QVector<BoilerplateOverride> out;
        const QJsonValue v = document.value(QLatin1String("boilerplate"));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(where, tr("\"%1\" must be an array").arg(QStringLiteral("boilerplate")));
            return out;
        }
        const QJsonArray a = v.toArray();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        for (qsizetype i = 0; i < a.size() && error.isEmpty(); ++i) {
            const QString bwhere = QStringLiteral("%1.boilerplate[%2]").arg(where).arg(i);
            if (!a.at(i).isObject()) {
                fail(bwhere, tr("must be an object"));
                break;
            }
            const QJsonObject o = a.at(i).toObject();
            BoilerplateOverride b;
            b.line.start = integer(o, "start", bwhere);
            b.line.end = integer(o, "end", bwhere);
            b.sha256 = string(o, "sha256", bwhere, true).toLatin1();
            const QJsonValue clutter = o.value(QLatin1String("clutter"));
            if (!clutter.isBool())
                fail(bwhere, tr("the field \"%1\" must be true or false").arg(QStringLiteral("clutter")));
            b.clutter = clutter.toBool();
            b.extra = unknownMembers(o, { "start", "end", "sha256", "clutter" });
            if (!error.isEmpty())
                break;
            if (b.line.end < b.line.start)
                fail(bwhere, tr("\"end\" (%1) is before \"start\" (%2)").arg(b.line.end).arg(b.line.start));
            else if (!hex.match(QString::fromLatin1(b.sha256)).hasMatch())
                fail(bwhere, tr("the field \"sha256\" must be 64 lower-case hexadecimal digits"));
            out.append(b);
        }
        return out;
    }
    QDateTime time(const QJsonObject &o, const char *key, const QString &where)
    {
        const QString s = string(o, key, where, false);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC); // no zone given: the format's times are UTC
        if (!t.isValid())
            fail(where, tr("the field \"%1\" is not an ISO 8601 date and time").arg(QLatin1String(key)));
        return t.toUTC();
    }
};

} // namespace detail

using namespace detail;

inline SidecarCodec::ParseResult parse(const QByteArray &bytes)
{
    SidecarCodec::ParseResult result;
    if (bytes.size() > SidecarCodec::MaxSize) {
        result.error = tr("the file is %1 MB, larger than the %2 MB a sidecar may have")
                           .arg(bytes.size() / (1024 * 1024))
                           .arg(SidecarCodec::MaxSize / (1024 * 1024));
        return result;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        result.error = tr("not valid JSON: %1 at byte %2 (%3)")
                           .arg(err.errorString())
                           .arg(err.offset)
                           .arg(lineColumn(bytes, err.offset));
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("not a Marginalia sidecar: the top level is not a JSON object");
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("marginalia")) {
        result.error = tr("not a Marginalia sidecar: \"format\" is not \"marginalia\"");
        return result;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt())) {
        result.error = tr("\"version\" must be a whole number of at least 1");
        return result;
    }
    if (version.toInt() > SidecarCodec::FormatVersion) {
        result.newerVersion = true;
        result.error = tr("written by a newer Marginalia (format version %1; this build reads up to %2)")
                           .arg(version.toInt())
                           .arg(SidecarCodec::FormatVersion);
        return result;
    }
    const QJsonValue unit = root.value(QLatin1String("unit"));
    if (!unit.isUndefined() && unit.toString() != QLatin1String("codepoint")) {
        result.error = tr("unsupported offset unit \"%1\" (expected \"codepoint\")").arg(unit.toString());
        return result;
    }

    Reader r;
    const QJsonValue codebook = root.value(QLatin1String("codebook"));
    if (!codebook.isUndefined() && !codebook.isArray()) {
        result.error = tr("\"codebook\" must be an array");
        return result;
    }
    QSet<QString> tagIds;
    const QJsonArray tags = codebook.toArray();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString where = QStringLiteral("codebook[%1]").arg(i);
        if (!tags.at(i).isObject()) {
            r.fail(where, tr("must be an object"));
            break;
        }
        const QJsonObject o = tags.at(i).toObject();
        Tag t;
        t.id = r.string(o, "id", where, true);
        t.name = r.string(o, "name", where, true);
        const QString color = r.string(o, "color", where, false);
        static const QRegularExpression hexColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        t.color = color.isEmpty() ? QColor(Qt::yellow) : QColor::fromString(color);
        if (!color.isEmpty() && !hexColor.match(color).hasMatch())
            r.fail(where, tr("\"%1\" is not a colour of the form #rrggbb").arg(color));
        t.description = r.string(o, "description", where, false);
        t.parentId = r.string(o, "parent", where, false);
        t.shortcut = r.string(o, "shortcut", where, false);
        t.extra = unknownMembers(o, { "id", "name", "color", "description", "parent", "shortcut" });
        if (!r.error.isEmpty())
            break;
        if (t.id.isEmpty() || tagIds.contains(t.id)) {
            r.fail(where, tr("the tag id \"%1\" is empty or used twice").arg(t.id));
            break;
        }
        if (t.name.trimmed().isEmpty()) {
            r.fail(where, tr("the tag \"%1\" has an empty name").arg(t.id));
            break;
        }
        // Parents come first: this is how we write it, and it rules out cycles.
        if (!t.parentId.isEmpty() && !tagIds.contains(t.parentId)) {
            r.fail(
                where, tr("the tag \"%1\" names a parent \"%2\" that is not listed before it").arg(t.name, t.parentId));
            break;
        }
        tagIds.insert(t.id);
        result.data.codebook.append(t);
    }

    const QJsonValue documents = root.value(QLatin1String("documents"));
    if (r.error.isEmpty() && !documents.isUndefined() && !documents.isArray())
        r.fail(QStringLiteral("documents"), tr("must be an array"));
    const QJsonArray docs = documents.toArray();
    QSet<QString> paths;
    QSet<QString> spanIds;
    for (qsizetype i = 0; i < docs.size() && r.error.isEmpty(); ++i) {
        const QString where = QStringLiteral("documents[%1]").arg(i);
        if (!docs.at(i).isObject()) {
            r.fail(where, tr("must be an object"));
            break;
        }
        const QJsonObject o = docs.at(i).toObject();
        SidecarData::DocumentEntry entry;
        entry.path = r.string(o, "path", where, true);
        entry.sha256 = r.string(o, "sha256", where, false).toLatin1();
        entry.memo = r.string(o, "memo", where, false);
        entry.extra = unknownMembers(o, { "path", "sha256", "annotations", "memo", "metadata", "boilerplate" });
        entry.metadata = r.metadata(o, where);
        entry.boilerplate = r.boilerplate(o, where);
        if (r.error.isEmpty() && entry.path.isEmpty())
            r.fail(where, tr("the document path is empty"));
        if (paths.contains(entry.path))
            r.fail(where, tr("the document \"%1\" is listed twice").arg(entry.path));
        paths.insert(entry.path);
        const QJsonValue annotations = o.value(QLatin1String("annotations"));
        if (!annotations.isUndefined() && !annotations.isArray())
            r.fail(where, tr("\"annotations\" must be an array"));
        const QJsonArray spans = annotations.toArray();
        for (qsizetype j = 0; j < spans.size() && r.error.isEmpty(); ++j) {
            const QString swhere = QStringLiteral("%1.annotations[%2]").arg(where).arg(j);
            if (!spans.at(j).isObject()) {
                r.fail(swhere, tr("must be an object"));
                break;
            }
            const QJsonObject so = spans.at(j).toObject();
            Span s;
            s.id = r.string(so, "id", swhere, true);
            s.tagId = r.string(so, "tag", swhere, true);
            s.start = r.integer(so, "start", swhere);
            s.end = r.integer(so, "end", swhere);
            s.note = r.string(so, "note", swhere, false);
            s.author = r.string(so, "author", swhere, false);
            s.created = r.time(so, "created", swhere);
            s.modified = r.time(so, "modified", swhere);
            s.quote = r.string(so, "quote", swhere, false);
            s.prefix = r.string(so, "prefix", swhere, false);
            s.suffix = r.string(so, "suffix", swhere, false);
            s.extra = unknownMembers(so,
                { "id", "tag", "start", "end", "note", "author", "created", "modified", "quote", "prefix", "suffix" });
            if (!r.error.isEmpty())
                break;
            if (s.end < s.start)
                r.fail(swhere, tr("\"end\" (%1) is before \"start\" (%2)").arg(s.end).arg(s.start));
            else if (s.id.isEmpty() || spanIds.contains(s.id))
                r.fail(swhere, tr("the annotation id \"%1\" is empty or used twice").arg(s.id));
            else if (!tagIds.contains(s.tagId))
                r.fail(swhere, tr("the tag \"%1\" is not in the codebook").arg(s.tagId));
            spanIds.insert(s.id);
            entry.spans.append(s);
        }
        result.data.documents.append(entry);
    }
    if (!r.error.isEmpty()) {
        result.error = r.error;
        result.data = {};
        return result;
    }
    result.data.extra = unknownMembers(root, { "format", "version", "unit", "codebook", "documents" });
    result.ok = true;
    return result;
}

inline QByteArray serialize(const SidecarData &data)
{
    QJsonArray codebook;
    for (const Tag &t : data.codebook) {
        QJsonObject o = t.extra;
        o.insert(QLatin1String("id"), t.id);
        o.insert(QLatin1String("name"), t.name);
        o.insert(QLatin1String("color"), t.color.name(QColor::HexRgb));
        o.insert(QLatin1String("description"), t.description);
        o.insert(QLatin1String("parent"), t.parentId);
        o.insert(QLatin1String("shortcut"), t.shortcut);
        codebook.append(o);
    }
    QVector<const SidecarData::DocumentEntry *> entries;
    for (const auto &e : data.documents)
        entries.append(&e);
    std::sort(entries.begin(), entries.end(), [](auto *a, auto *b) { return a->path < b->path; });
    QJsonArray documents;
    for (const auto *e : std::as_const(entries)) {
        QVector<Span> spans = e->spans;
        std::sort(spans.begin(), spans.end(), Span::lessThan);
        QJsonArray annotations;
        for (const Span &s : std::as_const(spans)) {
            QJsonObject o = s.extra;
            o.insert(QLatin1String("id"), s.id);
            o.insert(QLatin1String("tag"), s.tagId);
            o.insert(QLatin1String("start"), s.start);
            o.insert(QLatin1String("end"), s.end);
            o.insert(QLatin1String("note"), s.note);
            o.insert(QLatin1String("author"), s.author);
            o.insert(QLatin1String("created"), isoUtc(s.created));
            o.insert(QLatin1String("modified"), isoUtc(s.modified));
            o.insert(QLatin1String("quote"), s.quote);
            o.insert(QLatin1String("prefix"), s.prefix);
            o.insert(QLatin1String("suffix"), s.suffix);
            annotations.append(o);
        }
        QJsonObject o = e->extra;
        // Only the fields the analyst set: an absent field shows the imported value.
        if (!e->metadata.isEmpty()) {
            const MetadataOverrides &m = e->metadata;
            QJsonObject mo = m.extra;
            auto text = [&mo](const char *key, const std::optional<QString> &v) {
                if (v)
                    mo.insert(QLatin1String(key), *v);
            };
            text("title", m.title);
            text("outlet", m.outlet);
            text("author", m.author);
            text("url", m.url);
            if (m.date)
                mo.insert(QLatin1String("date"), m.date->isValid() ? m.date->toString(Qt::ISODate) : QString());
            o.insert(QLatin1String("metadata"), mo);
        }
        if (!e->boilerplate.isEmpty()) {
            QVector<BoilerplateOverride> marks = e->boilerplate;
            std::sort(marks.begin(), marks.end(), [](const BoilerplateOverride &x, const BoilerplateOverride &y) {
                return x.line.start != y.line.start ? x.line.start < y.line.start : x.line.end < y.line.end;
            });
            QJsonArray lines;
            for (const BoilerplateOverride &b : std::as_const(marks)) {
                QJsonObject bo = b.extra;
                bo.insert(QLatin1String("start"), b.line.start);
                bo.insert(QLatin1String("end"), b.line.end);
                bo.insert(QLatin1String("sha256"), QString::fromLatin1(b.sha256));
                bo.insert(QLatin1String("clutter"), b.clutter);
                lines.append(bo);
            }
            o.insert(QLatin1String("boilerplate"), lines);
        }
        o.insert(QLatin1String("path"), e->path);
        o.insert(QLatin1String("sha256"), QString::fromLatin1(e->sha256));
        o.insert(QLatin1String("annotations"), annotations);
        if (!e->memo.isEmpty())
            o.insert(QLatin1String("memo"), e->memo);
        documents.append(o);
    }
    QJsonObject root = data.extra;
    root.insert(QLatin1String("format"), QStringLiteral("marginalia"));
    root.insert(QLatin1String("version"), SidecarCodec::FormatVersion);
    root.insert(QLatin1String("unit"), QStringLiteral("codepoint"));
    root.insert(QLatin1String("codebook"), codebook);
    root.insert(QLatin1String("documents"), documents);
    // QJsonObject keeps keys sorted, and Indented uses 4 spaces: stable, diff-friendly output.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Marginalia::Reference
