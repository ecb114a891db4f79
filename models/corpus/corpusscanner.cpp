#include "corpusscanner.h"

#include "annotation/sidecarstore.h"
#include "boilerplatedetector.h"
#include "importcache.h"
#include "importerregistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include "importpool.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>

namespace Marginalia {

QStringList CorpusScanner::articleFiles(const QString &root)
{
    QStringList files;
    const QDir dir(root);
    // Hidden entries (".git", ".marginalia-backups", ".marginalia-cache") are not part of the corpus.
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    // The iterator's paths start with root and a '/': cut that off rather
    // than ask QDir::relativeFilePath, which cleans and compares both paths.
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    while (it.hasNext()) {
        const QString abs = it.next();
        QString rel = abs.startsWith(prefix) ? abs.mid(prefix.size()) : QString();
        if (rel.isEmpty() || rel.startsWith(QLatin1Char('/')))
            rel = dir.relativeFilePath(abs);
        if (rel == SidecarStore::fileName() || !ImporterRegistry::instance().canImport(rel))
            continue;
        files.append(rel);
    }
    std::sort(files.begin(), files.end());
    return files;
}

quint64 CorpusScanner::folderStamp(const QString &root, const QStringList &files)
{
    // One stat() per file, in UTC: QFileInfo's local times cost two tzset()
    // calls per file (see ImportCache::Stamp).
    FolderStamp hash;
    for (const QString &rel : files)
        hash.add(rel, ImportCache::Stamp::of(root + QLatin1Char('/') + rel));
    return hash.value();
}

CorpusScanner::Result CorpusScanner::scan(const QString &root, const Options &options)
{
    Result result;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const QStringList files = articleFiles(root);
    // Shared with the task that writes it when that runs in the background.
    std::shared_ptr<ImportCache> cache;
    if (options.useCache) {
        cache = std::make_shared<ImportCache>(root);
        cache->load();
    }
    struct Outcome
    {
        ImportResult result;
        ImportCache::Stamp stamp;
        bool cached = false;
    };
    ImportCache *lookup = cache.get();
    std::atomic<int> done { 0 };
    const int total = int(files.size());
    const std::function<void(int, int)> &progress = options.progress;
    // Importing is CPU-bound (parsing, decoding, hashing) and files are
    // independent: import them on all cores, keep the results in path order.
    // The stamp is taken before the file is read, so a file that changes
    // while it is read is seen as changed next time.
    const QList<Outcome> outcomes
        = QtConcurrent::blockingMapped<QList<Outcome>>(importPool(), files, [&root, lookup, &done, total, &progress](const QString &rel) {
              Outcome o;
              // Whatever way this file goes, it counts as done when the lambda returns.
              struct Count
              {
                  std::atomic<int> &done;
                  int total;
                  const std::function<void(int, int)> &progress;
                  ~Count()
                  {
                      const int n = ++done;
                      if (progress)
                          progress(n, total);
                  }
              } count { done, total, progress };
              o.stamp = ImportCache::Stamp::of(root + QLatin1Char('/') + rel);
              if (lookup) {
                  if (std::optional<ImportResult> cached = lookup->take(rel, o.stamp)) {
                      o.result = std::move(*cached);
                      o.cached = true;
                      return o;
                  }
              }
              o.result = ImporterRegistry::instance().importFile(root, rel, &o.stamp);
              return o;
          });
    // folderStamp() from the stamps taken before each file was read (no
    // second stat() of every file): one changed while it was read changes
    // the next stamp, and is looked at again.
    FolderStamp folder;
    for (int i = 0; i < files.size(); ++i)
        folder.add(files.at(i), outcomes.at(i).stamp);
    result.folderStamp = folder.value();
    QSet<QString> cachedPaths;
    result.documents.reserve(files.size());
    for (int i = 0; i < files.size(); ++i) {
        const QString &rel = files.at(i);
        const Outcome &o = outcomes.at(i);
        const ImportResult &r = o.result;
        for (const QString &w : std::as_const(r.warnings))
            result.problems.append(Problem::warning(rel, w));
        if (!r.ok) {
            result.problems.append(Problem::error(
                rel, QCoreApplication::translate("Marginalia::CorpusScanner", "%1; skipped").arg(r.error)));
            continue;
        }
        if (o.cached) {
            ++result.fromCache;
            cachedPaths.insert(rel);
        } else {
            ++result.imported;
            const bool settled = std::max(o.stamp.modifiedMs, o.stamp.changedMs) < started - options.racyMarginMs;
            if (cache && settled) {
                cache->store(r, o.stamp);
                cachedPaths.insert(rel);
            }
        }
        result.documents.append(r.document);
    }
    if (cache) {
        // Entries of files that are gone, failed or changed too recently go.
        cache->retainOnly(cachedPaths);
        if (options.saveCacheInBackground && cache->isModified()) {
            // The documents share their texts with the cache's entries
            // (implicitly shared, read only there): nothing is copied.
            result.cacheSaved = QtConcurrent::run(importPool(), [cache] {
                QString error;
                cache->save(&error);
                return error;
            });
        } else {
            cache->save(&result.cacheError);
        }
    }
    // Lines an outlet prints under every article are only visible corpus-wide.
    BoilerplateDetector::applyCorpusStatistics(result.documents);
    return result;
}

} // namespace Marginalia
