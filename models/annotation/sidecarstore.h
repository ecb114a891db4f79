#pragma once

#include "sidecardata.h"

#include <QString>

namespace Marginalia {

/// The one class that reads and writes a corpus sidecar file.
///
/// A write serialises, re-parses its own bytes to validate them, writes
/// through QSaveFile with an explicit flush and fsync before the atomic
/// rename, then fsyncs the directory so the rename itself is durable. It
/// refuses to replace a file on disk that does not parse: such a file may be
/// a newer format or hand edits, and is the user's to fix.
///
/// Before replacing a file it copies it into `.marginalia-backups/` next to it
/// (the newest backupCount() copies are kept), and, given the fingerprint the
/// caller loaded, refuses when the file changed on disk since (another writer).
class SidecarStore
{
public:
    static QString fileName() { return QStringLiteral("marginalia.json"); }
    static QString backupFolderName() { return QStringLiteral(".marginalia-backups"); }

    /// What a file was when it was read or written: any difference in size,
    /// modification time or SHA-256 means someone else wrote it.
    struct Fingerprint
    {
        bool exists = false;
        qint64 size = -1;
        qint64 mtimeNs = 0;
        QByteArray sha256;
        bool operator==(const Fingerprint &o) const
        {
            return exists == o.exists && size == o.size && mtimeNs == o.mtimeNs && sha256 == o.sha256;
        }
        bool operator!=(const Fingerprint &o) const { return !(*this == o); }
    };
    static Fingerprint fingerprintOf(const QString &path);

    explicit SidecarStore(const QString &path);
    QString path() const { return m_path; }
    QString backupDirectory() const;
    int backupCount() const { return m_backupCount; }
    /// 0 turns backups off (e.g. the output of `marginalia merge -o`).
    void setBackupCount(int count) { m_backupCount = count; }

    enum class Status { Ok, Missing, Unreadable, Invalid, Newer };
    struct LoadResult {
        Status status = Status::Missing;
        QString error; ///< translated, names the file
        SidecarData data;
        Fingerprint fingerprint; ///< of the bytes that were parsed
    };
    LoadResult load() const;

    /// Returns false and sets *error (naming the file) when anything fails;
    /// the previous file is then untouched.
    bool save(const SidecarData &data, QString *error) const;

    enum class SaveStatus { Saved, Failed, ChangedOnDisk };
    /// As save(), but first checks that the file on disk still has the
    /// fingerprint `expected` (what the caller loaded or last wrote, so a file
    /// read as ours, or expected.exists false for none); if not,
    /// writes nothing and returns ChangedOnDisk. On success *written is the
    /// new file's fingerprint.
    SaveStatus save(const SidecarData &data, QString *error, const Fingerprint &expected, Fingerprint *written) const;

private:
    SaveStatus saveImpl(
        const SidecarData &data, QString *error, const Fingerprint *expected, Fingerprint *written) const;
    bool backupCurrent(QString *why) const;

    QString m_path;
    int m_backupCount = 5;
};

} // namespace Marginalia
