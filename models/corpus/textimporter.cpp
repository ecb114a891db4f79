#include "textimporter.h"

#include "importer.h"
#include "importerregistry.h"
#include "textdecoder.h"

#include <QFileInfo>

#include <openssl/sha.h>

#include <array>

namespace Marginalia {

// Markdown front matter: "---" on the first line, "key: value" lines, "---".
// Returns the number of UTF-16 units it occupies (0 when there is none).
int TextImporter::parseFrontMatter(const QString &text, DocumentMetadata &meta)
{
    if (!text.startsWith(QLatin1String("---\n")))
        return 0;
    int pos = 4;
    QVector<QPair<QString, QString>> fields;
    while (pos <= text.size()) {
        int eol = text.indexOf(QLatin1Char('\n'), pos);
        const bool last = eol < 0;
        if (last)
            eol = int(text.size());
        const QStringView line = QStringView(text).mid(pos, eol - pos);
        if (line == QLatin1String("---")) {
            for (const auto &[key, value] : fields) {
                if (key == QLatin1String("title"))
                    meta.title = value;
                else if (key == QLatin1String("outlet") || key == QLatin1String("source"))
                    meta.outlet = value;
                else if (key == QLatin1String("author"))
                    meta.author = value;
                else if (key == QLatin1String("url"))
                    meta.url = value;
                else if (key == QLatin1String("date"))
                    meta.date = QDate::fromString(value.left(10), Qt::ISODate);
            }
            return last ? eol : eol + 1;
        }
        const int colon = int(line.indexOf(QLatin1Char(':')));
        if (colon > 0) {
            QString value = line.mid(colon + 1).trimmed().toString();
            if (value.size() >= 2
                && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                    || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
                value = value.mid(1, value.size() - 2);
            fields.append({line.left(colon).trimmed().toString().toLower(), value});
        }
        if (last)
            break;
        pos = eol + 1;
    }
    return 0; // no closing line: not front matter, keep the text whole
}

QString TextImporter::firstNonEmptyLine(const QString &text, bool markdown)
{
    // Line by line until one has text, not the whole text split into a list.
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype eol = text.indexOf(QLatin1Char('\n'), start);
        if (eol < 0)
            eol = text.size();
        QStringView line = QStringView(text).mid(start, eol - start).trimmed();
        start = eol + 1;
        if (markdown) {
            while (line.startsWith(QLatin1Char('#')))
                line = line.mid(1);
            line = line.trimmed();
        }
        if (!line.isEmpty())
            return line.left(300).toString();
    }
    return {};
}

QStringList TextImporter::suffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("markdown")};
}

bool TextImporter::canImport(const QString &fileName)
{
    return suffixes().contains(QFileInfo(fileName).suffix().toLower());
}

QString TextImporter::normaliseLineEndings(QString text)
{
    // Most articles have no '\r' at all: a vectorised search for one is much
    // cheaper than QString::replace's substring matcher over the whole text.
    if (!text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QByteArray TextImporter::sha256Hex(const QString &canonicalText)
{
    // OpenSSL's SHA-256 uses the CPU's SHA extensions where there are any;
    // QCryptographicHash's portable code was a tenth of the import's CPU time.
    const QByteArray utf8 = canonicalText.toUtf8();
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(utf8.constData()), size_t(utf8.size()), digest);
    return QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH).toHex();
}

int TextImporter::countWords(QStringView text)
{
    // ASCII (nearly every character of most articles) from a table instead of
    // the Unicode property lookups: 1 for letters and digits, 2 for apostrophe.
    static constexpr auto ascii = [] {
        std::array<unsigned char, 128> t {};
        for (int c = 0; c < 128; ++c)
            t[size_t(c)] = ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ? 1 : 0;
        t[size_t('\'')] = 2;
        return t;
    }();
    int words = 0;
    bool inWord = false;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    for (; p != end; ++p) {
        const char16_t u = *p;
        bool wordChar;
        bool apostrophe;
        if (u < 0x80) {
            wordChar = ascii[u] == 1;
            apostrophe = ascii[u] == 2;
        } else {
            const QChar c(u);
            wordChar = c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
            apostrophe = u == 0x2019;
        }
        words += wordChar && !inWord;
        // An apostrophe inside a word ("don't") does not end it.
        inWord = wordChar || (inWord && apostrophe);
    }
    return words;
}

TextImporter::Result TextImporter::importFile(const QString &root, const QString &relativePath)
{
    return ImporterRegistry::instance().importFile(root, relativePath);
}

TextImporter::Result TextImporter::importBytes(const QByteArray &bytes, const QString &relativePath)
{
    Result result;
    Document &doc = result.document;
    doc.path = relativePath;
    doc.fileSize = bytes.size();
    const QString suffix = QFileInfo(relativePath).suffix().toLower();
    const bool markdown = suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
    doc.format = markdown ? QStringLiteral("md") : QStringLiteral("txt");

    TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok) {
        result.error = decoded.error;
        return result;
    }
    doc.encoding = decoded.encoding;
    result.warnings = decoded.warnings;
    QString text = normaliseLineEndings(std::move(decoded.text));
    if (markdown) {
        const int skip = parseFrontMatter(text, doc.meta);
        text.remove(0, skip);
    }
    doc.setText(std::move(text));
    Importer::finish(result, relativePath, markdown);
    return result;
}

} // namespace Marginalia
