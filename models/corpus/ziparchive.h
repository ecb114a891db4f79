#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

namespace Marginalia {

/// Read-only view of a zip archive held in memory (DOCX and EPUB are zips).
/// Entries are read into memory by name and never written anywhere, so names
/// like "../../etc/x" or "/abs" are only strings. Zip bombs are stopped while
/// decompressing, whatever the headers claim: each entry at most MaxEntrySize,
/// all entries together at most MaxTotalSize, and an entry that inflates more
/// than MaxRatio times its compressed size (past the first megabyte) is refused.
class ZipArchive
{
public:
    explicit ZipArchive(const QByteArray &bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isValid() const { return m_valid; }
    QStringList entryNames() const { return m_names; }
    bool contains(const QString &name) const { return m_compressed.contains(name); }
    /// Reads one entry completely; on failure returns false and a translated reason.
    bool read(const QString &name, QByteArray *out, QString *error);

    static constexpr qint64 MaxEntrySize = 32 * 1024 * 1024;
    static constexpr qint64 MaxTotalSize = 128 * 1024 * 1024;
    static constexpr qint64 MaxRatio = 100;

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    bool m_valid = false;
    QStringList m_names;
    QHash<QString, qint64> m_compressed;
    QHash<QString, bool> m_encrypted;
    qint64 m_total = 0;
};

} // namespace Marginalia
