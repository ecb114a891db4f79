// TagSpanCounter and CodebookModel's count columns: spans per tag in the
// current document and in the corpus, updated on every change (add, remove,
// re-code, merge, undo, switching documents) with dataChanged on the count
// columns only, under QAbstractItemModelTester.

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/tagspancounter.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString Sources = QStringLiteral("6d20a9bd-e92e-5568-8a91-671af419d3af");
const QString Official = QStringLiteral("a4a2b19b-e302-5458-904a-fc2f70f46bec");
const QString Eyewitness = QStringLiteral("b3732b01-6934-5297-9f8a-3ea27d8d531f");

int count(const CorpusModel &model, const QString &tagId, const QString &path = {})
{
    int n = 0;
    for (int d = 0; d < model.documentCount(); ++d) {
        if (!path.isEmpty() && model.document(d).path != path)
            continue;
        for (const Span &s : model.spans(d))
            n += s.tagId == tagId ? 1 : 0;
    }
    return n;
}

int shown(const CodebookModel &codebook, const QString &tagId, int column)
{
    return codebook.indexOf(tagId).siblingAtColumn(column).data().toInt();
}
} // namespace

class TestTagSpanCounter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testCountsFollowEveryChange();
};

void TestTagSpanCounter::testCountsFollowEveryChange()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path() + QStringLiteral("/c")));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path() + QStringLiteral("/c")), Corpus::OpenStatus::Ok);
    CodebookModel *codebook = corpus.codebook();
    CorpusModel *model = corpus.documents();
    QAbstractItemModelTester tester(codebook, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TagSpanCounter counter(model, codebook);

    const auto check = [&](const QString &tagId, const QString &path) {
        QCOMPARE(shown(*codebook, tagId, CodebookModel::CorpusCountColumn), count(*model, tagId));
        QCOMPARE(codebook->corpusSpanCount(tagId), count(*model, tagId));
        QCOMPARE(shown(*codebook, tagId, CodebookModel::DocumentCountColumn),
            path.isEmpty() ? 0 : count(*model, tagId, path));
    };
    // Opened: corpus counts, nothing for "here" until a document is current.
    QVERIFY(count(*model, Official) > 0);
    for (const Tag &t : codebook->tags())
        check(t.id, {});

    int doc = 0;
    while (count(*model, Official, model->document(doc).path) == 0)
        ++doc;
    const QString path = model->document(doc).path;
    QSignalSpy changed(codebook, &QAbstractItemModel::dataChanged);
    counter.setCurrentDocument(path);
    QVERIFY(!changed.isEmpty());
    for (const Tag &t : codebook->tags())
        check(t.id, path);

    // Adding a span: one dataChanged for that tag's count columns, nothing else.
    changed.clear();
    const int before = count(*model, Sources);
    const QString id = corpus.addSpan(path, 0, 4, Sources);
    QVERIFY(!id.isEmpty());
    QCOMPARE(changed.size(), 1);
    const QModelIndex from = changed.first().at(0).value<QModelIndex>();
    const QModelIndex to = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(from, codebook->indexOf(Sources).siblingAtColumn(CodebookModel::DocumentCountColumn));
    QCOMPARE(to, codebook->indexOf(Sources).siblingAtColumn(CodebookModel::CorpusCountColumn));
    QCOMPARE(shown(*codebook, Sources, CodebookModel::CorpusCountColumn), before + 1);
    check(Sources, path);

    // Re-coding moves one from a tag to another.
    QVERIFY(corpus.setSpanTag(path, id, Eyewitness));
    check(Sources, path);
    check(Eyewitness, path);
    QCOMPARE(shown(*codebook, Sources, CodebookModel::CorpusCountColumn), before);

    // Removing, and the undo chain back to the start.
    QVERIFY(corpus.removeSpan(path, id));
    check(Eyewitness, path);
    corpus.undoStack()->undo();
    check(Eyewitness, path);
    corpus.undoStack()->undo();
    corpus.undoStack()->undo();
    check(Sources, path);
    check(Eyewitness, path);
    QCOMPARE(shown(*codebook, Sources, CodebookModel::CorpusCountColumn), before);

    // A merge moves the counts to the survivor; undo brings them back.
    const int eye = count(*model, Eyewitness);
    const int off = count(*model, Official);
    QVERIFY(eye > 0);
    QVERIFY(corpus.mergeTags(Eyewitness, Official));
    QCOMPARE(shown(*codebook, Official, CodebookModel::CorpusCountColumn), eye + off);
    check(Official, path);
    corpus.undoStack()->undo();
    check(Official, path);
    check(Eyewitness, path);
    QCOMPARE(shown(*codebook, Eyewitness, CodebookModel::CorpusCountColumn), eye);

    // Switching documents changes only the "here" column.
    const QString other = model->document(doc == 0 ? 1 : 0).path;
    counter.setCurrentDocument(other);
    for (const Tag &t : codebook->tags())
        check(t.id, other);

    // Setting equal counts again emits nothing.
    changed.clear();
    codebook->setSpanCounts(Official, codebook->documentSpanCount(Official), codebook->corpusSpanCount(Official));
    QCOMPARE(changed.size(), 0);
}

QTEST_GUILESS_MAIN(TestTagSpanCounter)
#include "tst_tagspancounter.moc"
