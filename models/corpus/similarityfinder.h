#pragma once

#include "document.h"

#include <QStringList>
#include <QVector>

namespace Marginalia {

/// Finds articles that cover the same story: TF-IDF vectors of whole articles
/// (words outside boilerplate lines, sublinear term frequency), cosine
/// similarity through an inverted index, so only pairs that share words are
/// ever compared. Pairs are also checked for shared passages (5-word
/// shingles): near-duplicates (the same text, perhaps re-saved or updated)
/// and wire copies (one agency text printed by different outlets) are flagged.
class SimilarityFinder
{
public:
    struct Pair
    {
        int first = 0; ///< index into the documents given (first < second)
        int second = 0;
        double score = 0; ///< cosine similarity of TF-IDF vectors, 0..1
        double overlap = 0; ///< share of the shorter text's 5-word shingles found in the other
        /// The same text: overlap >= 0.9 and lengths within 80 %, or score >= 0.98.
        bool nearDuplicate = false;
        /// A shared passage (overlap >= 0.5) in articles of different outlets.
        bool wireCopy = false;
    };

    /// Pairs with score >= minScore, best first (ties by index).
    static QVector<Pair> find(const QVector<Document> &documents, double minScore = 0.15);
    /// Lower-case words of the text outside its boilerplate lines.
    static QStringList words(const Document &document);
};

} // namespace Marginalia
