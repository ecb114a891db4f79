#include "textimporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::TextImporter", text);
}

// Markdown front matter: "---" on the first line, "key: value" lines, "---".
// Returns the number of UTF-16 units it occupies (0 when there is none).
int parseFrontMatter(const QString &text, DocumentMetadata &meta)
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

// Byte offset of the first invalid UTF-8 sequence (overlongs, surrogates and
// code points above U+10FFFF are invalid), or bytes.size() when all is valid.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
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
        static const unsigned int minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < minimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return n;
}

QString firstNonEmptyLine(const QString &text, bool markdown)
{
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    for (QStringView line : lines) {
        line = line.trimmed();
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

} // namespace

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
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QByteArray TextImporter::sha256Hex(const QString &canonicalText)
{
    return QCryptographicHash::hash(canonicalText.toUtf8(), QCryptographicHash::Sha256).toHex();
}

int TextImporter::countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
        if (wordChar && !inWord)
            ++words;
        inWord = wordChar || (inWord && (c == QLatin1Char('\'') || c == QChar(0x2019)));
    }
    return words;
}

TextImporter::Result TextImporter::importFile(const QString &root, const QString &relativePath)
{
    Result result;
    QFile file(root + QLatin1Char('/') + relativePath);
    const QFileInfo info(file);
    if (info.size() > MaxFileSize) {
        result.error = tr("the file is %1 MB, larger than the %2 MB an article may have")
                           .arg(info.size() / (1024 * 1024))
                           .arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot be read: %1").arg(file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("reading failed: %1").arg(file.errorString());
        return result;
    }
    result = importBytes(bytes, relativePath);
    result.document.fileSize = info.size();
    result.document.fileModified = info.lastModified().toUTC();
    return result;
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

    if (bytes.contains('\0')) {
        result.error = tr("contains NUL bytes: it looks like a binary file, not text");
        return result;
    }
    // Validate first: a stateful decoder keeps a sequence cut off at the end in its
    // state instead of reporting it, which would silently drop the last bytes.
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad < bytes.size()) {
        result.error = tr("is not valid UTF-8 (invalid byte sequence at byte %1)").arg(bad);
        return result;
    }
    // The decoder drops a leading BOM by default.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    text = normaliseLineEndings(std::move(text));
    if (markdown) {
        const int skip = parseFrontMatter(text, doc.meta);
        text.remove(0, skip);
    }
    doc.text = std::move(text);
    doc.sha256 = sha256Hex(doc.text);
    doc.wordCount = countWords(doc.text);

    if (doc.meta.title.isEmpty())
        doc.meta.title = firstNonEmptyLine(doc.text, markdown);
    if (doc.meta.title.isEmpty())
        doc.meta.title = QFileInfo(relativePath).completeBaseName();
    const int slash = int(relativePath.lastIndexOf(QLatin1Char('/')));
    if (doc.meta.outlet.isEmpty() && slash > 0) {
        // Articles grouped in per-outlet folders: the innermost folder names the outlet.
        const QString dir = relativePath.left(slash);
        doc.meta.outlet = dir.mid(dir.lastIndexOf(QLatin1Char('/')) + 1);
    }
    if (!doc.meta.date.isValid()) {
        static const QRegularExpression leadingDate(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})"));
        const auto m = leadingDate.match(QFileInfo(relativePath).fileName());
        if (m.hasMatch())
            doc.meta.date = QDate::fromString(m.captured(1), Qt::ISODate);
    }
    if (doc.text.trimmed().isEmpty())
        result.warnings.append(tr("the article is empty"));
    result.ok = true;
    return result;
}

} // namespace Marginalia
