#pragma once

#include "importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Marginalia {

/// One article format (plain text, HTML, DOCX, EPUB, PDF): turns a file's bytes
/// into a Document with canonical text and metadata. Importers only read the
/// bytes they are given: nothing is fetched, no other file is opened, nothing
/// is written. ImporterRegistry picks one by file name suffix and fills in
/// what every format shares (see finish()).
class Importer
{
public:
    virtual ~Importer();

    /// Short name recorded in Document::format ("html").
    virtual QString name() const = 0;
    /// Bumped whenever the canonical text this importer makes could change.
    virtual int version() const = 0;
    /// Lower-case file name suffixes this importer reads.
    virtual QStringList suffixes() const = 0;
    virtual ImportResult importBytes(const QByteArray &bytes, const QString &relativePath) const = 0;

    /// What all formats share, after the importer made the text: line endings
    /// normalised, title/outlet/date fallbacks (first line, folder, file-name
    /// date prefix), hash, word count, clutter lines, "empty" warning.
    static void finish(ImportResult &result, const QString &relativePath, bool markdownTitle = false);
};

} // namespace Marginalia
