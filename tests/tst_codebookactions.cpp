// Codebook actions through Corpus: moving (and dropping) tags, merging two
// tags, deleting a tag with each choice for its spans. Each is one undo step
// that undo reverses exactly; the models stay under QAbstractItemModelTester.

#include "annotation/sidecarcodec.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
// Tag ids of the sample codebook (resources/sample-corpus/marginalia.json).
const QString Casualties = QStringLiteral("686b0579-09f0-55c5-9c7e-6f49abb557a9");
const QString Official = QStringLiteral("a4a2b19b-e302-5458-904a-fc2f70f46bec");
const QString Economic = QStringLiteral("24481c90-ef5d-5e4a-85f4-0f1c09aa81a1");
const QString Sources = QStringLiteral("6d20a9bd-e92e-5568-8a91-671af419d3af");
const QString OfficialSource = QStringLiteral("c1cccab9-4afa-5b42-ab72-c9863f72103f");
const QString Eyewitness = QStringLiteral("b3732b01-6934-5297-9f8a-3ea27d8d531f");

QByteArray state(const Corpus &corpus)
{
    return SidecarCodec::serialize(corpus.toSidecarData());
}

int spansWithTag(const Corpus &corpus, const QString &tagId)
{
    int n = 0;
    for (int row = 0; row < corpus.documents()->documentCount(); ++row) {
        for (const Span &s : corpus.documents()->spans(row))
            n += s.tagId == tagId ? 1 : 0;
    }
    return n;
}

QStringList childIds(const CodebookModel &model, const QString &parentId)
{
    QStringList out;
    const QModelIndex parent = parentId.isEmpty() ? QModelIndex() : model.indexOf(parentId);
    for (int r = 0; r < model.rowCount(parent); ++r)
        out.append(model.index(r, 0, parent).data(CodebookModel::IdRole).toString());
    return out;
}
} // namespace

class TestCodebookActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void testMoveTagReparentsAndUndoes();
    void testMoveTagWithinParent_data();
    void testMoveTagWithinParent();
    void testMoveIntoOwnSubtreeRefused();
    void testDropMimeDataRequestsMove();
    void testMergeTagsRecodesSpansAndMovesChildren();
    void testMergeIntoOwnChildRefused();
    void testRemoveTagPolicies_data();
    void testRemoveTagPolicies();
    void testRemoveTopLevelTagToParentRefused();
    void testAddSpansSkipsDuplicatesAsOneStep();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Corpus> m_corpus;
    std::unique_ptr<QAbstractItemModelTester> m_codebookTester;
    std::unique_ptr<QAbstractItemModelTester> m_corpusTester;
};

void TestCodebookActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString root = m_dir->path() + QStringLiteral("/corpus");
    QVERIFY(TestUtil::copyTree(kSample, root));
    m_corpus = std::make_unique<Corpus>();
    QCOMPARE(m_corpus->open(root), Corpus::OpenStatus::Ok);
    m_codebookTester = std::make_unique<QAbstractItemModelTester>(
        m_corpus->codebook(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_corpusTester = std::make_unique<QAbstractItemModelTester>(
        m_corpus->documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestCodebookActions::cleanup()
{
    m_codebookTester.reset();
    m_corpusTester.reset();
    m_corpus.reset();
    m_dir.reset();
}

void TestCodebookActions::testMoveTagReparentsAndUndoes()
{
    CodebookModel *model = m_corpus->codebook();
    const QByteArray before = state(*m_corpus);
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    QVERIFY(m_corpus->moveTag(Economic, Sources, 1));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(childIds(*model, Sources), (QStringList { OfficialSource, Economic, Eyewitness }));
    QCOMPARE(model->tag(Economic).parentId, Sources);
    QCOMPARE(model->tagPath(Economic), QStringLiteral("Sources / Economic cost"));
    QVERIFY(!childIds(*model, {}).contains(Economic));
    QCOMPARE(m_corpus->undoStack()->count(), 1);
    // The saved codebook lists the parent before its new child.
    const QVector<Tag> tags = m_corpus->toSidecarData().codebook;
    const auto indexOf = [&tags](const QString &id) {
        return std::find_if(tags.cbegin(), tags.cend(), [&id](const Tag &t) { return t.id == id; }) - tags.cbegin();
    };
    QVERIFY(indexOf(Sources) < indexOf(Economic));

    m_corpus->undoStack()->undo();
    QCOMPARE(state(*m_corpus), before);
    QCOMPARE(model->rowOf(Economic), 3);
    m_corpus->undoStack()->redo();
    QCOMPARE(model->tag(Economic).parentId, Sources);
}

void TestCodebookActions::testMoveTagWithinParent_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("to the end") << -1 << QStringList { Eyewitness, OfficialSource };
    QTest::addRow("to the front") << 0 << QStringList { OfficialSource, Eyewitness };
}

void TestCodebookActions::testMoveTagWithinParent()
{
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    const QByteArray before = state(*m_corpus);
    QVERIFY(m_corpus->moveTag(OfficialSource, Sources, row));
    QCOMPARE(childIds(*m_corpus->codebook(), Sources), expected);
    m_corpus->undoStack()->undo();
    QCOMPARE(state(*m_corpus), before);
}

void TestCodebookActions::testMoveIntoOwnSubtreeRefused()
{
    QVERIFY(!m_corpus->moveTag(Sources, Eyewitness));
    QVERIFY(!m_corpus->moveTag(Sources, Sources));
    QVERIFY(!m_corpus->codebook()->moveTag(Sources, OfficialSource));
    QCOMPARE(m_corpus->undoStack()->count(), 0);
    QCOMPARE(m_corpus->codebook()->tag(Sources).parentId, QString());
}

void TestCodebookActions::testDropMimeDataRequestsMove()
{
    CodebookModel *model = m_corpus->codebook();
    // The window connects this signal to Corpus::moveTag; do the same here.
    connect(model, &CodebookModel::moveRequested, m_corpus.get(),
        [this](const QString &id, const QString &parent, int row) { m_corpus->moveTag(id, parent, row); });
    std::unique_ptr<QMimeData> data(model->mimeData({ model->indexOf(Casualties) }));
    QVERIFY(data);
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model->indexOf(Sources)));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->indexOf(Sources)));
    QCOMPARE(model->tag(Casualties).parentId, Sources);
    QCOMPARE(m_corpus->undoStack()->count(), 1);

    // Dropping a parent onto its own child is refused.
    std::unique_ptr<QMimeData> parentData(model->mimeData({ model->indexOf(Sources) }));
    QVERIFY(!model->canDropMimeData(parentData.get(), Qt::MoveAction, -1, -1, model->indexOf(Eyewitness)));
    QVERIFY(!model->dropMimeData(parentData.get(), Qt::MoveAction, -1, -1, model->indexOf(Eyewitness)));
    QCOMPARE(m_corpus->undoStack()->count(), 1);
}

void TestCodebookActions::testMergeTagsRecodesSpansAndMovesChildren()
{
    CodebookModel *model = m_corpus->codebook();
    const QByteArray before = state(*m_corpus);
    const int fromSpans = spansWithTag(*m_corpus, Sources);
    const int intoSpans = spansWithTag(*m_corpus, Official);
    QVERIFY(fromSpans + intoSpans > 0);
    const int tags = model->tagCount();

    QVERIFY(m_corpus->mergeTags(Sources, Official));
    QCOMPARE(m_corpus->undoStack()->count(), 1);
    QVERIFY(!model->contains(Sources));
    QCOMPARE(model->tagCount(), tags - 1);
    QCOMPARE(spansWithTag(*m_corpus, Sources), 0);
    QCOMPARE(spansWithTag(*m_corpus, Official), fromSpans + intoSpans);
    // Children keep their order under the survivor.
    QCOMPARE(childIds(*model, Official), (QStringList { OfficialSource, Eyewitness }));

    m_corpus->undoStack()->undo();
    QCOMPARE(state(*m_corpus), before);
    m_corpus->undoStack()->redo();
    QCOMPARE(childIds(*model, Official), (QStringList { OfficialSource, Eyewitness }));
}

void TestCodebookActions::testMergeIntoOwnChildRefused()
{
    QVERIFY(!m_corpus->mergeTags(Sources, Eyewitness));
    QVERIFY(!m_corpus->mergeTags(Sources, Sources));
    QCOMPARE(m_corpus->undoStack()->count(), 0);
}

void TestCodebookActions::testRemoveTagPolicies_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("recodedTo"); // empty: the spans are gone
    QTest::addRow("delete spans") << int(Corpus::SpanPolicy::DeleteSpans) << QString() << QString();
    QTest::addRow("move to parent") << int(Corpus::SpanPolicy::MoveToParent) << QString() << Sources;
    QTest::addRow("move to another tag") << int(Corpus::SpanPolicy::MoveToTag) << Casualties << Casualties;
}

void TestCodebookActions::testRemoveTagPolicies()
{
    QFETCH(int, policy);
    QFETCH(QString, target);
    QFETCH(QString, recodedTo);
    const QByteArray before = state(*m_corpus);
    const int doomed = spansWithTag(*m_corpus, Eyewitness);
    QVERIFY(doomed > 0);
    const int targetBefore = recodedTo.isEmpty() ? 0 : spansWithTag(*m_corpus, recodedTo);
    const int total = m_corpus->documents()->spanCount();

    QVERIFY(m_corpus->removeTag(Eyewitness, Corpus::SpanPolicy(policy), target));
    QVERIFY(!m_corpus->codebook()->contains(Eyewitness));
    QCOMPARE(spansWithTag(*m_corpus, Eyewitness), 0);
    if (recodedTo.isEmpty()) {
        QCOMPARE(m_corpus->documents()->spanCount(), total - doomed);
    } else {
        QCOMPARE(m_corpus->documents()->spanCount(), total);
        QCOMPARE(spansWithTag(*m_corpus, recodedTo), targetBefore + doomed);
    }
    QCOMPARE(m_corpus->undoStack()->count(), 1);
    m_corpus->undoStack()->undo();
    QCOMPARE(state(*m_corpus), before);
}

void TestCodebookActions::testRemoveTopLevelTagToParentRefused()
{
    QVERIFY(!m_corpus->removeTag(Casualties, Corpus::SpanPolicy::MoveToParent));
    // Moving spans into the deleted sub-tree makes no sense either.
    QVERIFY(!m_corpus->removeTag(Sources, Corpus::SpanPolicy::MoveToTag, Eyewitness));
    QVERIFY(!m_corpus->removeTag(Sources, Corpus::SpanPolicy::MoveToTag, QStringLiteral("no-such-tag")));
    QCOMPARE(m_corpus->undoStack()->count(), 0);
    QVERIFY(m_corpus->codebook()->contains(Casualties));
}

void TestCodebookActions::testAddSpansSkipsDuplicatesAsOneStep()
{
    const QString path = m_corpus->documents()->document(0).path;
    const int spans = m_corpus->documents()->spans(0).size();
    QHash<QString, int> perPath;
    const int added = m_corpus->addSpans({ { path, 0, 5, Casualties, {} }, { path, 0, 5, Casualties, {} }, // repeated
                                             { path, 0, 5, Official, {} }, // other tag: fine
                                             { path, 5, 5, Official, {} }, // empty: refused
                                             { QStringLiteral("missing.txt"), 0, 1, Official, {} } },
        QStringLiteral("batch"), &perPath);
    QCOMPARE(added, 2);
    QCOMPARE(perPath.value(path), 2);
    QCOMPARE(perPath.size(), 1);
    QCOMPARE(m_corpus->documents()->spans(0).size(), spans + 2);
    QCOMPARE(m_corpus->undoStack()->count(), 1);
    QCOMPARE(m_corpus->undoStack()->undoText(), QStringLiteral("batch"));
    // Again: everything is already there.
    QCOMPARE(m_corpus->addSpans({ { path, 0, 5, Casualties, {} } }, QStringLiteral("again")), 0);
    QCOMPARE(m_corpus->undoStack()->count(), 1);
    m_corpus->undoStack()->undo();
    QCOMPARE(m_corpus->documents()->spans(0).size(), spans);
}

QTEST_GUILESS_MAIN(TestCodebookActions)
#include "tst_codebookactions.moc"
