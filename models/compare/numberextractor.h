#pragma once

#include "comparisonresult.h"

#include <QStringView>
#include <QVector>

namespace Marginalia {

/// Finds numbers and quantities in news prose: figures ("1,200", "$4.2
/// million", "16%", "16 percent", "2,000-ton"), with a hedging qualifier
/// before them ("more than", "about", "nearly", "up to"), number words
/// ("twenty-six", "seven") and vague amounts ("dozens", "hundreds", "a
/// handful"). Each mention gets its value (NaN when vague), its qualifier and
/// the word that follows it, which says what is counted.
class NumberExtractor
{
public:
    static QVector<NumberMention> find(QStringView text, const TextRange &within);
    /// Whether two mentions state the same amount in the same way (value and
    /// qualifier; vague amounts by their wording).
    static bool agree(const NumberMention &a, const NumberMention &b);
};

} // namespace Marginalia
