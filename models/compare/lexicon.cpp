#include "lexicon.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

namespace Marginalia {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::Lexicon", text);
}
} // namespace

Lexicon Lexicon::parse(const QString &text, const QString &fileName, QString *error)
{
    Lexicon lex;
    lex.m_source = fileName;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        Term t;
        t.text = fields.at(0).trimmed();
        t.category = fields.value(1).trimmed();
        QString body = t.text.toLower();
        if (body.endsWith(QLatin1Char('*'))) {
            t.prefix = true;
            body.chop(1);
        }
        for (const auto &w : WordTokenizer::words(body))
            t.words.append(w.lower);
        if (fields.size() > 2 || t.words.isEmpty()) {
            if (error)
                *error = tr("%1: line %2: expected TERM or TERM<TAB>CATEGORY").arg(fileName).arg(i + 1);
            return Lexicon();
        }
        lex.m_terms.append(t);
    }
    return lex;
}

Lexicon Lexicon::defaultLexicon()
{
    Lexicon lex;
    load(QStringLiteral(":/lexicon/loaded-terms.tsv"), &lex, nullptr);
    return lex;
}

bool Lexicon::load(const QString &path, Lexicon *lexicon, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the lexicon: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    QString message;
    Lexicon lex = parse(QString::fromUtf8(f.readAll()), QDir::toNativeSeparators(path), &message);
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    *lexicon = lex;
    return true;
}

Lexicon Lexicon::forCorpus(const QString &corpusRoot, QString *error)
{
    const QString path = corpusRoot + QLatin1Char('/') + corpusFileName();
    if (QFile::exists(path)) {
        Lexicon lex;
        if (load(path, &lex, error))
            return lex;
    }
    return defaultLexicon();
}

QVector<QVector<TextRange>> Lexicon::hits(const QVector<WordTokenizer::Word> &words) const
{
    QVector<QVector<TextRange>> out(m_terms.size());
    QHash<QString, QVector<int>> byFirst; // exact first words
    QVector<int> prefixSingles;
    for (int t = 0; t < m_terms.size(); ++t) {
        const Term &term = m_terms.at(t);
        if (term.prefix && term.words.size() == 1)
            prefixSingles.append(t);
        else
            byFirst[term.words.first()].append(t);
    }
    auto matches = [&](const Term &term, int at) {
        const int n = int(term.words.size());
        if (at + n > words.size())
            return false;
        for (int k = 0; k < n; ++k) {
            const QString &w = words.at(at + k).lower;
            const bool last = k == n - 1;
            if (last && term.prefix ? !w.startsWith(term.words.at(k)) : w != term.words.at(k))
                return false;
        }
        return true;
    };
    for (int i = 0; i < words.size(); ++i) {
        for (int t : byFirst.value(words.at(i).lower)) {
            const Term &term = m_terms.at(t);
            if (matches(term, i))
                out[t].append({ words.at(i).range.start, words.at(i + int(term.words.size()) - 1).range.end });
        }
        for (int t : prefixSingles) {
            if (words.at(i).lower.startsWith(m_terms.at(t).words.first()))
                out[t].append(words.at(i).range);
        }
    }
    return out;
}

} // namespace Marginalia
