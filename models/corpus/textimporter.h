#pragma once

#include "document.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Marginalia {

/// Turns the bytes of a .txt or .md article into a Document: decodes UTF-8
/// (with or without BOM), normalises CRLF and CR to "\n", reads Markdown front
/// matter, and derives title, outlet and date. Other formats and encodings
/// arrive with their own importers; this one refuses what it cannot decode
/// rather than guessing.
class TextImporter
{
public:
    struct Result {
        bool ok = false;
        QString error; ///< translated, names the problem (the caller names the file)
        QStringList warnings;
        Document document;
    };

    /// File name suffixes (lower case) this importer reads.
    static QStringList suffixes();
    static bool canImport(const QString &fileName);

    /// Reads root/relativePath. Never writes anything.
    static Result importFile(const QString &root, const QString &relativePath);
    /// The same from bytes already in memory (tests, fuzzing).
    static Result importBytes(const QByteArray &bytes, const QString &relativePath);

    /// "\r\n" and lone "\r" become "\n"; nothing else changes.
    static QString normaliseLineEndings(QString text);
    static QByteArray sha256Hex(const QString &canonicalText);
    static int countWords(QStringView text);

    /// Files larger than this are refused with a clear message.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
};

} // namespace Marginalia
