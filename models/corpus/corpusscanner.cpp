#include "corpusscanner.h"

#include "annotation/sidecarstore.h"
#include "boilerplatedetector.h"
#include "importerregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Marginalia {

QStringList CorpusScanner::articleFiles(const QString &root)
{
    QStringList files;
    const QDir dir(root);
    // Hidden entries (".git", ".marginalia-backups") are not part of the corpus.
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        const QString rel = dir.relativeFilePath(abs);
        if (rel == SidecarStore::fileName() || !ImporterRegistry::instance().canImport(rel))
            continue;
        files.append(rel);
    }
    std::sort(files.begin(), files.end());
    return files;
}

CorpusScanner::Result CorpusScanner::scan(const QString &root)
{
    Result result;
    const QStringList files = articleFiles(root);
    // Importing is CPU-bound (parsing, decoding, hashing) and files are
    // independent: import them on all cores, keep the results in path order.
    const QList<ImportResult> imported = QtConcurrent::blockingMapped<QList<ImportResult>>(
        files, [&root](const QString &rel) { return ImporterRegistry::instance().importFile(root, rel); });
    result.documents.reserve(files.size());
    for (int i = 0; i < files.size(); ++i) {
        const QString &rel = files.at(i);
        const ImportResult &r = imported.at(i);
        for (const QString &w : std::as_const(r.warnings))
            result.problems.append(Problem::warning(rel, w));
        if (!r.ok) {
            result.problems.append(Problem::error(
                rel, QCoreApplication::translate("Marginalia::CorpusScanner", "%1; skipped").arg(r.error)));
            continue;
        }
        result.documents.append(r.document);
    }
    // Lines an outlet prints under every article are only visible corpus-wide.
    BoilerplateDetector::applyCorpusStatistics(result.documents);
    return result;
}

} // namespace Marginalia
