#pragma once

#include "comparisonresult.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace Marginalia {

/// Splits text into words for comparison: runs of letters, digits and marks,
/// keeping an apostrophe or a decimal point/comma between two word characters
/// ("doesn't", "1,200", "4.2"). Each word keeps its UTF-16 range and a lower
/// case form with typographic apostrophes folded to "'".
class WordTokenizer
{
public:
    struct Word
    {
        TextRange range;
        QString lower;
    };
    static QVector<Word> words(QStringView text, int offset = 0);
};

} // namespace Marginalia
