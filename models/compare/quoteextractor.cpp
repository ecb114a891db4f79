#include "quoteextractor.h"

#include "wordtokenizer.h"

#include <QRegularExpression>
#include <QSet>

namespace Marginalia {

namespace {

const QString &verbs()
{
    static const QString v = QStringLiteral(
        "said|says|told|claimed|insisted|argued|added|warned|admitted|acknowledged|noted|stated|explained|"
        "conceded|asserted|declared|maintained|alleged|complained|wrote|asked|replied|shouted|countered|"
        "cautioned|recalled|boasted|fumed|vowed|promised|urged|continued");
    return v;
}

const QString &name()
{
    // Capitalised words with titles, initials and hyphens: "Dr. Helen Osei-Marsh".
    static const QString n
        = QStringLiteral(R"((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|van|von|al-))*)");
    return n;
}

const QRegularExpression &after()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[,.!?;:\s]*(?:(?<v1>%1)\s+(?<s1>%2)|(?<s2>%2|he|she|they|it|we|I)\s+(?<v2>%1)\b))")
            .arg(verbs(), name()),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &before()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<s>%2|[Hh]e|[Ss]he|[Tt]hey)(?:,[^,]{0,80},)?\s+(?<v>%1)\b[^"“”]*$)").arg(verbs(), name()),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QSet<QString> QuoteExtractor::wordSet(const QString &text)
{
    QSet<QString> s;
    for (const auto &w : WordTokenizer::words(text))
        s.insert(w.lower);
    return s;
}

QVector<Quotation> QuoteExtractor::find(QStringView text, const QVector<TextRange> &sentences)
{
    QVector<Quotation> out;
    const int n = int(text.size());
    int lineStart = 0;
    int sentence = 0;
    while (lineStart < n) {
        int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = n;
        int open = -1;
        QString lastSpeaker, lastVerb;
        for (int i = lineStart; i < lineEnd; ++i) {
            const QChar c = text.at(i);
            const bool straight = c == QLatin1Char('"');
            const bool opening = c == QChar(0x201C) || (straight && open < 0);
            const bool closing = c == QChar(0x201D) || (straight && open >= 0);
            if (opening && open < 0) {
                open = i + 1;
                continue;
            }
            if (!closing || open < 0)
                continue;
            Quotation q;
            q.range = { open, i };
            q.text = text.mid(open, i - open).toString();
            while (sentence < sentences.size() && sentences.at(sentence).end <= open)
                ++sentence;
            const bool inSentence = sentence < sentences.size() && sentences.at(sentence).start <= open;
            q.sentence = inSentence ? sentence : -1;
            const int sEnd = inSentence ? sentences.at(sentence).end : lineEnd;
            const int sStart = inSentence ? sentences.at(sentence).start : lineStart;
            // Quotes that end their sentence ("…," she said.) may extend a little past it.
            const int tailEnd = std::min(lineEnd, std::max(sEnd, i + 1) + 80);
            const QRegularExpressionMatch a = after().match(text.mid(i + 1, tailEnd - i - 1).toString());
            if (a.hasMatch()) {
                q.verb = a.captured(QStringLiteral("v1")) + a.captured(QStringLiteral("v2"));
                q.speaker = a.captured(QStringLiteral("s1")) + a.captured(QStringLiteral("s2"));
            } else {
                const QRegularExpressionMatch b
                    = before().match(text.mid(sStart, std::max(0, open - 1 - sStart)).toString());
                if (b.hasMatch()) {
                    q.verb = b.captured(QStringLiteral("v"));
                    q.speaker = b.captured(QStringLiteral("s"));
                }
            }
            // A quote of a few words is more likely a scare quote than speech.
            if (q.speaker.isEmpty() && !lastSpeaker.isEmpty() && WordTokenizer::words(q.text).size() >= 3) {
                q.speaker = lastSpeaker;
                q.verb = lastVerb;
            }
            if (!q.speaker.isEmpty()) {
                lastSpeaker = q.speaker;
                lastVerb = q.verb;
            }
            out.append(q);
            open = -1;
        }
        lineStart = lineEnd + 1;
    }
    return out;
}

bool QuoteExtractor::same(const Quotation &a, const Quotation &b)
{
    return same(wordSet(a.text), wordSet(b.text));
}

bool QuoteExtractor::same(const QSet<QString> &x, const QSet<QString> &y)
{
    if (x.isEmpty() || y.isEmpty())
        return false;
    const QSet<QString> &small = x.size() <= y.size() ? x : y;
    const QSet<QString> &large = x.size() <= y.size() ? y : x;
    int common = 0;
    for (const QString &w : small)
        common += large.contains(w) ? 1 : 0;
    const int smaller = int(std::min(x.size(), y.size()));
    // An excerpt of the other quote, or the same words with small changes.
    return common >= smaller * 0.9 && (smaller >= 3 || x == y);
}

} // namespace Marginalia
