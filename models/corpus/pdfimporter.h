#pragma once

#include "importer.h"

#include <QString>

namespace Marginalia {

/// PDF files through poppler-qt6: the text of each page in poppler's reading
/// order, pages separated by a blank line, trailing spaces on lines dropped,
/// and words hyphenated across a line break joined again ("recon-\nstruction"
/// becomes "reconstruction"; a hyphen before a capital letter or digit stays).
/// Title and author from the document information (its dates are the
/// file's, not the article's, so the date comes from the file name). Encrypted
/// (password-protected) and damaged files are refused with a clear message.
class PdfImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("pdf"); }
    int version() const override { return 1; }
    QStringList suffixes() const override { return { QStringLiteral("pdf") }; }
    ImportResult importBytes(const QByteArray &bytes, const QString &relativePath) const override;

    /// Joins line-break hyphenation: letter, '-', '\n', lower-case letter.
    static QString dehyphenate(const QString &text);
};

} // namespace Marginalia
