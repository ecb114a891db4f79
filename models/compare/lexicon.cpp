#include "lexicon.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <unistd.h>

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

Lexicon Lexicon::fromRows(const QVector<Row> &rows, QString *error)
{
    Lexicon lex;
    QHash<QString, int> seen; // lower-case term -> row
    for (int i = 0; i < rows.size(); ++i) {
        const QString text = rows.at(i).term.trimmed();
        const QString category = rows.at(i).category.trimmed();
        if (text.isEmpty() && category.isEmpty())
            continue;
        auto fail = [&](const QString &message) {
            if (error)
                *error = message;
            return Lexicon();
        };
        for (const QString &field : { text, category }) {
            if (field.contains(QLatin1Char('\t')) || field.contains(QLatin1Char('\n'))
                || field.contains(QLatin1Char('\r')))
                return fail(tr("row %1: a term or category cannot contain a tab or a line break").arg(i + 1));
        }
        if (text.startsWith(QLatin1Char('#')))
            return fail(tr("row %1: a term cannot start with # (the file format reads it as a comment)").arg(i + 1));
        Term t;
        t.text = text;
        t.category = category;
        QString body = text.toLower();
        if (body.endsWith(QLatin1Char('*'))) {
            t.prefix = true;
            body.chop(1);
        }
        for (const auto &w : WordTokenizer::words(body))
            t.words.append(w.lower);
        if (t.words.isEmpty())
            return fail(tr("row %1: \"%2\" has no word to look for").arg(i + 1).arg(text));
        const QString key = text.toLower();
        if (seen.contains(key))
            return fail(tr("row %1: \"%2\" is already in row %3").arg(i + 1).arg(text).arg(seen.value(key) + 1));
        seen.insert(key, i);
        lex.m_terms.append(t);
    }
    if (error)
        error->clear();
    return lex;
}

QString Lexicon::serialize() const
{
    QString out = QStringLiteral("# Loaded-term lexicon of this corpus, used by the comparison instead of the\n"
                                 "# built-in list. One term per line: TERM<TAB>CATEGORY. Case is ignored; a term of\n"
                                 "# several words matches them in a row; a final * matches any ending.\n");
    for (const Term &t : m_terms) {
        out += t.text;
        if (!t.category.isEmpty())
            out += QLatin1Char('\t') + t.category;
        out += QLatin1Char('\n');
    }
    return out;
}

bool Lexicon::saveForCorpus(const QString &corpusRoot, const Lexicon &lexicon, QString *error)
{
    const QString path = corpusRoot + QLatin1Char('/') + corpusFileName();
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1: not saved: %2").arg(name, why);
        return false;
    };
    const QByteArray bytes = lexicon.serialize().toUtf8();
    // Our own output must read back as the same terms before it replaces anything.
    QString message;
    const Lexicon check = parse(QString::fromUtf8(bytes), name, &message);
    bool same = message.isEmpty() && check.m_terms.size() == lexicon.m_terms.size();
    for (int i = 0; same && i < check.m_terms.size(); ++i)
        same = check.m_terms.at(i).text == lexicon.m_terms.at(i).text
            && check.m_terms.at(i).category == lexicon.m_terms.at(i).category;
    if (!same)
        return fail(tr("the terms did not read back (%1)").arg(message));
    if (QFile::exists(path)) {
        Lexicon current;
        QString why;
        if (!load(path, &current, &why))
            return fail(tr("the file on disk cannot be read as a lexicon, so it is left as it is (%1)").arg(why));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (::fsync(file.handle()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
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
