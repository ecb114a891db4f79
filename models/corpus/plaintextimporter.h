#pragma once

#include "importer.h"

namespace Marginalia {

/// .txt, .md and .markdown files, through TextImporter.
class PlainTextImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("txt"); }
    int version() const override { return 1; }
    QStringList suffixes() const override;
    ImportResult importBytes(const QByteArray &bytes, const QString &relativePath) const override;
};

} // namespace Marginalia
