#include "sentencesegmenter.h"

#include <QSet>
#include <QTextBoundaryFinder>

namespace Marginalia {

namespace {

// Abbreviations after which a full stop never ends a sentence in news copy:
// titles and ranks precede a name, the others are followed by more of the
// same sentence. Lower case, without the final dot.
const QSet<QString> &titles()
{
    static const QSet<QString> s = {
        QStringLiteral("mr"),
        QStringLiteral("mrs"),
        QStringLiteral("ms"),
        QStringLiteral("dr"),
        QStringLiteral("prof"),
        QStringLiteral("gen"),
        QStringLiteral("sen"),
        QStringLiteral("rep"),
        QStringLiteral("gov"),
        QStringLiteral("lt"),
        QStringLiteral("col"),
        QStringLiteral("maj"),
        QStringLiteral("capt"),
        QStringLiteral("cmdr"),
        QStringLiteral("sgt"),
        QStringLiteral("adm"),
        QStringLiteral("st"),
        QStringLiteral("rev"),
        QStringLiteral("hon"),
        QStringLiteral("pres"),
        QStringLiteral("supt"),
        QStringLiteral("insp"),
        QStringLiteral("det"),
        QStringLiteral("cpl"),
        QStringLiteral("pvt"),
        QStringLiteral("messrs"),
        QStringLiteral("mt"),
        QStringLiteral("ft"),
        QStringLiteral("vs"),
        QStringLiteral("v"),
        QStringLiteral("approx"),
        QStringLiteral("dept"),
        QStringLiteral("est"),
        QStringLiteral("fig"),
        QStringLiteral("jr"),
        QStringLiteral("sr"),
        QStringLiteral("e.g"),
        QStringLiteral("i.e"),
        QStringLiteral("cf"),
    };
    return s;
}

// Month abbreviations: no boundary when a day number follows ("Feb. 12").
const QSet<QString> &months()
{
    static const QSet<QString> s = {
        QStringLiteral("jan"),
        QStringLiteral("feb"),
        QStringLiteral("mar"),
        QStringLiteral("apr"),
        QStringLiteral("jun"),
        QStringLiteral("jul"),
        QStringLiteral("aug"),
        QStringLiteral("sep"),
        QStringLiteral("sept"),
        QStringLiteral("oct"),
        QStringLiteral("nov"),
        QStringLiteral("dec"),
    };
    return s;
}

// Words that may follow "4 p.m." inside the same sentence although capitalised.
const QSet<QString> &afterTime()
{
    static const QSet<QString> s = {
        QStringLiteral("monday"),
        QStringLiteral("tuesday"),
        QStringLiteral("wednesday"),
        QStringLiteral("thursday"),
        QStringLiteral("friday"),
        QStringLiteral("saturday"),
        QStringLiteral("sunday"),
        QStringLiteral("january"),
        QStringLiteral("february"),
        QStringLiteral("march"),
        QStringLiteral("april"),
        QStringLiteral("may"),
        QStringLiteral("june"),
        QStringLiteral("july"),
        QStringLiteral("august"),
        QStringLiteral("september"),
        QStringLiteral("october"),
        QStringLiteral("november"),
        QStringLiteral("december"),
        QStringLiteral("et"),
        QStringLiteral("est"),
        QStringLiteral("gmt"),
        QStringLiteral("utc"),
        QStringLiteral("local"),
    };
    return s;
}

// Words that typically open a sentence: after "U.S." they mean the stop ends it.
const QSet<QString> &openers()
{
    static const QSet<QString> s = {
        QStringLiteral("the"),
        QStringLiteral("a"),
        QStringLiteral("an"),
        QStringLiteral("he"),
        QStringLiteral("she"),
        QStringLiteral("it"),
        QStringLiteral("they"),
        QStringLiteral("we"),
        QStringLiteral("i"),
        QStringLiteral("but"),
        QStringLiteral("and"),
        QStringLiteral("in"),
        QStringLiteral("on"),
        QStringLiteral("this"),
        QStringLiteral("that"),
        QStringLiteral("there"),
        QStringLiteral("his"),
        QStringLiteral("her"),
        QStringLiteral("their"),
        QStringLiteral("its"),
        QStringLiteral("officials"),
        QStringLiteral("critics"),
        QStringLiteral("however"),
    };
    return s;
}

// The word (letters and inner dots) that ends just before the full stop at dot.
QString wordBefore(QStringView text, int dot, int lineStart)
{
    int i = dot;
    while (i > lineStart && (text.at(i - 1).isLetter() || (text.at(i - 1) == QLatin1Char('.') && i - 1 > lineStart)))
        --i;
    return text.mid(i, dot - i).toString();
}

QString wordAfter(QStringView text, int pos, int lineEnd)
{
    int i = pos;
    while (i < lineEnd && !text.at(i).isLetterOrNumber())
        ++i;
    const int start = i;
    while (i < lineEnd && text.at(i).isLetterOrNumber())
        ++i;
    return text.mid(start, i - start).toString();
}

// Decides whether a boundary proposed at pos (start of the next sentence) is
// to be taken back because the stop before it belongs to an abbreviation.
bool keepTogether(QStringView text, int lineStart, int pos, int lineEnd)
{
    int i = pos;
    while (i > lineStart && text.at(i - 1).isSpace())
        --i;
    if (i <= lineStart)
        return false;
    // A boundary must follow a stop, possibly with closing quotes or brackets
    // (some boundary finders also break after "Ltd.," or a colon).
    int j = i;
    while (j > lineStart && QStringLiteral("\"')]\u201D\u2019").contains(text.at(j - 1)))
        --j;
    if (j <= lineStart || !QStringLiteral(".!?\u2026").contains(text.at(j - 1)))
        return true;
    // Closing quotes/brackets after the stop mean the sentence really ended.
    if (text.at(i - 1) != QLatin1Char('.'))
        return false;
    const int dot = i - 1;
    const QString before = wordBefore(text, dot, lineStart);
    if (before.isEmpty())
        return false;
    const QString lower = before.toLower();
    const QString next = wordAfter(text, pos, lineEnd);
    if (next.isEmpty())
        return false;
    const QChar first = next.at(0);
    if (titles().contains(lower))
        return true;
    // An initial: one capital letter ("J. Okafor").
    if (before.size() == 1 && before.at(0).isUpper())
        return true;
    if (months().contains(lower) || lower == QLatin1String("no") || lower == QLatin1String("nos"))
        return first.isDigit();
    if (lower == QLatin1String("a.m") || lower == QLatin1String("p.m"))
        return first.isLower() || first.isDigit() || afterTime().contains(next.toLower());
    // Dotted abbreviations ("U.S.", "U.N."): part of the sentence unless a
    // typical opener follows.
    if (lower.contains(QLatin1Char('.')))
        return !(first.isUpper() && openers().contains(next.toLower()));
    return first.isLower();
}

void segmentLine(QStringView text, int lineStart, int lineEnd, QVector<TextRange> &out)
{
    const QString line = text.mid(lineStart, lineEnd - lineStart).toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, line);
    int start = 0;
    int pos = finder.toNextBoundary();
    auto push = [&](int s, int e) {
        while (s < e && line.at(s).isSpace())
            ++s;
        while (e > s && line.at(e - 1).isSpace())
            --e;
        if (e > s)
            out.append({ lineStart + s, lineStart + e });
    };
    while (pos > 0) {
        if (pos < line.size() && keepTogether(text, lineStart, lineStart + pos, lineEnd)) {
            pos = finder.toNextBoundary();
            continue;
        }
        push(start, pos);
        start = pos;
        pos = finder.toNextBoundary();
    }
    if (start < line.size())
        push(start, int(line.size()));
}

} // namespace

QVector<TextRange> SentenceSegmenter::segment(QStringView text, const QVector<TextRange> &boilerplate)
{
    QVector<TextRange> out;
    const int n = int(text.size());
    int lineStart = 0;
    while (lineStart <= n) {
        int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = n;
        if (lineEnd > lineStart)
            segmentLine(text, lineStart, lineEnd, out);
        lineStart = lineEnd + 1;
    }
    if (boilerplate.isEmpty())
        return out;
    QVector<TextRange> kept;
    kept.reserve(out.size());
    for (const TextRange &s : out) {
        bool drop = false;
        for (const TextRange &b : boilerplate) {
            if (s.overlaps(b)) {
                drop = true;
                break;
            }
        }
        if (!drop)
            kept.append(s);
    }
    return kept;
}

} // namespace Marginalia
