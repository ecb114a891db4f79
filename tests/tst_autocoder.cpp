// AutoCoder: a span for every match, one undo step, idempotent; unknown
// documents and read-only corpora are refused without changing anything.

#include "annotation/autocoder.h"
#include "annotation/sidecarcodec.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString Economic = QStringLiteral("24481c90-ef5d-5e4a-85f4-0f1c09aa81a1");
const QString FiascoDoc = QStringLiteral("Coastline Wire/2026-03-06-fare-hike-fiasco.txt");
} // namespace

class TestAutoCoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void testCodesEveryMatchOnce();
    void testOnlyListedDocuments();
    void testUnknownDocumentRefused();
    void testInvalidRegexRefused();
    void testReadOnlyCorpusRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Corpus> m_corpus;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAutoCoder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(TestUtil::copyTree(kSample, m_dir->path() + QStringLiteral("/corpus")));
    m_corpus = std::make_unique<Corpus>();
    QCOMPARE(m_corpus->open(m_dir->path() + QStringLiteral("/corpus")), Corpus::OpenStatus::Ok);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_corpus->documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestAutoCoder::cleanup()
{
    m_tester.reset();
    m_corpus.reset();
    m_dir.reset();
}

void TestAutoCoder::testCodesEveryMatchOnce()
{
    CorpusSearch::Query q;
    q.pattern = QStringLiteral("fares?");
    q.regex = true;
    q.wholeWord = true;
    const auto hits = CorpusSearch(q).search(m_corpus->documents());
    QVERIFY(hits.size() > 3);
    const int spansBefore = m_corpus->documents()->spanCount();
    const QByteArray before = SidecarCodec::serialize(m_corpus->toSidecarData());

    const AutoCoder::Result r = AutoCoder::run(m_corpus.get(), Economic, q, {}, QStringLiteral("auto"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.matches, int(hits.size()));
    QCOMPARE(r.added, int(hits.size()));
    QCOMPARE(m_corpus->documents()->spanCount(), spansBefore + r.added);
    int perDocument = 0;
    for (const auto &d : r.documents)
        perDocument += d.added;
    QCOMPARE(perDocument, r.added);
    QCOMPARE(m_corpus->undoStack()->count(), 1);
    // Every hit is now a span with that tag, range and note, quoting the match.
    for (const auto &h : hits) {
        const int row = m_corpus->documents()->rowOfPath(h.path);
        const auto &spans = m_corpus->documents()->spans(row);
        const auto it = std::find_if(spans.cbegin(), spans.cend(),
            [&](const Span &s) { return s.start == h.start && s.end == h.end && s.tagId == Economic; });
        QVERIFY(it != spans.cend());
        QCOMPARE(it->note, QStringLiteral("auto"));
        QCOMPARE(it->quote.toLower().left(4), QStringLiteral("fare"));
    }

    // Running it again adds nothing and pushes nothing.
    const AutoCoder::Result again = AutoCoder::run(m_corpus.get(), Economic, q);
    QVERIFY(again.ok);
    QCOMPARE(again.matches, r.matches);
    QCOMPARE(again.added, 0);
    QCOMPARE(m_corpus->undoStack()->count(), 1);

    m_corpus->undoStack()->undo();
    QCOMPARE(SidecarCodec::serialize(m_corpus->toSidecarData()), before);
}

void TestAutoCoder::testOnlyListedDocuments()
{
    CorpusSearch::Query q;
    q.pattern = QStringLiteral("fare");
    const AutoCoder::Result r = AutoCoder::run(m_corpus.get(), Economic, q, { FiascoDoc });
    QVERIFY(r.ok);
    QVERIFY(r.added > 0);
    QCOMPARE(r.documents.size(), 1);
    QCOMPARE(r.documents.first().path, FiascoDoc);
}

void TestAutoCoder::testUnknownDocumentRefused()
{
    CorpusSearch::Query q;
    q.pattern = QStringLiteral("fare");
    const AutoCoder::Result r = AutoCoder::run(m_corpus.get(), Economic, q, { QStringLiteral("Nowhere/gone.txt") });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("Nowhere/gone.txt")), qPrintable(r.error));
    QCOMPARE(m_corpus->undoStack()->count(), 0);
}

void TestAutoCoder::testInvalidRegexRefused()
{
    CorpusSearch::Query q;
    q.pattern = QStringLiteral("[fare");
    q.regex = true;
    const AutoCoder::Result r = AutoCoder::run(m_corpus.get(), Economic, q);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(m_corpus->undoStack()->count(), 0);
}

void TestAutoCoder::testReadOnlyCorpusRefused()
{
    m_corpus->setReadOnly(true, QStringLiteral("test"));
    CorpusSearch::Query q;
    q.pattern = QStringLiteral("fare");
    const AutoCoder::Result r = AutoCoder::run(m_corpus.get(), Economic, q);
    QVERIFY(!r.ok);
    QCOMPARE(m_corpus->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestAutoCoder)
#include "tst_autocoder.moc"
