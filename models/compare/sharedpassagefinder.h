#pragma once

#include "comparisonresult.h"
#include "wordtokenizer.h"

#include <QVector>

namespace Marginalia {

/// Finds verbatim passages shared by two documents: every run of at least
/// minWords identical lower-case words, grown to its maximal length (a
/// shingle index over A's words seeds the runs; a run is reported once, from
/// its start). Words inside boilerplate ranges never take part.
class SharedPassageFinder
{
public:
    static QVector<SharedPassage> find(
        const QVector<WordTokenizer::Word> &a, const QVector<WordTokenizer::Word> &b, int minWords = 7);
};

} // namespace Marginalia
