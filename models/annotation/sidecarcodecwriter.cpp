// SidecarCodec::serialize: the sidecar in the layout QJsonDocument::Indented
// produces (4-space indentation, "key": value, empty arrays as "[\n<indent>]",
// keys sorted by UTF-16 code units, strings escaped as Qt escapes them), so
// that files written by builds that used QJsonDocument stay byte for byte the
// same. tests/tst_sidecarwriter.cpp compares the two writers on the sample
// sidecar and on random data.

#include "sidecarcodec.h"
#include "sidecarstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Marginalia {

namespace {

class JsonOut
{
public:
    explicit JsonOut(qsizetype expected, SidecarStream *stream = nullptr)
        : m_stream(stream)
    {
        m_out.resize(qMax<qsizetype>(expected, 256));
        m_p = m_out.data();
        m_end = m_p + m_out.size();
        m_first.reserve(8);
    }

    QByteArray take()
    {
        m_out.resize(m_p - m_out.constData()); // smaller: in place, NUL-terminated
        if (m_stream)
            m_stream->publish(m_out.constData(), m_out.size(), m_units, true);
        return std::move(m_out);
    }

    /// After the closing brace of an annotation or a document: a unit for
    /// the stream's readers, published in batches of at least 256 KiB.
    void unitDone()
    {
        if (!m_stream)
            return;
        ++m_units;
        const qsizetype used = m_p - m_out.constData();
        if (used - m_published >= 256 * 1024) {
            m_stream->publish(m_out.constData(), used, m_units);
            m_published = used;
            m_publishedUnits = m_units;
        }
    }

    void beginObject() { begin('{'); }
    void endObject() { end('}'); }
    void beginArray() { begin('['); }
    void endArray() { end(']'); }

    /// A member whose key is plain ASCII without characters to escape.
    void key(QLatin1String k)
    {
        separate();
        ensure(k.size() + 4);
        *m_p++ = '"';
        std::memcpy(m_p, k.data(), size_t(k.size()));
        m_p += k.size();
        std::memcpy(m_p, "\": ", 3);
        m_p += 3;
    }
    void key(const QString &k)
    {
        separate();
        string(k);
        raw(": ", 2);
    }
    /// Before each element of an array.
    void element() { separate(); }

    void string(QStringView s)
    {
        const qsizetype n = s.size();
        // Without escapes a UTF-16 unit is at most 3 bytes of UTF-8 (a pair 4);
        // an escape ensures room for itself and the rest.
        ensure(3 * n + 2);
        *m_p++ = '"';
        const char16_t *u = s.utf16();
        qsizetype i = 0;
        while (i < n) {
#if defined(__SSE2__)
            // Eight units at once while they are printable ASCII other than " and \.
            while (i + 8 <= n) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(u + i));
                const __m128i ascii
                    = _mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(short(0xFF80))), _mm_setzero_si128());
                // Signed: units from 0x8000 count as "control" too, and are not ASCII anyway.
                const __m128i control = _mm_cmplt_epi16(v, _mm_set1_epi16(0x20));
                const __m128i special
                    = _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('"')), _mm_cmpeq_epi16(v, _mm_set1_epi16('\\')));
                const __m128i bad
                    = _mm_or_si128(_mm_andnot_si128(ascii, _mm_set1_epi16(-1)), _mm_or_si128(control, special));
                if (_mm_movemask_epi8(bad) != 0)
                    break;
                _mm_storel_epi64(reinterpret_cast<__m128i *>(m_p), _mm_packus_epi16(v, v));
                m_p += 8;
                i += 8;
            }
            if (i >= n)
                break;
#endif
            const char16_t c = u[i++];
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    *m_p++ = char(c);
                    continue;
                }
                ensure(3 * (n - i) + 8);
                *m_p++ = '\\';
                switch (c) {
                case '"':
                    *m_p++ = '"';
                    break;
                case '\\':
                    *m_p++ = '\\';
                    break;
                case '\b':
                    *m_p++ = 'b';
                    break;
                case '\f':
                    *m_p++ = 'f';
                    break;
                case '\n':
                    *m_p++ = 'n';
                    break;
                case '\r':
                    *m_p++ = 'r';
                    break;
                case '\t':
                    *m_p++ = 't';
                    break;
                default:
                    *m_p++ = 'u';
                    *m_p++ = '0';
                    *m_p++ = '0';
                    *m_p++ = "0123456789abcdef"[c >> 4];
                    *m_p++ = "0123456789abcdef"[c & 0xF];
                    break;
                }
            } else if (c < 0x800) {
                *m_p++ = char(0xC0 | (c >> 6));
                *m_p++ = char(0x80 | (c & 0x3F));
            } else if (c < 0xD800 || c > 0xDFFF) {
                *m_p++ = char(0xE0 | (c >> 12));
                *m_p++ = char(0x80 | ((c >> 6) & 0x3F));
                *m_p++ = char(0x80 | (c & 0x3F));
            } else if (c < 0xDC00 && i < n && u[i] >= 0xDC00 && u[i] <= 0xDFFF) {
                const char32_t cp = 0x10000 + ((char32_t(c) - 0xD800) << 10) + (char32_t(u[i++]) - 0xDC00);
                *m_p++ = char(0xF0 | (cp >> 18));
                *m_p++ = char(0x80 | ((cp >> 12) & 0x3F));
                *m_p++ = char(0x80 | ((cp >> 6) & 0x3F));
                *m_p++ = char(0x80 | (cp & 0x3F));
            } else {
                // A lone surrogate is not Unicode: QJsonDocument wrote "\udxxx",
                // which the reader refuses (as jq does). Write U+FFFD instead, so
                // that the file always reads back.
                *m_p++ = char(0xEF);
                *m_p++ = char(0xBF);
                *m_p++ = char(0xBD);
            }
        }
        *m_p++ = '"';
    }

    void integer(qint64 v)
    {
        char buffer[24];
        char *end = buffer + sizeof buffer;
        char *b = end;
        const bool negative = v < 0;
        quint64 u = negative ? quint64(0) - quint64(v) : quint64(v);
        do {
            *--b = char('0' + u % 10);
            u /= 10;
        } while (u);
        if (negative)
            *--b = '-';
        raw(b, size_t(end - b));
    }

    /// "YYYY-MM-DDTHH:MM:SS[.mmm]Z" in UTC as QDateTime::toString(Qt::ISODate[WithMs])
    /// writes it, or "" for an invalid time.
    void time(const QDateTime &t)
    {
        if (!t.isValid()) {
            raw("\"\"", 2);
            return;
        }
        const qint64 ms = t.toMSecsSinceEpoch();
        const qint64 msPerDay = 86400000;
        qint64 days = ms / msPerDay;
        qint64 rest = ms % msPerDay;
        if (rest < 0) {
            rest += msPerDay;
            --days;
        }
        // Howard Hinnant's civil_from_days (proleptic Gregorian, as QDate).
        const qint64 z = days + 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const qint64 doe = z - era * 146097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const int day = int(doy - (153 * mp + 2) / 5 + 1);
        const int month = int(mp < 10 ? mp + 3 : mp - 9);
        const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 1 || year > 9999) {
            // Outside four-digit years Qt has its own rules; let it write them.
            const QDateTime utc = t.toUTC();
            string(utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
            return;
        }
        const int msec = int(rest % 1000);
        const int sec = int(rest / 1000 % 60);
        const int min = int(rest / 60000 % 60);
        const int hour = int(rest / 3600000);
        ensure(32);
        char *p = m_p;
        auto two = [&p](int v) {
            *p++ = char('0' + v / 10);
            *p++ = char('0' + v % 10);
        };
        *p++ = '"';
        two(int(year / 100));
        two(int(year % 100));
        *p++ = '-';
        two(month);
        *p++ = '-';
        two(day);
        *p++ = 'T';
        two(hour);
        *p++ = ':';
        two(min);
        *p++ = ':';
        two(sec);
        if (msec) {
            *p++ = '.';
            *p++ = char('0' + msec / 100);
            two(msec % 100);
        }
        *p++ = 'Z';
        *p++ = '"';
        m_p = p;
    }

    /// Any value, written by QJsonDocument itself (members this build does not
    /// know: numbers, nesting), re-indented to where it goes.
    void qtValue(const QJsonValue &v)
    {
        if (v.isString()) {
            string(v.toString());
            return;
        }
        // "[\n    <value at level 1>\n]\n"
        const QByteArray wrapped = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Indented);
        const QByteArray inner = wrapped.mid(6, wrapped.size() - 6 - 3);
        const QByteArray indent(4 * (level() - 1), ' ');
        qsizetype from = 0;
        for (qsizetype eol = inner.indexOf('\n'); eol >= 0; eol = inner.indexOf('\n', from)) {
            raw(inner.constData() + from, size_t(eol + 1 - from));
            raw(indent.constData(), size_t(indent.size()));
            from = eol + 1;
        }
        raw(inner.constData() + from, size_t(inner.size() - from));
    }

    void raw(const char *s, size_t n)
    {
        ensure(qsizetype(n));
        std::memcpy(m_p, s, n);
        m_p += n;
    }

private:
    int level() const
    {
        return int(m_first.size());
    }

    void begin(char open)
    {
        ensure(2);
        *m_p++ = open;
        *m_p++ = '\n';
        m_first.push_back(true);
    }
    void end(char close)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        ensure(4 * level() + 2);
        if (!empty)
            *m_p++ = '\n';
        indent(level());
        *m_p++ = close;
    }
    // ",\n" between members or elements, then the indentation of this level.
    void separate()
    {
        ensure(4 * level() + 2);
        if (!m_first.back()) {
            *m_p++ = ',';
            *m_p++ = '\n';
        }
        m_first.back() = false;
        indent(level());
    }
    void indent(int n)
    {
        std::memset(m_p, ' ', size_t(4 * n));
        m_p += 4 * n;
    }
    void ensure(qsizetype n)
    {
        if (m_end - m_p >= n)
            return;
        const qsizetype used = m_p - m_out.constData();
        const qsizetype size = qMax(used + n, m_out.size() + m_out.size() / 2);
        if (m_stream) {
            // Readers may be reading the published bytes: a new buffer with
            // the same bytes, and the old one kept until they are done.
            QByteArray grown(size, Qt::Uninitialized);
            std::memcpy(grown.data(), m_out.constData(), size_t(used));
            std::swap(grown, m_out);
            m_stream->publish(m_out.constData(), m_published, m_publishedUnits);
            m_stream->retire(std::move(grown));
        } else {
            m_out.resize(size);
        }
        m_p = m_out.data() + used;
        m_end = m_out.data() + m_out.size();
    }

    QByteArray m_out;
    SidecarStream *m_stream = nullptr;
    qsizetype m_published = 0; ///< bytes published to m_stream
    qint64 m_units = 0; ///< units written
    qint64 m_publishedUnits = 0; ///< units within the published bytes
    char *m_p = nullptr;
    char *m_end = nullptr;
    std::vector<bool> m_first; ///< per open container: nothing written in it yet
};

// Writes an object whose known members are written by `known(i)` (names in
// sorted order) merged with `extra` in key order. A known name wins over the
// same name in extra, as QJsonObject::insert over a copy of extra did.
// A known member for which `present(i)` is false is not written at all (and
// so does not hide a member of that name in extra), like a member the old
// codec inserted only when it had a value.
template<size_t N, typename Known, typename Present>
void writeObject(JsonOut &out, const QLatin1String (&names)[N], const QJsonObject &extra, Known known, Present present)
{
    out.beginObject();
    if (extra.isEmpty()) {
        for (size_t i = 0; i < N; ++i) {
            if (!present(i))
                continue;
            out.key(names[i]);
            known(i);
        }
    } else {
        struct Member
        {
            QString key;
            int known; ///< index into names, or -1
        };
        std::vector<Member> members;
        for (size_t i = 0; i < N; ++i) {
            if (present(i))
                members.push_back({ QString(names[i]), int(i) });
        }
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            bool shadowed = false;
            for (size_t i = 0; i < N && !shadowed; ++i)
                shadowed = present(i) && it.key() == names[i];
            if (!shadowed)
                members.push_back({ it.key(), -1 });
        }
        std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.key < b.key; });
        for (const Member &m : members) {
            if (m.known >= 0) {
                out.key(names[m.known]);
                known(size_t(m.known));
            } else {
                out.key(m.key);
                out.qtValue(extra.value(m.key));
            }
        }
    }
    out.endObject();
}

template<size_t N, typename Known>
void writeObject(JsonOut &out, const QLatin1String (&names)[N], const QJsonObject &extra, Known known)
{
    writeObject(out, names, extra, known, [](size_t) { return true; });
}

// Known members, in the order QJsonObject sorts them.
const QLatin1String rootNames[] = { QLatin1String("codebook"), QLatin1String("documents"), QLatin1String("format"),
    QLatin1String("unit"), QLatin1String("version") };
const QLatin1String tagNames[] = { QLatin1String("color"), QLatin1String("description"), QLatin1String("id"),
    QLatin1String("name"), QLatin1String("parent"), QLatin1String("shortcut") };
const QLatin1String documentNames[] = { QLatin1String("annotations"), QLatin1String("memo"), QLatin1String("path"),
    QLatin1String("sha256") };
const QLatin1String spanNames[] = { QLatin1String("author"), QLatin1String("created"), QLatin1String("end"),
    QLatin1String("id"), QLatin1String("modified"), QLatin1String("note"), QLatin1String("prefix"),
    QLatin1String("quote"), QLatin1String("start"), QLatin1String("suffix"), QLatin1String("tag") };

void writeSpan(JsonOut &out, const Span &s)
{
    writeObject(out, spanNames, s.extra, [&](size_t i) {
        switch (i) {
        case 0:
            return out.string(s.author);
        case 1:
            return out.time(s.created);
        case 2:
            return out.integer(s.end);
        case 3:
            return out.string(s.id);
        case 4:
            return out.time(s.modified);
        case 5:
            return out.string(s.note);
        case 6:
            return out.string(s.prefix);
        case 7:
            return out.string(s.quote);
        case 8:
            return out.integer(s.start);
        case 9:
            return out.string(s.suffix);
        default:
            return out.string(s.tagId);
        }
    });
}

// A document entry's optional members, written among its unknown ones by
// QJsonDocument (they are rare and small): the analyst's metadata
// corrections, only the fields that were set, and the clutter marks.
QJsonObject documentExtras(const SidecarData::DocumentEntry &e)
{
    if (e.metadata.isEmpty() && e.boilerplate.isEmpty())
        return e.extra;
    QJsonObject o = e.extra;
    if (!e.boilerplate.isEmpty()) {
        QVector<BoilerplateOverride> marks = e.boilerplate;
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
    if (e.metadata.isEmpty())
        return o;
    const MetadataOverrides &m = e.metadata;
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
    return o;
}

qsizetype expectedSize(const SidecarData &data)
{
    qsizetype n = 4096;
    for (const Tag &t : data.codebook)
        n += 400 + t.name.size() + t.description.size();
    for (const auto &e : data.documents) {
        n += 200 + e.path.size() + e.memo.size();
        for (const Span &s : e.spans)
            n += 480 + s.id.size() + s.tagId.size() + s.note.size() + s.author.size() + s.quote.size() + s.prefix.size()
                + s.suffix.size();
    }
    return n + n / 16;
}

} // namespace

QByteArray SidecarCodec::serialize(const SidecarData &data)
{
    return serialize(data, nullptr);
}

QByteArray SidecarCodec::serialize(const SidecarData &data, SidecarStream *stream)
{
    JsonOut out(expectedSize(data), stream);
    writeObject(out, rootNames, data.extra, [&](size_t i) {
        switch (i) {
        case 0: // codebook
            out.beginArray();
            for (const Tag &t : data.codebook) {
                out.element();
                writeObject(out, tagNames, t.extra, [&](size_t k) {
                    switch (k) {
                    case 0:
                        return out.string(t.color.name(QColor::HexRgb));
                    case 1:
                        return out.string(t.description);
                    case 2:
                        return out.string(t.id);
                    case 3:
                        return out.string(t.name);
                    case 4:
                        return out.string(t.parentId);
                    default:
                        return out.string(t.shortcut);
                    }
                });
            }
            out.endArray();
            return;
        case 1: { // documents, by path; their spans by (start, end, id)
            std::vector<const SidecarData::DocumentEntry *> entries;
            entries.reserve(size_t(data.documents.size()));
            for (const auto &e : data.documents)
                entries.push_back(&e);
            std::sort(entries.begin(), entries.end(), [](auto *a, auto *b) { return a->path < b->path; });
            std::vector<const Span *> spans;
            out.beginArray();
            for (const auto *e : entries) {
                out.element();
                writeObject(out, documentNames, documentExtras(*e), [&](size_t k) {
                    switch (k) {
                    case 0:
                        spans.clear();
                        for (const Span &s : e->spans)
                            spans.push_back(&s);
                        std::sort(spans.begin(), spans.end(),
                            [](const Span *a, const Span *b) { return Span::lessThan(*a, *b); });
                        out.beginArray();
                        for (const Span *s : spans) {
                            out.element();
                            writeSpan(out, *s);
                            out.unitDone();
                        }
                        out.endArray();
                        return;
                    case 1:
                        return out.string(e->memo);
                    case 2:
                        return out.string(e->path);
                    default:
                        return out.string(QString::fromLatin1(e->sha256));
                    }
                },
                    // Only a memo that has text, so that sidecars from before memos stay byte for byte.
                    [&](size_t k) { return k != 1 || !e->memo.isEmpty(); });
                out.unitDone();
            }
            out.endArray();
            return;
        }
        case 2:
            return out.raw("\"marginalia\"", 12);
        case 3:
            return out.raw("\"codepoint\"", 11);
        default:
            return out.integer(FormatVersion);
        }
    });
    out.raw("\n", 1);
    return out.take();
}

} // namespace Marginalia
