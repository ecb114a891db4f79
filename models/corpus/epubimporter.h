#pragma once

#include "importer.h"

namespace Marginalia {

/// EPUB 2/3 files: the text of the spine's XHTML documents in reading order
/// (each through HtmlImporter::extract, whole body), separated by a blank
/// line; title, author, publisher (as outlet) and date from the package
/// document's Dublin Core metadata. Zip read in memory (ZipArchive), XML with
/// DTDs refused (XmlParts). An href that climbs out of the archive ("../")
/// or is absolute names no entry and is skipped with a warning.
class EpubImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("epub"); }
    int version() const override { return 1; }
    QStringList suffixes() const override { return { QStringLiteral("epub") }; }
    ImportResult importBytes(const QByteArray &bytes, const QString &relativePath) const override;

    /// Resolves href relative to the folder of base inside the archive;
    /// empty when it leaves the archive.
    static QString resolve(const QString &base, const QString &href);
};

} // namespace Marginalia
