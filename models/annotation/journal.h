#pragma once

#include "sidecardata.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Marginalia {

/// The journal of changes not yet saved to the sidecar
/// (docs/sidecar-format.md#the-journal-of-unsaved-changes).
///
/// Append-only. A header record names the SHA-256 of the sidecar file the
/// changes were made on; each further record holds the state, after one
/// change of the undo history, of everything that change touched: the whole
/// entries of the documents it touched, the whole codebook and the top-level
/// members it touched. Replaying the records in order over that sidecar gives
/// the state after the last one, whatever mix of edits, undos and redos led
/// there. Every record is framed by its length and the SHA-256 of its bytes,
/// written with one write() and made durable with fdatasync() before
/// append() returns, so a crash or kill leaves whole records followed at most
/// by one torn record, which read() drops with a warning.
///
/// The journal never touches the sidecar; Corpus deletes it after a
/// successful save and sets aside (never replays) one that names another
/// sidecar.
class Journal
{
public:
    static constexpr int FormatVersion = 1;
    /// A journal larger than this is not read (it would be a sidecar's worth many times over).
    static constexpr qint64 MaxSize = qint64(1024) * 1024 * 1024;
    static QString fileName() { return QStringLiteral("unsaved.journal"); }
    /// `<corpus>/.marginalia-backups/unsaved.journal`
    static QString pathFor(const QString &corpusRoot);

    struct Header
    {
        /// SHA-256 (hex) of the sidecar file the changes were made on; empty when there was none.
        QByteArray sidecarSha256;
        QDateTime created;
    };
    struct Change
    {
        QDateTime time;
        QString text; ///< the undo step's text, for people reading the file
        /// Documents whose sidecar entry this change replaces; one not in
        /// data.documents has no entry any more.
        QStringList paths;
        /// Top-level members this change replaces; one not in data.extra is removed.
        QStringList members;
        /// The whole codebook, and the entries and members named above (offsets in code points).
        SidecarData data;
    };
    enum class Status {
        Missing, ///< no journal file
        Ok, ///< the header reads; changes holds every whole record
        Unreadable, ///< no usable header (or the file cannot be read): nothing can be replayed
    };
    struct Contents
    {
        Status status = Status::Missing;
        QString error; ///< Unreadable: why (translated, names the file)
        Header header;
        QVector<Change> changes;
        /// A torn or damaged tail that was dropped (translated, names the file).
        QStringList warnings;
        /// Bytes of the file up to the end of the last good record.
        qint64 goodSize = 0;
    };
    static Contents read(const QString &path);
    /// The sidecar content after applying `changes` in order to `base`.
    static SidecarData replay(SidecarData base, const QVector<Change> &changes);

    /// One framed record: "<length> <sha256 hex>\n" + payload + "\n".
    static QByteArray frame(const QByteArray &payload);
    static QByteArray encodeHeader(const Header &header);
    static QByteArray encodeChange(const Change &change);

    explicit Journal(const QString &path);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    QString path() const { return m_path; }
    bool isOpen() const { return m_fd >= 0; }
    /// Bytes written so far (the end of the last whole record).
    qint64 size() const { return m_size; }
    /// Writes a new journal with its header, replacing any file at path(), and
    /// makes the file and its folder entry durable.
    bool create(const Header &header, QString *error);
    /// Continues an existing journal after its last whole record (`goodSize`
    /// from read()), cutting off a torn tail so that new records follow good ones.
    bool reopen(qint64 goodSize, QString *error);
    /// Appends one record and fdatasync()s it. On failure the file is cut back
    /// to its last whole record (as far as the system lets it) and *error names
    /// the file and the problem.
    bool append(const Change &change, QString *error);
    /// Closes and deletes the file.
    bool remove(QString *error);
    void close();

private:
    bool writeRecord(const QByteArray &record, QString *error);

    QString m_path;
    int m_fd = -1;
    qint64 m_size = 0;
};

} // namespace Marginalia
