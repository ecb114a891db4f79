// Corpus: opening a folder, undoable analyst actions, saving and reopening,
// and keeping everything the sidecar holds when parts of it cannot be shown.
// Every test works on a temporary copy of the sample corpus (or a folder of
// its own), never on the source tree.

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "annotation/textoffsets.h"
#include "corpus/corpus.h"
#include "corpus/corpusreport.h"
#include "corpus/textimporter.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Marginalia;

namespace {

const int SampleDocuments = 12;
const int SampleAnnotations = 28;
const int SampleTags = 9;

const QString FirstDoc = QStringLiteral("Al-Sahil Today/2026-03-04-harrow-bridge-closure.txt");
const QString FiascoDoc = QStringLiteral("Coastline Wire/2026-03-06-fare-hike-fiasco.txt");
const QString EastbankDoc = QStringLiteral("Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt");
const QString AlderaDoc = QStringLiteral("Meridian Review/2026-03-06-aldera-council-backs-fare-rise.txt");

QByteArray state(const Corpus &corpus)
{
    return SidecarCodec::serialize(corpus.toSidecarData());
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.file + QLatin1String(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

const Problem *problemFor(const Problems &problems, const QString &file)
{
    for (const Problem &p : problems) {
        if (p.file == file)
            return &p;
    }
    return nullptr;
}

SidecarData sampleSidecar()
{
    const SidecarCodec::ParseResult parsed = SidecarCodec::parse(
        TestUtil::readFile(QStringLiteral(MARGINALIA_SAMPLE_CORPUS "/") + SidecarStore::fileName()));
    return parsed.data;
}

SidecarData::DocumentEntry entryFor(const SidecarData &data, const QString &path)
{
    for (const auto &e : data.documents) {
        if (e.path == path)
            return e;
    }
    return {};
}

// A corpus with the item model testers attached before anything is loaded, so
// every reset, insert, remove and move the tests cause is checked.
struct Fixture
{
    QTemporaryDir dir;
    Corpus corpus;
    std::unique_ptr<QAbstractItemModelTester> documentsTester;
    std::unique_ptr<QAbstractItemModelTester> codebookTester;

    Fixture()
        : documentsTester(std::make_unique<QAbstractItemModelTester>(
            corpus.documents(), QAbstractItemModelTester::FailureReportingMode::Fatal))
        , codebookTester(std::make_unique<QAbstractItemModelTester>(
              corpus.codebook(), QAbstractItemModelTester::FailureReportingMode::Fatal))
    {
    }
    QString root() const { return dir.path(); }
    QString sidecar() const { return dir.filePath(SidecarStore::fileName()); }
    bool copySample() const
    {
        return dir.isValid() && TestUtil::copyTree(QStringLiteral(MARGINALIA_SAMPLE_CORPUS), dir.path());
    }
};

// Canonical text of the Unicode test article (after CRLF -> LF), with its
// UTF-16 indexes; the code point index is the UTF-16 index minus the number of
// surrogate pairs before it (pairs: U+1F600 at 11, U+1F44D at 21, U+1F3FD at
// 23, U+1F1EB at 38, U+1F1F7 at 40).
//   0 Caf\u00e9 | 4 ' ' | 5 cafe\u0301 | 10 ' ' | 11 U+1F600 | 13 ! | 14 \n
//  15 \u0645\u0631\u062D\u0628\u0627 | 20 ' ' | 21 U+1F44D U+1F3FD | 25 ' ' | 26 \u0627\u0644\u0639\u0627\u0644\u0645 |
//  32 \n 33 flag | 37 ' ' | 38 U+1F1EB U+1F1F7 | 42 ' ' | 43 end | 46 \n
const QByteArray UnicodeArticle = "Caf\xC3\xA9 cafe\xCC\x81 \xF0\x9F\x98\x80!\r\n"
                                  "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD "
                                  "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85\r\n"
                                  "flag \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7 end\r\n";
const QString UnicodeCanonical
    = QStringLiteral(u"Caf\u00e9 cafe\u0301 \U0001F600!\n\u0645\u0631\u062D\u0628\u0627 \U0001F44D\U0001F3FD "
                     u"\u0627\u0644\u0639\u0627\u0644\u0645\nflag \U0001F1EB\U0001F1F7 end\n");
const QString UnicodePath = QStringLiteral("Wire/2026-03-07-unicode.txt");

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testOpensSampleCorpus();
    void testListingJsonIsTheListingWritten();
    void testSpanTextEqualsQuote();
    void testMutationIsOneUndoStep_data();
    void testMutationIsOneUndoStep();
    void testAddSpanSignals();
    void testAddSpanRefusesBadInput_data();
    void testAddSpanRefusesBadInput();
    void testRemoveTagRemovesSubTagsAndSpansInOneStep();
    void testSaveThenReopenIsIdentical();
    void testSpanOffsetsSavedAsCodePoints_data();
    void testSpanOffsetsSavedAsCodePoints();
    void testSpanAcrossCrlf();
    void testUnreadableSidecarMakesCorpusReadOnly_data();
    void testUnreadableSidecarMakesCorpusReadOnly();
    void testInvalidUtf8FileLoadedWithWarning();
    void testAnnotationsOfMissingDocumentKept();
    void testSpanPastEndReportedAndKept_data();
    void testSpanPastEndReportedAndKept();
    void testNonexistentFolderFails();
    void testRemoveTagOfKeptAnnotationsStillSaves();
    void testAddSpanRefusesToSplitSurrogatePair_data();
    void testAddSpanRefusesToSplitSurrogatePair();
    void testTagListedBeforeItsParentNeverLosesHierarchy();
    void testDocumentMemoSavedReopenedAndUndone();
    void testMemoOfMissingDocumentKept();
};

void TestCorpus::testOpensSampleCorpus()
{
    Fixture f;
    QVERIFY(f.copySample());
    QSignalSpy readOnlyChanged(&f.corpus, &Corpus::readOnlyChanged);
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    QVERIFY2(f.corpus.problems().isEmpty(), qPrintable(describe(f.corpus.problems())));
    QVERIFY(f.corpus.isOpen());
    QVERIFY(!f.corpus.isReadOnly());
    QCOMPARE(readOnlyChanged.count(), 0);
    QCOMPARE(f.corpus.documents()->documentCount(), SampleDocuments);
    QCOMPARE(f.corpus.annotationCount(), SampleAnnotations);
    QCOMPARE(f.corpus.documents()->spanCount(), SampleAnnotations);
    QCOMPARE(f.corpus.codebook()->tagCount(), SampleTags);
    QVERIFY(!f.corpus.isModified());
    QCOMPARE(f.corpus.undoStack()->count(), 0);
    QCOMPARE(f.corpus.sidecarPath(), QFileInfo(f.root()).canonicalFilePath() + QLatin1String("/marginalia.json"));
}

void TestCorpus::testListingJsonIsTheListingWritten()
{
    // `list --json` writes the listing on all cores; it must be what
    // QJsonDocument writes of CorpusReport::listing(), byte for byte: the
    // sample (annotations, clutter lines, quotes and non-ASCII in titles and
    // texts), articles with escapes in their clutter lines, and no articles.
    Fixture f;
    QVERIFY(f.copySample());
    QVERIFY(TestUtil::writeFile(f.root() + QLatin1String("/Wire/escapes.txt"),
        "Tabs\tand \"quotes\" \\ in a title\n\nShare this article\nRead more: \"Caf\xC3\xA9\" \\ \x01\x1b \xF0\x9F\x98\x80\n"
        "Body text.\n\nAdvertisement\n"));
    QVERIFY(TestUtil::writeFile(f.root() + QLatin1String("/Wire/empty.txt"), ""));
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    QCOMPARE(f.corpus.documents()->documentCount(), SampleDocuments + 2);
    const QByteArray expected = QJsonDocument(CorpusReport::listing(f.corpus)).toJson(QJsonDocument::Indented);
    QVERIFY(expected.contains("\"boilerplate\": [\n        ]")); // an empty array among them
    QVERIFY(expected.contains("Read more: \\\"Caf\xC3\xA9\\\" \\\\ \\u0001\\u001b \xF0\x9F\x98\x80\""));
    QCOMPARE(CorpusReport::listingJson(f.corpus), expected);

    QTemporaryDir empty;
    Corpus none;
    QCOMPARE(none.open(empty.path()), Corpus::OpenStatus::Ok);
    QCOMPARE(CorpusReport::listingJson(none), QJsonDocument(CorpusReport::listing(none)).toJson(QJsonDocument::Indented));
}

void TestCorpus::testSpanTextEqualsQuote()
{
    Fixture f;
    QVERIFY(f.copySample());
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    const CorpusModel *model = f.corpus.documents();
    int checked = 0;
    for (int row = 0; row < model->documentCount(); ++row) {
        const Document &doc = model->document(row);
        const QModelIndex docIndex = model->index(row, 0);
        QCOMPARE(model->rowCount(docIndex), int(model->spans(row).size()));
        for (int i = 0; i < model->spans(row).size(); ++i) {
            const Span &s = model->spans(row).at(i);
            QVERIFY(s.start >= 0 && s.start <= s.end && s.end <= doc.textLength());
            QCOMPARE(doc.text().mid(s.start, s.length()), s.quote);
            const QModelIndex spanIndex = model->index(i, 0, docIndex);
            QCOMPARE(spanIndex.data(CorpusModel::QuoteRole).toString(), s.quote);
            QCOMPARE(spanIndex.data(CorpusModel::StartRole).toInt(), s.start);
            ++checked;
        }
    }
    QCOMPARE(checked, SampleAnnotations);
}

void TestCorpus::testMutationIsOneUndoStep_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("spanDelta");
    QTest::addColumn<int>("tagDelta");

    QTest::addRow("addSpan") << QStringLiteral("addSpan") << 1 << 0;
    QTest::addRow("removeSpan") << QStringLiteral("removeSpan") << -1 << 0;
    QTest::addRow("setSpanNote") << QStringLiteral("setSpanNote") << 0 << 0;
    QTest::addRow("setSpanTag") << QStringLiteral("setSpanTag") << 0 << 0;
    QTest::addRow("addTag top-level") << QStringLiteral("addTag") << 0 << 1;
    QTest::addRow("addTag under a parent") << QStringLiteral("addSubTag") << 0 << 1;
    QTest::addRow("editTag") << QStringLiteral("editTag") << 0 << 0;
    QTest::addRow("removeTag leaf") << QStringLiteral("removeLeafTag") << -2 << -1;
    QTest::addRow("removeTag with sub-tags") << QStringLiteral("removeParentTag") << -8 << -3;
    QTest::addRow("setDocumentMemo") << QStringLiteral("setDocumentMemo") << 0 << 0;
}

void TestCorpus::testMutationIsOneUndoStep()
{
    QFETCH(QString, operation);
    QFETCH(int, spanDelta);
    QFETCH(int, tagDelta);

    Fixture f;
    QVERIFY(f.copySample());
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    Corpus &c = f.corpus;
    const CodebookModel *codebook = c.codebook();
    const QString economic = codebook->findByName(QStringLiteral("Economic cost"));
    const QString sources = codebook->findByName(QStringLiteral("Sources"));
    const QString human = codebook->findByName(QStringLiteral("Human interest"));
    QVERIFY(!economic.isEmpty() && !sources.isEmpty() && !human.isEmpty());
    const int firstRow = c.documents()->rowOfPath(FirstDoc);
    QVERIFY(firstRow >= 0);
    const Span firstSpan = c.documents()->spans(firstRow).first();

    const QByteArray before = state(c);
    const int spansBefore = c.documents()->spanCount();
    const int tagsBefore = codebook->tagCount();
    QVERIFY(!c.isModified());

    bool done = false;
    if (operation == QLatin1String("addSpan"))
        done = !c.addSpan(FirstDoc, 0, 10, economic, QStringLiteral("a note")).isEmpty();
    else if (operation == QLatin1String("removeSpan"))
        done = c.removeSpan(FirstDoc, firstSpan.id);
    else if (operation == QLatin1String("setSpanNote"))
        done = c.setSpanNote(FirstDoc, firstSpan.id, QStringLiteral(u"changed \U0001F4DD"));
    else if (operation == QLatin1String("setSpanTag"))
        done = c.setSpanTag(FirstDoc, firstSpan.id, firstSpan.tagId == human ? economic : human);
    else if (operation == QLatin1String("addTag"))
        done = !c.addTag(QStringLiteral("New tag"), QColor(Qt::cyan)).isEmpty();
    else if (operation == QLatin1String("addSubTag"))
        done = !c.addTag(QStringLiteral("Anonymous source"), QColor(Qt::gray), sources, QStringLiteral("d")).isEmpty();
    else if (operation == QLatin1String("editTag"))
        done = c.editTag(economic, QStringLiteral("Money"), QColor(Qt::green), QStringLiteral("Renamed"));
    else if (operation == QLatin1String("removeLeafTag"))
        done = c.removeTag(human);
    else if (operation == QLatin1String("removeParentTag"))
        done = c.removeTag(sources);
    else if (operation == QLatin1String("setDocumentMemo"))
        done = c.setDocumentMemo(FirstDoc, QStringLiteral(u"Two lines\nof memo \u00e9"));
    QVERIFY2(done, qPrintable(operation));

    const QByteArray after = state(c);
    QVERIFY(after != before);
    QCOMPARE(c.undoStack()->count(), 1);
    QVERIFY(c.isModified());
    QCOMPARE(c.documents()->spanCount(), spansBefore + spanDelta);
    QCOMPARE(codebook->tagCount(), tagsBefore + tagDelta);

    c.undoStack()->undo();
    QCOMPARE(state(c), before);
    QCOMPARE(c.documents()->spanCount(), spansBefore);
    QCOMPARE(codebook->tagCount(), tagsBefore);
    QVERIFY(!c.isModified());

    c.undoStack()->redo();
    QCOMPARE(state(c), after);
    c.undoStack()->undo();
    QCOMPARE(state(c), before);
    c.undoStack()->redo();
    QCOMPARE(state(c), after);
    QCOMPARE(c.undoStack()->count(), 1);
}

void TestCorpus::testAddSpanSignals()
{
    Fixture f;
    QVERIFY(f.copySample());
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    CorpusModel *model = f.corpus.documents();
    const QString tag = f.corpus.codebook()->findByName(QStringLiteral("Loaded language"));
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy rangeChanged(model, &CorpusModel::spanRangeChanged);

    // Position 0..5 sorts before every existing span of the document.
    const QString id = f.corpus.addSpan(FirstDoc, 0, 5, tag);
    QVERIFY(!id.isEmpty());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), model->documentIndex(FirstDoc));
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(rangeChanged.count(), 1);
    QCOMPARE(rangeChanged.at(0), (QVariantList { FirstDoc, 0, 5 }));
    QCOMPARE(model->spanIndex(FirstDoc, id).row(), 0);

    f.corpus.undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), model->documentIndex(FirstDoc));
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!model->spanIndex(FirstDoc, id).isValid());
}

void TestCorpus::testAddSpanRefusesBadInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("knownTag");

    QTest::addRow("negative start") << FirstDoc << -1 << 5 << true;
    QTest::addRow("empty range") << FirstDoc << 5 << 5 << true;
    QTest::addRow("reversed range") << FirstDoc << 6 << 5 << true;
    QTest::addRow("end past the text") << FirstDoc << 0 << 1000000 << true;
    QTest::addRow("unknown document") << QStringLiteral("nope.txt") << 0 << 5 << true;
    QTest::addRow("unknown tag") << FirstDoc << 0 << 5 << false;
}

void TestCorpus::testAddSpanRefusesBadInput()
{
    QFETCH(QString, path);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(bool, knownTag);

    Fixture f;
    QVERIFY(f.copySample());
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    const QString tag = knownTag ? f.corpus.codebook()->findByName(QStringLiteral("Sources")) : QStringLiteral("x");
    const QByteArray before = state(f.corpus);
    QVERIFY(f.corpus.addSpan(path, start, end, tag).isEmpty());
    QCOMPARE(f.corpus.undoStack()->count(), 0);
    QCOMPARE(state(f.corpus), before);
}

void TestCorpus::testRemoveTagRemovesSubTagsAndSpansInOneStep()
{
    Fixture f;
    QVERIFY(f.copySample());
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    Corpus &c = f.corpus;
    CodebookModel *codebook = c.codebook();
    const QString sources = codebook->findByName(QStringLiteral("Sources"));
    const QString official = codebook->findByName(QStringLiteral("Official source"));
    const QString eyewitness = codebook->findByName(QStringLiteral("Eyewitness"));
    QCOMPARE(codebook->descendants(sources).size(), 2);
    const QSet<QString> doomed { sources, official, eyewitness };

    const QVector<Tag> tagsBefore = codebook->tags();
    QHash<QString, QVector<Span>> spansBefore;
    int doomedSpans = 0;
    for (int row = 0; row < c.documents()->documentCount(); ++row) {
        spansBefore.insert(c.documents()->document(row).path, c.documents()->spans(row));
        for (const Span &s : c.documents()->spans(row))
            doomedSpans += doomed.contains(s.tagId) ? 1 : 0;
    }
    QCOMPARE(doomedSpans, 8); // 1 on the parent, 3 + 4 on the sub-tags
    const QByteArray before = state(c);

    QSignalSpy codebookRemoved(codebook, &QAbstractItemModel::rowsRemoved);
    QVERIFY(c.removeTag(sources));
    QCOMPARE(c.undoStack()->count(), 1);
    QCOMPARE(codebookRemoved.count(), 3);
    for (const QString &id : doomed)
        QVERIFY(!codebook->contains(id));
    QCOMPARE(c.documents()->spanCount(), SampleAnnotations - 8);
    for (int row = 0; row < c.documents()->documentCount(); ++row) {
        for (const Span &s : c.documents()->spans(row))
            QVERIFY(!doomed.contains(s.tagId));
    }

    c.undoStack()->undo();
    QCOMPARE(codebook->tags(), tagsBefore);
    QCOMPARE(codebook->tag(official).parentId, sources);
    QCOMPARE(codebook->tag(eyewitness).parentId, sources);
    for (int row = 0; row < c.documents()->documentCount(); ++row)
        QCOMPARE(c.documents()->spans(row), spansBefore.value(c.documents()->document(row).path));
    QCOMPARE(state(c), before);

    c.undoStack()->redo();
    QCOMPARE(c.documents()->spanCount(), SampleAnnotations - 8);
    QCOMPARE(codebook->tagCount(), SampleTags - 3);
}

void TestCorpus::testSaveThenReopenIsIdentical()
{
    Fixture f;
    QVERIFY(f.copySample());
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    Corpus &c = f.corpus;
    c.setAuthor(QStringLiteral("Tester"));
    const QString sources = c.codebook()->findByName(QStringLiteral("Sources"));
    const QString child = c.addTag(QStringLiteral(u"Anonyme Quelle \u2013 \u0645\u0635\u062F\u0631"),
        QColor(0x12, 0x34, 0x56), sources, QStringLiteral("Unnamed officials"));
    QVERIFY(!child.isEmpty());
    const QString added = c.addSpan(EastbankDoc, 10, 42, child, QStringLiteral("new"));
    QVERIFY(!added.isEmpty());
    const Span first = c.documents()->spans(c.documents()->rowOfPath(FirstDoc)).first();
    QVERIFY(c.setSpanNote(FirstDoc, first.id, QStringLiteral("edited\nnote")));
    const Span last = c.documents()->spans(c.documents()->rowOfPath(AlderaDoc)).last();
    QVERIFY(c.removeSpan(AlderaDoc, last.id));
    QVERIFY(c.isModified());

    QSignalSpy saved(&c, &Corpus::saved);
    QString error;
    QVERIFY2(c.save(&error), qPrintable(error));
    QCOMPARE(saved.count(), 1);
    QVERIFY(!c.isModified());
    const QByteArray written = TestUtil::readFile(f.sidecar());
    QCOMPARE(written, state(c));

    Corpus reopened;
    QCOMPARE(reopened.open(f.root()), Corpus::OpenStatus::Ok);
    QVERIFY2(reopened.problems().isEmpty(), qPrintable(describe(reopened.problems())));
    QCOMPARE(state(reopened), state(c));
    QCOMPARE(reopened.annotationCount(), SampleAnnotations);
    QCOMPARE(reopened.codebook()->tag(child).parentId, sources);
    const Span again = reopened.documents()->span(EastbankDoc, added);
    QCOMPARE(again.author, QStringLiteral("Tester"));
    QCOMPARE(again.note, QStringLiteral("new"));
    QVERIFY(reopened.documents()->span(AlderaDoc, last.id).id.isEmpty());
}

void TestCorpus::testSpanOffsetsSavedAsCodePoints_data()
{
    QTest::addColumn<int>("start"); ///< UTF-16, in the canonical text
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("cpStart"); ///< what the sidecar must hold
    QTest::addColumn<int>("cpEnd");
    QTest::addColumn<QString>("quote");

    QTest::addRow("emoji") << 11 << 13 << 11 << 12 << QStringLiteral(u"\U0001F600");
    QTest::addRow("emoji with skin tone") << 21 << 25 << 20 << 22 << QStringLiteral(u"\U0001F44D\U0001F3FD");
    QTest::addRow("flag after three pairs") << 38 << 42 << 35 << 37 << QStringLiteral(u"\U0001F1EB\U0001F1F7");
    QTest::addRow("combining mark before any pair") << 5 << 10 << 5 << 10 << QStringLiteral(u"cafe\u0301");
    QTest::addRow("arabic after a pair") << 15 << 20 << 14 << 19 << QStringLiteral(u"\u0645\u0631\u062D\u0628\u0627");
    QTest::addRow("arabic after three pairs")
        << 26 << 32 << 23 << 29 << QStringLiteral(u"\u0627\u0644\u0639\u0627\u0644\u0645");
    QTest::addRow("whole text") << 0 << 47 << 0 << 42 << UnicodeCanonical;
}

void TestCorpus::testSpanOffsetsSavedAsCodePoints()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, cpStart);
    QFETCH(int, cpEnd);
    QFETCH(QString, quote);

    Fixture f;
    QVERIFY(f.dir.isValid());
    QVERIFY(TestUtil::writeFile(f.dir.filePath(UnicodePath), UnicodeArticle));
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    QVERIFY2(f.corpus.problems().isEmpty(), qPrintable(describe(f.corpus.problems())));
    QCOMPARE(f.corpus.documents()->documentCount(), 1);
    const Document &doc = f.corpus.documents()->document(0);
    QCOMPARE(doc.text(), UnicodeCanonical);
    QCOMPARE(doc.textLength(), 47);

    const QString tag = f.corpus.addTag(QStringLiteral("Tag"), QColor(Qt::yellow));
    const QString id = f.corpus.addSpan(UnicodePath, start, end, tag);
    QVERIFY(!id.isEmpty());
    QCOMPARE(f.corpus.documents()->span(UnicodePath, id).quote, quote);
    QString error;
    QVERIFY2(f.corpus.save(&error), qPrintable(error));

    // Read the file as plain JSON, independent of SidecarCodec.
    const QJsonObject root = QJsonDocument::fromJson(TestUtil::readFile(f.sidecar())).object();
    QCOMPARE(root.value(QLatin1String("unit")).toString(), QStringLiteral("codepoint"));
    const QJsonObject entry = root.value(QLatin1String("documents")).toArray().at(0).toObject();
    QCOMPARE(entry.value(QLatin1String("path")).toString(), UnicodePath);
    QCOMPARE(entry.value(QLatin1String("sha256")).toString().toLatin1(),
        QCryptographicHash::hash(UnicodeCanonical.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QJsonObject span = entry.value(QLatin1String("annotations")).toArray().at(0).toObject();
    QCOMPARE(span.value(QLatin1String("id")).toString(), id);
    QCOMPARE(span.value(QLatin1String("start")).toInt(-1), cpStart);
    QCOMPARE(span.value(QLatin1String("end")).toInt(-1), cpEnd);
    QCOMPARE(span.value(QLatin1String("quote")).toString(), quote);

    Corpus reopened;
    QCOMPARE(reopened.open(f.root()), Corpus::OpenStatus::Ok);
    QVERIFY2(reopened.problems().isEmpty(), qPrintable(describe(reopened.problems())));
    const Span back = reopened.documents()->span(UnicodePath, id);
    QCOMPARE(back.start, start);
    QCOMPARE(back.end, end);
    QCOMPARE(back.quote, quote);
    QCOMPARE(state(reopened), state(f.corpus));
}

void TestCorpus::testSpanAcrossCrlf()
{
    // The article has CRLF line ends; spans count in the LF text, so a span
    // over a line break is one unit shorter per break than in the raw file.
    Fixture f;
    QVERIFY(f.dir.isValid());
    QVERIFY(TestUtil::writeFile(f.dir.filePath(UnicodePath), UnicodeArticle));
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    const QString tag = f.corpus.addTag(QStringLiteral("Tag"), QColor(Qt::yellow));
    // From "!" (13) over the first line break to the end of the second line (32).
    const QString id = f.corpus.addSpan(UnicodePath, 13, 33, tag);
    QVERIFY(!id.isEmpty());
    const QString quote = QStringLiteral(u"!\n\u0645\u0631\u062D\u0628\u0627 \U0001F44D\U0001F3FD "
                                         u"\u0627\u0644\u0639\u0627\u0644\u0645\n");
    QCOMPARE(f.corpus.documents()->span(UnicodePath, id).quote, quote);
    QVERIFY(f.corpus.save());

    const SidecarData saved = SidecarCodec::parse(TestUtil::readFile(f.sidecar())).data;
    const Span onDisk = entryFor(saved, UnicodePath).spans.value(0);
    QCOMPARE(onDisk.start, 12); // one pair before
    QCOMPARE(onDisk.end, 30); // three pairs before
    QCOMPARE(onDisk.quote, quote);
    QVERIFY(!onDisk.quote.contains(QLatin1Char('\r')));

    Corpus reopened;
    QCOMPARE(reopened.open(f.root()), Corpus::OpenStatus::Ok);
    QVERIFY2(reopened.problems().isEmpty(), qPrintable(describe(reopened.problems())));
    const Span back = reopened.documents()->span(UnicodePath, id);
    QCOMPARE(back.start, 13);
    QCOMPARE(back.end, 33);
    QCOMPARE(reopened.documents()->document(0).text().mid(back.start, back.length()), quote);
}

void TestCorpus::testUnreadableSidecarMakesCorpusReadOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("fragments");

    const QString name = SidecarStore::fileName();
    QTest::addRow("not JSON") << QByteArray("{\n    \"format\": \"marginalia\",\n    oops\n}\n")
                              << QStringList { name, QStringLiteral("line 3"), QStringLiteral("column") };
    QByteArray newer = TestUtil::readFile(QStringLiteral(MARGINALIA_SAMPLE_CORPUS "/") + name);
    QVERIFY(newer.contains("\"version\": 1"));
    newer.replace("\"version\": 1", "\"version\": 2");
    QTest::addRow("newer version") << newer << QStringList { name, QStringLiteral("newer") };
    QTest::addRow("not a sidecar") << QByteArray("[1, 2, 3]\n") << QStringList { name, QStringLiteral("top level") };
}

void TestCorpus::testUnreadableSidecarMakesCorpusReadOnly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, fragments);

    Fixture f;
    QVERIFY(f.copySample());
    QVERIFY(TestUtil::writeFile(f.sidecar(), bytes));
    const QByteArray hashBefore = TestUtil::sha256(f.sidecar());

    QSignalSpy readOnlyChanged(&f.corpus, &Corpus::readOnlyChanged);
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::SidecarError);
    QVERIFY(f.corpus.isOpen());
    QVERIFY(f.corpus.isReadOnly());
    QCOMPARE(readOnlyChanged.count(), 1);
    for (const QString &fragment : std::as_const(fragments)) {
        QVERIFY2(f.corpus.readOnlyReason().contains(fragment),
            qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, f.corpus.readOnlyReason())));
    }
    QVERIFY(problemFor(f.corpus.problems(), SidecarStore::fileName()));
    // The articles are still there to read.
    QCOMPARE(f.corpus.documents()->documentCount(), SampleDocuments);

    // Every mutator refuses, and nothing reaches the undo stack.
    QVERIFY(f.corpus.addTag(QStringLiteral("T"), QColor(Qt::red)).isEmpty());
    QVERIFY(f.corpus.addSpan(FirstDoc, 0, 5, QStringLiteral("686b0579-09f0-55c5-9c7e-6f49abb557a9")).isEmpty());
    QCOMPARE(f.corpus.undoStack()->count(), 0);

    QString error;
    QVERIFY(!f.corpus.save(&error));
    QVERIFY2(error.contains(SidecarStore::fileName()), qPrintable(error));
    QCOMPARE(TestUtil::sha256(f.sidecar()), hashBefore);
    QCOMPARE(TestUtil::readFile(f.sidecar()), bytes);
}

void TestCorpus::testInvalidUtf8FileLoadedWithWarning()
{
    Fixture f;
    QVERIFY(f.copySample());
    const QString broken = QStringLiteral("Valley Ledger/2026-03-07-broken.txt");
    const QString binary = QStringLiteral("Coastline Wire/photo.txt");
    QVERIFY(TestUtil::writeFile(f.dir.filePath(broken), "Good start \xFF\xFE bad end\n"));
    QVERIFY(TestUtil::writeFile(f.dir.filePath(binary), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)));

    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    QVERIFY(!f.corpus.isReadOnly());
    // The badly encoded file loads with a warning; the binary one is skipped.
    QCOMPARE(f.corpus.documents()->documentCount(), SampleDocuments + 1);
    QCOMPARE(f.corpus.annotationCount(), SampleAnnotations);
    QCOMPARE(f.corpus.problems().size(), 2);
    const Problem *p = problemFor(f.corpus.problems(), broken);
    QVERIFY2(p, qPrintable(describe(f.corpus.problems())));
    QCOMPARE(p->severity, Problem::Severity::Warning);
    QVERIFY2(p->message.contains(QLatin1String("UTF-8")), qPrintable(p->message));
    const Problem *b = problemFor(f.corpus.problems(), binary);
    QVERIFY(b);
    QCOMPARE(b->severity, Problem::Severity::Error);
    QVERIFY2(b->message.contains(QLatin1String("skipped")), qPrintable(b->message));
    QVERIFY(f.corpus.documents()->rowOfPath(broken) >= 0);
    QCOMPARE(f.corpus.documents()->rowOfPath(binary), -1);
}

void TestCorpus::testAnnotationsOfMissingDocumentKept()
{
    Fixture f;
    QVERIFY(f.copySample());
    QVERIFY(QFile::remove(f.dir.filePath(FiascoDoc)));
    const SidecarData::DocumentEntry original = entryFor(sampleSidecar(), FiascoDoc);
    QCOMPARE(original.spans.size(), 3);

    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    QCOMPARE(f.corpus.documents()->documentCount(), SampleDocuments - 1);
    QCOMPARE(f.corpus.documents()->spanCount(), SampleAnnotations - 3);
    QCOMPARE(f.corpus.annotationCount(), SampleAnnotations);
    const Problem *p = problemFor(f.corpus.problems(), FiascoDoc);
    QVERIFY2(p, qPrintable(describe(f.corpus.problems())));
    QCOMPARE(p->severity, Problem::Severity::Error);

    const QString tag = f.corpus.codebook()->findByName(QStringLiteral("Economic cost"));
    QVERIFY(!f.corpus.addSpan(FirstDoc, 0, 4, tag).isEmpty());
    QString error;
    QVERIFY2(f.corpus.save(&error), qPrintable(error));

    const SidecarCodec::ParseResult saved = SidecarCodec::parse(TestUtil::readFile(f.sidecar()));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(saved.data.annotationCount(), SampleAnnotations + 1);
    const SidecarData::DocumentEntry kept = entryFor(saved.data, FiascoDoc);
    QCOMPARE(kept.path, FiascoDoc);
    QCOMPARE(kept.sha256, original.sha256);
    QCOMPARE(kept.spans, original.spans);

    // And again after a reopen: still kept, still counted.
    Corpus reopened;
    QCOMPARE(reopened.open(f.root()), Corpus::OpenStatus::Ok);
    QCOMPARE(reopened.annotationCount(), SampleAnnotations + 1);
    QCOMPARE(state(reopened), state(f.corpus));
}

void TestCorpus::testSpanPastEndReportedAndKept_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("startFromEnd"); ///< offset from the text's code point length
    QTest::addColumn<int>("endFromEnd");

    QTest::addRow("far past the end, only span") << AlderaDoc << 100000 << 100010;
    QTest::addRow("end one past the end, among others") << EastbankDoc << -2 << 1;
    QTest::addRow("empty span past the end") << EastbankDoc << 1 << 1;
}

void TestCorpus::testSpanPastEndReportedAndKept()
{
    QFETCH(QString, path);
    QFETCH(int, startFromEnd);
    QFETCH(int, endFromEnd);

    Fixture f;
    QVERIFY(f.copySample());
    const TextImporter::Result imported = TextImporter::importFile(f.root(), path);
    QVERIFY(imported.ok);
    const int length = TextOffsets(imported.document.text()).codePointLength();

    SidecarData data = sampleSidecar();
    Span broken;
    for (auto &entry : data.documents) {
        if (entry.path != path)
            continue;
        entry.spans.last().start = length + startFromEnd;
        entry.spans.last().end = length + endFromEnd;
        broken = entry.spans.last();
    }
    QVERIFY(!broken.id.isEmpty());
    const int others = int(entryFor(data, path).spans.size()) - 1;
    QVERIFY(TestUtil::writeFile(f.sidecar(), SidecarCodec::serialize(data)));

    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    QVERIFY(!f.corpus.isReadOnly());
    const Problem *p = problemFor(f.corpus.problems(), path);
    QVERIFY2(p, qPrintable(describe(f.corpus.problems())));
    QCOMPARE(p->severity, Problem::Severity::Error);
    QVERIFY2(p->message.contains(broken.id), qPrintable(p->message));
    QCOMPARE(f.corpus.documents()->spanCount(), SampleAnnotations - 1);
    QCOMPARE(f.corpus.documents()->spans(f.corpus.documents()->rowOfPath(path)).size(), others);
    QCOMPARE(f.corpus.annotationCount(), SampleAnnotations);

    QVERIFY(!f.corpus.addTag(QStringLiteral("Something to save"), QColor(Qt::blue)).isEmpty());
    QString error;
    QVERIFY2(f.corpus.save(&error), qPrintable(error));
    const SidecarCodec::ParseResult saved = SidecarCodec::parse(TestUtil::readFile(f.sidecar()));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(saved.data.annotationCount(), SampleAnnotations);
    const SidecarData::DocumentEntry entry = entryFor(saved.data, path);
    QCOMPARE(entry.spans.size(), others + 1);
    bool found = false;
    for (const Span &s : entry.spans) {
        if (s.id == broken.id) {
            QCOMPARE(s, broken);
            found = true;
        }
    }
    QVERIFY(found);
    // The spans that did fit are written back unchanged too.
    SidecarData expected = data;
    expected.codebook = saved.data.codebook;
    QCOMPARE(SidecarCodec::serialize(saved.data), SidecarCodec::serialize(expected));
}

void TestCorpus::testNonexistentFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Corpus corpus;
    const QString missing = dir.filePath(QStringLiteral("no such folder"));
    QCOMPARE(corpus.open(missing), Corpus::OpenStatus::Failed);
    QVERIFY(!corpus.isOpen());
    QCOMPARE(corpus.problems().size(), 1);
    QCOMPARE(corpus.problems().at(0).file, missing);
    QCOMPARE(corpus.documents()->documentCount(), 0);
    QVERIFY(!corpus.save());
    QVERIFY(!QFile::exists(missing));

    // A file is not a folder either.
    const QString file = dir.filePath(QStringLiteral("article.txt"));
    QVERIFY(TestUtil::writeFile(file, "text"));
    QCOMPARE(corpus.open(file), Corpus::OpenStatus::Failed);
    QVERIFY(!corpus.isOpen());

    // Opening a missing folder after a good one leaves nothing of the old one behind.
    QVERIFY(TestUtil::copyTree(QStringLiteral(MARGINALIA_SAMPLE_CORPUS), dir.filePath(QStringLiteral("sample"))));
    QCOMPARE(corpus.open(dir.filePath(QStringLiteral("sample"))), Corpus::OpenStatus::Ok);
    QCOMPARE(corpus.open(missing), Corpus::OpenStatus::Failed);
    QCOMPARE(corpus.documents()->documentCount(), 0);
    QCOMPARE(corpus.codebook()->tagCount(), 0);
    QCOMPARE(corpus.annotationCount(), 0);
}

void TestCorpus::testRemoveTagOfKeptAnnotationsStillSaves()
{
    // Annotations of a missing document are kept aside and written back. When
    // their tag is deleted, the corpus must still be savable: a sidecar naming
    // a tag that is not in the codebook does not parse, so SidecarStore refuses
    // to write it, and every later save fails until the deletion is undone.
    Fixture f;
    QVERIFY(f.copySample());
    QVERIFY(QFile::remove(f.dir.filePath(FiascoDoc))); // its spans: 2 x Loaded language, 1 x Eyewitness
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    QCOMPARE(f.corpus.annotationCount(), SampleAnnotations);
    const QString loaded = f.corpus.codebook()->findByName(QStringLiteral("Loaded language"));
    QVERIFY(f.corpus.removeTag(loaded));

    QString error;
    QVERIFY2(f.corpus.save(&error), qPrintable(error));
    const SidecarCodec::ParseResult saved = SidecarCodec::parse(TestUtil::readFile(f.sidecar()));
    QVERIFY2(saved.ok, qPrintable(saved.error));
}

void TestCorpus::testAddSpanRefusesToSplitSurrogatePair_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    // U+1F600 occupies UTF-16 [11, 13) of the Unicode article.
    QTest::addRow("start inside the pair") << 12 << 14;
    QTest::addRow("end inside the pair") << 10 << 12;
}

void TestCorpus::testAddSpanRefusesToSplitSurrogatePair()
{
    // The sidecar counts code points, which cannot express half a character:
    // such a span comes back from save and reopen with other offsets and a
    // quote that no longer matches. It has to be refused when it is made.
    QFETCH(int, start);
    QFETCH(int, end);
    Fixture f;
    QVERIFY(f.dir.isValid());
    QVERIFY(TestUtil::writeFile(f.dir.filePath(UnicodePath), UnicodeArticle));
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    const QString tag = f.corpus.addTag(QStringLiteral("Tag"), QColor(Qt::yellow));
    QVERIFY(!tag.isEmpty());
    const QString id = f.corpus.addSpan(UnicodePath, start, end, tag);
    if (!id.isEmpty()) {
        QVERIFY(f.corpus.save());
        Corpus reopened;
        QCOMPARE(reopened.open(f.root()), Corpus::OpenStatus::Ok);
        const Span back = reopened.documents()->span(UnicodePath, id);
        qWarning("accepted [%d, %d); after save and reopen it is [%d, %d)", start, end, back.start, back.end);
    }
    QVERIFY(id.isEmpty());
}

void TestCorpus::testTagListedBeforeItsParentNeverLosesHierarchy()
{
    // CodebookModel::setTags() needs parents first and would otherwise make a
    // sub-tag top-level without a word, and the next save would write that.
    // Such a file is refused instead: the corpus opens read-only, untouched.
    Fixture f;
    QVERIFY(f.copySample());
    SidecarData data = sampleSidecar();
    int sourcesAt = -1;
    int officialAt = -1;
    for (int i = 0; i < data.codebook.size(); ++i) {
        if (data.codebook.at(i).name == QLatin1String("Sources"))
            sourcesAt = i;
        else if (data.codebook.at(i).name == QLatin1String("Official source"))
            officialAt = i;
    }
    QVERIFY(sourcesAt >= 0 && officialAt > sourcesAt);
    QCOMPARE(data.codebook.at(officialAt).parentId, data.codebook.at(sourcesAt).id);
    data.codebook.move(officialAt, sourcesAt);
    QVERIFY(TestUtil::writeFile(f.sidecar(), SidecarCodec::serialize(data)));
    const QByteArray hashBefore = TestUtil::sha256(f.sidecar());

    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::SidecarError);
    QVERIFY(f.corpus.isReadOnly());
    QVERIFY2(f.corpus.readOnlyReason().contains(QLatin1String("codebook[")), qPrintable(f.corpus.readOnlyReason()));
    QVERIFY(!f.corpus.save());
    QCOMPARE(TestUtil::sha256(f.sidecar()), hashBefore);
}

QTEST_GUILESS_MAIN(TestCorpus)
void TestCorpus::testDocumentMemoSavedReopenedAndUndone()
{
    Fixture f;
    QVERIFY(f.copySample());
    // An article with no annotation: its entry exists only because of the memo.
    const QString plain = QStringLiteral("Wire/2026-03-08-no-annotations.txt");
    QVERIFY(TestUtil::writeFile(f.dir.filePath(plain), "Nothing coded here.\nA second line.\n"));
    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    Corpus &c = f.corpus;
    QVERIFY(c.documentMemo(plain).isEmpty());
    QSignalSpy memoChanged(c.documents(), &CorpusModel::memoChanged);
    QSignalSpy dataChanged(c.documents(), &QAbstractItemModel::dataChanged);

    const QString memo
        = QStringLiteral(u"Neutral wording.\n\nAsk the desk about the \u0634\u0627\u0647\u062F quote \U0001F50D");
    QVERIFY(c.setDocumentMemo(plain, memo));
    QCOMPARE(c.documentMemo(plain), memo);
    QCOMPARE(memoChanged.count(), 1);
    QCOMPARE(memoChanged.at(0).at(0).toString(), plain);
    QCOMPARE(dataChanged.count(), 1);
    const QModelIndex row = c.documents()->documentIndex(plain);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), row);
    QCOMPARE(row.data(CorpusModel::MemoRole).toString(), memo);
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Neutral wording.")));
    QCOMPARE(c.undoStack()->count(), 1);
    // Setting the same text again is no new step.
    QVERIFY(c.setDocumentMemo(plain, memo));
    QCOMPARE(c.undoStack()->count(), 1);
    QVERIFY(!c.setDocumentMemo(QStringLiteral("no/such/document.txt"), memo));

    QString error;
    QVERIFY2(c.save(&error), qPrintable(error));
    const SidecarCodec::ParseResult saved = SidecarCodec::parse(TestUtil::readFile(f.sidecar()));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    const SidecarData::DocumentEntry entry = entryFor(saved.data, plain);
    QCOMPARE(entry.path, plain);
    QCOMPARE(entry.memo, memo);
    QVERIFY(entry.spans.isEmpty());
    QCOMPARE(saved.data.annotationCount(), SampleAnnotations);

    Corpus reopened;
    QCOMPARE(reopened.open(f.root()), Corpus::OpenStatus::Ok);
    QCOMPARE(reopened.documentMemo(plain), memo);
    QCOMPARE(state(reopened), state(c));

    // Undo empties it again; with no memo and no span the entry is not written.
    c.undoStack()->undo();
    QVERIFY(c.documentMemo(plain).isEmpty());
    QCOMPARE(memoChanged.count(), 2);
    QVERIFY(entryFor(c.toSidecarData(), plain).path.isEmpty());
    c.undoStack()->redo();
    QCOMPARE(c.documentMemo(plain), memo);

    // A memo beside annotations, then cleared as its own undo step.
    QVERIFY(c.setDocumentMemo(FirstDoc, QStringLiteral("memo")));
    QCOMPARE(entryFor(c.toSidecarData(), FirstDoc).memo, QStringLiteral("memo"));
    QVERIFY(c.setDocumentMemo(FirstDoc, QString()));
    QCOMPARE(c.undoStack()->count(), 3);
    QVERIFY(!entryFor(c.toSidecarData(), FirstDoc).path.isEmpty());
    QVERIFY(!SidecarCodec::serialize(c.toSidecarData()).contains("\"memo\": \"memo\""));

    // Read-only: refused, nothing pushed.
    c.setReadOnly(true, QStringLiteral("test"));
    QVERIFY(!c.setDocumentMemo(plain, QStringLiteral("refused")));
    QCOMPARE(c.documentMemo(plain), memo);
    QCOMPARE(c.undoStack()->count(), 3);
}

void TestCorpus::testMemoOfMissingDocumentKept()
{
    Fixture f;
    QVERIFY(f.copySample());
    SidecarData data = sampleSidecar();
    SidecarData::DocumentEntry gone;
    gone.path = QStringLiteral("Gone/2026-01-01-deleted.txt");
    gone.memo = QStringLiteral("Memo of an article that was deleted.");
    data.documents.append(gone);
    QVERIFY(TestUtil::writeFile(f.sidecar(), SidecarCodec::serialize(data)));

    QCOMPARE(f.corpus.open(f.root()), Corpus::OpenStatus::Ok);
    QVERIFY(f.corpus.setDocumentMemo(FirstDoc, QStringLiteral("changed")));
    QString error;
    QVERIFY2(f.corpus.save(&error), qPrintable(error));
    const SidecarCodec::ParseResult saved = SidecarCodec::parse(TestUtil::readFile(f.sidecar()));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(entryFor(saved.data, gone.path).memo, gone.memo);
    QCOMPARE(entryFor(saved.data, FirstDoc).memo, QStringLiteral("changed"));
}

#include "tst_corpus.moc"
