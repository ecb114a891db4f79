// TextOffsets: the one converter between in-memory UTF-16 offsets and the
// code point offsets the sidecar stores. Expected values are derived from
// QString::toUcs4() (an independent decoder), never from TextOffsets itself.

#include "annotation/textoffsets.h"
#include "corpus/textimporter.h"

#include <QTest>

using Marginalia::TextOffsets;

namespace {

// boundaries[k] = UTF-16 index where code point k starts; the last entry is the
// text's UTF-16 length. toUcs4() turns a lone surrogate into one U+FFFD, which
// is one unit wide, so this also holds for malformed UTF-16.
QVector<int> codePointBoundaries(const QString &text)
{
    QVector<int> boundaries;
    int pos = 0;
    const QList<uint> ucs4 = text.toUcs4();
    for (const uint c : ucs4) {
        boundaries.append(pos);
        pos += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    boundaries.append(pos);
    return boundaries;
}

bool insidePair(const QString &text, int utf16)
{
    return utf16 > 0 && utf16 < text.size() && text.at(utf16).isLowSurrogate() && text.at(utf16 - 1).isHighSurrogate();
}

// A text longer than 32 code points with astral characters on both sides of
// every position, so that the 32-code-point window ends on pairs.
QString longMixedText()
{
    QString s;
    for (int i = 0; i < 20; ++i)
        s += QStringLiteral(u"\U0001F600");
    s += QStringLiteral(u"ab e\u0301 \u0645\u0631\u062D\u0628\u0627\n");
    for (int i = 0; i < 20; ++i)
        s += (i % 2) ? QStringLiteral(u"\U0001F44D\U0001F3FD") : QStringLiteral(u"x");
    return s;
}

} // namespace

class TestTextOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testPairAtEveryPosition();
    void testRoundTrip_data();
    void testRoundTrip();
    void testIndexInsideSurrogatePairRoundsToAPairBoundary();
    void testIndexInsideSurrogatePairMapsToItsCodePoint();
    void testPastTheEndReturnsMinusOne_data();
    void testPastTheEndReturnsMinusOne();
    void testContextNeverSplitsAPair_data();
    void testContextNeverSplitsAPair();
    void testContextRespectsMaxCodePoints();
};

// TextOffsets looks for surrogates four units at a time: a pair at any
// position of any length of text (lanes, tail) must be found.
void TestTextOffsets::testPairAtEveryPosition()
{
    for (int length = 2; length <= 13; ++length) {
        for (int at = 0; at + 2 <= length; ++at) {
            QString text(length, QLatin1Char('a'));
            text[at] = QChar(0xD83D);
            text[at + 1] = QChar(0xDE00);
            const TextOffsets offsets(text);
            QCOMPARE(offsets.codePointLength(), length - 1);
            QCOMPARE(offsets.toCodePoint(length), length - 1);
            QCOMPARE(offsets.toUtf16(at + 1), at + 2);
        }
        const TextOffsets plain(QString(length, QChar(0xD7FF))); // just below the surrogates
        QCOMPARE(plain.codePointLength(), length);
        const TextOffsets above(QString(length, QChar(0xE000))); // just above
        QCOMPARE(above.codePointLength(), length);
    }
}

void TestTextOffsets::testRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("codePoints");

    QTest::addRow("empty") << QString() << 0;
    QTest::addRow("ascii") << QStringLiteral("Harrow Street bridge") << 20;
    QTest::addRow("emoji in the middle") << QStringLiteral(u"a\U0001F600b") << 3;
    QTest::addRow("emoji only") << QStringLiteral(u"\U0001F600\U0001F601\U0001F602") << 3;
    QTest::addRow("emoji at start and end") << QStringLiteral(u"\U0001F600 mid \U0001F602") << 7;
    // Regional indicators and a skin-tone modifier: one glyph, two code points each.
    QTest::addRow("flag and skin tone") << QStringLiteral(u"\U0001F1EB\U0001F1F7 \U0001F44D\U0001F3FD") << 5;
    // Combining marks are code points of their own (no normalisation happens).
    QTest::addRow("combining marks") << QStringLiteral(u"cafe\u0301 \u00e9e\u0301") << 9;
    QTest::addRow("arabic rtl") << QStringLiteral(
        u"\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645")
                                << 13;
    QTest::addRow("arabic with emoji and digits")
        << QStringLiteral(u"\u0627\u0644\u062C\u0633\u0631 \U0001F309 \u0664\u0662") << 10;
    QTest::addRow("crlf-derived") << Marginalia::TextImporter::normaliseLineEndings(
        QStringLiteral(u"line \U0001F600\r\nnext\rlast\r\n"))
                                  << 17;
    QTest::addRow("lone high surrogate at end") << (QStringLiteral("ab") + QChar(0xD83D)) << 3;
    QTest::addRow("lone low surrogate") << (QStringLiteral("a") + QChar(0xDE00) + QStringLiteral("b")) << 3;
    QTest::addRow("reversed pair") << (QString(QChar(0xDE00)) + QChar(0xD83D)) << 2;
    QTest::addRow("long mixed") << longMixedText() << 62;
}

void TestTextOffsets::testRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, codePoints);

    const QVector<int> boundaries = codePointBoundaries(text);
    QCOMPARE(boundaries.size() - 1, codePoints);

    const TextOffsets offsets(text);
    QCOMPARE(offsets.codePointLength(), codePoints);
    QCOMPARE(offsets.utf16Length(), int(text.size()));

    // Every code point index maps to where that code point starts, and back.
    for (int cp = 0; cp <= codePoints; ++cp) {
        const int utf16 = offsets.toUtf16(cp);
        QCOMPARE(utf16, boundaries.at(cp));
        QVERIFY2(!insidePair(text, utf16), qPrintable(QStringLiteral("cp %1 -> %2").arg(cp).arg(utf16)));
        QCOMPARE(offsets.toCodePoint(utf16), cp);
    }
    // Every UTF-16 index on a code point boundary survives the round trip.
    for (int cp = 0; cp <= codePoints; ++cp) {
        const int utf16 = boundaries.at(cp);
        QCOMPARE(offsets.toUtf16(offsets.toCodePoint(utf16)), utf16);
    }
}

void TestTextOffsets::testIndexInsideSurrogatePairRoundsToAPairBoundary()
{
    // Whatever code point an index inside a pair maps to, converting it back
    // must land on a pair boundary, never between the two halves.
    const QString text = longMixedText();
    const TextOffsets offsets(text);
    int checked = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (!insidePair(text, i))
            continue;
        const int back = offsets.toUtf16(offsets.toCodePoint(i));
        QVERIFY(back == i - 1 || back == i + 1);
        ++checked;
    }
    QCOMPARE(checked, 40);
}

void TestTextOffsets::testIndexInsideSurrogatePairMapsToItsCodePoint()
{
    // textoffsets.h: "An index inside a surrogate pair maps to the code point
    // that pair encodes." In "a😀b" the pair is code point 1, at UTF-16 [1, 3).
    const QString text = QStringLiteral(u"a\U0001F600b");
    const TextOffsets offsets(text);
    QCOMPARE(offsets.toCodePoint(1), 1); // on the high surrogate
    QCOMPARE(offsets.toCodePoint(3), 2); // on 'b'
    QCOMPARE(offsets.toCodePoint(2), 1); // on the low surrogate: still the emoji

    const QString twoPairs = QStringLiteral(u"\U0001F600\U0001F601");
    const TextOffsets pairs(twoPairs);
    QCOMPARE(pairs.toCodePoint(1), 0);
    QCOMPARE(pairs.toCodePoint(3), 1);
}

void TestTextOffsets::testPastTheEndReturnsMinusOne_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("empty") << QString();
    QTest::addRow("ascii") << QStringLiteral("abc");
    QTest::addRow("emoji") << QStringLiteral(u"a\U0001F600b\U0001F601");
    QTest::addRow("arabic") << QStringLiteral(u"\u0645\u0631\u062D\u0628\u0627");
}

void TestTextOffsets::testPastTheEndReturnsMinusOne()
{
    QFETCH(QString, text);
    const TextOffsets offsets(text);
    const int length = offsets.codePointLength();
    QCOMPARE(offsets.toUtf16(length), int(text.size()));
    QCOMPARE(offsets.toUtf16(length + 1), -1);
    QCOMPARE(offsets.toUtf16(length + 1000), -1);
    QCOMPARE(offsets.toUtf16(-1), -1);
    // A UTF-16 length (larger than the code point length when there are pairs)
    // is not a valid code point index.
    if (text.size() > length)
        QCOMPARE(offsets.toUtf16(int(text.size())), -1);
}

void TestTextOffsets::testContextNeverSplitsAPair_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxCodePoints");

    QTest::addRow("long mixed, 32") << longMixedText() << 32;
    QTest::addRow("long mixed, 3") << longMixedText() << 3;
    QTest::addRow("emoji only, 32") << QStringLiteral(u"\U0001F600\U0001F601\U0001F602") << 32;
    QTest::addRow("emoji only, 1") << QStringLiteral(u"\U0001F600\U0001F601\U0001F602") << 1;
    QTest::addRow("arabic and combining, 4")
        << QStringLiteral(u"\u0645\u0631\u062D\u0628\u0627 cafe\u0301 \U0001F309") << 4;
}

void TestTextOffsets::testContextNeverSplitsAPair()
{
    QFETCH(QString, text);
    QFETCH(int, maxCodePoints);

    const QVector<int> boundaries = codePointBoundaries(text);
    auto codePointAt = [&](int utf16) {
        return int(std::find(boundaries.cbegin(), boundaries.cend(), utf16) - boundaries.cbegin());
    };

    for (int i = 0; i <= text.size(); ++i) {
        // An index inside a pair is taken to its boundary on the far side of
        // the context: the context never contains half of that pair.
        const int endOfBefore = insidePair(text, i) ? i - 1 : i;
        const int startOfAfter = insidePair(text, i) ? i + 1 : i;

        const int cpEnd = codePointAt(endOfBefore);
        const int cpBegin = std::max(0, cpEnd - maxCodePoints);
        const QString expectedBefore = text.mid(boundaries.at(cpBegin), endOfBefore - boundaries.at(cpBegin));
        const QString before = TextOffsets::contextBefore(text, i, maxCodePoints);
        QCOMPARE(before, expectedBefore);
        QVERIFY(before.toUcs4().size() <= maxCodePoints);

        const int cpStart = codePointAt(startOfAfter);
        const int cpStop = std::min(int(boundaries.size()) - 1, cpStart + maxCodePoints);
        const QString expectedAfter = text.mid(startOfAfter, boundaries.at(cpStop) - startOfAfter);
        const QString after = TextOffsets::contextAfter(text, i, maxCodePoints);
        QCOMPARE(after, expectedAfter);
        QVERIFY(after.toUcs4().size() <= maxCodePoints);

        for (const QString &context : { before, after }) {
            if (context.isEmpty())
                continue;
            QVERIFY2(!context.front().isLowSurrogate(), qPrintable(QStringLiteral("index %1").arg(i)));
            QVERIFY2(!context.back().isHighSurrogate(), qPrintable(QStringLiteral("index %1").arg(i)));
        }
    }
}

void TestTextOffsets::testContextRespectsMaxCodePoints()
{
    // 40 astral code points: a window counted in UTF-16 units would give 16.
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral(u"\U0001F600");
    const QString before = TextOffsets::contextBefore(text, int(text.size()));
    const QString after = TextOffsets::contextAfter(text, 0);
    QCOMPARE(before.toUcs4().size(), 32);
    QCOMPARE(before.size(), 64);
    QCOMPARE(after.toUcs4().size(), 32);
    QCOMPARE(after.size(), 64);
    QCOMPARE(TextOffsets::contextBefore(text, 0), QString());
    QCOMPARE(TextOffsets::contextAfter(text, int(text.size())), QString());
    // Out-of-range indexes are clamped rather than read past the text.
    QCOMPARE(TextOffsets::contextBefore(text, -5), QString());
    QCOMPARE(TextOffsets::contextAfter(text, int(text.size()) + 5), QString());
}

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
