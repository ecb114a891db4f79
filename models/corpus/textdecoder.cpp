#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <cstring>
#include <memory>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::TextDecoder", text);
}

// UTF-16 without BOM: one byte of nearly every pair is NUL (for Latin text).
// Returns "UTF-16LE", "UTF-16BE" or nothing.
QByteArray guessBomlessUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return {};
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096);
    int evenNul = 0;
    int oddNul = 0;
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        evenNul += bytes.at(i) == '\0';
        oddNul += bytes.at(i + 1) == '\0';
    }
    const int pairs = int(n / 2);
    if (oddNul * 10 >= pairs * 7 && evenNul * 20 <= pairs)
        return QByteArrayLiteral("UTF-16LE");
    if (evenNul * 10 >= pairs * 7 && oddNul * 20 <= pairs)
        return QByteArrayLiteral("UTF-16BE");
    return {};
}

// UTF-16 and UTF-32 input can carry unpaired surrogates, and Qt's decoders
// pass them through; they are not characters (UTF-8 cannot encode them, so the
// text hash and code point offsets would break). Returns how many were replaced.
int replaceLoneSurrogates(QString &text)
{
    int replaced = 0;
    const qsizetype n = text.size();
    QChar *d = text.data();
    for (qsizetype i = 0; i < n; ++i) {
        if (d[i].isHighSurrogate() && i + 1 < n && d[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (d[i].isSurrogate()) {
            d[i] = QChar(QChar::ReplacementCharacter);
            ++replaced;
        }
    }
    return replaced;
}

bool looksBinary(const QString &text)
{
    // Text has tabs and line breaks; binary data decoded as some 8-bit code page
    // is full of other control characters.
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0x7F)
            ++controls;
    }
    return controls > 2 && controls * 100 > text.size();
}

} // namespace

qsizetype TextDecoder::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Runs of ASCII (nearly all of most articles) eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        int len = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        static const unsigned int minimum[] = { 0, 0, 0x80, 0x800, 0x10000 };
        if (cp < minimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return n;
}

QByteArray TextDecoder::detect(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(), uchardet_delete);
    if (!ud)
        return {};
    // The first megabyte is plenty to tell code pages apart and keeps big files fast.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 1024 * 1024);
    if (uchardet_handle_data(ud.get(), bytes.constData(), size_t(n)) != 0)
        return {};
    uchardet_data_end(ud.get());
    return QByteArray(uchardet_get_charset(ud.get()));
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QByteArray &hint)
{
    Result r;
    QByteArray encoding;
    qsizetype skip = 0;
    const bool hasNul = bytes.contains('\0');
    // Offset of the first invalid UTF-8 sequence of the whole input; computed
    // once, it decides the encoding and the warning for the common case.
    const qsizetype firstBad = firstInvalidUtf8(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        encoding = "UTF-8";
        skip = 3;
    } else if (bytes.startsWith(QByteArray("\xFF\xFE\0\0", 4))) {
        encoding = "UTF-32LE";
        skip = 4;
    } else if (bytes.startsWith(QByteArray("\0\0\xFE\xFF", 4))) {
        encoding = "UTF-32BE";
        skip = 4;
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = "UTF-16LE";
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = "UTF-16BE";
        skip = 2;
    } else if (firstBad == bytes.size() && !hasNul) {
        // Valid UTF-8 has no surrogates and decodes without errors.
        r.text = QString::fromUtf8(bytes);
        r.encoding = QStringLiteral("UTF-8");
        if (looksBinary(r.text)) {
            r.text.clear();
            r.error = tr("contains many control characters: it looks like a binary file, not text");
            return r;
        }
        r.ok = true;
        return r;
    } else if (hasNul) {
        encoding = guessBomlessUtf16(bytes);
        if (encoding.isEmpty()) {
            r.error = tr("contains NUL bytes: it looks like a binary file, not text");
            return r;
        }
    } else {
        if (!hint.isEmpty() && QStringDecoder(hint.constData()).isValid())
            encoding = hint;
        else
            encoding = detect(bytes);
        if (encoding.isEmpty() || encoding.compare("ASCII", Qt::CaseInsensitive) == 0)
            encoding = "UTF-8"; // mostly ASCII with stray bytes: those become U+FFFD below
        // ISO-8859-1 labels are really Windows-1252 almost everywhere (WHATWG).
        if (encoding.compare("ISO-8859-1", Qt::CaseInsensitive) == 0
            || encoding.compare("latin1", Qt::CaseInsensitive) == 0
            || encoding.compare("US-ASCII", Qt::CaseInsensitive) == 0)
            encoding = "windows-1252";
    }

    QStringDecoder decoder(encoding.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        encoding = "UTF-8";
        decoder = QStringDecoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    }
    const QByteArray payload = skip ? bytes.mid(skip) : bytes;
    r.text = decoder.decode(payload);
    r.encoding = QString::fromLatin1(encoding);
    const qsizetype bad = skip ? firstInvalidUtf8(payload) : firstBad;
    if (encoding == "UTF-8") {
        if (bad < payload.size())
            r.warnings.append(
                tr("is not valid UTF-8 (invalid byte sequence at byte %1): invalid bytes were replaced by U+FFFD")
                    .arg(bad + skip));
    } else if (skip == 0 && !hasNul) {
        // A guess: say so, so that a wrong one can be noticed.
        r.warnings.append(tr("is not valid UTF-8 (invalid byte sequence at byte %1); decoded as %2 (detected)")
                              .arg(bad)
                              .arg(r.encoding));
    }
    if (encoding != "UTF-8" && decoder.hasError())
        r.warnings.append(tr("has bytes that are invalid in %1; they were replaced by U+FFFD").arg(r.encoding));
    if (replaceLoneSurrogates(r.text) > 0 && !decoder.hasError())
        r.warnings.append(tr("has unpaired surrogates in %1; they were replaced by U+FFFD").arg(r.encoding));
    if (looksBinary(r.text)) {
        r.text.clear();
        r.error = tr("contains many control characters: it looks like a binary file, not text");
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace Marginalia
