#include "quoteextractor.h"

#include "wordtokenizer.h"

#include <QHash>
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

// Verbs that make their subject someone who speaks or acts in the story,
// for finding the people a later "he said" can refer to (attribution verbs
// and these).
const QString &reportingVerbs()
{
    static const QString v = QStringLiteral(
        "criticised|criticized|defended|denied|confirmed|announced|estimated|testified|praised|blamed|"
        "called|rejected|questioned|accused|apologised|apologized|pledged|predicted|suggested|proposed|"
        "described|disputed|welcomed|condemned|reported|revealed|responded|agreed|disagreed");
    return v;
}

// A name followed, perhaps after an appositive (", who …,", ", the …,"),
// by an attribution or reporting verb.
const QRegularExpression &mention()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\p{L}\p{N}.'’-])(?<s>%1)(?:,[^,"“”]{0,80},)?\s+(?:%2|%3)\b)")
            .arg(name(), verbs(), reportingVerbs()),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

enum class Gender { Unknown, Male, Female };

struct Person
{
    QString name;
    Gender gender = Gender::Unknown;
    int position = 0; ///< where it is named (UTF-16 offset)
};

// Titles that say the name is a person's, with what they say about gender.
Gender titleGender(const QString &word, bool &isTitle)
{
    static const QHash<QString, Gender> titles = [] {
        QHash<QString, Gender> h;
        for (const char *t :
            { "mr", "sir", "lord", "father", "brother", "councilman", "congressman", "king", "prince" })
            h.insert(QString::fromLatin1(t), Gender::Male);
        for (const char *t :
            { "ms", "mrs", "miss", "dame", "lady", "sister", "councilwoman", "congresswoman", "queen", "princess" })
            h.insert(QString::fromLatin1(t), Gender::Female);
        for (const char *t : { "dr", "prof", "professor", "sen", "senator", "rep", "gov", "governor", "gen", "general",
                 "maj", "major", "col", "capt", "captain", "lt", "sgt", "cmdr", "adm", "mayor", "councillor",
                 "councilor", "president", "chief", "judge", "justice", "minister", "secretary", "director",
                 "inspector", "officer", "detective", "master", "rev", "chairman", "chairwoman", "chancellor",
                 "commissioner", "superintendent", "sheriff", "deputy", "ambassador" })
            h.insert(QString::fromLatin1(t), Gender::Unknown);
        return h;
    }();
    QString key = word.toLower();
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    const auto it = titles.constFind(key);
    isTitle = it != titles.constEnd();
    return isTitle ? it.value() : Gender::Unknown;
}

// Whether a name as the name pattern found it is a person's, and which
// gender its title gives. Organisations, places and acronyms are not people.
bool personOf(const QString &name, Gender &gender)
{
    static const QSet<QString> notFirst = { QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"),
        QStringLiteral("This"), QStringLiteral("That"), QStringLiteral("These"), QStringLiteral("Those"),
        QStringLiteral("Its"), QStringLiteral("Their"), QStringLiteral("Our"), QStringLiteral("His"),
        QStringLiteral("Her"), QStringLiteral("Some"), QStringLiteral("Many"), QStringLiteral("Officials"),
        QStringLiteral("Police"), QStringLiteral("Residents"), QStringLiteral("Critics") };
    static const QSet<QString> notLast = { QStringLiteral("Authority"), QStringLiteral("Council"),
        QStringLiteral("Department"), QStringLiteral("Ltd."), QStringLiteral("Ltd"), QStringLiteral("Inc."),
        QStringLiteral("Inc"), QStringLiteral("Company"), QStringLiteral("Corporation"), QStringLiteral("Corp."),
        QStringLiteral("Association"), QStringLiteral("Union"), QStringLiteral("Agency"), QStringLiteral("Ministry"),
        QStringLiteral("Office"), QStringLiteral("Hospital"), QStringLiteral("College"), QStringLiteral("University"),
        QStringLiteral("Board"), QStringLiteral("Commission"), QStringLiteral("Committee"), QStringLiteral("Court"),
        QStringLiteral("Service"), QStringLiteral("Services"), QStringLiteral("Group"), QStringLiteral("Party"),
        QStringLiteral("Government"), QStringLiteral("Police"), QStringLiteral("Hall"), QStringLiteral("Bridge"),
        QStringLiteral("Street"), QStringLiteral("Wire"), QStringLiteral("Herald"), QStringLiteral("Times"),
        QStringLiteral("Post"), QStringLiteral("News"), QStringLiteral("Review"), QStringLiteral("Ledger") };
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || notFirst.contains(words.first()) || notLast.contains(words.last()))
        return false;
    gender = Gender::Unknown;
    bool titled = false;
    for (const QString &w : words) {
        bool isTitle = false;
        const Gender g = titleGender(w, isTitle);
        if (isTitle) {
            titled = true;
            if (g != Gender::Unknown)
                gender = g;
        }
        // An acronym ("PARTA") names an organisation.
        if (w.size() > 1 && w == w.toUpper() && !w.endsWith(QLatin1Char('.')))
            return false;
    }
    // Without a title, a person has a first and a last name.
    return titled || words.size() >= 2;
}

// People named as the subject of an attribution or reporting verb in
// text[from, to).
QVector<Person> peopleIn(QStringView text, int from, int to)
{
    QVector<Person> out;
    if (to <= from)
        return out;
    const QString part = text.mid(from, to - from).toString();
    auto it = mention().globalMatch(part);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Person p;
        p.name = m.captured(QStringLiteral("s"));
        if (personOf(p.name, p.gender)) {
            p.position = from + int(m.capturedStart(QStringLiteral("s")));
            out.append(p);
        }
    }
    return out;
}

// Resolves "he" and "she" speakers to the last compatible person named in
// the quote's sentence (before the quote) and the three sentences before it.
void resolvePronouns(QStringView text, const QVector<TextRange> &sentences, QVector<Quotation> &quotes)
{
    constexpr int lookBack = 3;
    QHash<int, QVector<Person>> bySentence; // found on demand: most quotes name their speaker
    QVector<Person> resolved; // pronoun quotes already resolved, as people named at the quote
    for (Quotation &q : quotes) {
        const QString pronoun = q.speaker.toLower();
        const Gender wanted = pronoun == QLatin1String("he")
            ? Gender::Male
            : (pronoun == QLatin1String("she") ? Gender::Female : Gender::Unknown);
        if (wanted == Gender::Unknown || q.sentence < 0)
            continue;
        Person best;
        bool found = false;
        auto consider = [&](const Person &p) {
            if (p.position >= q.range.start || (p.gender != Gender::Unknown && p.gender != wanted))
                return;
            if (!found || p.position > best.position) {
                best = p;
                found = true;
            }
        };
        for (int s = std::max(0, q.sentence - lookBack); s <= q.sentence; ++s) {
            auto it = bySentence.find(s);
            if (it == bySentence.end())
                it = bySentence.insert(s, peopleIn(text, sentences.at(s).start, sentences.at(s).end));
            for (const Person &p : it.value())
                consider(p);
        }
        const int earliest = sentences.at(std::max(0, q.sentence - lookBack)).start;
        for (const Person &p : resolved) {
            if (p.position >= earliest)
                consider(p);
        }
        if (found) {
            q.resolvedSpeaker = best.name;
            resolved.append({ best.name, wanted, q.range.start });
        }
    }
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
    resolvePronouns(text, sentences, out);
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
