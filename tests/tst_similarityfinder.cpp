// SimilarityFinder: same-story pairs by TF-IDF, near-duplicates and wire copies.

#include "corpus/boilerplatedetector.h"
#include "corpus/similarityfinder.h"

#include <QTest>

using namespace Marginalia;

namespace {

Document doc(const QString &outlet, const QString &text)
{
    Document d;
    d.path = outlet + QLatin1Char('/') + QString::number(qHash(text));
    d.meta.outlet = outlet;
    d.setText(text);
    d.boilerplate = BoilerplateDetector::ruleLines(text);
    return d;
}

const QString wire = QStringLiteral(
    "Engineers inspecting the Tarrow viaduct found corroded cables in two of its twelve support towers on "
    "Tuesday, the regional transport agency said, and the crossing will stay closed to lorries until repairs are "
    "finished later this spring. Agency spokesperson Ilse Marchetti said cars could still use the viaduct at "
    "reduced speed while divers examined the foundations of the river piers.");

} // namespace

class TestSimilarityFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSameStoryRanksAboveOtherStories();
    void testNearDuplicateAndWireCopyFlagged();
    void testBoilerplateDoesNotMakeArticlesSimilar();
    void testEmptyAndSingle();
};

void TestSimilarityFinder::testSameStoryRanksAboveOtherStories()
{
    const QVector<Document> docs {
        doc(QStringLiteral("A"),
            QStringLiteral("Tarrow viaduct shut to lorries after engineers find corroded cables in support towers. "
                           "Divers are checking the river piers.")),
        doc(QStringLiteral("B"),
            QStringLiteral(
                "Corroded cables close Tarrow viaduct to heavy lorries; divers inspect piers while engineers "
                "assess the support towers.")),
        doc(QStringLiteral("C"),
            QStringLiteral("The city orchestra opens its season with a new symphony by a young composer from the "
                           "northern islands.")),
        doc(QStringLiteral("D"),
            QStringLiteral("Orchestra season opens: young island composer's symphony premieres at the city hall.")),
    };
    const auto pairs = SimilarityFinder::find(docs, 0.0);
    QVERIFY(pairs.size() >= 2);
    const QSet<QPair<int, int>> top { { pairs.at(0).first, pairs.at(0).second },
        { pairs.at(1).first, pairs.at(1).second } };
    QCOMPARE(top, (QSet<QPair<int, int>> { { 0, 1 }, { 2, 3 } }));
    for (const auto &p : pairs) {
        QVERIFY(p.first < p.second);
        QVERIFY(p.score >= 0.0 && p.score <= 1.0);
        QVERIFY(!p.nearDuplicate && !p.wireCopy);
    }
    // Sorted best first.
    for (int i = 1; i < pairs.size(); ++i)
        QVERIFY(pairs.at(i - 1).score >= pairs.at(i).score);
    // A threshold drops the weak pairs.
    for (const auto &p : SimilarityFinder::find(docs, 0.2))
        QVERIFY(p.score >= 0.2);
}

void TestSimilarityFinder::testNearDuplicateAndWireCopyFlagged()
{
    const QVector<Document> docs {
        doc(QStringLiteral("Agency"), wire),
        // the same outlet re-saved the page with one changed word
        doc(QStringLiteral("Agency"), QString(wire).replace(QStringLiteral("Tuesday"), QStringLiteral("Wednesday"))),
        // another outlet printed the wire text under its own intro and ending
        doc(QStringLiteral("Local"),
            QStringLiteral("Lorry drivers face long detours this spring. ") + wire
                + QStringLiteral(" Haulage firms in Dunmere said the closure would add an hour to deliveries and "
                                 "called on the agency to publish a firm reopening date for the crossing soon.")),
        doc(QStringLiteral("Other"),
            QStringLiteral("A bakery in Dunmere won a national prize for its rye bread on Friday evening.")),
    };
    const auto pairs = SimilarityFinder::find(docs, 0.1);
    auto find = [&](int a, int b) {
        for (const auto &p : pairs) {
            if (p.first == a && p.second == b)
                return p;
        }
        return SimilarityFinder::Pair { -1, -1, 0, 0, false, false };
    };
    QVERIFY(find(0, 1).nearDuplicate);
    QVERIFY(!find(0, 1).wireCopy);
    QVERIFY(find(0, 2).wireCopy);
    QVERIFY(!find(0, 2).nearDuplicate);
    QVERIFY(find(0, 2).overlap > 0.9); // all of the wire text is in the local story
    QCOMPARE(find(0, 3).first, -1); // unrelated: below the threshold
}

void TestSimilarityFinder::testBoilerplateDoesNotMakeArticlesSimilar()
{
    const QString clutter
        = QStringLiteral("\nShare this article\nSign up for our newsletter\n© 2026 Same Outlet. All rights reserved.\n"
                         "Read more: Same teaser headline about something else entirely\n");
    const QVector<Document> docs {
        doc(QStringLiteral("X"), QStringLiteral("Hospital wing opens after delays.") + clutter),
        doc(QStringLiteral("X"), QStringLiteral("Football club signs goalkeeper.") + clutter),
        doc(QStringLiteral("X"), QStringLiteral("Harvest festival draws crowds.") + clutter),
    };
    QVERIFY(SimilarityFinder::find(docs, 0.0).isEmpty());
    QVERIFY(SimilarityFinder::words(docs.at(0)).contains(QStringLiteral("hospital")));
    QVERIFY(!SimilarityFinder::words(docs.at(0)).contains(QStringLiteral("newsletter")));
}

void TestSimilarityFinder::testEmptyAndSingle()
{
    QVERIFY(SimilarityFinder::find({}).isEmpty());
    QVERIFY(SimilarityFinder::find({ doc(QStringLiteral("A"), wire) }).isEmpty());
    QVERIFY(
        SimilarityFinder::find({ doc(QStringLiteral("A"), QString()), doc(QStringLiteral("B"), QString()) }).isEmpty());
}

QTEST_MAIN(TestSimilarityFinder)
#include "tst_similarityfinder.moc"
