// The comparison engine piece by piece: sentence segmentation (golden files
// in tests/data/segmenter), similarity, alignment (moved pairs, split
// sentences, manual links and removals, boilerplate), word diff, shared
// passages, numbers, quotations, lexicon, and manual links in the sidecar.

#include "compare/comparator.h"
#include "compare/lexicon.h"
#include "compare/manuallinkstore.h"
#include "compare/numberextractor.h"
#include "compare/quoteextractor.h"
#include "compare/sentencealigner.h"
#include "compare/sentencesegmenter.h"
#include "compare/sentencesimilarity.h"
#include "compare/sharedpassagefinder.h"
#include "compare/worddiff.h"
#include "corpus/corpus.h"
#include "testutil.h"

#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Marginalia;

namespace {
QStringList sentenceTexts(const QString &text, const QVector<TextRange> &ranges)
{
    QStringList out;
    for (const TextRange &r : ranges)
        out.append(text.mid(r.start, r.end - r.start));
    return out;
}

// The pair holding the A sentence that starts with prefixA, or null.
const AlignedPair *pairOf(const ComparisonResult &r, const QString &a, const QString &prefixA)
{
    for (const AlignedPair &p : r.pairs) {
        const TextRange ra = r.rangeA(p);
        if (a.mid(ra.start, ra.end - ra.start).startsWith(prefixA))
            return &p;
    }
    return nullptr;
}
} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void segmenterGolden_data();
    void segmenterGolden();
    void segmenterKeepsRangesInsideText();
    void segmenterDropsBoilerplate();
    void similarityRanksParaphraseAboveUnrelated();
    void longestIncreasing();
    void heaviestIncreasing();
    void testParaphraseOfNoInjuries();
    void alignerMarksMovedSentence();
    void alignerMergesSplitSentence();
    void alignerRespectsManualLinkAndRemoval();
    void testCrossingPairDoesNotTakeInOrderPartner();
    void testHeadingIsNotHalfOfSplitSentence();
    void similarityComparesNumbersByValue();
    void boilerplateIsIgnoredByAlignment();
    void wordDiffShowsChangedWords();
    void sharedPassageInsideUnalignedSentences();
    void numbers_data();
    void numbers();
    void numbersOfAlignedSentencesCompared();
    void quotesWithSpeakerAndVerb();
    void quotesGolden_data();
    void quotesGolden();
    void lexiconCountsPerSide();
    void lexiconFileErrorsNameTheLine();
    void lexiconRows_data();
    void lexiconRows();
    void lexiconSaveRoundTrips();
    void lexiconSaveLeavesAnUnreadableFileAlone();
    void defaultLexiconShipsWithTheApp();
    void manualLinksRoundTripThroughSidecar();
};

void TestCompare::segmenterGolden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("news-prose") << QStringLiteral("news-prose");
}

void TestCompare::segmenterGolden()
{
    QFETCH(QString, name);
    const QString dir = QStringLiteral(MARGINALIA_TEST_DATA "/segmenter/");
    const QString text = QString::fromUtf8(TestUtil::readFile(dir + name + QLatin1String(".txt")));
    QStringList expected = QString::fromUtf8(TestUtil::readFile(dir + name + QLatin1String(".expected")))
                               .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!text.isEmpty() && !expected.isEmpty());
    QCOMPARE(sentenceTexts(text, SentenceSegmenter::segment(text)), expected);
}

void TestCompare::segmenterKeepsRangesInsideText()
{
    const QString text = QStringLiteral("  One.  Two?\n\n\"Three,\" he said.  ");
    const auto ranges = SentenceSegmenter::segment(text);
    QCOMPARE(sentenceTexts(text, ranges),
        QStringList({ QStringLiteral("One."), QStringLiteral("Two?"), QStringLiteral("\"Three,\" he said.") }));
    for (const TextRange &r : ranges)
        QVERIFY(r.start >= 0 && r.end <= text.size() && r.start < r.end);
}

void TestCompare::segmenterDropsBoilerplate()
{
    const QString text = QStringLiteral("Real news here.\nShare on Facebook | Tweet\nMore news.");
    const int start = int(text.indexOf(QLatin1String("Share")));
    const auto ranges = SentenceSegmenter::segment(text, { { start, start + 23 } });
    QCOMPARE(
        sentenceTexts(text, ranges), QStringList({ QStringLiteral("Real news here."), QStringLiteral("More news.") }));
}

void TestCompare::similarityRanksParaphraseAboveUnrelated()
{
    const QString a = QStringLiteral("The council voted to raise bus fares on Thursday.");
    const QString b
        = QStringLiteral("On Thursday the councillors voted for raising the bus fare. Fishermen repaired nets.");
    const auto sa = SentenceSegmenter::segment(a);
    const auto sb = SentenceSegmenter::segment(b);
    QCOMPARE(sb.size(), 2);
    const SentenceSimilarity sim(a, sa, b, sb);
    QVERIFY(sim.similarity(0, 0) > 0.4);
    QVERIFY(sim.similarity(0, 1) < 0.1);
    QCOMPARE(sim.similarity(0, 0), sim.similarity(QVector<int> { 0 }, QVector<int> { 0 }));
    const auto candidates = sim.candidates(0.2);
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().b, 0);
}

void TestCompare::heaviestIncreasing()
{
    // The longest run (0, 1, 2) weighs less than the heavier (5, 6).
    QCOMPARE(
        SentenceAligner::heaviestIncreasing({ 0, 5, 1, 6, 2 }, { 0.1, 0.9, 0.1, 0.9, 0.1 }), QVector<int>({ 0, 1, 3 }));
    QCOMPARE(SentenceAligner::heaviestIncreasing({ 0, 1, 2 }, { 0.2, 0.2, 0.2 }), QVector<int>({ 0, 1, 2 }));
    QCOMPARE(SentenceAligner::heaviestIncreasing({}, {}), QVector<int>());
    // Strictly increasing: equal values never chain.
    QCOMPARE(SentenceAligner::heaviestIncreasing({ 3, 3 }, { 0.5, 0.4 }), QVector<int>({ 0 }));
}

// The same fact in other words shared no word and scored 0 before the
// paraphrase lexicon (resources/lexicon/paraphrases.tsv).
void TestCompare::testParaphraseOfNoInjuries()
{
    const QString a = QStringLiteral("No injuries were reported.");
    const QString b = QStringLiteral("Nobody was hurt.");
    const SentenceSimilarity s(a, { { 0, int(a.size()) } }, b, { { 0, int(b.size()) } });
    QVERIFY2(s.similarity(0, 0) > 0.1, qPrintable(QString::number(s.similarity(0, 0))));
    const QString c = QStringLiteral("The mayor was reported.");
    const SentenceSimilarity unrelated(b, { { 0, int(b.size()) } }, c, { { 0, int(c.size()) } });
    QCOMPARE(unrelated.similarity(0, 0), 0.0);
}

void TestCompare::longestIncreasing()
{
    QCOMPARE(SentenceAligner::longestIncreasing({ 0, 1, 5, 2, 3, 4 }), QVector<int>({ 0, 1, 3, 4, 5 }));
    QCOMPARE(SentenceAligner::longestIncreasing({}), QVector<int>());
    QCOMPARE(SentenceAligner::longestIncreasing({ 3, 2, 1 }).size(), 1);
}

void TestCompare::alignerMarksMovedSentence()
{
    const QString a = QStringLiteral("Harbour pilots walked out at dawn over new rosters.\n"
                                     "The port authority said ships would wait offshore.\n"
                                     "Grain exporters warned of losses running into millions.\n"
                                     "Talks resume on Friday at the maritime office.");
    const QString b = QStringLiteral("Grain exporters warned that losses could run into millions.\n"
                                     "Harbour pilots walked out at dawn in a dispute over rosters.\n"
                                     "Ships will wait offshore, the port authority said.\n"
                                     "Talks will resume Friday at the maritime office.");
    const ComparisonResult r = Comparator::compare({ a }, { b });
    QCOMPARE(r.pairs.size(), 4);
    QVERIFY(r.onlyA.isEmpty() && r.onlyB.isEmpty());
    const AlignedPair *grain = pairOf(r, a, QStringLiteral("Grain"));
    QVERIFY(grain);
    QVERIFY(grain->moved);
    QCOMPARE(grain->kind, AlignedPair::Kind::Moved);
    const AlignedPair *pilots = pairOf(r, a, QStringLiteral("Harbour"));
    QVERIFY(pilots && !pilots->moved);
    QCOMPARE(pilots->kind, AlignedPair::Kind::Paraphrase);
}

void TestCompare::alignerMergesSplitSentence()
{
    const QString a = QStringLiteral(
        "The ferry Morning Gull ran aground off Tern Point on Sunday, and all 80 passengers were taken ashore by "
        "lifeboat crews from Kessick.\nThe operator suspended sailings.");
    const QString b = QStringLiteral(
        "The ferry Morning Gull ran aground off Tern Point on Sunday. All 80 passengers were taken ashore by "
        "lifeboat crews from Kessick.\nSailings were suspended by the operator.");
    const ComparisonResult r = Comparator::compare({ a }, { b });
    const AlignedPair *ferry = pairOf(r, a, QStringLiteral("The ferry"));
    QVERIFY(ferry);
    QCOMPARE(ferry->a.size(), 1);
    QCOMPARE(ferry->b.size(), 2);
    QVERIFY(!ferry->sameWording);
}

void TestCompare::alignerRespectsManualLinkAndRemoval()
{
    const QString a = QStringLiteral("Ministers met the strikers.\nThe weather was mild.\nNo deal was reached.");
    const QString b = QStringLiteral("It rained all day.\nMinisters met the strikers.\nThe talks failed.");
    ComparisonResult r = Comparator::compare({ a }, { b });
    QVERIFY(pairOf(r, a, QStringLiteral("Ministers")));
    QVERIFY(!pairOf(r, a, QStringLiteral("No deal"))
        || r.rangeB(*pairOf(r, a, QStringLiteral("No deal"))).start != b.indexOf(QLatin1String("The talks")));

    Comparator::Options options;
    const int noDeal = int(a.indexOf(QLatin1String("No deal")));
    const int talks = int(b.indexOf(QLatin1String("The talks")));
    const int ministersA = int(a.indexOf(QLatin1String("Ministers")));
    const int ministersB = int(b.indexOf(QLatin1String("Ministers")));
    options.manualLinks = { { { noDeal, noDeal + 5 }, { talks, talks + 5 }, true },
        { { ministersA, ministersA + 3 }, { ministersB, ministersB + 3 }, false } };
    r = Comparator::compare({ a }, { b }, options);
    const AlignedPair *linked = pairOf(r, a, QStringLiteral("No deal"));
    QVERIFY(linked);
    QVERIFY(linked->manual);
    QCOMPARE(r.rangeB(*linked).start, talks);
    // The removed link is not proposed again, even for identical sentences.
    QVERIFY(!pairOf(r, a, QStringLiteral("Ministers")));
}

// A sentence of A that also shares words with a late sentence of B (here the
// pensioners' fare) used to take it, greedily, from the sentence of A that
// is its real counterpart: two pairs that keep the order win over one that
// crosses it.
void TestCompare::testCrossingPairDoesNotTakeInOrderPartner()
{
    const QString a = QStringLiteral(
        "Harbour pilots walked out at dawn over new rosters.\n"
        "A monthly pass will rise to $92, while the reduced fare for pensioners will remain at $1.25.\n"
        "Talks resume on Friday at the maritime office.\n"
        "Children will keep riding free, the council agreed.");
    const QString b = QStringLiteral(
        "Harbour pilots walked out at dawn in a dispute over rosters.\n"
        "A 30-day ticket will cost $92.\n"
        "Talks will resume Friday at the maritime office.\n"
        "The reduced fare for pensioners will remain at $1.25 under an amendment that keeps travel free for "
        "children.");
    const ComparisonResult r = Comparator::compare({ a }, { b });
    const AlignedPair *pass = pairOf(r, a, QStringLiteral("A monthly pass"));
    const AlignedPair *amendment = pairOf(r, a, QStringLiteral("Children will"));
    QVERIFY(pass);
    QVERIFY(amendment);
    QCOMPARE(r.rangeB(*pass).start, int(b.indexOf(QLatin1String("A 30-day"))));
    QCOMPARE(r.rangeB(*amendment).start, int(b.indexOf(QLatin1String("The reduced fare"))));
    QVERIFY(!pass->moved && !amendment->moved);
}

// A section heading of B ("## What happened") is a line of its own without a
// final stop: it never joins a pair as half of a split sentence.
void TestCompare::testHeadingIsNotHalfOfSplitSentence()
{
    const QString a = QStringLiteral("Storm closes the bridge\n"
                                     "What happened overnight: a gravel barge broke free and struck the bridge.\n"
                                     "Engineers will inspect the pier on Thursday.");
    const QString b = QStringLiteral("Bridge shut after storm\n"
                                     "## What happened\n"
                                     "A gravel barge broke free overnight and struck the bridge.\n"
                                     "Engineers inspect the pier on Thursday.");
    const ComparisonResult r = Comparator::compare({ a }, { b });
    const AlignedPair *barge = pairOf(r, a, QStringLiteral("What happened"));
    QVERIFY(barge);
    QCOMPARE(barge->b.size(), 1);
    QCOMPARE(r.rangeB(*barge).start, int(b.indexOf(QLatin1String("A gravel"))));
    const int heading = int(b.indexOf(QLatin1String("## What")));
    QVERIFY(std::any_of(r.onlyB.cbegin(), r.onlyB.cend(),
        [&](const UnmatchedSentence &u) { return r.sentencesB.at(u.sentence).start == heading; }));
}

// Numbers are features by value, and roughly by value: "1,200" is "1200",
// "twenty-six" is "26", "$4.2 million" is close to "$4 million" and not to
// "$9 million".
void TestCompare::similarityComparesNumbersByValue()
{
    auto sim = [](const QString &x, const QString &y) {
        const auto sx = SentenceSegmenter::segment(x);
        const auto sy = SentenceSegmenter::segment(y);
        return SentenceSimilarity(x, sx, y, sy).similarity(0, 0);
    };
    const QString base = QStringLiteral("About 1,200 commuters cross the bridge.");
    QVERIFY(sim(base, QStringLiteral("About 1200 commuters cross the bridge."))
        > sim(base, QStringLiteral("About 5,100 commuters cross the bridge.")) + 0.1);
    const QString words = QStringLiteral("Twenty-six residents opposed the plan.");
    QVERIFY(sim(words, QStringLiteral("26 residents opposed the plan."))
        > sim(words, QStringLiteral("31 residents opposed the plan.")) + 0.1);
    const QString money = QStringLiteral("Repairs will cost $4.2 million.");
    QVERIFY(sim(money, QStringLiteral("Repairs will cost $4 million."))
        > sim(money, QStringLiteral("Repairs will cost $9 million.")) + 0.05);
    // Years are exact: 2019 is not 2021.
    const QString year = QStringLiteral("Inspectors flagged the pier in 2019.");
    QCOMPARE(sim(year, QStringLiteral("Inspectors flagged the pier in 2021.")),
        sim(year, QStringLiteral("Inspectors flagged the pier in 1987.")));
}

void TestCompare::boilerplateIsIgnoredByAlignment()
{
    const QString a
        = QStringLiteral("Flood waters rose along the Ember river overnight.\nSign up for our newsletter today.");
    const QString b
        = QStringLiteral("Sign up for our newsletter today.\nThe Ember river flooded overnight as waters rose.");
    const int boilerA = int(a.indexOf(QLatin1String("Sign")));
    const ComparisonResult plain = Comparator::compare({ a }, { b });
    QVERIFY(pairOf(plain, a, QStringLiteral("Sign up")));
    const ComparisonResult r = Comparator::compare(
        { a, { { boilerA, int(a.size()) } } }, { b, { { 0, int(b.indexOf(QLatin1Char('\n'))) } } });
    QCOMPARE(r.sentencesA.size(), 1);
    QCOMPARE(r.sentencesB.size(), 1);
    QVERIFY(!pairOf(r, a, QStringLiteral("Sign up")));
    QVERIFY(pairOf(r, a, QStringLiteral("Flood")));
    QVERIFY(r.sharedPassages.isEmpty());
}

void TestCompare::wordDiffShowsChangedWords()
{
    const QString a = QStringLiteral("About 1,200 commuters cross the bridge daily.");
    const QString b = QStringLiteral("More than 1,500 commuters cross the bridge daily.");
    const auto ops = WordDiff::diff(WordTokenizer::words(a), WordTokenizer::words(b));
    QStringList onlyA, onlyB;
    for (const WordDiffOp &op : ops) {
        if (op.kind == WordDiffOp::Kind::OnlyA)
            onlyA.append(a.mid(op.a.start, op.a.end - op.a.start));
        if (op.kind == WordDiffOp::Kind::OnlyB)
            onlyB.append(b.mid(op.b.start, op.b.end - op.b.start));
    }
    QCOMPARE(onlyA, QStringList({ QStringLiteral("About 1,200") }));
    QCOMPARE(onlyB, QStringList({ QStringLiteral("More than 1,500") }));
    QCOMPARE(ops.last().kind, WordDiffOp::Kind::Same);
}

void TestCompare::sharedPassageInsideUnalignedSentences()
{
    const QString a
        = QStringLiteral("Critics said, quoting the memo, that \"the pier was never going to hold\" in a storm.");
    const QString b
        = QStringLiteral("An engineer wrote in March: the pier was never going to hold, and nobody listened.");
    const auto passages = SharedPassageFinder::find(WordTokenizer::words(a), WordTokenizer::words(b), 6);
    QCOMPARE(passages.size(), 1);
    QCOMPARE(a.mid(passages.first().a.start, passages.first().a.end - passages.first().a.start),
        QStringLiteral("the pier was never going to hold"));
    QCOMPARE(passages.first().words, 7);
    QVERIFY(SharedPassageFinder::find(WordTokenizer::words(a), WordTokenizer::words(b), 8).isEmpty());
}

void TestCompare::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("unit");
    QTest::addRow("thousands") << "About 1,200 commuters"
                               << "About 1,200" << 1200.0 << "about"
                               << "commuters";
    QTest::addRow("millions") << "more than 1.5 million people"
                              << "more than 1.5 million" << 1.5e6 << "more than"
                              << "people";
    QTest::addRow("money") << "repairs at $4.2 million."
                           << "$4.2 million" << 4.2e6 << ""
                           << "";
    QTest::addRow("percent") << "16% increase"
                             << "16%" << 16.0 << ""
                             << "percent";
    QTest::addRow("percent word") << "16 percent more"
                                  << "16 percent" << 16.0 << ""
                                  << "percent";
    QTest::addRow("vague") << "dozens of damaged rivets"
                           << "dozens" << qQNaN() << ""
                           << "damaged";
    QTest::addRow("number word") << "Twenty-six of them"
                                 << "Twenty-six" << 26.0 << ""
                                 << "them";
    QTest::addRow("hyphen unit") << "a 2,000-ton barge"
                                 << "2,000" << 2000.0 << ""
                                 << "ton";
}

void TestCompare::numbers()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    QFETCH(double, value);
    QFETCH(QString, qualifier);
    QFETCH(QString, unit);
    const auto mentions = NumberExtractor::find(text, { 0, int(text.size()) });
    QCOMPARE(mentions.size(), 1);
    const NumberMention &n = mentions.first();
    QCOMPARE(n.text, found);
    if (std::isnan(value))
        QVERIFY(std::isnan(n.value));
    else
        QCOMPARE(n.value, value);
    QCOMPARE(n.qualifier, qualifier);
    if (!unit.isEmpty())
        QCOMPARE(n.unit, unit);
}

void TestCompare::numbersOfAlignedSentencesCompared()
{
    const QString a = QStringLiteral("Repairs to the Harrow bridge will cost $4.2 million and take six weeks.");
    const QString b = QStringLiteral("Repairs to the Harrow bridge will cost about $4 million and take six weeks.");
    const ComparisonResult r = Comparator::compare({ a }, { b });
    QCOMPARE(r.pairs.size(), 1);
    int agree = 0, differ = 0;
    for (const NumberComparison &n : r.numbers) {
        if (n.agree) {
            ++agree;
        } else {
            ++differ;
            QCOMPARE(r.numbersA.at(n.a).text, QStringLiteral("$4.2 million"));
            QCOMPARE(r.numbersB.at(n.b).text, QStringLiteral("about $4 million"));
        }
    }
    QCOMPARE(agree, 1); // six weeks
    QCOMPARE(differ, 1);
}

void TestCompare::quotesWithSpeakerAndVerb()
{
    const QString a = QStringLiteral("\"We will rebuild,\" Mayor Ines Vatra said. \"It will take time.\"\n"
                                     "Dr. Paul Ode claimed the pier was \"never safe to begin with\" in a statement.\n"
                                     "\"No comment,\" she told reporters.");
    const auto quotes = QuoteExtractor::find(a, SentenceSegmenter::segment(a));
    QCOMPARE(quotes.size(), 4);
    QCOMPARE(quotes.at(0).text, QStringLiteral("We will rebuild,"));
    QCOMPARE(quotes.at(0).speaker, QStringLiteral("Mayor Ines Vatra"));
    QCOMPARE(quotes.at(0).verb, QStringLiteral("said"));
    QCOMPARE(quotes.at(1).speaker, QStringLiteral("Mayor Ines Vatra")); // continues the same speaker
    QCOMPARE(quotes.at(2).speaker, QStringLiteral("Dr. Paul Ode"));
    QCOMPARE(quotes.at(2).verb, QStringLiteral("claimed"));
    QCOMPARE(quotes.at(3).speaker, QStringLiteral("she"));
    QCOMPARE(quotes.at(3).verb, QStringLiteral("told"));

    const QString b = QStringLiteral("\"We will rebuild,\" the mayor insisted on Monday.");
    const ComparisonResult r = Comparator::compare({ a }, { b });
    int both = 0, onlyA = 0;
    for (const QuotationMatch &m : r.quotes) {
        both += m.a >= 0 && m.b >= 0;
        onlyA += m.a >= 0 && m.b < 0;
    }
    QCOMPARE(both, 1);
    QCOMPARE(onlyA, 3);
}

void TestCompare::quotesGolden_data()
{
    QTest::addColumn<QString>("name");
    // "he said" / "she told" resolved to the last named speaker before them.
    QTest::addRow("pronouns") << QStringLiteral("pronouns");
}

void TestCompare::quotesGolden()
{
    QFETCH(QString, name);
    const QString dir = QStringLiteral(MARGINALIA_TEST_DATA "/quotes/");
    const QString text = QString::fromUtf8(TestUtil::readFile(dir + name + QLatin1String(".txt")));
    QStringList expected;
    for (const QString &line : QString::fromUtf8(TestUtil::readFile(dir + name + QLatin1String(".expected")))
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1Char('#')))
            expected.append(line);
    }
    QVERIFY(!text.isEmpty() && !expected.isEmpty());
    QStringList found;
    for (const Quotation &q : QuoteExtractor::find(text, SentenceSegmenter::segment(text)))
        found.append(QStringList { q.text, q.speaker, q.verb, q.resolvedSpeaker }.join(QLatin1Char('\t')));
    QCOMPARE(found, expected);
}

void TestCompare::lexiconCountsPerSide()
{
    QString error;
    const Lexicon lex = Lexicon::parse(
        QStringLiteral("# test\nslam*\tconflict\nfiasco\ncried wolf\tdismissal\n"), QStringLiteral("test.tsv"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lex.terms().size(), 3);
    const auto hits = lex.hits(WordTokenizer::words(
        QStringLiteral("Brody slammed the fiasco and said they cried wolf; others slam it too. Slamming!")));
    QCOMPARE(hits.at(0).size(), 3);
    QCOMPARE(hits.at(1).size(), 1);
    QCOMPARE(hits.at(2).size(), 1);

    Comparator::Options options;
    options.lexicon = lex;
    const ComparisonResult r = Comparator::compare({ QStringLiteral("A fiasco, critics said.") },
        { QStringLiteral("The vote was slammed. It was slammed again.") }, options);
    QCOMPARE(r.lexicon.size(), 2);
    for (const LexiconCount &l : r.lexicon) {
        if (l.term == QLatin1String("fiasco"))
            QVERIFY(l.hitsA.size() == 1 && l.hitsB.isEmpty());
        else
            QVERIFY(l.term == QLatin1String("slam*") && l.hitsA.isEmpty() && l.hitsB.size() == 2);
    }
}

void TestCompare::lexiconFileErrorsNameTheLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Lexicon::corpusFileName());
    QVERIFY(TestUtil::writeFile(path, "fiasco\tdrama\ntoo\tmany\tfields\n"));
    Lexicon lex;
    QString error;
    QVERIFY(!Lexicon::load(path, &lex, &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("line 2")), qPrintable(error));
    // forCorpus falls back to the default list and says why.
    const Lexicon fallback = Lexicon::forCorpus(dir.path(), &error);
    QVERIFY(!fallback.isEmpty());
    QVERIFY(error.contains(QLatin1String("line 2")));
    // A valid corpus lexicon replaces the default.
    QVERIFY(TestUtil::writeFile(path, "shrug\tdismissal\n"));
    error.clear();
    const Lexicon own = Lexicon::forCorpus(dir.path(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(own.terms().size(), 1);
    QCOMPARE(own.terms().first().text, QStringLiteral("shrug"));
}

void TestCompare::lexiconRows_data()
{
    QTest::addColumn<QStringList>("terms"); // "term|category"
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::addRow("valid") << QStringList { QStringLiteral("slam*|conflict"), QStringLiteral("red tape|"),
        QStringLiteral("|") }
                           << QString();
    QTest::addRow("no word") << QStringList { QStringLiteral("fiasco|drama"), QStringLiteral("!!!|drama") }
                             << QStringLiteral("row 2");
    QTest::addRow("twice") << QStringList { QStringLiteral("Fiasco|drama"), QStringLiteral("chaos|drama"),
        QStringLiteral("fiasco|other") }
                           << QStringLiteral("row 3: \"fiasco\" is already in row 1");
    QTest::addRow("tab") << QStringList { QStringLiteral("fiasco|dra\tma") } << QStringLiteral("row 1");
    QTest::addRow("comment") << QStringList { QStringLiteral("#fiasco|drama") } << QStringLiteral("row 1");
}

void TestCompare::lexiconRows()
{
    QFETCH(QStringList, terms);
    QFETCH(QString, error);
    QVector<Lexicon::Row> rows;
    for (const QString &t : terms)
        rows.append({ t.section(QLatin1Char('|'), 0, 0), t.section(QLatin1Char('|'), 1) });
    QString message = QStringLiteral("stale");
    const Lexicon lex = Lexicon::fromRows(rows, &message);
    if (error.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QCOMPARE(lex.terms().size(), 2); // the empty row is skipped
        QVERIFY(lex.terms().first().prefix);
        QCOMPARE(lex.terms().at(1).words, QStringList({ QStringLiteral("red"), QStringLiteral("tape") }));
    } else {
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY(lex.isEmpty());
    }
}

void TestCompare::lexiconSaveRoundTrips()
{
    QTemporaryDir dir;
    QString error;
    const Lexicon lex = Lexicon::fromRows(
        { { QStringLiteral("slam*"), QStringLiteral("conflict") }, { QStringLiteral("red tape"), QString() } }, &error);
    QVERIFY(error.isEmpty());
    QVERIFY2(Lexicon::saveForCorpus(dir.path(), lex, &error), qPrintable(error));
    const QString path = dir.filePath(Lexicon::corpusFileName());
    const QByteArray bytes = TestUtil::readFile(path);
    QVERIFY(bytes.startsWith("# "));
    QVERIFY(bytes.endsWith("slam*\tconflict\nred tape\n"));
    const Lexicon back = Lexicon::forCorpus(dir.path(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(back.terms().size(), 2);
    QCOMPARE(back.terms().first().category, QStringLiteral("conflict"));
    // Saving again replaces the file (it parses).
    QVERIFY(Lexicon::saveForCorpus(dir.path(), Lexicon::fromRows({ { QStringLiteral("shrug"), {} } }), &error));
    QCOMPARE(Lexicon::forCorpus(dir.path()).terms().size(), 1);
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { Lexicon::corpusFileName() });
}

void TestCompare::lexiconSaveLeavesAnUnreadableFileAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Lexicon::corpusFileName());
    QVERIFY(TestUtil::writeFile(path, "fiasco\tdrama\ttoo many\n"));
    QString error;
    QVERIFY(!Lexicon::saveForCorpus(dir.path(), Lexicon::defaultLexicon(), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains(QLatin1String("left as it is")),
        qPrintable(error));
    QCOMPARE(TestUtil::readFile(path), QByteArray("fiasco\tdrama\ttoo many\n"));
    // A corpus folder that is not there (or cannot be written): an error naming the file.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder"));
    QVERIFY(!Lexicon::saveForCorpus(missing, Lexicon::defaultLexicon(), &error));
    QVERIFY2(
        error.contains(QLatin1String("not saved")) && error.contains(Lexicon::corpusFileName()), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCompare::defaultLexiconShipsWithTheApp()
{
    const Lexicon lex = Lexicon::defaultLexicon();
    QVERIFY(lex.terms().size() >= 20);
    QVERIFY(std::any_of(lex.terms().cbegin(), lex.terms().cend(),
        [](const Lexicon::Term &t) { return t.text == QLatin1String("fiasco"); }));
}

void TestCompare::manualLinksRoundTripThroughSidecar()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(QStringLiteral(MARGINALIA_SAMPLE_CORPUS), dir.path()));
    const QString pa = QStringLiteral("Al-Sahil Today/2026-03-04-harrow-bridge-closure.txt");
    const QString pb = QStringLiteral("Northgate Herald/2026-03-03-harrow-street-bridge-closed-after-storm.txt");
    {
        Corpus corpus;
        QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
        QVERIFY(ManualLinkStore::links(corpus, pa, pb).isEmpty());
        QVERIFY(ManualLinkStore::addLink(corpus, pa, pb, { { 10, 40 }, { 100, 130 }, true }, QStringLiteral("link")));
        QCOMPARE(corpus.undoStack()->count(), 1);
        QVERIFY(corpus.isModified());
        QVERIFY(corpus.save());
    }
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    const auto links = ManualLinkStore::links(corpus, pa, pb);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().a, (TextRange { 10, 40 }));
    QCOMPARE(links.first().b, (TextRange { 100, 130 }));
    // Asked the other way round, the ranges swap sides.
    const auto reversed = ManualLinkStore::links(corpus, pb, pa);
    QCOMPARE(reversed.size(), 1);
    QCOMPARE(reversed.first().a, (TextRange { 100, 130 }));
    // Removing a link on the same sentences replaces it; undo restores it.
    QVERIFY(ManualLinkStore::addLink(corpus, pa, pb, { { 12, 20 }, { 105, 110 }, false }, QStringLiteral("unlink")));
    QCOMPARE(ManualLinkStore::links(corpus, pa, pb).size(), 1);
    QVERIFY(!ManualLinkStore::links(corpus, pa, pb).first().linked);
    corpus.undoStack()->undo();
    QVERIFY(ManualLinkStore::links(corpus, pa, pb).first().linked);
    // A read-only corpus refuses.
    corpus.setReadOnly(true, QStringLiteral("test"));
    QVERIFY(!ManualLinkStore::addLink(corpus, pa, pb, { { 0, 5 }, { 0, 5 }, true }, QStringLiteral("link")));
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
