#pragma once

#include "comparisonresult.h"
#include "lexicon.h"
#include "sentencealigner.h"

#include <QString>
#include <QVector>

namespace Marginalia {

/// Compares two articles about the same story: segments both into sentences,
/// aligns them (SentenceAligner over SentenceSimilarity), diffs the words of
/// every aligned pair, finds shared verbatim passages, lists the sentences
/// only one side has (with their position: lede or later), and extracts the
/// framing signals: numbers of aligned sentences side by side, quotations
/// with speaker and attribution verb (shared or only on one side), and hits
/// of a loaded-term lexicon. The GUI, the command line and export all call
/// this one function and read the plain ComparisonResult.
class Comparator
{
public:
    struct Input
    {
        QString text; ///< canonical text
        QVector<TextRange> boilerplate = {}; ///< lines the importer marked as boilerplate (UTF-16)
    };
    struct Options
    {
        QVector<ManualLink> manualLinks = {}; ///< UTF-16 ranges, A then B
        Lexicon lexicon = Lexicon::defaultLexicon();
        SentenceAligner::Options aligner = {};
        int sharedPassageWords = 7; ///< minimum length of a shared passage
        int ledeSentences = 2; ///< body sentences that count as the lede
    };

    static ComparisonResult compare(const Input &a, const Input &b, const Options &options);
    static ComparisonResult compare(const Input &a, const Input &b) { return compare(a, b, Options()); }

    /// The Snowball language for a text: "arabic" when most of its letters are
    /// Arabic, else "english".
    static const char *languageOf(const QString &text);
};

} // namespace Marginalia
