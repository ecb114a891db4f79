#pragma once

#include "comparisonresult.h"

#include <QJsonObject>
#include <QString>

namespace Marginalia {

class Corpus;

/// Turns a ComparisonResult into what the command line prints: a JSON object
/// (offsets in Unicode code points of the canonical texts, see docs/cli.md)
/// or a readable summary. Tag counts per side come from the corpus's spans.
class ComparisonReport
{
public:
    static QJsonObject toJson(
        const ComparisonResult &result, const Corpus &corpus, const QString &pathA, const QString &pathB);
    static QString summary(
        const ComparisonResult &result, const Corpus &corpus, const QString &pathA, const QString &pathB);
    static QString kindName(AlignedPair::Kind kind);
};

} // namespace Marginalia
