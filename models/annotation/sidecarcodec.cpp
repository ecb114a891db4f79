#include "sidecarcodec.h"
#include "sidecarstream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <charconv>
#include <cstring>
#include <functional>
#include <limits>
#include <vector>

// RapidJSON (Debian rapidjson-dev, header-only) reads the JSON. Its SSE2
// scans of strings and white space load 16 aligned bytes at a time and may
// read up to 15 bytes past the terminating NUL (never past a page boundary);
// AddressSanitizer reports that, so the sanitizer builds use the plain loops.
#if defined(__SSE2__)
#if defined(__SANITIZE_ADDRESS__)
#define MARGINALIA_NO_SIMD_JSON
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MARGINALIA_NO_SIMD_JSON
#endif
#endif
#if !defined(MARGINALIA_NO_SIMD_JSON)
#define RAPIDJSON_SSE2
#endif
#endif
#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Marginalia {
namespace {
// The reader's own allocator type, so that the one fix below applies to its
// stack only.
class ReaderStackAllocator : public rapidjson::CrtAllocator
{
};
} // namespace
} // namespace Marginalia

namespace rapidjson {
namespace internal {
// RapidJSON 1.1.0 checks for room with `stackTop_ + n > stackEnd_`, which on
// the first push of an empty stack adds n to a null pointer: undefined
// behaviour, reported by clang's UBSan in the fuzzing leg (fixed upstream
// after 1.1.0). The same test without that arithmetic:
template<>
template<typename T>
RAPIDJSON_FORCEINLINE void Stack<Marginalia::ReaderStackAllocator>::Reserve(size_t count)
{
    if (RAPIDJSON_UNLIKELY(static_cast<size_t>(stackEnd_ - stackTop_) < sizeof(T) * count))
        Expand<T>(count);
}
} // namespace internal
} // namespace rapidjson

namespace Marginalia {

namespace {

// The messages of the reader, wherever in this file they are made, are
// SidecarCodec's (lupdate takes the context from Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::SidecarCodec)
};

QString lineColumn(const QByteArray &bytes, qsizetype offset)
{
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return Text::tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

// The offset of the first byte that is not UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF) or is a NUL, else size.
// Checked once over the whole file, eight ASCII bytes at a time, so that the
// JSON reader can copy strings without decoding them.
qsizetype firstBadByte(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const uchar *>(data);
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    qsizetype i = 0;
    while (i < size) {
#if defined(__SSE2__)
        // 64 bytes at a time: no byte with its high bit set, none zero.
        while (i + 64 <= size) {
            const auto *p = reinterpret_cast<const __m128i *>(s + i);
            const __m128i a = _mm_loadu_si128(p);
            const __m128i b = _mm_loadu_si128(p + 1);
            const __m128i c = _mm_loadu_si128(p + 2);
            const __m128i d = _mm_loadu_si128(p + 3);
            const __m128i any = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
            const __m128i least = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
            if (_mm_movemask_epi8(any) | _mm_movemask_epi8(_mm_cmpeq_epi8(least, _mm_setzero_si128())))
                break;
            i += 64;
        }
        if (i == size)
            break;
#endif
        if (i + 8 <= size) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            // A byte with its high bit set, or a zero byte ((w - 1) & ~w sets the
            // high bit of a zero byte when no byte has its high bit set).
            if (((w | ((w - ones) & ~w)) & highs) == 0) {
                i += 8;
                continue;
            }
        }
        const uchar c = s[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return size;
}

// Whether the text may hold a \u escape of a surrogate (\uD800 to \uDFFF);
// only then does the reader look at the strings it decodes for lone ones.
bool mayHoldSurrogateEscape(const char *s, qsizetype size)
{
    const char *end = s + size;
    for (const char *p = static_cast<const char *>(std::memchr(s, '\\', size_t(size))); p && end - p >= 4;
         p = static_cast<const char *>(std::memchr(p + 1, '\\', size_t(end - p - 1)))) {
        if (p[1] == 'u' && (p[2] == 'd' || p[2] == 'D') && p[3] != '\0' && std::strchr("89abcdefABCDEF", p[3]))
            return true;
    }
    return false;
}

// A fast 64-bit hash of bytes (not for adversaries: a collision only sends
// the checks down their exact, slower path).
quint64 hashBytes(const char *s, size_t n)
{
    quint64 h = 0x9E3779B97F4A7C15ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 29;
    }
    quint64 w = 0;
    std::memcpy(&w, s + i, n - i);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 32);
}

// A set of 64-bit hashes (open addressing): the annotation ids seen so far.
class HashSet
{
public:
    explicit HashSet(qsizetype expected)
    {
        size_t size = 64;
        while (size < size_t(expected) * 2)
            size *= 2;
        m_slots.assign(size, 0);
    }
    /// False if h was in the set already.
    bool insert(quint64 h)
    {
        if (h == 0)
            h = 1; // 0 marks a free slot
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == h)
                return false;
            if (m_slots[i] == 0) {
                m_slots[i] = h;
                ++m_count;
                return true;
            }
        }
    }

private:
    void grow()
    {
        std::vector<quint64> old;
        old.swap(m_slots);
        m_slots.assign(old.size() * 2, 0);
        m_count = 0;
        for (const quint64 h : old) {
            if (h)
                insert(h);
        }
    }
    std::vector<quint64> m_slots;
    size_t m_count = 0;
};

QString syntaxError(rapidjson::ParseErrorCode code, uchar at)
{
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
        return Text::tr("the file holds no JSON value");
    case rapidjson::kParseErrorDocumentRootNotSingular:
        return Text::tr("more text follows the end of the JSON value");
    case rapidjson::kParseErrorValueInvalid:
        return Text::tr("a value is missing or not valid here");
    case rapidjson::kParseErrorObjectMissName:
        return Text::tr("a member name in double quotes is missing");
    case rapidjson::kParseErrorObjectMissColon:
        return Text::tr("a colon is missing after a member name");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        return Text::tr("a comma or a closing brace is missing");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return Text::tr("a comma or a closing bracket is missing");
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
        return Text::tr("a \\u escape needs four hexadecimal digits");
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
        return Text::tr("a \\u escape holds half of a UTF-16 surrogate pair");
    case rapidjson::kParseErrorStringEscapeInvalid:
        // RapidJSON reports a raw control character in a string as a bad escape.
        if (at < 0x20)
            return Text::tr("a control character (U+%1) in a string must be written as an escape")
                .arg(int(at), 4, 16, QLatin1Char('0'));
        return Text::tr("an escape sequence in a string is not valid");
    case rapidjson::kParseErrorStringMissQuotationMark:
        return Text::tr("a string is not closed");
    case rapidjson::kParseErrorNumberTooBig:
        return Text::tr("a number is too large");
    case rapidjson::kParseErrorNumberMissFraction:
        return Text::tr("a number has no digits after its decimal point");
    case rapidjson::kParseErrorNumberMissExponent:
        return Text::tr("a number has no digits in its exponent");
    default:
        return Text::tr("syntax error");
    }
}

// The errors RapidJSON reports when the input ends inside an object or array.
bool endsEarly(rapidjson::ParseErrorCode code)
{
    switch (code) {
    case rapidjson::kParseErrorValueInvalid:
    case rapidjson::kParseErrorObjectMissName:
    case rapidjson::kParseErrorObjectMissColon:
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return true;
    default:
        return false;
    }
}

// "2026-03-06T10:00:00Z" or "2026-03-06T10:00:00.123Z", what serialize()
// writes, as milliseconds since 1970 (UTC); false for anything else, which
// then goes through QDateTime::fromString. Every annotation has two times,
// and QDate/QDateTime construction was a third of check()'s time.
bool parseIsoUtcFast(const char *s, qsizetype n, qint64 *msecs)
{
    if ((n != 20 && n != 24) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
        || s[n - 1] != 'Z')
        return false;
    auto digits = [s](int from, int count, int *value) {
        int v = 0;
        for (int k = from; k < from + count; ++k) {
            if (s[k] < '0' || s[k] > '9')
                return false;
            v = v * 10 + (s[k] - '0');
        }
        *value = v;
        return true;
    };
    int y, mo, d, h, mi, sec, ms = 0;
    if (!digits(0, 4, &y) || !digits(5, 2, &mo) || !digits(8, 2, &d) || !digits(11, 2, &h) || !digits(14, 2, &mi)
        || !digits(17, 2, &sec))
        return false;
    if (n == 24 && (s[19] != '.' || !digits(20, 3, &ms)))
        return false;
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59)
        return false;
    static constexpr int monthDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > monthDays[mo - 1] + (mo == 2 && leap ? 1 : 0))
        return false;
    // Howard Hinnant's days_from_civil (proleptic Gregorian, as QDate), the
    // inverse of the writer's civil_from_days.
    const qint64 yy = y - (mo <= 2 ? 1 : 0);
    const qint64 era = yy / 400; // yy >= 0
    const qint64 yoe = yy - era * 400;
    const qint64 doy = (153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = era * 146097 + doe - 719468;
    *msecs = ((days * 24 + h) * 60 + mi) * 60000 + sec * 1000 + ms;
    return true;
}

// How a member was given, as far as the checks care. Of repeated members the
// last one counts, as in QJsonDocument.
enum class Kind : quint8 { Absent, Null, String, Number, Array, Other };

struct TagSlots
{
    bool isObject = true;
    Kind id = Kind::Absent, name = Kind::Absent, color = Kind::Absent, description = Kind::Absent,
         parent = Kind::Absent, shortcut = Kind::Absent;
    QString colorText;
};

enum SpanField : quint8 {
    SpanId,
    SpanTag,
    SpanStart,
    SpanEnd,
    SpanNote,
    SpanAuthor,
    SpanCreated,
    SpanModified,
    SpanQuote,
    SpanPrefix,
    SpanSuffix,
    SpanFieldCount
};

struct SpanSlots
{
    bool isObject = true;
    bool createdInvalid = false; ///< a string that is not an ISO 8601 time
    bool modifiedInvalid = false;
    bool idEmpty = true;
    quint64 idHash = 0; ///< hashBytes() of the id's UTF-8
    Kind kind[SpanFieldCount] = {};
    double start = 0;
    double end = 0;
};

struct DocumentSlots
{
    bool isObject = true;
    Kind path = Kind::Absent, sha256 = Kind::Absent, annotations = Kind::Absent, memo = Kind::Absent;
    std::vector<SpanSlots> spans;
    // The analyst's corrections are rare and small: their JSON text is kept
    // as read (in check() too) and checked with QJsonDocument afterwards.
    Kind metadata = Kind::Absent; ///< Kind::Other: an object, its text in metadataJson
    QByteArray metadataJson;
    Kind boilerplate = Kind::Absent; ///< Kind::Array: its text in boilerplateJson
    QByteArray boilerplateJson;
};

// Everything read from the file, before any check. The checks run afterwards
// in the order of the format's rules, so which problem is reported first does
// not depend on the order of the members in the file.
struct Raw
{
    bool rootIsObject = true;
    Kind format = Kind::Absent, version = Kind::Absent, unit = Kind::Absent, codebook = Kind::Absent,
         documents = Kind::Absent;
    QString formatText, unitText;
    double versionNumber = 0;
    std::vector<TagSlots> tagSlots;
    std::vector<DocumentSlots> documentSlots;
    SidecarData data; ///< codebook and documents parallel to the slots
    /// The name of the tag array in errors: "codebook", or "tags" for a codebook file (parseTags()).
    QString tagArray = QStringLiteral("codebook");
};

// A JSON string of UTF-8 bytes (what the reader decoded), escaped again.
void appendJsonString(QByteArray *out, const char *s, qsizetype length)
{
    out->reserve(out->size() + length + 2);
    *out += '"';
    for (qsizetype i = 0; i < length; ++i) {
        const char c = s[i];
        if (c == '"' || c == '\\') {
            *out += '\\';
            *out += c;
        } else if (uchar(c) < 0x20) {
            *out += "\\u00";
            *out += "0123456789abcdef"[uchar(c) >> 4];
            *out += "0123456789abcdef"[uchar(c) & 0xF];
        } else {
            *out += c;
        }
    }
    *out += '"';
}

// A JSON number's text as a double, as QJsonDocument reads it: false when it
// is out of the range of a double (too large, or too small and not zero),
// which QJsonDocument refused too.
bool toDouble(const char *s, qsizetype length, double *out)
{
    // Offsets: up to 15 digits are exact in a double.
    const qsizetype from = length > 0 && s[0] == '-' ? 1 : 0;
    if (length - from >= 1 && length - from <= 15) {
        qint64 v = 0;
        qsizetype k = from;
        for (; k < length && s[k] >= '0' && s[k] <= '9'; ++k)
            v = v * 10 + (s[k] - '0');
        if (k == length) {
            *out = from ? -double(v) : double(v);
            return true;
        }
    }
    const std::from_chars_result r = std::from_chars(s, s + length, *out);
    return r.ec == std::errc() && r.ptr == s + length;
}

// The RapidJSON SAX handler: turns the events into Raw. With build off
// (check()) the free-text strings of annotations are not converted and
// unknown members are not kept; only what the checks read is.
//
// Unknown members are written out again as JSON text (numbers as they are in
// the file) and read by QJsonDocument once their object ends, so that they
// become exactly the QJsonValues earlier builds read: the same numbers, the
// same order of keys inside objects, the last of repeated keys.
class Builder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Builder>
{
public:
    enum class Stop { None, TooDeep, LoneSurrogate, NumberOutOfRange, Stream };

    /// surrogateEscapes: the text may hold \u escapes of surrogates.
    Builder(Raw *raw, bool build, bool surrogateEscapes)
        : m_raw(raw)
        , m_build(build)
        , m_checkSurrogates(surrogateEscapes)
    {
        m_frames.reserve(16);
    }

    Stop stop() const { return m_stop; }
    /// Called after each annotation and document object with the count so
    /// far; false stops the reading (SidecarCodec::check(SidecarStream *)).
    void setUnitHook(std::function<bool(qint64)> hook) { m_unitHook = std::move(hook); }
    void checkSurrogates() { m_checkSurrogates = true; }

    bool Null() { return scalar(Value { Kind::Null, "null", 4 }); }
    bool Bool(bool b) { return scalar(b ? Value { Kind::Other, "true", 4 } : Value { Kind::Other, "false", 5 }); }
    bool RawNumber(const char *s, rapidjson::SizeType length, bool)
    {
        Value v { Kind::Number, s, length };
        if (!toDouble(s, qsizetype(length), &v.number)) {
            m_stop = Stop::NumberOutOfRange;
            return false;
        }
        return scalar(v);
    }
    bool String(const char *s, rapidjson::SizeType length, bool)
    {
        if (!checkSurrogates(s, length))
            return false;
        return scalar(Value { Kind::String, s, length });
    }

    bool Key(const char *s, rapidjson::SizeType length, bool)
    {
        if (!checkSurrogates(s, length))
            return false;
        switch (top()) {
        case Frame::Skip:
            return true;
        case Frame::Capture: {
            QByteArray &text = captureText();
            if (!m_captureFirst.back())
                text += ',';
            m_captureFirst.back() = false;
            appendJsonString(&text, s, qsizetype(length));
            text += ':';
            m_captureAfterKey = true;
            return true;
        }
        case Frame::RootObject:
            m_field = rootField(s, length);
            break;
        case Frame::Tag:
            m_field = tagField(s, length);
            break;
        case Frame::Document:
            m_field = documentField(s, length);
            break;
        case Frame::Span:
            m_field = spanField(s, length);
            break;
        case Frame::Codebook:
        case Frame::Documents:
        case Frame::Annotations:
            break; // arrays have no keys
        }
        if (m_field == Field::Unknown && m_build)
            m_extraKey = QByteArray(s, qsizetype(length));
        return true;
    }

    bool StartObject() { return startContainer(true); }
    bool StartArray() { return startContainer(false); }
    bool EndObject(rapidjson::SizeType) { return endContainer(true); }
    bool EndArray(rapidjson::SizeType) { return endContainer(false); }

private:
    enum class Frame : quint8 { RootObject, Codebook, Tag, Documents, Document, Annotations, Span, Capture, Skip };
    enum class Field : quint8 {
        Unknown,
        Format,
        Version,
        Unit,
        CodebookArray,
        DocumentsArray,
        TagId,
        TagName,
        TagColor,
        TagDescription,
        TagParent,
        TagShortcut,
        Path,
        Sha256,
        Memo,
        AnnotationsArray,
        MetadataObject,
        BoilerplateArray,
        SpanFirst, ///< SpanFirst + SpanField
    };

    struct Value
    {
        Kind kind;
        const char *text = nullptr; ///< strings: the decoded UTF-8; otherwise the JSON text
        rapidjson::SizeType length = 0;
        double number = 0;
    };

    Frame top() const { return m_frames.back(); }

    static bool is(const char *s, rapidjson::SizeType n, const char *name)
    {
        return std::strlen(name) == n && std::memcmp(s, name, n) == 0;
    }
    static Field rootField(const char *s, rapidjson::SizeType n)
    {
        if (is(s, n, "format"))
            return Field::Format;
        if (is(s, n, "version"))
            return Field::Version;
        if (is(s, n, "unit"))
            return Field::Unit;
        if (is(s, n, "codebook"))
            return Field::CodebookArray;
        if (is(s, n, "documents"))
            return Field::DocumentsArray;
        return Field::Unknown;
    }
    static Field tagField(const char *s, rapidjson::SizeType n)
    {
        if (is(s, n, "id"))
            return Field::TagId;
        if (is(s, n, "name"))
            return Field::TagName;
        if (is(s, n, "color"))
            return Field::TagColor;
        if (is(s, n, "description"))
            return Field::TagDescription;
        if (is(s, n, "parent"))
            return Field::TagParent;
        if (is(s, n, "shortcut"))
            return Field::TagShortcut;
        return Field::Unknown;
    }
    static Field documentField(const char *s, rapidjson::SizeType n)
    {
        if (is(s, n, "path"))
            return Field::Path;
        if (is(s, n, "sha256"))
            return Field::Sha256;
        if (is(s, n, "memo"))
            return Field::Memo;
        if (is(s, n, "annotations"))
            return Field::AnnotationsArray;
        if (is(s, n, "metadata"))
            return Field::MetadataObject;
        if (is(s, n, "boilerplate"))
            return Field::BoilerplateArray;
        return Field::Unknown;
    }
    static Field spanField(const char *s, rapidjson::SizeType n)
    {
        // The hot path: eleven members per annotation, 100,000 annotations.
        SpanField f = SpanFieldCount;
        switch (n) {
        case 2:
            if (s[0] == 'i' && s[1] == 'd')
                f = SpanId;
            break;
        case 3:
            if (std::memcmp(s, "tag", 3) == 0)
                f = SpanTag;
            else if (std::memcmp(s, "end", 3) == 0)
                f = SpanEnd;
            break;
        case 4:
            if (std::memcmp(s, "note", 4) == 0)
                f = SpanNote;
            break;
        case 5:
            if (std::memcmp(s, "start", 5) == 0)
                f = SpanStart;
            else if (std::memcmp(s, "quote", 5) == 0)
                f = SpanQuote;
            break;
        case 6:
            if (std::memcmp(s, "author", 6) == 0)
                f = SpanAuthor;
            else if (std::memcmp(s, "prefix", 6) == 0)
                f = SpanPrefix;
            else if (std::memcmp(s, "suffix", 6) == 0)
                f = SpanSuffix;
            break;
        case 7:
            if (std::memcmp(s, "created", 7) == 0)
                f = SpanCreated;
            break;
        case 8:
            if (std::memcmp(s, "modified", 8) == 0)
                f = SpanModified;
            break;
        default:
            break;
        }
        return f == SpanFieldCount ? Field::Unknown : Field(int(Field::SpanFirst) + f);
    }

    // RapidJSON refuses a lone high surrogate escape (\uD800) but encodes a
    // lone low one (\uDC00) as the bytes ED B0..BF xx, which are not UTF-8
    // (the input itself was checked before). Refuse both alike.
    bool checkSurrogates(const char *s, rapidjson::SizeType length)
    {
        if (!m_checkSurrogates)
            return true;
        const auto *begin = reinterpret_cast<const uchar *>(s);
        const auto *end = begin + length;
        for (auto *p = static_cast<const uchar *>(std::memchr(begin, 0xED, length)); p;
             p = static_cast<const uchar *>(std::memchr(p + 1, 0xED, size_t(end - p - 1)))) {
            if (p + 1 < end && p[1] >= 0xA0) {
                m_stop = Stop::LoneSurrogate;
                return false;
            }
        }
        return true;
    }

    static QString text(const Value &v) { return QString::fromUtf8(v.text, qsizetype(v.length)); }
    // Tag ids and authors repeat on every annotation: share one string each
    // (a small cache indexed by hash; a miss only costs a new string).
    QString interned(const Value &v)
    {
        Interned &slot = m_interned[hashBytes(v.text, v.length) % std::size(m_interned)];
        if (slot.utf8.size() != qsizetype(v.length) || std::memcmp(slot.utf8.constData(), v.text, v.length) != 0) {
            slot.utf8 = QByteArray(v.text, qsizetype(v.length));
            slot.string = text(v);
        }
        return slot.string;
    }

    static bool isOwner(Frame f)
    {
        return f == Frame::RootObject || f == Frame::Tag || f == Frame::Document || f == Frame::Span;
    }

    QJsonObject &extrasOf(Frame owner)
    {
        switch (owner) {
        case Frame::Tag:
            return m_raw->data.codebook.last().extra;
        case Frame::Document:
            return m_raw->data.documents.last().extra;
        case Frame::Span:
            return m_raw->data.documents.last().spans.last().extra;
        default:
            return m_raw->data.extra;
        }
    }

    // The text of a scalar inside a captured unknown member.
    static void appendScalar(QByteArray *text, const Value &v)
    {
        if (v.kind == Kind::String)
            appendJsonString(text, v.text, qsizetype(v.length));
        else
            text->append(v.text, qsizetype(v.length));
    }

    // "key": of an unknown member of one of our objects.
    void beginExtra()
    {
        QByteArray &text = m_pending.back();
        if (!text.isEmpty())
            text += ',';
        appendJsonString(&text, m_extraKey.constData(), m_extraKey.size());
        text += ':';
    }

    // Inside a captured unknown member: the comma before a value.
    void captureSeparator()
    {
        if (m_captureAfterKey) {
            m_captureAfterKey = false;
            return;
        }
        if (!m_captureFirst.back())
            captureText() += ',';
        m_captureFirst.back() = false;
    }

    // Where a captured value's text goes: the owner's unknown members, or a
    // known member kept as JSON text.
    QByteArray &captureText() { return m_captureKnown ? *m_captureKnown : m_pending.back(); }

    bool scalar(const Value &v)
    {
        if (m_frames.empty()) {
            m_raw->rootIsObject = false;
            return true;
        }
        switch (top()) {
        case Frame::Skip:
            return true;
        case Frame::Capture:
            captureSeparator();
            appendScalar(&captureText(), v);
            return true;
        case Frame::Codebook:
            m_raw->tagSlots.emplace_back().isObject = false;
            m_raw->data.codebook.append(Tag());
            return true;
        case Frame::Documents:
            m_raw->documentSlots.emplace_back().isObject = false;
            m_raw->data.documents.append(SidecarData::DocumentEntry());
            return true;
        case Frame::Annotations:
            m_raw->documentSlots.back().spans.emplace_back().isObject = false;
            m_raw->data.documents.last().spans.append(Span());
            return true;
        case Frame::RootObject:
            rootMember(v);
            return true;
        case Frame::Tag:
            tagMember(v);
            return true;
        case Frame::Document:
            documentMember(v);
            return true;
        case Frame::Span:
            spanMember(v);
            return true;
        }
        return true;
    }

    void unknownMember(const Value &v)
    {
        if (!m_build)
            return;
        beginExtra();
        appendScalar(&m_pending.back(), v);
    }

    void rootMember(const Value &v)
    {
        switch (m_field) {
        case Field::Format:
            m_raw->format = v.kind;
            m_raw->formatText = v.kind == Kind::String ? text(v) : QString();
            break;
        case Field::Version:
            m_raw->version = v.kind;
            m_raw->versionNumber = v.number;
            break;
        case Field::Unit:
            m_raw->unit = v.kind;
            m_raw->unitText = v.kind == Kind::String ? text(v) : QString();
            break;
        case Field::CodebookArray:
            m_raw->codebook = v.kind;
            m_raw->tagSlots.clear();
            m_raw->data.codebook.clear();
            break;
        case Field::DocumentsArray:
            m_raw->documents = v.kind;
            m_raw->documentSlots.clear();
            m_raw->data.documents.clear();
            break;
        default:
            unknownMember(v);
            break;
        }
    }

    static void stringMember(const Value &v, Kind *kind, QString *target)
    {
        *kind = v.kind;
        *target = v.kind == Kind::String ? text(v) : QString();
    }

    void tagMember(const Value &v)
    {
        TagSlots &slots = m_raw->tagSlots.back();
        Tag &tag = m_raw->data.codebook.last();
        switch (m_field) {
        case Field::TagId:
            stringMember(v, &slots.id, &tag.id);
            break;
        case Field::TagName:
            stringMember(v, &slots.name, &tag.name);
            break;
        case Field::TagColor:
            stringMember(v, &slots.color, &slots.colorText);
            break;
        case Field::TagDescription:
            stringMember(v, &slots.description, &tag.description);
            break;
        case Field::TagParent:
            stringMember(v, &slots.parent, &tag.parentId);
            break;
        case Field::TagShortcut:
            stringMember(v, &slots.shortcut, &tag.shortcut);
            break;
        default:
            unknownMember(v);
            break;
        }
    }

    void documentMember(const Value &v)
    {
        DocumentSlots &slots = m_raw->documentSlots.back();
        SidecarData::DocumentEntry &entry = m_raw->data.documents.last();
        switch (m_field) {
        case Field::Path:
            stringMember(v, &slots.path, &entry.path);
            break;
        case Field::Sha256:
            slots.sha256 = v.kind;
            entry.sha256 = v.kind == Kind::String ? text(v).toLatin1() : QByteArray();
            break;
        case Field::Memo:
            stringMember(v, &slots.memo, &entry.memo);
            break;
        case Field::AnnotationsArray:
            slots.annotations = v.kind;
            slots.spans.clear();
            entry.spans.clear();
            break;
        case Field::MetadataObject:
            slots.metadata = v.kind;
            slots.metadataJson.clear();
            break;
        case Field::BoilerplateArray:
            slots.boilerplate = v.kind;
            slots.boilerplateJson.clear();
            break;
        default:
            unknownMember(v);
            break;
        }
    }

    void timeMember(const Value &v, bool *invalid, QDateTime *target)
    {
        *invalid = false;
        if (!target->isNull())
            *target = QDateTime();
        if (v.kind != Kind::String || v.length == 0)
            return;
        // Many annotations share a time stamp ("modified" mostly repeats
        // "created"; a batch of auto-coding has one).
        if (qsizetype(v.length) == m_lastTime.size() && std::memcmp(v.text, m_lastTime.constData(), v.length) == 0) {
            *target = m_lastTimeValue;
            return;
        }
        QDateTime t;
        qint64 msecs;
        if (parseIsoUtcFast(v.text, qsizetype(v.length), &msecs)) {
            // check() needs to know only that it is a time.
            if (m_build)
                t = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        } else {
            // Every ISO 8601 form Qt reads, as earlier builds did; no zone means UTC.
            t = QDateTime::fromString(text(v), Qt::ISODateWithMs);
            if (t.isValid() && t.timeSpec() == Qt::LocalTime)
                t.setTimeSpec(Qt::UTC);
            if (!t.isValid()) {
                *invalid = true;
                return;
            }
            t = t.toUTC();
        }
        // Keeps its capacity: no allocation per time stamp.
        m_lastTime.resize(qsizetype(v.length));
        std::memcpy(m_lastTime.data(), v.text, v.length);
        m_lastTimeValue = t;
        *target = t;
    }

    void spanMember(const Value &v)
    {
        if (m_field < Field::SpanFirst) {
            unknownMember(v);
            return;
        }
        Span &span = m_raw->data.documents.last().spans.last();
        SpanSlots &slots = m_raw->documentSlots.back().spans.back();
        const auto f = SpanField(int(m_field) - int(Field::SpanFirst));
        slots.kind[f] = v.kind;
        const bool isString = v.kind == Kind::String;
        switch (f) {
        case SpanId:
            slots.idHash = isString ? hashBytes(v.text, v.length) : 0;
            slots.idEmpty = !isString || v.length == 0;
            if (m_build)
                span.id = isString ? text(v) : QString();
            break;
        case SpanTag:
            span.tagId = isString ? interned(v) : QString();
            break;
        case SpanStart:
            slots.start = v.number;
            break;
        case SpanEnd:
            slots.end = v.number;
            break;
        case SpanCreated:
            timeMember(v, &slots.createdInvalid, &span.created);
            break;
        case SpanModified:
            timeMember(v, &slots.modifiedInvalid, &span.modified);
            break;
        case SpanAuthor:
            if (m_build)
                span.author = isString ? interned(v) : QString();
            break;
        case SpanNote:
            if (m_build)
                span.note = isString ? text(v) : QString();
            break;
        case SpanQuote:
            if (m_build)
                span.quote = isString ? text(v) : QString();
            break;
        case SpanPrefix:
            if (m_build)
                span.prefix = isString ? text(v) : QString();
            break;
        case SpanSuffix:
            if (m_build)
                span.suffix = isString ? text(v) : QString();
            break;
        case SpanFieldCount:
            break;
        }
    }

    void push(Frame f)
    {
        m_frames.push_back(f);
        if (m_build && isOwner(f))
            m_pending.emplace_back();
    }

    bool startContainer(bool object)
    {
        if (++m_depth > SidecarCodec::MaxDepth) {
            m_stop = Stop::TooDeep;
            return false;
        }
        if (m_frames.empty()) {
            m_raw->rootIsObject = object;
            push(object ? Frame::RootObject : Frame::Skip);
            return true;
        }
        switch (top()) {
        case Frame::Skip:
            m_frames.push_back(Frame::Skip);
            return true;
        case Frame::Capture:
            captureSeparator();
            captureText() += object ? '{' : '[';
            m_captureFirst.push_back(true);
            return true;
        case Frame::Codebook:
            m_raw->tagSlots.emplace_back().isObject = object;
            m_raw->data.codebook.append(Tag());
            push(object ? Frame::Tag : Frame::Skip);
            return true;
        case Frame::Documents:
            m_raw->documentSlots.emplace_back().isObject = object;
            m_raw->data.documents.append(SidecarData::DocumentEntry());
            push(object ? Frame::Document : Frame::Skip);
            return true;
        case Frame::Annotations:
            m_raw->documentSlots.back().spans.emplace_back().isObject = object;
            m_raw->data.documents.last().spans.append(Span());
            push(object ? Frame::Span : Frame::Skip);
            return true;
        case Frame::RootObject:
        case Frame::Tag:
        case Frame::Document:
        case Frame::Span:
            break;
        }
        // The value of a member of one of our objects is an object or array.
        if (top() == Frame::Document
            && ((object && m_field == Field::MetadataObject) || (!object && m_field == Field::BoilerplateArray))) {
            DocumentSlots &slots = m_raw->documentSlots.back();
            if (object) {
                slots.metadata = Kind::Other;
                m_captureKnown = &slots.metadataJson;
            } else {
                slots.boilerplate = Kind::Array;
                m_captureKnown = &slots.boilerplateJson;
            }
            *m_captureKnown = object ? "{" : "[";
            m_captureFirst.assign(1, true);
            m_captureAfterKey = false;
            m_frames.push_back(Frame::Capture);
            return true;
        }
        if (m_field == Field::Unknown) {
            if (m_build) {
                beginExtra();
                m_pending.back() += object ? '{' : '[';
                m_captureFirst.assign(1, true);
                m_captureAfterKey = false;
                m_frames.push_back(Frame::Capture);
            } else {
                m_frames.push_back(Frame::Skip);
            }
            return true;
        }
        if (!object) {
            switch (m_field) {
            case Field::CodebookArray:
                rootMember(Value { Kind::Array });
                m_frames.push_back(Frame::Codebook);
                return true;
            case Field::DocumentsArray:
                rootMember(Value { Kind::Array });
                m_frames.push_back(Frame::Documents);
                return true;
            case Field::AnnotationsArray:
                documentMember(Value { Kind::Array });
                // Documents tend to have alike numbers of annotations: room for as
                // many as the last one had saves growing the array step by step.
                m_raw->data.documents.last().spans.reserve(m_lastSpanCount);
                m_raw->documentSlots.back().spans.reserve(size_t(m_lastSpanCount));
                m_frames.push_back(Frame::Annotations);
                return true;
            default:
                break;
            }
        }
        // An object or array where a string or number belongs, or an object
        // where an array belongs: recorded as the wrong kind, content skipped.
        scalar(Value { object ? Kind::Other : Kind::Array });
        m_frames.push_back(Frame::Skip);
        return true;
    }

    bool endContainer(bool object)
    {
        --m_depth;
        const Frame f = top();
        if (f == Frame::Capture) {
            captureText() += object ? '}' : ']';
            m_captureFirst.pop_back();
            if (m_captureFirst.empty()) {
                m_frames.pop_back();
                m_captureKnown = nullptr;
            }
            return true;
        }
        if (f == Frame::Annotations)
            m_lastSpanCount = qMax<qsizetype>(4, m_raw->data.documents.last().spans.size());
        if (m_build && isOwner(f)) {
            if (!m_pending.back().isEmpty()) {
                const QByteArray text = '{' + m_pending.back() + '}';
                extrasOf(f) = QJsonDocument::fromJson(text).object();
            }
            m_pending.pop_back();
        }
        m_frames.pop_back();
        if (m_unitHook && (f == Frame::Span || f == Frame::Document) && !m_unitHook(++m_units)) {
            m_stop = Stop::Stream;
            return false;
        }
        return true;
    }

    Raw *m_raw;
    bool m_build;
    Stop m_stop = Stop::None;
    int m_depth = 0;
    qsizetype m_lastSpanCount = 4;
    std::vector<Frame> m_frames;
    Field m_field = Field::Unknown;
    QByteArray m_extraKey; ///< UTF-8, as decoded
    std::vector<QByteArray> m_pending; ///< per open object of ours: its unknown members as JSON text
    std::vector<bool> m_captureFirst; ///< per open container inside an unknown member
    bool m_captureAfterKey = false;
    QByteArray *m_captureKnown = nullptr; ///< set while capturing a known member's text
    bool m_checkSurrogates;
    struct Interned
    {
        QByteArray utf8;
        QString string;
    };
    Interned m_interned[256];
    QByteArray m_lastTime;
    QDateTime m_lastTimeValue;
    std::function<bool(qint64)> m_unitHook;
    qint64 m_units = 0;
};

// Where a problem is, as a JSON path; only put into words when there is one.
struct Where
{
    enum Type { Tag, Document, Span, Documents } type;
    qsizetype i = 0;
    qsizetype j = 0;

    QString toString(const QString &tagArray) const
    {
        switch (type) {
        case Tag:
            return QStringLiteral("%1[%2]").arg(tagArray).arg(i);
        case Document:
            return QStringLiteral("documents[%1]").arg(i);
        case Span:
            return QStringLiteral("documents[%1].annotations[%2]").arg(i).arg(j);
        case Documents:
            break;
        }
        return QStringLiteral("documents");
    }
};

// The format's rules, checked in the order earlier builds checked them, so
// that a file gets the same first message it always got.
struct Checker
{
    QString error;
    QString tagArray;

    void fail(const Where &where, const QString &what)
    {
        if (error.isEmpty())
            error = Text::tr("%1: %2").arg(where.toString(tagArray), what);
    }
    void fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = Text::tr("%1: %2").arg(where, what);
    }
    // The members of the small objects kept as JSON text (see DocumentSlots).
    QString string(const QJsonObject &o, const char *key, const QString &where, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(where, Text::tr("the field \"%1\" is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString()) {
            fail(where, Text::tr("the field \"%1\" must be a string").arg(QLatin1String(key)));
            return {};
        }
        return v.toString();
    }
    int integer(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            fail(where, Text::tr("the field \"%1\" is missing").arg(QLatin1String(key)));
            return 0;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 2147483647.0 || d != double(qint64(d))) {
            fail(where, Text::tr("the field \"%1\" must be a whole number of at least 0").arg(QLatin1String(key)));
            return 0;
        }
        return int(d);
    }
    // A document's "metadata" object: every member optional; a string, or for
    // "date" a YYYY-MM-DD date or "" (cleared). Unknown members are kept.
    MetadataOverrides metadata(const DocumentSlots &slots, const QString &where)
    {
        MetadataOverrides m;
        if (slots.metadata == Kind::Absent || slots.metadata == Kind::Null)
            return m;
        if (slots.metadata != Kind::Other || !slots.metadataJson.startsWith('{')) {
            fail(where, Text::tr("the field \"%1\" must be an object").arg(QStringLiteral("metadata")));
            return m;
        }
        const QJsonObject o = QJsonDocument::fromJson(slots.metadataJson).object();
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
                fail(mwhere, Text::tr("the field \"date\" must be a date YYYY-MM-DD or empty"));
            m.date = d.isEmpty() ? QDate() : date;
        }
        m.extra = o;
        for (const char *k : { "title", "outlet", "author", "url", "date" })
            m.extra.remove(QLatin1String(k));
        return m;
    }
    // A document's "boilerplate" array: the analyst's clutter marks.
    QVector<BoilerplateOverride> boilerplate(const DocumentSlots &slots, const QString &where)
    {
        QVector<BoilerplateOverride> out;
        if (slots.boilerplate == Kind::Absent || slots.boilerplate == Kind::Null)
            return out;
        if (slots.boilerplate != Kind::Array || !slots.boilerplateJson.startsWith('[')) {
            fail(where, Text::tr("\"%1\" must be an array").arg(QStringLiteral("boilerplate")));
            return out;
        }
        const QJsonArray a = QJsonDocument::fromJson(slots.boilerplateJson).array();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        for (qsizetype i = 0; i < a.size() && error.isEmpty(); ++i) {
            const QString bwhere = QStringLiteral("%1.boilerplate[%2]").arg(where).arg(i);
            if (!a.at(i).isObject()) {
                fail(bwhere, Text::tr("must be an object"));
                break;
            }
            const QJsonObject o = a.at(i).toObject();
            BoilerplateOverride b;
            b.line.start = integer(o, "start", bwhere);
            b.line.end = integer(o, "end", bwhere);
            b.sha256 = string(o, "sha256", bwhere, true).toLatin1();
            const QJsonValue clutter = o.value(QLatin1String("clutter"));
            if (!clutter.isBool())
                fail(bwhere, Text::tr("the field \"%1\" must be true or false").arg(QStringLiteral("clutter")));
            b.clutter = clutter.toBool();
            b.extra = o;
            for (const char *k : { "start", "end", "sha256", "clutter" })
                b.extra.remove(QLatin1String(k));
            if (!error.isEmpty())
                break;
            if (b.line.end < b.line.start)
                fail(bwhere, Text::tr("\"end\" (%1) is before \"start\" (%2)").arg(b.line.end).arg(b.line.start));
            else if (!hex.match(QString::fromLatin1(b.sha256)).hasMatch())
                fail(bwhere, Text::tr("the field \"sha256\" must be 64 lower-case hexadecimal digits"));
            out.append(b);
        }
        return out;
    }
    void string(Kind kind, const char *key, const Where &where, bool required)
    {
        if (kind == Kind::Absent || kind == Kind::Null) {
            if (required)
                fail(where, Text::tr("the field \"%1\" is missing").arg(QLatin1String(key)));
        } else if (kind != Kind::String) {
            fail(where, Text::tr("the field \"%1\" must be a string").arg(QLatin1String(key)));
        }
    }
    int integer(Kind kind, double d, const char *key, const Where &where)
    {
        if (kind == Kind::Absent) {
            fail(where, Text::tr("the field \"%1\" is missing").arg(QLatin1String(key)));
            return 0;
        }
        if (kind != Kind::Number || d < 0 || d > 2147483647.0 || d != double(qint64(d))) {
            fail(where, Text::tr("the field \"%1\" must be a whole number of at least 0").arg(QLatin1String(key)));
            return 0;
        }
        return int(d);
    }
    void time(Kind kind, bool invalid, const char *key, const Where &where)
    {
        string(kind, key, where, false);
        if (kind == Kind::String && invalid)
            fail(where, Text::tr("the field \"%1\" is not an ISO 8601 date and time").arg(QLatin1String(key)));
    }
};

// QJsonValue::toInt(): the number if it is whole and fits an int, else 0.
int toInt(double d)
{
    return (d >= -2147483648.0 && d <= 2147483647.0 && d == double(int(d))) ? int(d) : 0;
}

// Checks Raw; on success its data is complete (offsets filled in). Without
// the strings of the data (build off), *needsExact is set where telling a
// repeated annotation id from a hash collision needs them.
bool validate(Raw &raw, bool build, QString *error, bool *newer, bool *needsExact)
{
    *needsExact = false;
    *newer = false;
    if (!raw.rootIsObject) {
        *error = Text::tr("not a Marginalia sidecar: the top level is not a JSON object");
        return false;
    }
    if (raw.format != Kind::String || raw.formatText != QLatin1String("marginalia")) {
        *error = Text::tr("not a Marginalia sidecar: \"format\" is not \"marginalia\"");
        return false;
    }
    if (raw.version != Kind::Number || raw.versionNumber < 1 || raw.versionNumber != double(toInt(raw.versionNumber))) {
        *error = Text::tr("\"version\" must be a whole number of at least 1");
        return false;
    }
    if (toInt(raw.versionNumber) > SidecarCodec::FormatVersion) {
        *newer = true;
        *error = Text::tr("written by a newer Marginalia (format version %1; this build reads up to %2)")
                     .arg(toInt(raw.versionNumber))
                     .arg(SidecarCodec::FormatVersion);
        return false;
    }
    if (raw.unit != Kind::Absent && (raw.unit != Kind::String || raw.unitText != QLatin1String("codepoint"))) {
        *error = Text::tr("unsupported offset unit \"%1\" (expected \"codepoint\")").arg(raw.unitText);
        return false;
    }
    if (raw.codebook != Kind::Absent && raw.codebook != Kind::Array) {
        *error = Text::tr("\"codebook\" must be an array");
        return false;
    }

    Checker r;
    r.tagArray = raw.tagArray;
    QSet<QString> tagIds;
    for (size_t i = 0; i < raw.tagSlots.size(); ++i) {
        const Where where { Where::Tag, qsizetype(i) };
        const TagSlots &slots = raw.tagSlots[i];
        if (!slots.isObject) {
            r.fail(where, Text::tr("must be an object"));
            break;
        }
        Tag &t = raw.data.codebook[qsizetype(i)];
        r.string(slots.id, "id", where, true);
        r.string(slots.name, "name", where, true);
        r.string(slots.color, "color", where, false);
        static const QRegularExpression hexColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        t.color = slots.colorText.isEmpty() ? QColor(Qt::yellow) : QColor::fromString(slots.colorText);
        if (!slots.colorText.isEmpty() && !hexColor.match(slots.colorText).hasMatch())
            r.fail(where, Text::tr("\"%1\" is not a colour of the form #rrggbb").arg(slots.colorText));
        r.string(slots.description, "description", where, false);
        r.string(slots.parent, "parent", where, false);
        r.string(slots.shortcut, "shortcut", where, false);
        if (!r.error.isEmpty())
            break;
        if (t.id.isEmpty() || tagIds.contains(t.id)) {
            r.fail(where, Text::tr("the tag id \"%1\" is empty or used twice").arg(t.id));
            break;
        }
        if (t.name.trimmed().isEmpty()) {
            r.fail(where, Text::tr("the tag \"%1\" has an empty name").arg(t.id));
            break;
        }
        // Parents come first: this is how we write it, and it rules out cycles.
        if (!t.parentId.isEmpty() && !tagIds.contains(t.parentId)) {
            r.fail(where,
                Text::tr("the tag \"%1\" names a parent \"%2\" that is not listed before it").arg(t.name, t.parentId));
            break;
        }
        tagIds.insert(t.id);
    }

    if (r.error.isEmpty() && raw.documents != Kind::Absent && raw.documents != Kind::Array)
        r.fail(Where { Where::Documents }, Text::tr("must be an array"));
    QSet<QString> paths;
    qsizetype spanCount = 0;
    for (const DocumentSlots &d : raw.documentSlots)
        spanCount += qsizetype(d.spans.size());
    // Annotation ids by their hashes; the strings are compared only from the
    // first time two hashes meet on (a repeated id, or a collision).
    HashSet idHashes(spanCount);
    QSet<QString> exactIds;
    bool exact = false;
    // The tag ids of annotations are shared strings: one lookup per string.
    struct KnownTag
    {
        const QChar *data = nullptr;
        bool known = false;
    } knownTags[64];
    const auto tagKnown = [&](const QString &tag) {
        KnownTag &k = knownTags[(quintptr(tag.constData()) >> 4) % std::size(knownTags)];
        if (k.data != tag.constData()) {
            k.data = tag.constData();
            k.known = tagIds.contains(tag);
        }
        return k.known;
    };
    for (size_t i = 0; i < raw.documentSlots.size() && r.error.isEmpty(); ++i) {
        const Where where { Where::Document, qsizetype(i) };
        const DocumentSlots &slots = raw.documentSlots[i];
        if (!slots.isObject) {
            r.fail(where, Text::tr("must be an object"));
            break;
        }
        SidecarData::DocumentEntry &entry = raw.data.documents[qsizetype(i)];
        r.string(slots.path, "path", where, true);
        r.string(slots.sha256, "sha256", where, false);
        r.string(slots.memo, "memo", where, false);
        if (slots.metadata != Kind::Absent)
            entry.metadata = r.metadata(slots, where.toString(r.tagArray));
        if (slots.boilerplate != Kind::Absent)
            entry.boilerplate = r.boilerplate(slots, where.toString(r.tagArray));
        if (r.error.isEmpty() && entry.path.isEmpty())
            r.fail(where, Text::tr("the document path is empty"));
        if (paths.contains(entry.path))
            r.fail(where, Text::tr("the document \"%1\" is listed twice").arg(entry.path));
        paths.insert(entry.path);
        if (slots.annotations != Kind::Absent && slots.annotations != Kind::Array)
            r.fail(where, Text::tr("\"annotations\" must be an array"));
        for (size_t j = 0; j < slots.spans.size() && r.error.isEmpty(); ++j) {
            const Where swhere { Where::Span, qsizetype(i), qsizetype(j) };
            const SpanSlots &ss = slots.spans[j];
            if (!ss.isObject) {
                r.fail(swhere, Text::tr("must be an object"));
                break;
            }
            Span &s = entry.spans[qsizetype(j)];
            r.string(ss.kind[SpanId], "id", swhere, true);
            r.string(ss.kind[SpanTag], "tag", swhere, true);
            s.start = r.integer(ss.kind[SpanStart], ss.start, "start", swhere);
            s.end = r.integer(ss.kind[SpanEnd], ss.end, "end", swhere);
            r.string(ss.kind[SpanNote], "note", swhere, false);
            r.string(ss.kind[SpanAuthor], "author", swhere, false);
            r.time(ss.kind[SpanCreated], ss.createdInvalid, "created", swhere);
            r.time(ss.kind[SpanModified], ss.modifiedInvalid, "modified", swhere);
            r.string(ss.kind[SpanQuote], "quote", swhere, false);
            r.string(ss.kind[SpanPrefix], "prefix", swhere, false);
            r.string(ss.kind[SpanSuffix], "suffix", swhere, false);
            if (!r.error.isEmpty())
                break;
            bool seen = false;
            if (exact) {
                seen = exactIds.contains(s.id);
            } else if (!idHashes.insert(ss.idHash)) {
                if (!build) {
                    *needsExact = true;
                    return false;
                }
                exact = true;
                for (size_t pi = 0; pi <= i; ++pi) {
                    const auto &spans = raw.data.documents.at(qsizetype(pi)).spans;
                    for (qsizetype pj = 0; pj < (pi == i ? qsizetype(j) : spans.size()); ++pj)
                        exactIds.insert(spans.at(pj).id);
                }
                seen = exactIds.contains(s.id);
            }
            if (s.end < s.start)
                r.fail(swhere, Text::tr("\"end\" (%1) is before \"start\" (%2)").arg(s.end).arg(s.start));
            else if (ss.idEmpty || seen)
                r.fail(swhere, Text::tr("the annotation id \"%1\" is empty or used twice").arg(s.id));
            else if (!tagKnown(s.tagId))
                r.fail(swhere, Text::tr("the tag \"%1\" is not in the codebook").arg(s.tagId));
            if (exact)
                exactIds.insert(s.id);
        }
    }
    *error = r.error;
    return r.error.isEmpty();
}

// Reads bytes into raw; returns the syntax error (with its place), if any.
QString read(const QByteArray &bytes, Raw *raw, bool build)
{
    // A leading byte order mark is tolerated (docs/sidecar-format.md).
    const qsizetype begin = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype bad = begin + firstBadByte(bytes.constData() + begin, bytes.size() - begin);
    // RapidJSON reads up to a NUL. Read up to the first bad byte, from the
    // caller's bytes when they end in the NUL QByteArray guarantees (not for
    // fromRawData(), which has no capacity of its own).
    QByteArray copy;
    const char *text = bytes.constData() + begin;
    if (bad < bytes.size() || bytes.capacity() == 0) {
        copy = QByteArray(bytes.constData() + begin, bad - begin);
        text = copy.constData();
    }
    rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, ReaderStackAllocator> reader;
    rapidjson::StringStream stream(text);
    Builder builder(raw, build, mayHoldSurrogateEscape(text, bad - begin));
    // Numbers as their text: unknown members keep it exactly, and the few
    // numbers the format has are converted below (toDouble).
    reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag>(stream, builder);
    qsizetype offset = -1;
    QString what;
    if (reader.HasParseError())
        offset = begin + qsizetype(reader.GetErrorOffset());
    if (bad < bytes.size() && (offset < 0 || offset >= bad)) {
        offset = bad;
        what = bytes.at(bad) == '\0' ? Text::tr("a NUL byte") : Text::tr("bytes that are not UTF-8");
    } else if (offset >= 0) {
        switch (builder.stop()) {
        case Builder::Stop::TooDeep:
            what = Text::tr("arrays and objects nested more than %1 deep").arg(SidecarCodec::MaxDepth);
            break;
        case Builder::Stop::LoneSurrogate:
            what = syntaxError(rapidjson::kParseErrorStringUnicodeSurrogateInvalid, 0);
            break;
        case Builder::Stop::NumberOutOfRange:
            what = Text::tr("a number is too large or too close to zero");
            break;
        case Builder::Stop::Stream: // not for read()
        case Builder::Stop::None:
            what = syntaxError(reader.GetParseErrorCode(), offset < bytes.size() ? uchar(bytes.at(offset)) : uchar(0));
            // A file cut short (a crash while another program wrote it, an
            // interrupted copy or sync) ends inside an object or array.
            if (offset == bytes.size() && endsEarly(reader.GetParseErrorCode()))
                what = Text::tr("the file ends before the JSON value does (it may have been cut short)");
            break;
        }
    } else {
        return {};
    }
    return Text::tr("not valid JSON: %1 at byte %2 (%3)").arg(what).arg(offset).arg(lineColumn(bytes, offset));
}

QString sizeError(const QByteArray &bytes)
{
    return Text::tr("the file is %1 MB, larger than the %2 MB a sidecar may have")
        .arg(bytes.size() / (1024 * 1024))
        .arg(SidecarCodec::MaxSize / (1024 * 1024));
}

} // namespace

SidecarCodec::ParseResult SidecarCodec::parse(const QByteArray &bytes)
{
    ParseResult result;
    if (bytes.size() > MaxSize) {
        result.error = sizeError(bytes);
        return result;
    }
    Raw raw;
    result.error = read(bytes, &raw, true);
    if (!result.error.isEmpty())
        return result;
    bool needsExact;
    if (!validate(raw, true, &result.error, &result.newerVersion, &needsExact))
        return result;
    result.data = std::move(raw.data);
    result.ok = true;
    return result;
}

SidecarCodec::CheckResult SidecarCodec::check(const QByteArray &bytes)
{
    CheckResult result;
    if (bytes.size() > MaxSize) {
        result.error = sizeError(bytes);
        return result;
    }
    Raw raw;
    QString syntax = read(bytes, &raw, false);
    if (!syntax.isEmpty()) {
        result.error = std::move(syntax);
        return result;
    }
    QString error;
    bool needsExact = false;
    if (validate(raw, false, &error, &result.newerVersion, &needsExact)) {
        result.ok = true;
        result.tagCount = int(raw.data.codebook.size());
        result.annotationCount = raw.data.annotationCount();
        return result;
    }
    // Refused (or two ids with one hash): parse() words the problem, naming
    // the ids check() did not keep.
    const ParseResult parsed = parse(bytes);
    result.ok = parsed.ok;
    result.newerVersion = parsed.newerVersion;
    result.error = parsed.error;
    if (parsed.ok) {
        result.tagCount = int(parsed.data.codebook.size());
        result.annotationCount = parsed.data.annotationCount();
    }
    return result;
}

SidecarCodec::CheckResult SidecarCodec::check(SidecarStream *stream)
{
    // Not ok (and no error) at the first problem of any kind: the caller
    // words it with check() of the finished bytes.
    CheckResult result;
    // The first two units: from then on, a unit is read when the next one
    // is published, so that not even RapidJSON's 16-byte loads past the
    // end of a token reach bytes still being written.
    SidecarStream::View view = stream->waitForUnits(2);
    qsizetype checked = 0;
    const auto utf8Ok = [&]() {
        const bool ok = firstBadByte(view.base + checked, view.size - checked) == view.size - checked;
        checked = view.size;
        return ok && view.size <= MaxSize;
    };
    if (!utf8Ok())
        return result;
    rapidjson::StringStream in(view.base);
    Raw raw;
    // Strings are looked at for surrogate escapes once a part that may hold
    // one arrives (parts end between objects, never inside a string).
    Builder builder(&raw, false, mayHoldSurrogateEscape(view.base, view.size));
    builder.setUnitHook([&](qint64 done) {
        if (view.closed || view.units >= done + 2)
            return true;
        const char *oldBase = view.base;
        view = stream->waitForUnits(done + 2);
        if (view.base != oldBase) {
            // The writer's buffer grew: the same bytes, elsewhere.
            in.src_ = view.base + (in.src_ - oldBase);
            in.head_ = view.base + (in.head_ - oldBase);
        }
        if (mayHoldSurrogateEscape(view.base + checked, view.size - checked))
            builder.checkSurrogates();
        return utf8Ok();
    });
    rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, ReaderStackAllocator> reader;
    reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag>(in, builder);
    // A whole value followed by nothing but the NUL written at closing.
    if (reader.HasParseError() || !view.closed || in.Tell() != size_t(view.size))
        return result;
    QString error;
    bool needsExact = false;
    if (!validate(raw, false, &error, &result.newerVersion, &needsExact))
        return result;
    result.ok = true;
    result.tagCount = int(raw.data.codebook.size());
    result.annotationCount = raw.data.annotationCount();
    return result;
}

bool SidecarCodec::parseTags(const QJsonValue &value, const QString &field, QVector<Tag> *out, QString *error)
{
    out->clear();
    if (!value.isArray()) {
        *error = Text::tr("\"%1\" must be an array").arg(field);
        return false;
    }
    // Through the sidecar's own reader and checks, so that a codebook file and
    // the sidecar's codebook cannot follow different rules.
    QJsonObject root;
    root.insert(QLatin1String("format"), QStringLiteral("marginalia"));
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("codebook"), value);
    Raw raw;
    raw.tagArray = field;
    QString problem = read(QJsonDocument(root).toJson(QJsonDocument::Compact), &raw, true);
    bool newer = false;
    bool needsExact = false;
    if (problem.isEmpty() && validate(raw, true, &problem, &newer, &needsExact)) {
        *out = std::move(raw.data.codebook);
        return true;
    }
    *error = problem;
    return false;
}

QJsonArray SidecarCodec::tagsToJson(const QVector<Tag> &tags)
{
    // The sidecar writer's bytes for these tags, so that both files write a tag alike.
    SidecarData data;
    data.codebook = tags;
    return QJsonDocument::fromJson(serialize(data)).object().value(QLatin1String("codebook")).toArray();
}

} // namespace Marginalia
