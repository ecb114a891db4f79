#include "textimporter.h"

#include "importer.h"
#include "importerregistry.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFileInfo>

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
    doc.text = std::move(text);
    Importer::finish(result, relativePath, markdown);
    return result;
}

} // namespace Marginalia
