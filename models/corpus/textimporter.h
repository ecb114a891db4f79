#pragma once

#include "document.h"
#include "importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Marginalia {

/// Turns the bytes of a .txt or .md article into a Document: decodes it
/// (TextDecoder: BOMs, UTF-8, UTF-16, legacy code pages detected), normalises
/// CRLF and CR to "\n", reads Markdown front matter, and derives title, outlet
/// and date. PlainTextImporter is its face in the ImporterRegistry.
class TextImporter
{
public:
    using Result = ImportResult;

    /// File name suffixes (lower case) this importer reads.
    static QStringList suffixes();
    static bool canImport(const QString &fileName);

    /// Reads root/relativePath through ImporterRegistry (any format). Never writes anything.
    static Result importFile(const QString &root, const QString &relativePath);
    /// A .txt/.md article from bytes already in memory (tests, fuzzing).
    static Result importBytes(const QByteArray &bytes, const QString &relativePath);

    /// "\r\n" and lone "\r" become "\n"; nothing else changes.
    static QString normaliseLineEndings(QString text);
    static QByteArray sha256Hex(const QString &canonicalText);
    static int countWords(QStringView text);

    /// Markdown front matter ("---" / "key: value" lines / "---"): fills meta and
    /// returns how many UTF-16 units it occupies at the start of text (0: none).
    static int parseFrontMatter(const QString &text, DocumentMetadata &meta);
    static QString firstNonEmptyLine(const QString &text, bool markdown);

    /// Files larger than this are refused with a clear message.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
};

} // namespace Marginalia
