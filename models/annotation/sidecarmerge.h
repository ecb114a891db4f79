#pragma once

#include "sidecardata.h"

#include <QStringList>

namespace Marginalia {

/// Three-way merge of sidecars by tag id and annotation id, for analysts who
/// keep a corpus in git or pass sidecars around (`marginalia merge`), and for
/// a save that finds the file changed on disk since it was loaded.
///
/// For each id: a side that left it as in base yields to the other; equal
/// changes agree; different changes are a conflict. A conflict never loses
/// either version: for an annotation, ours stays and theirs is added under a
/// new id (`<id>.theirs`) with the member `"mergeConflict"` naming the
/// original id; for a tag, ours stays and the conflict is listed. Deleting on
/// one side what the other side changed keeps the changed version (and is
/// listed). A tag still used by a merged annotation is never dropped.
/// Top-level members the reader does not interpret are decided one by one;
/// the comparison window's manual links ("comparisons") link by link, so two
/// analysts' links on different sentences are both kept. A document's memo is
/// decided as a whole; memos changed differently on both sides keep ours, with
/// theirs in the entry's member `"memoConflict"`.
class SidecarMerge
{
public:
    struct Result
    {
        SidecarData data;
        QStringList conflicts; ///< translated, one line each
        bool hasConflicts() const { return !conflicts.isEmpty(); }
    };

    static Result threeWay(const SidecarData &base, const SidecarData &ours, const SidecarData &theirs);
    /// Folds another analyst's sidecar of the same corpus into mine: a
    /// three-way merge with an empty base, so nothing is deleted and each
    /// annotation keeps its author.
    static Result fold(const SidecarData &mine, const SidecarData &other);
};

} // namespace Marginalia
