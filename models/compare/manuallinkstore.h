#pragma once

#include "comparisonresult.h"

#include <QJsonArray>
#include <QString>
#include <QVector>

namespace Marginalia {

class Corpus;

/// The analyst's manual links between two documents, kept in the sidecar's
/// optional top-level "comparisons" member (see docs/sidecar-format.md):
/// one entry per document pair with its links in code points. Reads and
/// writes go through Corpus, so every change is one undo step; offsets are
/// converted with TextOffsets.
class ManualLinkStore
{
public:
    static QString memberName() { return QStringLiteral("comparisons"); }
    /// Links between the two documents, A's ranges first (UTF-16).
    static QVector<ManualLink> links(const Corpus &corpus, const QString &pathA, const QString &pathB);
    /// Replaces the links of the pair; false when the corpus refuses.
    static bool setLinks(Corpus &corpus, const QString &pathA, const QString &pathB, const QVector<ManualLink> &links,
        const QString &undoText);
    /// Adds a link (or a removal) and drops earlier ones on the same sentences.
    static bool addLink(
        Corpus &corpus, const QString &pathA, const QString &pathB, const ManualLink &link, const QString &undoText);
};

} // namespace Marginalia
