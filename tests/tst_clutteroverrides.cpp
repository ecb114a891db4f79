// The analyst's clutter marks: BoilerplateOverride (finding its line again),
// the sidecar's "boilerplate" member (SidecarCodec, schema example),
// CorpusModel, and Corpus (toggle, undo, save, reopen, re-anchoring after the
// article changed, list --json, comparison). Article files are only written
// by the tests themselves, to change an article.

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarmerge.h"
#include "annotation/sidecarstore.h"
#include "annotation/textoffsets.h"
#include "compare/comparator.h"
#include "corpus/boilerplateoverride.h"
#include "corpus/corpus.h"
#include "corpus/corpusreport.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;

namespace {

const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kExample = QStringLiteral(MARGINALIA_TEST_DATA "/../schema/boilerplate-sidecar.json");
const QString kText = QStringLiteral("Quay works start\nShare this article\nThe quay works start on Monday.\n"
                                     "Share this article\nCrews will close the road.");
// The sample's bridge story from the Coastline Wire has detected clutter lines.
const QString kWire = QStringLiteral("Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt");
const QString kLedger = QStringLiteral("Valley Ledger/2026-03-06-transit-fares-rise-forty-cents.txt");

TextRange lineAt(const QString &text, int n)
{
    int start = 0;
    for (int i = 0; i < n; ++i)
        start = int(text.indexOf(QLatin1Char('\n'), start)) + 1;
    int end = int(text.indexOf(QLatin1Char('\n'), start));
    if (end < 0)
        end = int(text.size());
    return {start, end};
}

const Document &doc(const Corpus &corpus, const QString &path)
{
    return corpus.documents()->document(corpus.documents()->rowOfPath(path));
}

QJsonArray listedBoilerplate(const Corpus &corpus, const QString &path)
{
    for (const QJsonValue &v : CorpusReport::listing(corpus)) {
        if (v.toObject().value(QLatin1String("path")).toString() == path)
            return v.toObject().value(QLatin1String("boilerplate")).toArray();
    }
    return {};
}

QStringList listedTexts(const Corpus &corpus, const QString &path)
{
    QStringList out;
    for (const QJsonValue &v : listedBoilerplate(corpus, path))
        out << v.toObject().value(QLatin1String("text")).toString();
    return out;
}

SidecarData::DocumentEntry entryIn(const QString &sidecar, const QString &path)
{
    const SidecarCodec::ParseResult r = SidecarCodec::parse(TestUtil::readFile(sidecar));
    for (const auto &e : r.data.documents) {
        if (e.path == path)
            return e;
    }
    return {};
}

// A non-clutter line of the article: its number and text.
int contentLine(const QString &text, const QVector<TextRange> &boilerplate, QString *lineText)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const TextRange r = lineAt(text, i);
        if (lines.at(i).trimmed().size() > 20 && !boilerplate.contains(r)) {
            *lineText = lines.at(i);
            return i;
        }
    }
    return -1;
}

} // namespace

class TestClutterOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testAnchorSameLine();
    void testAnchorMovedLineNearest();
    void testAnchorGone();
    void testApply();
    void testCodecReadsAndWritesTheSchemaExample();
    void testCodecRefuses_data();
    void testCodecRefuses();
    void testModelSignals();
    void testMarkUnmarkUndoRedo();
    void testSelectionAcrossLines();
    void testSavedReopenedListed();
    void testMarksFollowTheirLineWhenTheTextChanges();
    void testMarkOfAVanishedLineIsKept();
    void testComparisonLeavesMarkedLinesOut();
    void testReadOnlyRefuses();
    void testMergeLineByLine();
};

void TestClutterOverrides::testAnchorSameLine()
{
    const BoilerplateOverride o = BoilerplateOverride::forLine(kText, lineAt(kText, 3), true);
    QCOMPARE(o.sha256, BoilerplateOverride::lineHash(u"Share this article"));
    QCOMPARE(o.sha256.size(), 64);
    QCOMPARE(o.anchorIn(kText), std::optional<TextRange>(lineAt(kText, 3)));
}

void TestClutterOverrides::testAnchorMovedLineNearest()
{
    // Line 3 ("Share this article", the second copy) after a new first line:
    // both copies moved; the one nearest the old place is taken.
    const BoilerplateOverride o = BoilerplateOverride::forLine(kText, lineAt(kText, 3), true);
    const QString edited = QStringLiteral("Updated at 10:00\n") + kText;
    QCOMPARE(o.anchorIn(edited), std::optional<TextRange>(lineAt(edited, 4)));
    // The first copy's mark goes to the first copy.
    const BoilerplateOverride first = BoilerplateOverride::forLine(kText, lineAt(kText, 1), true);
    QCOMPARE(first.anchorIn(edited), std::optional<TextRange>(lineAt(edited, 2)));
    // A stored range beyond today's text still finds the line by its text.
    BoilerplateOverride far = o;
    far.line = {-1, -1};
    QVERIFY(far.anchorIn(edited).has_value());
}

void TestClutterOverrides::testAnchorGone()
{
    const BoilerplateOverride o = BoilerplateOverride::forLine(kText, lineAt(kText, 4), true);
    QString edited = kText;
    edited.replace(QLatin1String("Crews will close the road."), QLatin1String("Crews closed the road."));
    QVERIFY(!o.anchorIn(edited).has_value());
    // Part of a line is not the line.
    QVERIFY(!BoilerplateOverride::forLine(kText, {0, 4}, true).anchorIn(kText + QLatin1String("x")).has_value());
}

void TestClutterOverrides::testApply()
{
    const QVector<TextRange> detected = {lineAt(kText, 1), lineAt(kText, 3)};
    const QVector<BoilerplateOverride> marks = {BoilerplateOverride::forLine(kText, lineAt(kText, 0), true),
                                                BoilerplateOverride::forLine(kText, lineAt(kText, 3), false)};
    const QVector<TextRange> shown = BoilerplateOverride::apply(detected, marks);
    QCOMPARE(shown, (QVector<TextRange>{lineAt(kText, 0), lineAt(kText, 1)}));
    QCOMPARE(BoilerplateOverride::apply(detected, {}), detected);
}

void TestClutterOverrides::testCodecReadsAndWritesTheSchemaExample()
{
    const QByteArray bytes = TestUtil::readFile(kExample);
    QVERIFY(!bytes.isEmpty());
    const SidecarCodec::ParseResult r = SidecarCodec::parse(bytes);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QVector<BoilerplateOverride> &marks = r.data.documents.at(0).boilerplate;
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.at(0).line, (TextRange{17, 35}));
    QVERIFY(marks.at(0).clutter);
    QVERIFY(!marks.at(1).clutter);
    QCOMPARE(marks.at(0).sha256, BoilerplateOverride::lineHash(u"Share this article"));
    QCOMPARE(SidecarCodec::serialize(r.data), bytes);
}

void TestClutterOverrides::testCodecRefuses_data()
{
    QTest::addColumn<QByteArray>("boilerplate");
    QTest::addColumn<QString>("error");
    const QByteArray sha = "\"sha256\": \"" + BoilerplateOverride::lineHash(u"x") + "\"";
    QTest::addRow("not an array") << QByteArray("{}") << QStringLiteral("documents[0]: \"boilerplate\" must be an array");
    QTest::addRow("no clutter") << "[{\"start\": 1, \"end\": 2, " + sha + "}]"
                                << QStringLiteral("documents[0].boilerplate[0]: the field \"clutter\" must be true or "
                                                  "false");
    QTest::addRow("clutter a string") << "[{\"start\": 1, \"end\": 2, " + sha + ", \"clutter\": \"yes\"}]"
                                      << QStringLiteral("documents[0].boilerplate[0]: the field \"clutter\" must be "
                                                        "true or false");
    QTest::addRow("end before start") << "[{\"start\": 5, \"end\": 2, " + sha + ", \"clutter\": true}]"
                                      << QStringLiteral("documents[0].boilerplate[0]: \"end\" (2) is before \"start\" "
                                                        "(5)");
    QTest::addRow("short hash") << QByteArray("[{\"start\": 1, \"end\": 2, \"sha256\": \"abc\", \"clutter\": true}]")
                                << QStringLiteral("documents[0].boilerplate[0]: the field \"sha256\" must be 64 "
                                                  "lower-case hexadecimal digits");
    QTest::addRow("no start") << "[{\"end\": 2, " + sha + ", \"clutter\": true}]"
                              << QStringLiteral("documents[0].boilerplate[0]: the field \"start\" is missing");
}

void TestClutterOverrides::testCodecRefuses()
{
    QFETCH(QByteArray, boilerplate);
    QFETCH(QString, error);
    const QByteArray bytes = "{\"format\": \"marginalia\", \"version\": 1, \"documents\": [{\"path\": \"a.txt\", "
                             "\"boilerplate\": "
        + boilerplate + "}]}";
    const SidecarCodec::ParseResult r = SidecarCodec::parse(bytes);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, error);
}

void TestClutterOverrides::testModelSignals()
{
    CorpusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Document d;
    d.path = QStringLiteral("a.txt");
    d.setText(kText);
    d.boilerplate = {lineAt(kText, 1), lineAt(kText, 3)};
    model.setDocuments({d});
    QSignalSpy ranges(&model, &CorpusModel::spanRangeChanged);
    QSignalSpy changed(&model, &CorpusModel::boilerplateChanged);
    QSignalSpy rows(&model, &QAbstractItemModel::rowsInserted);

    const QVector<BoilerplateOverride> marks = {BoilerplateOverride::forLine(kText, lineAt(kText, 4), true)};
    QVERIFY(model.setBoilerplateOverrides(d.path, marks));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges.at(0).at(1).toInt(), lineAt(kText, 4).start);
    QCOMPARE(ranges.at(0).at(2).toInt(), lineAt(kText, 4).end);
    QCOMPARE(model.document(0).boilerplate, (QVector<TextRange>{lineAt(kText, 1), lineAt(kText, 3), lineAt(kText, 4)}));
    QCOMPARE(model.detectedBoilerplate(d.path), d.boilerplate);
    QCOMPARE(model.boilerplateOverrides(d.path), marks);
    QCOMPARE(rows.size(), 0);

    QVERIFY(model.setBoilerplateOverrides(d.path, marks)); // unchanged: silent
    QCOMPARE(changed.size(), 1);
    BoilerplateOverride outside = marks.first();
    outside.line = {0, int(kText.size()) + 5};
    QVERIFY(!model.setBoilerplateOverrides(d.path, {outside}));
    QVERIFY(!model.setBoilerplateOverrides(QStringLiteral("b.txt"), marks));
    QCOMPARE(model.boilerplateOverrides(d.path), marks);
}

void TestClutterOverrides::testMarkUnmarkUndoRedo()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    Corpus corpus;
    QAbstractItemModelTester tester(corpus.documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    const QString text = doc(corpus, kWire).text();
    const QVector<TextRange> detected = doc(corpus, kWire).boilerplate;
    QVERIFY(!detected.isEmpty());

    // Unmark a detected line: the cursor anywhere in it.
    const TextRange cookie = detected.at(1);
    QVERIFY(corpus.isClutter(kWire, cookie.start + 3));
    QVERIFY(corpus.toggleClutter(kWire, cookie.start + 3, cookie.start + 3));
    QVERIFY(!doc(corpus, kWire).boilerplate.contains(cookie));
    QCOMPARE(corpus.undoStack()->count(), 1);
    QCOMPARE(corpus.undoStack()->text(0), QStringLiteral("Unmark 1 line(s) as clutter"));
    QCOMPARE(corpus.documents()->boilerplateOverrides(kWire).size(), 1);
    QVERIFY(!corpus.documents()->boilerplateOverrides(kWire).first().clutter);

    // Mark a content line.
    QString content;
    const int n = contentLine(text, detected, &content);
    QVERIFY(n >= 0);
    const TextRange line = lineAt(text, n);
    QVERIFY(corpus.toggleClutter(kWire, line.end, line.end)); // the cursor at the end of the line
    QVERIFY(doc(corpus, kWire).boilerplate.contains(line));
    QCOMPARE(corpus.documents()->boilerplateOverrides(kWire).size(), 2);

    // Toggling back removes the mark instead of adding its opposite.
    QVERIFY(corpus.toggleClutter(kWire, line.start, line.start));
    QCOMPARE(corpus.documents()->boilerplateOverrides(kWire).size(), 1);
    QCOMPARE(corpus.undoStack()->count(), 3);

    corpus.undoStack()->undo();
    QVERIFY(doc(corpus, kWire).boilerplate.contains(line));
    corpus.undoStack()->undo();
    corpus.undoStack()->undo();
    QCOMPARE(doc(corpus, kWire).boilerplate, detected);
    QVERIFY(corpus.documents()->boilerplateOverrides(kWire).isEmpty());
    corpus.undoStack()->redo();
    QVERIFY(!doc(corpus, kWire).boilerplate.contains(cookie));

    // A blank line is no line to mark.
    const int blank = int(text.indexOf(QLatin1String("\n\n"))) + 1;
    QVERIFY(blank > 0);
    QVERIFY(!corpus.toggleClutter(kWire, blank, blank));
}

void TestClutterOverrides::testSelectionAcrossLines()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    const QString text = doc(corpus, kLedger).text();
    const QVector<TextRange> detected = doc(corpus, kLedger).boilerplate;
    // Lines 2 to 4 (non-blank ones), selected from the middle of the first to
    // the start of line 5, which is not taken.
    const TextRange first = lineAt(text, 2);
    const TextRange fifth = lineAt(text, 5);
    QVERIFY(corpus.setClutter(kLedger, first.start + 2, fifth.start, true));
    QCOMPARE(corpus.undoStack()->count(), 1);
    for (int i = 2; i < 5; ++i) {
        const TextRange r = lineAt(text, i);
        const bool blank = QStringView(text).mid(r.start, r.end - r.start).trimmed().isEmpty();
        QCOMPARE(doc(corpus, kLedger).boilerplate.contains(r), !blank || detected.contains(r));
    }
    QCOMPARE(doc(corpus, kLedger).boilerplate.contains(fifth), detected.contains(fifth));
}

void TestClutterOverrides::testSavedReopenedListed()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    const QByteArray article = TestUtil::readFile(dir.filePath(kWire));
    QString content;
    TextRange marked;
    TextRange unmarked;
    {
        Corpus corpus;
        QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
        const QString text = doc(corpus, kWire).text();
        unmarked = doc(corpus, kWire).boilerplate.at(1);
        marked = lineAt(text, contentLine(text, doc(corpus, kWire).boilerplate, &content));
        QVERIFY(corpus.setClutter(kWire, unmarked.start, unmarked.start, false));
        QVERIFY(corpus.setClutter(kWire, marked.start, marked.start, true));
        QVERIFY(listedTexts(corpus, kWire).contains(content));
        QVERIFY(corpus.save());
    }
    QCOMPARE(TestUtil::readFile(dir.filePath(kWire)), article);
    const SidecarData::DocumentEntry e = entryIn(dir.filePath(SidecarStore::fileName()), kWire);
    QCOMPARE(e.boilerplate.size(), 2);
    // Sorted by start; the one marked as clutter names the content line.
    QVERIFY(e.boilerplate.at(0).line.start < e.boilerplate.at(1).line.start);
    QCOMPARE(e.boilerplate.at(0).clutter != e.boilerplate.at(1).clutter, true);
    const BoilerplateOverride &mark = e.boilerplate.at(0).clutter ? e.boilerplate.at(0) : e.boilerplate.at(1);
    QCOMPARE(mark.sha256, BoilerplateOverride::lineHash(content));

    Corpus reopened;
    QCOMPARE(reopened.open(dir.path()), Corpus::OpenStatus::Ok);
    QVERIFY(doc(reopened, kWire).boilerplate.contains(marked));
    QVERIFY(!doc(reopened, kWire).boilerplate.contains(unmarked));
    const QStringList texts = listedTexts(reopened, kWire);
    QVERIFY(texts.contains(content));
    QVERIFY(!texts.contains(doc(reopened, kWire).text().mid(unmarked.start, unmarked.end - unmarked.start)));
    // Unchanged, the same bytes are written.
    QCOMPARE(SidecarCodec::serialize(reopened.toSidecarData()),
             TestUtil::readFile(dir.filePath(SidecarStore::fileName())));
}

void TestClutterOverrides::testMarksFollowTheirLineWhenTheTextChanges()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    QString content;
    {
        Corpus corpus;
        QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
        const QString text = doc(corpus, kWire).text();
        const TextRange line = lineAt(text, contentLine(text, doc(corpus, kWire).boilerplate, &content));
        QVERIFY(corpus.setClutter(kWire, line.start, line.start, true));
        QVERIFY(corpus.save());
    }
    // The outlet put a new line with an emoji (two UTF-16 units, one code point) on top.
    const QByteArray bytes = TestUtil::readFile(dir.filePath(kWire));
    QVERIFY(TestUtil::writeFile(dir.filePath(kWire), "UPDATE \xF0\x9F\x93\xB0 10:00\n" + bytes));

    Corpus corpus;
    corpus.setImportCacheEnabled(false);
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    const QString text = doc(corpus, kWire).text();
    const int at = int(text.indexOf(content));
    QVERIFY(at > 0);
    QVERIFY(doc(corpus, kWire).boilerplate.contains(TextRange{at, at + int(content.size())}));
    QVERIFY(corpus.save());
    // Saved at the new place, in code points.
    const SidecarData::DocumentEntry e = entryIn(dir.filePath(SidecarStore::fileName()), kWire);
    QCOMPARE(e.boilerplate.size(), 1);
    QCOMPARE(e.boilerplate.first().line.start, TextOffsets(text).toCodePoint(at));
}

void TestClutterOverrides::testMarkOfAVanishedLineIsKept()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    QString content;
    {
        Corpus corpus;
        QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
        const QString text = doc(corpus, kWire).text();
        const TextRange line = lineAt(text, contentLine(text, doc(corpus, kWire).boilerplate, &content));
        QVERIFY(corpus.setClutter(kWire, line.start, line.start, true));
        QVERIFY(corpus.save());
    }
    QByteArray bytes = TestUtil::readFile(dir.filePath(kWire));
    QVERIFY(bytes.contains(content.toUtf8()));
    bytes.replace(content.toUtf8(), "A different paragraph now.");
    QVERIFY(TestUtil::writeFile(dir.filePath(kWire), bytes));
    const QByteArray sidecarBefore = TestUtil::readFile(dir.filePath(SidecarStore::fileName()));

    Corpus corpus;
    corpus.setImportCacheEnabled(false);
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    bool warned = false;
    for (const Problem &p : corpus.problems())
        warned = warned || (p.file == kWire && p.message.contains(QLatin1String("clutter mark")));
    QVERIFY(warned);
    QVERIFY(corpus.documents()->boilerplateOverrides(kWire).isEmpty());
    // Written back as it was read (the spans of the changed text are re-anchored,
    // so only the marks are compared).
    auto marksIn = [](const SidecarData &data) {
        for (const auto &e : data.documents) {
            if (e.path == kWire)
                return e.boilerplate;
        }
        return QVector<BoilerplateOverride>();
    };
    const QVector<BoilerplateOverride> before = marksIn(SidecarCodec::parse(sidecarBefore).data);
    QCOMPARE(before.size(), 1);
    QCOMPARE(marksIn(corpus.toSidecarData()), before);
}

void TestClutterOverrides::testComparisonLeavesMarkedLinesOut()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    auto sentencesOfA = [&corpus] {
        const Document &a = doc(corpus, kWire);
        const Document &b = doc(corpus, kLedger);
        return Comparator::compare({a.text(), a.boilerplate}, {b.text(), b.boilerplate}).sentencesA;
    };
    const QVector<TextRange> before = sentencesOfA();
    QString content;
    const QString text = doc(corpus, kWire).text();
    const TextRange line = lineAt(text, contentLine(text, doc(corpus, kWire).boilerplate, &content));
    auto inLine = [&line](const TextRange &s) { return s.overlaps(line); };
    QVERIFY(std::any_of(before.cbegin(), before.cend(), inLine));
    QVERIFY(corpus.setClutter(kWire, line.start, line.start, true));
    const QVector<TextRange> after = sentencesOfA();
    QVERIFY(std::none_of(after.cbegin(), after.cend(), inLine));
    QVERIFY(after.size() < before.size());
}

void TestClutterOverrides::testReadOnlyRefuses()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    QVERIFY(TestUtil::writeFile(dir.filePath(SidecarStore::fileName()), "[]"));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::SidecarError);
    const TextRange line = doc(corpus, kWire).boilerplate.first();
    QVERIFY(!corpus.toggleClutter(kWire, line.start, line.start));
    QVERIFY(!corpus.setClutter(kWire, line.start, line.start, false));
    QCOMPARE(corpus.undoStack()->count(), 0);
    QVERIFY(corpus.isClutter(kWire, line.start));
}

void TestClutterOverrides::testMergeLineByLine()
{
    SidecarData base;
    base.documents.append({ QStringLiteral("a.txt"), {}, {}, {}, {}, {} });
    base.documents[0].boilerplate = { BoilerplateOverride::forLine(kText, lineAt(kText, 1), true) };
    SidecarData ours = base;
    ours.documents[0].boilerplate.append(BoilerplateOverride::forLine(kText, lineAt(kText, 0), true));
    SidecarData theirs = base;
    theirs.documents[0].boilerplate
        = { BoilerplateOverride::forLine(kText, lineAt(kText, 4), true) }; // and line 1 unmarked

    SidecarMerge::Result r = SidecarMerge::threeWay(base, ours, theirs);
    QVERIFY2(!r.hasConflicts(), qPrintable(r.conflicts.join(QLatin1Char('\n'))));
    QVector<TextRange> lines;
    for (const BoilerplateOverride &b : r.data.documents.first().boilerplate)
        lines.append(b.line);
    std::sort(lines.begin(), lines.end(), [](const TextRange &x, const TextRange &y) { return x.start < y.start; });
    QCOMPARE(lines, (QVector<TextRange> { lineAt(kText, 0), lineAt(kText, 4) }));

    // One line decided differently on both sides: ours, and a conflict.
    ours.documents[0].boilerplate[0].clutter = false;
    theirs.documents[0].boilerplate = { BoilerplateOverride::forLine(kText, lineAt(kText, 1), true) };
    theirs.documents[0].boilerplate[0].extra.insert(QStringLiteral("by"), QStringLiteral("them"));
    r = SidecarMerge::threeWay(base, ours, theirs);
    QCOMPARE(r.conflicts.size(), 1);
}

QTEST_GUILESS_MAIN(TestClutterOverrides)
#include "tst_clutteroverrides.moc"
