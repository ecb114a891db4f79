#include "wordtokenizer.h"

namespace Marginalia {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}
bool isJoiner(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('.') || c == QLatin1Char(',');
}
} // namespace

QVector<WordTokenizer::Word> WordTokenizer::words(QStringView text, int offset)
{
    QVector<Word> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < n) {
            if (isWordChar(text.at(i))) {
                ++i;
            } else if (isJoiner(text.at(i)) && i + 1 < n && isWordChar(text.at(i + 1)) && i > start) {
                // "1,200" and "4.2" join only digits; apostrophes join letters.
                const QChar c = text.at(i);
                const bool digits = text.at(i - 1).isDigit() && text.at(i + 1).isDigit();
                const bool apostrophe = c == QLatin1Char('\'') || c == QChar(0x2019);
                if (!(digits || (apostrophe && text.at(i + 1).isLetter())))
                    break;
                ++i;
            } else {
                break;
            }
        }
        QString lower = text.mid(start, i - start).toString().toLower();
        lower.replace(QChar(0x2019), QLatin1Char('\''));
        out.append({ { offset + start, offset + i }, lower });
    }
    return out;
}

} // namespace Marginalia
