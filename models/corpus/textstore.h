#pragma once

#include <QCache>
#include <QMutex>
#include <QString>

#include <memory>

namespace Marginalia {

struct Document;

/// Where an open corpus keeps the canonical texts of its articles when they
/// are not needed in memory, so that a corpus of 10,000 articles does not hold
/// all their texts: each text is written once, as UTF-16, to a file of the
/// store's own (created in the user's cache folder and unlinked at once, so
/// that nothing is left behind even after a crash, and nobody else's writes
/// can change it), and read back when Document::text() asks for it. The most
/// recently read texts stay in a cache of `cacheBytes` (text() then costs no
/// read); the kernel's page cache usually holds the rest.
///
/// The store's file is private to this process and never replaced, so a text
/// read back is the one that was written (its length is checked; a short read
/// or an I/O error is reported by error() and gives an empty text).
///
/// Thread-safe: texts are written and read from any thread (the search, the
/// export and the comparison read them on their own threads).
class TextStore
{
public:
    /// Creates a store with an empty file in `directory` (by default the
    /// user's cache folder, else the temporary folder). Returns null when no
    /// file can be made there: the documents then keep their texts.
    static std::shared_ptr<TextStore> create(qint64 cacheBytes = DefaultCacheBytes, const QString &directory = {});
    ~TextStore();
    TextStore(const TextStore &) = delete;
    TextStore &operator=(const TextStore &) = delete;

    /// 32 MiB of UTF-16: a dozen long articles on screen and in comparisons,
    /// hundreds of ordinary ones.
    static constexpr qint64 DefaultCacheBytes = qint64(32) << 20;

    /// Writes `text` to the file and returns its key; -1 when the write failed
    /// (error() says why; the caller then keeps the text).
    qint64 put(const QString &text);
    /// Moves the document's text into the store (Document::setStoredText).
    /// False, leaving it as it was, when the text could not be written or is
    /// in a store already.
    bool take(Document &document, const std::shared_ptr<TextStore> &self);
    /// The text written under `key` (`length` UTF-16 code units); with
    /// `remember`, a text read from the file enters the cache of recent texts.
    QString text(qint64 key, int length, bool remember = true);

    /// Bytes written to the file so far, and bytes in the cache of recent texts.
    qint64 fileBytes() const;
    qint64 cachedBytes() const;
    /// How many text() calls read from the file rather than the cache.
    qint64 reads() const;
    /// The first write or read error (translated), empty when none.
    QString error() const;
    QString directory() const { return m_directory; }

private:
    TextStore(int fd, qint64 cacheBytes, const QString &directory);
    /// Keeps the first error (error()) and logs it.
    void noteError(const QString &message);
    int m_fd = -1;
    QString m_directory;
    mutable QMutex m_mutex;
    qint64 m_end = 0;
    qint64 m_reads = 0;
    QString m_error;
    QCache<qint64, QString> m_cache;
};

} // namespace Marginalia
