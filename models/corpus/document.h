#pragma once

#include "textrange.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>

namespace Marginalia {

class TextStore;

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
///
/// The text is either held here or, once an open corpus has moved it to its
/// TextStore (a file of its own, see there), read back from the store when
/// text() is called and kept in the store's cache of recent texts. Copies of a
/// document share the store, so a copy taken to another thread reads the same
/// text however long it lives.
struct Document {
    QString path; ///< relative to the corpus root, '/'-separated
    QString format; ///< importer that produced the text ("txt", "md", "html", "docx", "epub", "pdf")
    /// Version of that importer's extraction rules: a different version may give
    /// a different canonical text for the same file, so spans record it.
    int extractorVersion = 1;
    QString encoding; ///< character encoding the bytes were decoded from, if text
    DocumentMetadata meta;
    QByteArray sha256; ///< lowercase hex of SHA-256 over text as UTF-8
    qint64 fileSize = 0;
    QDateTime fileModified;
    int wordCount = 0;
    /// Lines marked as clutter (share prompts, cookie notices, repeated
    /// footers...), whole lines without their "\n", sorted. Never removed from
    /// the text: dimmed in the reading view, skipped by comparison and statistics.
    QVector<TextRange> boilerplate;

    /// The canonical text (read from the store when not held here; empty only
    /// if the store's file could no longer be read, which it reports).
    QString text() const;
    /// The same text for one pass over many documents (search, statistics,
    /// export, save): read from the store without entering its cache of
    /// recent texts, so that a pass over the corpus does not push out the
    /// articles being read.
    QString scanText() const;
    void setText(const QString &text);
    /// Moves the text held here out (empty when it is in a store), so that an
    /// importer can change it in place without a copy.
    QString takeText();
    /// Its length in UTF-16 code units, without reading it from the store.
    int textLength() const { return m_textLength; }
    /// Whether text() is the text held here (not read from a store).
    bool holdsText() const { return !m_textStore; }
    /// The store holds the text under `key` now: drop the copy held here.
    void setStoredText(std::shared_ptr<TextStore> store, qint64 key);
    const std::shared_ptr<TextStore> &textStore() const { return m_textStore; }
    /// Takes the stored text of `other` when it is the same text (same hash
    /// and length) and `other` has it in a store; false otherwise.
    bool adoptStoredText(const Document &other);

private:
    QString m_text;
    std::shared_ptr<TextStore> m_textStore;
    qint64 m_textKey = -1;
    int m_textLength = 0;
};

} // namespace Marginalia
