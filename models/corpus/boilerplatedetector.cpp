#include "boilerplatedetector.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Marginalia {

namespace {

int wordCount(QStringView line)
{
    int words = 0;
    bool in = false;
    for (const QChar c : line) {
        const bool w = c.isLetterOrNumber();
        words += w && !in;
        in = w;
    }
    return words;
}

const QRegularExpression &clutterPattern()
{
    // Generic furniture of news pages, in the forms sites print it. Matched
    // against short lines only (see isClutterLine), anchored where the phrase
    // is the whole point of the line.
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:"
            // sharing
            "share(?: this| the| on| via|:|$)|tweet\\b|(?:e-?mail|print|copy)(?: link| this| article)?\\s*[|/•·]"
            "|(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|e-?mail|print|copy link)"
            "(?:\\s*[|/•·,]\\s*(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|e-?mail|print"
            "|copy link|share|tweet))+\\s*$"
            // navigation and teasers
            "|read (?:more|also|next|the full)|(?:see|watch|listen) (?:also|more)|related(?: articles| stories| "
            "coverage)?\\s*:|more (?:from|on|stories|news)\\b|recommended(?: for you)?\\s*:?$|most (?:read|popular)"
            "|trending(?: now)?\\s*:?$|continue reading|click here|skip to (?:main )?content|(?:scroll|back) to top"
            "|jump to\\b|open in app|listen to (?:this )?article|top stories\\s*$"
            // interface noise
            "|loading\\s*(?:\\.\\.\\.|…)?\\s*$|please wait|advertisement\\s*$|sponsored(?: content)?\\s*$"
            "|(?:\\d+ )?comments?\\s*(?:\\(\\d+\\))?\\s*$|leave a (?:comment|reply)|(?:log|sign) ?in\\b"
            "|\\d+\\s*min(?:ute)?s? read\\s*$|updated\\s*:?\\s*$"
            // follow / subscribe
            "|follow us\\b|(?:sign up|subscribe)\\b|get (?:our|the) (?:free )?newsletter|join our newsletter"
            // credits and provenance
            "|(?:photo|image|picture|photograph|video|graphic)s?(?: credit)?\\s*(?::|by\\b|©)|credit\\s*:"
            "|source link\\s*$|source\\s*:\\s*\\S+\\s*$|about the author\\s*$"
            // rights
            "|©|\\(c\\)\\s*\\d{4}|copyright\\b"
            ")"
            "|all rights reserved|\\bcookies?\\b.*\\b(?:accept|consent|experience|policy|settings|use)\\b"
            "|\\b(?:accept|manage)\\b.*\\bcookies?\\b|\\bnewsletter\\b|\\bunsubscribe\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

bool BoilerplateDetector::isClutterLine(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty())
        return false;
    // Furniture is short; a paragraph that mentions a newsletter is news.
    if (line.size() > 160 || wordCount(line) > 16)
        return false;
    return clutterPattern().match(line).hasMatch();
}

QVector<TextRange> BoilerplateDetector::lines(const QString &text)
{
    QVector<TextRange> out;
    int start = 0;
    while (start <= text.size()) {
        int eol = int(text.indexOf(QLatin1Char('\n'), start));
        if (eol < 0)
            eol = int(text.size());
        out.append({ start, eol });
        start = eol + 1;
    }
    return out;
}

QVector<TextRange> BoilerplateDetector::ruleLines(const QString &text)
{
    QVector<TextRange> out;
    QStringView previous; // the line just before, empty if it was blank
    int nonEmptySeen = 0;
    for (const TextRange &r : lines(text)) {
        const QStringView line = QStringView(text).mid(r.start, r.end - r.start).trimmed();
        if (line.isEmpty()) {
            previous = QStringView();
            continue;
        }
        ++nonEmptySeen;
        // Pages pasted from a browser often carry the headline twice in a row
        // (page title and article heading): the second copy at the top is clutter.
        const bool repeatedHeadline = nonEmptySeen <= 3 && !previous.isEmpty() && line == previous;
        if (repeatedHeadline || isClutterLine(line))
            out.append(r);
        previous = line;
    }
    return out;
}

QString BoilerplateDetector::statisticsKey(QStringView line)
{
    QString key = line.trimmed().toString().toLower();
    for (QChar &c : key) {
        if (c.isDigit())
            c = QLatin1Char('0');
    }
    return key.simplified();
}

void BoilerplateDetector::applyCorpusStatistics(QVector<Document> &documents)
{
    // The short lines of each article with their keys: the costly part
    // (splitting, lower-casing), independent per article, so on all cores.
    struct Keyed
    {
        QVector<TextRange> ranges;
        QStringList keys;
    };
    const QVector<Keyed> keyed = QtConcurrent::blockingMapped<QVector<Keyed>>(documents, [](const Document &d) {
        Keyed k;
        const QString text = d.scanText();
        for (const TextRange &r : lines(text)) {
            if (r.end - r.start > MaxStatisticsLineLength || r.end == r.start)
                continue;
            QString key = statisticsKey(QStringView(text).mid(r.start, r.end - r.start));
            if (key.isEmpty())
                continue;
            k.ranges.append(r);
            k.keys.append(std::move(key));
        }
        return k;
    });
    // outlet -> line key -> number of articles containing it
    QHash<QString, QHash<QString, int>> counts;
    for (int i = 0; i < documents.size(); ++i) {
        const QStringList &keys = keyed.at(i).keys;
        if (keys.isEmpty())
            continue;
        const QSet<QString> seen(keys.cbegin(), keys.cend());
        QHash<QString, int> &perOutlet = counts[documents.at(i).meta.outlet];
        for (const QString &key : seen)
            ++perOutlet[key];
    }
    for (int i = 0; i < documents.size(); ++i) {
        const Keyed &k = keyed.at(i);
        if (k.keys.isEmpty())
            continue;
        const QHash<QString, int> perOutlet = counts.value(documents.at(i).meta.outlet);
        QVector<TextRange> repeated;
        for (int j = 0; j < k.keys.size(); ++j) {
            if (perOutlet.value(k.keys.at(j)) >= MinRepeats)
                repeated.append(k.ranges.at(j));
        }
        if (!repeated.isEmpty())
            documents[i].boilerplate = merged(documents.at(i).boilerplate, repeated);
    }
}

QVector<TextRange> BoilerplateDetector::merged(QVector<TextRange> a, const QVector<TextRange> &b)
{
    a += b;
    std::sort(a.begin(), a.end(),
        [](const TextRange &x, const TextRange &y) { return x.start != y.start ? x.start < y.start : x.end < y.end; });
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

} // namespace Marginalia
