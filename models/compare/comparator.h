#pragma once

#include "comparisonresult.h"
#include "corpus/document.h"
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
    /// What a comparison reads of a document: its canonical text and the
    /// clutter lines the importer and the corpus scan marked
    /// (Document::boilerplate), which are left out of the alignment and of
    /// every framing signal. The window, the command line and the tests
    /// all build their inputs with this.
    static Input inputOf(const Document &document) { return { document.text(), document.boilerplate }; }
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
