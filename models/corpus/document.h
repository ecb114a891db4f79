#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Marginalia {

/// Descriptive metadata of an article. Importers fill it from the file (front
/// matter, first line, folder name, file name); the analyst may override it.
struct DocumentMetadata {
    QString title;
    QString outlet;
    QString author;
    QString url;
    QDate date;
};

/// One article of a corpus: where it is, what it is about, and its canonical
/// text. The canonical text is the decoded, extracted plain text with line
/// endings normalised to "\n" and nothing else changed; spans point into it
/// with UTF-16 offsets, and its SHA-256 names the version spans were made on.
struct Document {
    QString path; ///< relative to the corpus root, '/'-separated
    QString format; ///< importer that produced the text ("txt", "md")
    DocumentMetadata meta;
    QString text;
    QByteArray sha256; ///< lowercase hex of SHA-256 over text as UTF-8
    qint64 fileSize = 0;
    QDateTime fileModified;
    int wordCount = 0;
};

} // namespace Marginalia
