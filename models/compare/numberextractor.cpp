#include "numberextractor.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Marginalia {

namespace {

const QHash<QString, double> &numberWords()
{
    static const QHash<QString, double> h = {
        { QStringLiteral("two"), 2 },
        { QStringLiteral("three"), 3 },
        { QStringLiteral("four"), 4 },
        { QStringLiteral("five"), 5 },
        { QStringLiteral("six"), 6 },
        { QStringLiteral("seven"), 7 },
        { QStringLiteral("eight"), 8 },
        { QStringLiteral("nine"), 9 },
        { QStringLiteral("ten"), 10 },
        { QStringLiteral("eleven"), 11 },
        { QStringLiteral("twelve"), 12 },
        { QStringLiteral("thirteen"), 13 },
        { QStringLiteral("fourteen"), 14 },
        { QStringLiteral("fifteen"), 15 },
        { QStringLiteral("sixteen"), 16 },
        { QStringLiteral("seventeen"), 17 },
        { QStringLiteral("eighteen"), 18 },
        { QStringLiteral("nineteen"), 19 },
        { QStringLiteral("twenty"), 20 },
        { QStringLiteral("thirty"), 30 },
        { QStringLiteral("forty"), 40 },
        { QStringLiteral("fifty"), 50 },
        { QStringLiteral("sixty"), 60 },
        { QStringLiteral("seventy"), 70 },
        { QStringLiteral("eighty"), 80 },
        { QStringLiteral("ninety"), 90 },
        { QStringLiteral("hundred"), 100 },
        { QStringLiteral("a dozen"), 12 },
        { QStringLiteral("one"), 1 },
    };
    return h;
}

const QRegularExpression &pattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![\w.,$])(?:(?<qual>more than|fewer than|less than|at least|at most|up to|nearly|almost|about|)"
            R"(roughly|around|approximately|some|over|under|close to|just over|just under|as many as)\s+)?)"
            R"((?:(?<cur>[$€£])?(?<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<dec>\d+))?(?<score>-\d+(?![\w]))?)"
            R"((?:\s*(?<pct>%|percent\b|per cent\b))?(?:\s+(?<scale>million|billion|trillion|thousand)\b)?)"
            R"(|(?<vague>dozens|hundreds|thousands|millions|several|a handful|scores)\b)"
            R"(|(?<word>a dozen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|two|three|four|five|six|seven|)"
            R"(eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
            R"()(?:-(?<word2>one|two|three|four|five|six|seven|eight|nine))?\b))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &unitPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:-|\s+)(?:of\s+)?([\p{L}']+))"), QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QVector<NumberMention> NumberExtractor::find(QStringView text, const TextRange &within)
{
    QVector<NumberMention> out;
    const QString part = text.mid(within.start, within.end - within.start).toString();
    auto it = pattern().globalMatch(part);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        NumberMention n;
        n.range = { within.start + int(m.capturedStart()), within.start + int(m.capturedEnd()) };
        n.text = m.captured();
        n.qualifier = m.captured(QStringLiteral("qual")).toLower();
        if (m.hasCaptured(QStringLiteral("num")) && !m.captured(QStringLiteral("num")).isEmpty()) {
            QString digits = m.captured(QStringLiteral("num"));
            digits.remove(QLatin1Char(','));
            double v = digits.toDouble();
            const QString dec = m.captured(QStringLiteral("dec"));
            if (!dec.isEmpty())
                v += QString(QLatin1String("0.") + dec).toDouble();
            const QString scale = m.captured(QStringLiteral("scale")).toLower();
            if (scale == QLatin1String("thousand"))
                v *= 1e3;
            else if (scale == QLatin1String("million"))
                v *= 1e6;
            else if (scale == QLatin1String("billion"))
                v *= 1e9;
            else if (scale == QLatin1String("trillion"))
                v *= 1e12;
            // A score or range ("7-4") is compared by its wording.
            if (m.captured(QStringLiteral("score")).isEmpty())
                n.value = v;
            if (!m.captured(QStringLiteral("pct")).isEmpty())
                n.unit = QStringLiteral("percent");
        } else if (!m.captured(QStringLiteral("word")).isEmpty()) {
            n.value = numberWords().value(m.captured(QStringLiteral("word")).toLower(), NAN);
            const QString second = m.captured(QStringLiteral("word2")).toLower();
            if (!second.isEmpty())
                n.value += numberWords().value(second, 0);
        }
        if (n.unit.isEmpty()) {
            const QRegularExpressionMatch u = unitPattern().match(QStringView(part).mid(m.capturedEnd()));
            if (u.hasMatch())
                n.unit = u.captured(1).toLower();
        }
        out.append(n);
    }
    return out;
}

bool NumberExtractor::agree(const NumberMention &a, const NumberMention &b)
{
    if (a.qualifier != b.qualifier)
        return false;
    if (std::isnan(a.value) || std::isnan(b.value)) {
        auto core = [](const NumberMention &n) {
            QString t = n.text.toLower();
            if (!n.qualifier.isEmpty())
                t = t.mid(n.qualifier.size()).trimmed();
            return t;
        };
        return std::isnan(a.value) && std::isnan(b.value) && core(a) == core(b);
    }
    return std::abs(a.value - b.value) <= 1e-9 * std::max(std::abs(a.value), 1.0);
}

} // namespace Marginalia
