// SubstringSearcher against QStringMatcher, the reference it replaces: the
// same matches for random texts and patterns over an alphabet full of case
// variants (Kelvin sign, long s, dotless i, sharp s, Greek sigmas) and
// surrogate pairs, at every offset around its eight-unit steps.

#include "search/substringsearcher.h"

#include <QRandomGenerator>
#include <QStringMatcher>
#include <QTest>

using namespace Marginalia;

namespace {
const QString Alphabet = QStringLiteral("aAkKsSiIéÉßσςΣ ") + QChar(0x212A) + QChar(0x017F) + QChar(0x0131)
    + QChar(0x0130) + QStringLiteral("📰");

QString randomText(QRandomGenerator &rng, int length)
{
    QString s;
    while (s.size() < length) {
        const int i = int(rng.bounded(Alphabet.size()));
        if (Alphabet.at(i).isHighSurrogate()) {
            s += Alphabet.mid(i, 2);
        } else if (Alphabet.at(i).isLowSurrogate()) {
            s += Alphabet.mid(i - 1, 2);
        } else {
            s += Alphabet.at(i);
        }
    }
    return s;
}

// Every match position from every start, as both searchers report it.
template<typename IndexIn>
QVector<qsizetype> allFrom(QStringView text, const IndexIn &indexIn)
{
    QVector<qsizetype> out;
    for (qsizetype from = 0; from <= text.size(); ++from)
        out.append(indexIn(text, from));
    return out;
}
} // namespace

class TestSubstringSearcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSameAsQStringMatcher_data();
    void testSameAsQStringMatcher();
    void testKelvinAndLongS();
    void testNoMatchAndEdges();
};

void TestSubstringSearcher::testSameAsQStringMatcher_data()
{
    QTest::addColumn<int>("cs");
    QTest::addRow("case-sensitive") << int(Qt::CaseSensitive);
    QTest::addRow("ignoring case") << int(Qt::CaseInsensitive);
}

void TestSubstringSearcher::testSameAsQStringMatcher()
{
    QFETCH(int, cs);
    const auto sensitivity = Qt::CaseSensitivity(cs);
    QRandomGenerator rng(20261207);
    for (int round = 0; round < 400; ++round) {
        const QString text = randomText(rng, int(rng.bounded(1, 70)));
        // Half the patterns are taken from the text (so they match), half made up.
        QString pattern;
        if (rng.bounded(2)) {
            const int at = int(rng.bounded(text.size()));
            pattern = text.mid(at, int(rng.bounded(1, 12)));
        } else {
            pattern = randomText(rng, int(rng.bounded(1, 4)));
        }
        if (pattern.isEmpty())
            continue;
        const SubstringSearcher fast(pattern, sensitivity);
        const QStringMatcher reference(pattern, sensitivity);
        const auto got = allFrom(text, [&](QStringView t, qsizetype from) { return fast.indexIn(t, from); });
        const auto want = allFrom(text, [&](QStringView t, qsizetype from) { return reference.indexIn(t, from); });
        QVERIFY2(got == want, qPrintable(QStringLiteral("pattern \"%1\" in \"%2\"").arg(pattern, text)));
    }
}

void TestSubstringSearcher::testKelvinAndLongS()
{
    // U+212A KELVIN SIGN folds to 'k' and U+017F LATIN SMALL LETTER LONG S to
    // 's': the SIMD filter must try them as first and last units, also beyond
    // the first eight positions.
    const QString text = QString(20, QLatin1Char('x')) + QChar(0x212A) + QStringLiteral("is") + QChar(0x017F);
    const SubstringSearcher searcher(QStringLiteral("KISS"), Qt::CaseInsensitive);
    QCOMPARE(searcher.indexIn(text), 20);
    QCOMPARE(SubstringSearcher(QStringLiteral("KISS"), Qt::CaseSensitive).indexIn(text), -1);
}

void TestSubstringSearcher::testNoMatchAndEdges()
{
    const QString text = QStringLiteral("the Harbour, the harbour and THE HARBOUR");
    const SubstringSearcher searcher(QStringLiteral("harbour"), Qt::CaseInsensitive);
    QCOMPARE(searcher.indexIn(text), 4);
    QCOMPARE(searcher.indexIn(text, 5), 17);
    QCOMPARE(searcher.indexIn(text, 18), 33); // ends at the last unit
    QCOMPARE(searcher.indexIn(text, 34), -1);
    QCOMPARE(searcher.indexIn(text, text.size() + 5), -1);
    QCOMPARE(searcher.indexIn(QStringView()), -1);
    QCOMPARE(SubstringSearcher(QString(), Qt::CaseInsensitive).indexIn(text), -1);
    // A pattern with a surrogate pair, ignoring case, goes to QStringMatcher.
    QCOMPARE(SubstringSearcher(QStringLiteral("a📰"), Qt::CaseInsensitive).indexIn(QStringLiteral("xxA📰")), 2);
}

QTEST_GUILESS_MAIN(TestSubstringSearcher)
#include "tst_substringsearcher.moc"
