#pragma once

#include "comparisonresult.h"
#include "wordtokenizer.h"

#include <QString>
#include <QVector>

namespace Marginalia {

/// A list of loaded terms whose use differs between outlets ("slammed",
/// "fiasco", "runaway"). Text format, one term per line:
/// `TERM<TAB>CATEGORY`, `#` starts a comment line, case is ignored, a term of
/// several words matches them in a row and a final `*` matches any ending.
///
/// The default list ships as the resource :/lexicon/loaded-terms.tsv; a corpus
/// can have its own, `marginalia-lexicon.tsv` in the corpus folder, which
/// then replaces the default (edited in the app with LexiconDialog, or by
/// hand).
class Lexicon
{
public:
    struct Term
    {
        QString text; ///< as written in the file
        QString category;
        QStringList words; ///< lower case, without the final *
        bool prefix = false;
    };

    /// One row of a lexicon as an editor shows it.
    struct Row
    {
        QString term;
        QString category;
    };

    /// Parses the text format; a malformed line is an error naming the line.
    static Lexicon parse(const QString &text, const QString &fileName, QString *error = nullptr);
    /// A lexicon from edited rows (rows with neither term nor category are
    /// skipped). A term without a word, a tab or line break in a field, or a
    /// term given twice is an error naming the row (1-based).
    static Lexicon fromRows(const QVector<Row> &rows, QString *error = nullptr);
    /// The text format, with a header comment: what parse() reads back.
    QString serialize() const;
    static Lexicon defaultLexicon();
    /// Reads a lexicon file; false (and a message naming the file) when it
    /// cannot be read or parsed.
    static bool load(const QString &path, Lexicon *lexicon, QString *error);
    /// The corpus's own lexicon if it has one, else the default. A corpus
    /// lexicon that cannot be read gives the default and an error.
    static Lexicon forCorpus(const QString &corpusRoot, QString *error = nullptr);
    static QString corpusFileName() { return QStringLiteral("marginalia-lexicon.tsv"); }
    /// Writes the corpus's own lexicon (a project file beside the sidecar,
    /// never an article): serialised, read back to validate, written through
    /// QSaveFile with flush and fsync before the atomic rename. Refuses to
    /// replace a file that does not parse (hand edits are the user's to fix).
    /// False and a message naming the file when anything fails; the previous
    /// file is then untouched.
    static bool saveForCorpus(const QString &corpusRoot, const Lexicon &lexicon, QString *error);

    const QVector<Term> &terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }
    QString source() const { return m_source; }
    /// Where each term occurs in a tokenised text.
    QVector<QVector<TextRange>> hits(const QVector<WordTokenizer::Word> &words) const;

private:
    QVector<Term> m_terms;
    QString m_source;
};

} // namespace Marginalia
