#include "corpusscanner.h"

#include "annotation/sidecarstore.h"
#include "boilerplatedetector.h"
#include "importerregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>

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
    result.documents.reserve(files.size());
    for (const QString &rel : files) {
        ImportResult imported = ImporterRegistry::instance().importFile(root, rel);
        for (const QString &w : std::as_const(imported.warnings))
            result.problems.append(Problem::warning(rel, w));
        if (!imported.ok) {
            result.problems.append(Problem::error(
                rel, QCoreApplication::translate("Marginalia::CorpusScanner", "%1; skipped").arg(imported.error)));
            continue;
        }
        result.documents.append(std::move(imported.document));
    }
    // Lines an outlet prints under every article are only visible corpus-wide.
    BoilerplateDetector::applyCorpusStatistics(result.documents);
    return result;
}

} // namespace Marginalia
