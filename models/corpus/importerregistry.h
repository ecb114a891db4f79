#pragma once

#include "importcache.h"
#include "importer.h"

#include <QStringList>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Marginalia {

/// All importers, and the one place that reads an article file: size cap,
/// permissions and I/O errors reported, then the importer for the suffix.
class ImporterRegistry
{
public:
    static const ImporterRegistry &instance();

    /// Lower-case suffixes of every format, e.g. for a file dialog filter.
    QStringList suffixes() const;
    bool canImport(const QString &fileName) const;
    const Importer *forFile(const QString &fileName) const;

    /// Reads root/relativePath (at most MaxFileSize bytes) and imports it.
    /// `known`, when given, is the file's stat() taken just before (the
    /// scanners have it already): its size and time are used, not a new one.
    ImportResult importFile(
        const QString &root, const QString &relativePath, const ImportCache::Stamp *known = nullptr) const;
    /// The same from bytes in memory (tests, fuzzing); fileSize is bytes.size().
    ImportResult importBytes(const QByteArray &bytes, const QString &relativePath) const;

    /// Files larger than this are refused with a clear message.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

private:
    ImporterRegistry();
    std::vector<std::unique_ptr<Importer>> m_importers;
    std::unordered_map<QString, const Importer *> m_bySuffix; ///< lower-case suffix

};

} // namespace Marginalia
