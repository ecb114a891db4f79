#pragma once

#include "importer.h"

namespace Marginalia {

/// Word .docx files (Office Open XML): the text of word/document.xml in
/// reading order, one paragraph per <w:p>, paragraphs separated by a blank
/// line, tabs and line breaks kept, deleted (tracked) text left out; title
/// and author from docProps/core.xml (its dates are the file's, not the article's). The zip is read in memory
/// (ZipArchive), its XML with DTDs refused (XmlParts).
class DocxImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("docx"); }
    int version() const override { return 1; }
    QStringList suffixes() const override { return { QStringLiteral("docx") }; }
    ImportResult importBytes(const QByteArray &bytes, const QString &relativePath) const override;
};

} // namespace Marginalia
