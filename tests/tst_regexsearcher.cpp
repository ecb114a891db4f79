// RegexSearcher against QRegularExpression::globalMatch, which it replaces
// in the corpus search: the same matches for patterns that match empty
// strings, look around, use Unicode classes and case folding, on random text
// with accents, case variants, surrogate pairs and line breaks.

#include "search/regexsearcher.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Marginalia;

namespace {
const QString Alphabet = QStringLiteral("aAbBkKsSéÉ_1 \n.-") + QChar(0x212A) + QChar(0x017F) + QChar(0x0301)
    + QStringLiteral("📰");

QString randomText(QRandomGenerator &rng, int length)
{
    QString s;
    while (s.size() < length) {
        const int i = int(rng.bounded(Alphabet.size()));
        if (Alphabet.at(i).isHighSurrogate())
            s += Alphabet.mid(i, 2);
        else if (Alphabet.at(i).isLowSurrogate())
            s += Alphabet.mid(i - 1, 2);
        else
            s += Alphabet.at(i);
    }
    return s;
}

using Matches = QVector<QPair<qsizetype, qsizetype>>;

Matches reference(const QString &pattern, bool caseSensitive, const QString &text)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    Matches out;
    auto it = QRegularExpression(pattern, options).globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.append({ m.capturedStart(), m.capturedEnd() });
    }
    return out;
}

Matches ours(const QString &pattern, bool caseSensitive, const QString &text)
{
    Matches out;
    RegexSearcher(pattern, caseSensitive).forEachMatch(text, [&](qsizetype start, qsizetype end) {
        out.append({ start, end });
        return true;
    });
    return out;
}
} // namespace

class TestRegexSearcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSameAsQRegularExpression_data();
    void testSameAsQRegularExpression();
    void testInvalidPatternAndStop();
};

void TestRegexSearcher::testSameAsQRegularExpression_data()
{
    QTest::addColumn<QString>("pattern");
    for (const char *p : { "a|b", "k+", "s", "a*", "", "\\b", "(?=a)", "x?", "\\w+", "[[:alpha:]]+", "\\p{M}", ".",
             "^", "$", "a|", "(a)(b)?", "(?<![\\w\\p{M}])(?:kis)(?![\\w\\p{M}])", "é", "\\X", "📰|a" })
        QTest::addRow("%s", p) << QString::fromUtf8(p);
}

void TestRegexSearcher::testSameAsQRegularExpression()
{
    QFETCH(QString, pattern);
    QRandomGenerator rng(qHash(pattern));
    for (int round = 0; round < 150; ++round) {
        const QString text = randomText(rng, int(rng.bounded(0, 40)));
        for (const bool caseSensitive : { true, false }) {
            const Matches want = reference(pattern, caseSensitive, text);
            const Matches got = ours(pattern, caseSensitive, text);
            QVERIFY2(got == want, qPrintable(QStringLiteral("\"%1\" in \"%2\", %3 matches, expected %4")
                                                 .arg(pattern, text)
                                                 .arg(got.size())
                                                 .arg(want.size())));
        }
    }
}

void TestRegexSearcher::testInvalidPatternAndStop()
{
    QVERIFY(!RegexSearcher(QStringLiteral("(a"), true).isValid());
    int calls = 0;
    RegexSearcher(QStringLiteral("a"), true).forEachMatch(QStringLiteral("aaaa"), [&](qsizetype, qsizetype) {
        ++calls;
        return calls < 2;
    });
    QCOMPARE(calls, 2);
    // A lone surrogate is not valid UTF-16: no match, as with QRegularExpression.
    const QString broken = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("a");
    QCOMPARE(ours(QStringLiteral("a"), true, broken), reference(QStringLiteral("a"), true, broken));
}

QTEST_GUILESS_MAIN(TestRegexSearcher)
#include "tst_regexsearcher.moc"
