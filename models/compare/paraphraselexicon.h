#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Marginalia {

class Stemmer;

/// Groups of words that news prose uses for one another ("injured", "hurt",
/// "wounded"), so that sentence similarity sees "No injuries were reported."
/// and "Nobody was hurt." share a word. Text format: one group per line,
/// words separated by tabs, `#` starts a comment line, case is ignored.
///
/// The default list ships as the resource :/lexicon/paraphrases.tsv
/// (resources/lexicon/paraphrases.tsv); it is English and only used for
/// English text.
class ParaphraseLexicon
{
public:
    static ParaphraseLexicon parse(const QString &text);
    static const ParaphraseLexicon &defaultLexicon();

    const QVector<QStringList> &groups() const { return m_groups; }
    /// Stem of every word (through stemmer) to the index of its group; a word
    /// in two groups keeps the first.
    QHash<QByteArray, int> stemGroups(Stemmer &stemmer) const;

private:
    QVector<QStringList> m_groups;
};

} // namespace Marginalia
