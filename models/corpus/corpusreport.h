#pragma once

#include "corpus.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Marginalia {

/// Machine-readable descriptions of an open corpus, as the command line prints
/// them (docs/cli.md documents every field). Offsets are code points.
class CorpusReport
{
public:
    /// One object per document: path, title, outlet, date, author, url, format,
    /// words, annotations, sha256.
    static QJsonArray listing(const Corpus &corpus);
    /// The same as `QJsonDocument(listing(corpus)).toJson(QJsonDocument::Indented)`,
    /// byte for byte, written on all cores (`marginalia list --json`).
    static QByteArray listingJson(const Corpus &corpus);
    /// ok, corpus, sidecar, read_only, documents, annotations, tags,
    /// anchoring, journal, problems.
    static QJsonObject check(const Corpus &corpus);
    /// The journal of unsaved changes open() found: null, or state
    /// (recoverable, unmatched, unreadable), path, changes, created,
    /// last_change, damaged_tail.
    static QJsonValue journal(const Corpus &corpus);
    /// `marginalia similar`: pairs of articles on the same story, best first.
    static QJsonArray similar(const Corpus &corpus, double minScore);
    /// 0 all well, 1 problems, 2 the corpus or its sidecar cannot be read.
    static int checkExitCode(const Corpus &corpus, Corpus::OpenStatus status);
};

} // namespace Marginalia
