#pragma once

#include "document.h"
#include "importcache.h"
#include "problem.h"

#include <QFuture>
#include <QStringList>

#include <functional>
#include <QVector>

namespace Marginalia {

/// Finds the article files of a corpus folder (recursively, skipping hidden
/// files and folders and the sidecar) and imports each one. A file that cannot
/// be read or decoded becomes a Problem and is skipped; the rest load.
///
/// Files are imported on all cores; what was imported before comes from the
/// corpus's ImportCache when the file has not changed since.
class CorpusScanner
{
public:
    struct Options
    {
        /// Read and update `<corpus>/.marginalia-cache` (see ImportCache).
        bool useCache = true;
        /// Files changed less than this long before the scan began are not
        /// cached (their times could repeat for different content).
        qint64 racyMarginMs = 2000;
        /// Called from the importing threads as files are done (done, total),
        /// for a progress display; may be empty.
        std::function<void(int, int)> progress = {};
        /// Write the import cache on a thread of its own and return before
        /// it is written (Result::cacheSaved), so that what the caller does
        /// with the documents overlaps with writing tens of megabytes. The
        /// caller must wait for it before the process ends.
        bool saveCacheInBackground = false;
    };

    struct Result {
        QVector<Document> documents; ///< sorted by path
        Problems problems;
        int fromCache = 0; ///< documents taken from the import cache
        int imported = 0; ///< documents imported from their files
        QString cacheError; ///< why the cache could not be written, if it could not
        /// With saveCacheInBackground: finishes when the cache is written,
        /// with the error (empty if none) that cacheError has otherwise.
        QFuture<QString> cacheSaved;
        /// folderStamp() of the files, taken before any of them was read.
        quint64 folderStamp = 0;
    };

    /// Relative paths ('/'-separated, sorted) of every file an importer reads.
    static QStringList articleFiles(const QString &root);
    /// A hash of each file's path, size and times: it changes when a file is
    /// added, removed or edited (a poll of 10,000 files takes about 30 ms).
    static quint64 folderStamp(const QString &root, const QStringList &files);
    /// The same hash from stamps already taken (before each file was read),
    /// fed path by path in path order: no second stat() of every file.
    class FolderStamp
    {
    public:
        void add(const QString &rel, const ImportCache::Stamp &stamp)
        {
            mix(qHash(rel));
            mix(quint64(stamp.size));
            mix(quint64(stamp.modifiedMs));
            mix(quint64(stamp.changedMs));
        }
        quint64 value() const { return m_h; }

    private:
        void mix(quint64 v) { m_h = (m_h ^ v) * 1099511628211ULL; }
        quint64 m_h = 1469598103934665603ULL;
    };
    static Result scan(const QString &root, const Options &options);
    static Result scan(const QString &root) { return scan(root, Options()); }
};

} // namespace Marginalia
