// The labelled re-anchoring test set (docs/reanchoring.md prints its outcome
// table). Each row is an edit an article really goes through; the label says
// where the span belongs afterwards. Whatever the state, a span that is placed
// must be placed on the right text: a wrong placement is the one failure that
// loses an analyst's work silently.

#include "annotation/reanchorer.h"
#include "annotation/textoffsets.h"

#include <QTest>

using namespace Marginalia;

namespace {
const QString P1
    = QStringLiteral("The Harrow Bridge reopened on Tuesday after three weeks of repairs, the county engineer said.\n");
const QString P2 = QStringLiteral(
    "Traffic on the coastal road was diverted through Elmsworth, adding forty minutes to the commute.\n");
const QString P3
    = QStringLiteral("Residents of the Quay district said they had not been consulted about the new toll.\n");
const QString P4
    = QStringLiteral("A spokesperson for the transport authority declined to comment on the cost overrun.\n");
const QString Base = P1 + P2 + P3 + P4;

int nth(const QString &text, const QString &what, int n)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i) {
        at = text.indexOf(what, at + 1);
        if (at < 0)
            return -1;
    }
    return int(at);
}

QString replaced(QString text, const QString &from, const QString &to)
{
    return text.replace(from, to);
}
} // namespace

class TestReanchorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testLabelledSet_data();
    void testLabelledSet();
    void testEmptyQuoteIsOrphan();
    void testFuzzyNeverSplitsSurrogatePair();
    void testHugeTextStaysNearOldPosition();
};

void TestReanchorer::testLabelledSet_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence"); // which occurrence of quote in oldText is the span
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("expectedText"); // text the span must cover afterwards (empty: orphan)
    QTest::addColumn<int>("expectedOccurrence"); // which occurrence of expectedText in newText

    const QString consulted = QStringLiteral("said they had not been consulted");
    QTest::addRow("unchanged") << Base << consulted << 0 << Base << "exact" << consulted << 0;
    QTest::addRow("typo fixed before the span")
        << Base << consulted << 0 << replaced(Base, QStringLiteral("reopened"), QStringLiteral("re-opened")) << "moved"
        << consulted << 0;
    const QString oldRepairs = QStringLiteral("after three weeks of repiars, the county");
    QTest::addRow("typo fixed inside the span")
        << replaced(Base, QStringLiteral("repairs"), QStringLiteral("repiars")) << oldRepairs << 0 << Base << "fuzzy"
        << QStringLiteral("after three weeks of repairs, the county") << 0;
    QTest::addRow("paragraph inserted before")
        << Base << consulted << 0 << QStringLiteral("Updated at 14:00 with comment from the council.\n") + Base
        << "moved" << consulted << 0;
    QTest::addRow("paragraph deleted before")
        << Base << consulted << 0 << QString(P1 + P3 + P4) << "moved" << consulted << 0;
    QTest::addRow("paragraph with the span deleted")
        << Base << consulted << 0 << QString(P1 + P2 + P4) << "orphan" << QString() << 0;
    const QString spokesperson = QStringLiteral("declined to comment on the cost overrun");
    QTest::addRow("paragraph moved to the top")
        << Base << spokesperson << 0 << QString(P4 + P1 + P2 + P3) << "moved" << spokesperson << 0;
    QTest::addRow("quote replaced by a rewrite") << Base << consulted << 0
                                                 << replaced(Base, QStringLiteral("said they had not been consulted"),
                                                        QStringLiteral("complained that nobody had asked them"))
                                                 << "orphan" << QString() << 0;
    // The same sentence now also appears in a later quotation: the context decides.
    const QString repeated = Base + QStringLiteral("One resident repeated that they had not been consulted at all.\n");
    QTest::addRow("same sentence appears twice afterwards")
        << Base << QStringLiteral("they had not been consulted") << 0 << QStringLiteral("Updated.\n") + repeated
        << "moved" << QStringLiteral("they had not been consulted") << 0;
    // The span is on the second of two identical sentences; text is inserted above both.
    const QString twice = P1 + P3 + P2 + P3 + P4;
    QTest::addRow("span on the second of two identical sentences")
        << twice << consulted << 1 << QStringLiteral("Correction appended.\n") + twice << "moved" << consulted << 1;
    QTest::addRow("short quote moved, context agrees")
        << Base << QStringLiteral("toll") << 0 << QStringLiteral("Updated.\n") + Base << "moved"
        << QStringLiteral("toll") << 0;
    QTest::addRow("short quote, its sentence rewritten, word found elsewhere")
        << Base << QStringLiteral("toll") << 0
        << replaced(Base, P3, QStringLiteral("Residents were not asked.\n"))
            + QStringLiteral("Drivers will pay the toll from May.\n")
        << "orphan" << QString() << 0;
    QTest::addRow("one word of the span replaced")
        << Base << spokesperson << 0 << replaced(Base, QStringLiteral("declined"), QStringLiteral("refused")) << "fuzzy"
        << QStringLiteral("refused to comment on the cost overrun") << 0;
    QTest::addRow("double space collapsed inside the span")
        << replaced(Base, QStringLiteral("not been"), QStringLiteral("not  been"))
        << QStringLiteral("said they had not  been consulted") << 0 << Base << "fuzzy" << consulted << 0;
    QTest::addRow("similar sentence about another district, original deleted")
        << Base << QStringLiteral("Residents of the Quay district said") << 0
        << QString(P1 + P2 + P4
               + QStringLiteral("\nIn other news, residents of the Mill district said the market reopens.\n"))
        << "orphan" << QString() << 0;
    QTest::addRow("emoji and combining marks inserted before")
        << Base << consulted << 0 << QStringLiteral("📰 Cafe\u0301 edition 🌉\n") + Base << "moved" << consulted << 0;
    QTest::addRow("Arabic paragraph inserted before")
        << Base << consulted << 0 << QStringLiteral("أعيد فتح الجسر يوم الثلاثاء.\n") + Base << "moved" << consulted
        << 0;
    QTest::addRow("article replaced by another")
        << Base << consulted << 0 << QStringLiteral("Valley Ledger weather: rain expected through the weekend.\n")
        << "orphan" << QString() << 0;
    QTest::addRow("typo fixed inside the span and paragraph moved")
        << replaced(Base, QStringLiteral("repairs"), QStringLiteral("repiars")) << oldRepairs << 0
        << QString(P2 + P3 + P4 + P1) << "fuzzy" << QStringLiteral("after three weeks of repairs, the county") << 0;
}

void TestReanchorer::testLabelledSet()
{
    QFETCH(QString, oldText);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(QString, newText);
    QFETCH(QString, state);
    QFETCH(QString, expectedText);
    QFETCH(int, expectedOccurrence);

    const int oldStart = nth(oldText, quote, occurrence);
    QVERIFY2(oldStart >= 0, "the test case's quote is not in its old text");
    const int oldEnd = oldStart + int(quote.size());
    const QString prefix = TextOffsets::contextBefore(oldText, oldStart);
    const QString suffix = TextOffsets::contextAfter(oldText, oldEnd);

    const Reanchorer anchorer(newText);
    const Reanchorer::Result r = anchorer.anchor(oldStart, quote, prefix, suffix);
    qInfo(
        "outcome: %s -> %s (score %.3f)", QTest::currentDataTag(), qPrintable(Reanchorer::stateName(r.state)), r.score);
    if (!expectedText.isEmpty() && r.state != Reanchorer::State::Orphan) {
        // Never on the wrong text, whatever the state.
        const int at = nth(newText, expectedText, expectedOccurrence);
        QCOMPARE(newText.mid(r.start, r.end - r.start), expectedText);
        QCOMPARE(r.start, at);
    }
    QCOMPARE(Reanchorer::stateName(r.state), state);
    if (r.state == Reanchorer::State::Fuzzy)
        QVERIFY(r.score >= Reanchorer::FuzzyThreshold && r.score < 1);
}

void TestReanchorer::testEmptyQuoteIsOrphan()
{
    const Reanchorer anchorer(Base);
    QCOMPARE(anchorer.anchor(5, QString(), QString(), QString()).state, Reanchorer::State::Orphan);
}

void TestReanchorer::testFuzzyNeverSplitsSurrogatePair()
{
    const QString oldText = QStringLiteral("Intro line here.\nThe 🌉 harrow bridge reopened today, engineers said.\n");
    const QString quote = QStringLiteral("🌉 harrow bridge reopened toady");
    const QString newText = QStringLiteral("Intro line here.\nThe 🌉 harrow bridge reopened today, engineers said.\n");
    const int oldStart = int(oldText.indexOf(QStringLiteral("🌉")));
    const Reanchorer anchorer(newText);
    const auto r = anchorer.anchor(oldStart, quote, TextOffsets::contextBefore(oldText, oldStart), QString());
    QCOMPARE(r.state, Reanchorer::State::Fuzzy);
    QVERIFY(!newText.at(r.start).isLowSurrogate());
    QVERIFY(r.end == newText.size() || !newText.at(r.end).isLowSurrogate());
    QVERIFY(newText.mid(r.start, r.end - r.start).startsWith(QStringLiteral("🌉")));
}

void TestReanchorer::testHugeTextStaysNearOldPosition()
{
    // 2 MB of filler: fuzzy search must stay bounded yet still find a nearby edit.
    QString text;
    for (int i = 0; i < 40000; ++i)
        text += QStringLiteral("Filler sentence number %1 about nothing.\n").arg(i);
    const int at = int(text.size() / 2);
    const QString quote = QStringLiteral("a quote with a single typoo in it");
    text.insert(at, QStringLiteral("a quote with a single typo in it"));
    const Reanchorer anchorer(text);
    const auto r = anchorer.anchor(at + 3, quote, QString(), QString());
    QCOMPARE(r.state, Reanchorer::State::Fuzzy);
    QCOMPARE(r.start, at);
}

QTEST_GUILESS_MAIN(TestReanchorer)
#include "tst_reanchorer.moc"
