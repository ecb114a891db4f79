#pragma once

#include "document.h"
#include "problem.h"

#include <QStringList>
#include <QVector>

namespace Marginalia {

/// Finds the article files of a corpus folder (recursively, skipping hidden
/// files and folders and the sidecar) and imports each one. A file that cannot
/// be read or decoded becomes a Problem and is skipped; the rest load.
class CorpusScanner
{
public:
    struct Result {
        QVector<Document> documents; ///< sorted by path
        Problems problems;
    };

    /// Relative paths ('/'-separated, sorted) of every file an importer reads.
    static QStringList articleFiles(const QString &root);
    static Result scan(const QString &root);
};

} // namespace Marginalia
