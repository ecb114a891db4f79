#include "paraphraselexicon.h"

#include "stemmer.h"

#include <QFile>

namespace Marginalia {

ParaphraseLexicon ParaphraseLexicon::parse(const QString &text)
{
    ParaphraseLexicon lex;
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList group;
        for (const QString &w : line.split(QLatin1Char('\t'), Qt::SkipEmptyParts)) {
            const QString word = w.trimmed().toLower();
            if (!word.isEmpty())
                group.append(word);
        }
        if (group.size() > 1)
            lex.m_groups.append(group);
    }
    return lex;
}

const ParaphraseLexicon &ParaphraseLexicon::defaultLexicon()
{
    static const ParaphraseLexicon lex = [] {
        QFile f(QStringLiteral(":/lexicon/paraphrases.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return ParaphraseLexicon();
        return parse(QString::fromUtf8(f.readAll()));
    }();
    return lex;
}

QHash<QByteArray, int> ParaphraseLexicon::stemGroups(Stemmer &stemmer) const
{
    QHash<QByteArray, int> out;
    for (int g = 0; g < m_groups.size(); ++g) {
        for (const QString &word : m_groups.at(g)) {
            const QByteArray stem = stemmer.stem(word);
            if (!out.contains(stem))
                out.insert(stem, g);
        }
    }
    return out;
}

} // namespace Marginalia
