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
///
/// Independent steps run at the same time (QtConcurrent): while a load
/// parses, the bytes are hashed; while a save serialises and then validates
/// its bytes, the file on disk is hashed for the fingerprint check and copied
/// for the backup, and (once the bytes are there) the new file is written and
/// fsynced under QSaveFile's temporary name and its bytes hashed.
/// Only when all of that succeeded is the backup kept and the new file
/// renamed into place. SHA-256 is OpenSSL's (libcrypto), several times
/// faster than QCryptographicHash on a sidecar of tens of megabytes.
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

    /// Where the time of the last load() or save() went, in nanoseconds of
    /// wall time per step (bench/bench_corpus prints it). Steps that run at
    /// the same time as others are timed on their own thread.
    struct Timings
    {
        qint64 read = 0; ///< load: reading the file
        qint64 parse = 0; ///< load: SidecarCodec::parse
        qint64 hash = 0; ///< load: SHA-256 of the bytes read (alongside parse)
        qint64 serialize = 0; ///< save: SidecarCodec::serialize
        qint64 validate = 0; ///< save: SidecarCodec::check of those bytes
        qint64 write = 0; ///< save: QSaveFile open, write and flush (alongside validate)
        qint64 fsync = 0; ///< save: fsync of the new file (alongside validate)
        qint64 checkOnDisk = 0; ///< save: fingerprint (or check) of the file on disk (alongside serialize)
        qint64 backup = 0; ///< save: copy of the old file (after checkOnDisk, alongside serialize and validate)
        qint64 commit = 0; ///< save: backup rename, rename of the new file, fsync of the folder
        qint64 total = 0;
        /// save: the bytes were validated while they were written (SidecarCodec::check(SidecarStream *))
        bool validatedWhileWritten = false;
    };
    /// Fills *timings on every load() and save() (nullptr: off).
    void setTimings(Timings *timings) { m_timings = timings; }

    explicit SidecarStore(const QString &path);
    QString path() const { return m_path; }
    QString backupDirectory() const;
    int backupCount() const { return m_backupCount; }
    /// 0 turns backups off (e.g. the output of `marginalia merge -o`).
    void setBackupCount(int count) { m_backupCount = count; }

    enum class Status { Ok, Missing, Unreadable, Invalid, Newer };
    struct LoadResult
    {
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
    QString startBackup(QString *why) const;
    bool finishBackup(const QString &part, QString *why) const;

    QString m_path;
    int m_backupCount = 5;
    Timings *m_timings = nullptr;
};

} // namespace Marginalia
