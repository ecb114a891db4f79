#pragma once

#include "textrange.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

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
    QString format; ///< importer that produced the text ("txt", "md", "html", "docx", "epub", "pdf")
    /// Version of that importer's extraction rules: a different version may give
    /// a different canonical text for the same file, so spans record it.
    int extractorVersion = 1;
    QString encoding; ///< character encoding the bytes were decoded from, if text
    DocumentMetadata meta;
    QString text;
    QByteArray sha256; ///< lowercase hex of SHA-256 over text as UTF-8
    qint64 fileSize = 0;
    QDateTime fileModified;
    int wordCount = 0;
    /// Lines marked as clutter (share prompts, cookie notices, repeated
    /// footers...), whole lines without their "\n", sorted. Never removed from
    /// the text: dimmed in the reading view, skipped by comparison and statistics.
    QVector<TextRange> boilerplate;
};

} // namespace Marginalia
