// The coded-segments browser's models: SpanListProxy (every span of the
// corpus as one flat list over CorpusModel) and CodedSegmentsProxy (by tag,
// with or without sub-tags, and by text; sorted), both under
// QAbstractItemModelTester while spans are added, moved, re-coded and removed.

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/codedsegmentsproxy.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/spanlistproxy.h"
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

/// (path, span id) of every row, in row order.
QStringList rows(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        out.append(
            i.data(CorpusModel::PathRole).toString() + QLatin1Char('#') + i.data(CorpusModel::SpanIdRole).toString());
    }
    return out;
}

/// The same, read from the corpus model document by document.
QStringList expected(const CorpusModel &model, const std::function<bool(const Span &)> &accept = {})
{
    QStringList out;
    for (int d = 0; d < model.documentCount(); ++d) {
        for (const Span &s : model.spans(d)) {
            if (!accept || accept(s))
                out.append(model.document(d).path + QLatin1Char('#') + s.id);
        }
    }
    return out;
}
} // namespace

class TestCodedSegments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void testFlatListFollowsTheCorpus();
    void testColumns();
    void testFilterByTagWithAndWithoutSubTags();
    void testFilterByTextAndSort();
    void testDocumentRemovedResetsTheList();

private:
    QTemporaryDir *m_dir = nullptr;
    Corpus *m_corpus = nullptr;
};

void TestCodedSegments::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(TestUtil::copyTree(kSample, m_dir->path() + QStringLiteral("/c")));
    m_corpus = new Corpus;
    QCOMPARE(m_corpus->open(m_dir->path() + QStringLiteral("/c")), Corpus::OpenStatus::Ok);
    QVERIFY(m_corpus->documents()->spanCount() > 5);
}

void TestCodedSegments::cleanup()
{
    delete m_corpus;
    delete m_dir;
}

void TestCodedSegments::testFlatListFollowsTheCorpus()
{
    CorpusModel *model = m_corpus->documents();
    SpanListProxy flat;
    flat.setSourceModel(model);
    QAbstractItemModelTester tester(&flat, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(flat.rowCount(), model->spanCount());
    QCOMPARE(rows(flat), expected(*model));

    // Every row maps to its span and back.
    for (int r = 0; r < flat.rowCount(); ++r) {
        const QModelIndex source = flat.mapToSource(flat.index(r, SpanListProxy::QuoteColumn));
        QVERIFY(source.parent().isValid());
        QCOMPARE(flat.mapFromSource(source), flat.index(r, SpanListProxy::QuoteColumn));
    }

    // Insert: one row at the span's place, announced as an insertion.
    const QString path = model->document(1).path;
    QSignalSpy inserted(&flat, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&flat, &QAbstractItemModel::modelReset);
    const QString id = m_corpus->addSpan(path, 0, 5, Sources, QStringLiteral("first words"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(rows(flat), expected(*model));
    const int row = int(rows(flat).indexOf(path + QLatin1Char('#') + id));
    QCOMPARE(inserted.first().at(1).toInt(), row);

    // The document's span count changed with it, which no span row shows:
    // nothing else of the list changed (a sorting proxy would re-sort them all).
    QSignalSpy changedByRemoval(&flat, &QAbstractItemModel::dataChanged);
    QVERIFY(m_corpus->removeSpan(path, id));
    m_corpus->undoStack()->undo();
    QCOMPARE(changedByRemoval.size(), 0);
    // A document's title does show on each of its spans, in the document columns.
    QSignalSpy retitled(&flat, &QAbstractItemModel::dataChanged);
    MetadataOverrides title;
    title.title = QStringLiteral("Another title");
    QVERIFY(m_corpus->documents()->setMetadataOverrides(path, title));
    QCOMPARE(retitled.size(), 1);
    const int doc = 1;
    int firstOfDoc = 0;
    for (int d = 0; d < doc; ++d)
        firstOfDoc += int(model->spans(d).size());
    QCOMPARE(retitled.first().at(0).value<QModelIndex>(), flat.index(firstOfDoc, SpanListProxy::DocumentColumn));
    QCOMPARE(retitled.first().at(1).value<QModelIndex>(),
        flat.index(firstOfDoc + int(model->spans(doc).size()) - 1, SpanListProxy::OutletColumn));
    QCOMPARE(flat.index(row, SpanListProxy::DocumentColumn).data().toString(), QStringLiteral("Another title"));

    // A changed note reaches the flat row.
    QSignalSpy changed(&flat, &QAbstractItemModel::dataChanged);
    QVERIFY(m_corpus->setSpanNote(path, id, QStringLiteral("changed")));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), row);
    QCOMPARE(flat.index(row, SpanListProxy::NoteColumn).data().toString(), QStringLiteral("changed"));

    // A span whose order changes moves its row (CorpusModel::updateSpan).
    Span moved = model->span(path, id);
    moved.start = model->document(1).textLength() - 3;
    moved.end = model->document(1).textLength();
    QSignalSpy movedSpy(&flat, &QAbstractItemModel::rowsMoved);
    QVERIFY(model->updateSpan(path, moved));
    QCOMPARE(rows(flat), expected(*model));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(movedSpy.size(), 1);

    // Remove and undo.
    QSignalSpy removed(&flat, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_corpus->removeSpan(path, id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(rows(flat), expected(*model));
    m_corpus->undoStack()->undo();
    QCOMPARE(rows(flat), expected(*model));
}

void TestCodedSegments::testColumns()
{
    CorpusModel *model = m_corpus->documents();
    SpanListProxy flat;
    flat.setSourceModel(model);
    int doc = 0;
    while (model->spans(doc).isEmpty())
        ++doc;
    const Span &s = model->spans(doc).first();
    const int row = int(rows(flat).indexOf(model->document(doc).path + QLatin1Char('#') + s.id));
    QVERIFY(row >= 0);
    QCOMPARE(flat.index(row, SpanListProxy::DocumentColumn).data().toString(), model->document(doc).meta.title);
    QCOMPARE(flat.index(row, SpanListProxy::OutletColumn).data().toString(), model->document(doc).meta.outlet);
    QCOMPARE(flat.index(row, SpanListProxy::QuoteColumn).data().toString(), s.quote.simplified());
    QCOMPARE(flat.index(row, SpanListProxy::TagColumn).data().toString(), m_corpus->codebook()->tagPath(s.tagId));
    QCOMPARE(flat.index(row, SpanListProxy::NoteColumn).data(CorpusModel::NoteRole).toString(), s.note);
    QCOMPARE(flat.index(row, SpanListProxy::DocumentColumn).data(CorpusModel::StartRole).toInt(), s.start);
}

void TestCodedSegments::testFilterByTagWithAndWithoutSubTags()
{
    CorpusModel *model = m_corpus->documents();
    CodebookModel *codebook = m_corpus->codebook();
    SpanListProxy flat;
    flat.setSourceModel(model);
    CodedSegmentsProxy proxy;
    proxy.setCodebook(codebook);
    proxy.setSourceModel(&flat);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(proxy.rowCount(), model->spanCount()); // no tag: everything

    const QStringList subTags = codebook->descendants(Sources);
    QVERIFY(!subTags.isEmpty());
    proxy.setTagId(Sources, true);
    const QStringList withSub
        = expected(*model, [&](const Span &s) { return s.tagId == Sources || subTags.contains(s.tagId); });
    const QStringList alone = expected(*model, [&](const Span &s) { return s.tagId == Sources; });
    QVERIFY(withSub.size() > alone.size());
    QCOMPARE(rows(proxy), withSub);
    proxy.setTagId(Sources, false);
    QCOMPARE(rows(proxy), alone);

    // Live: re-coding a span with the tag brings it in, undo takes it out.
    proxy.setTagId(Sources, true);
    QString path, spanId;
    for (int d = 0; d < model->documentCount() && spanId.isEmpty(); ++d) {
        for (const Span &s : model->spans(d)) {
            if (s.tagId != Sources && !subTags.contains(s.tagId)) {
                path = model->document(d).path;
                spanId = s.id;
                break;
            }
        }
    }
    QVERIFY(!spanId.isEmpty());
    QVERIFY(m_corpus->setSpanTag(path, spanId, Sources));
    QCOMPARE(proxy.rowCount(), withSub.size() + 1);
    m_corpus->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), withSub.size());

    // A tag moved under the chosen one joins it with its spans.
    QString other;
    for (const Tag &t : codebook->tags()) {
        if (t.id != Sources && !subTags.contains(t.id) && t.parentId.isEmpty()
            && !expected(*model, [&](const Span &s) { return s.tagId == t.id; }).isEmpty()) {
            other = t.id;
            break;
        }
    }
    QVERIFY(!other.isEmpty());
    const int otherSpans = int(expected(*model, [&](const Span &s) {
        const QStringList d = codebook->descendants(other) + QStringList { other };
        return d.contains(s.tagId);
    }).size());
    QVERIFY(m_corpus->moveTag(other, Sources));
    QCOMPARE(proxy.rowCount(), withSub.size() + otherSpans);
    m_corpus->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), withSub.size());
}

void TestCodedSegments::testFilterByTextAndSort()
{
    CorpusModel *model = m_corpus->documents();
    SpanListProxy flat;
    flat.setSourceModel(model);
    CodedSegmentsProxy proxy;
    proxy.setCodebook(m_corpus->codebook());
    proxy.setSourceModel(&flat);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // A note only this span has, found ignoring case.
    const QString path = model->document(0).path;
    const QString id = m_corpus->addSpan(path, 0, 3, Sources, QStringLiteral("Zebra-crossing remark"));
    QVERIFY(!id.isEmpty());
    proxy.setText(QStringLiteral("ZEBRA-CROSSING"));
    QCOMPARE(rows(proxy), QStringList { path + QLatin1Char('#') + id });
    proxy.setText({});
    QCOMPARE(proxy.rowCount(), model->spanCount());

    // Sorted by quote: the rows come in the quotes' case-insensitive order.
    proxy.sort(SpanListProxy::QuoteColumn, Qt::AscendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const QString a = proxy.index(r - 1, SpanListProxy::QuoteColumn).data().toString();
        const QString b = proxy.index(r, SpanListProxy::QuoteColumn).data().toString();
        QVERIFY2(a.compare(b, Qt::CaseInsensitive) <= 0, qPrintable(a + QStringLiteral(" > ") + b));
    }
    // Still sorted after a change (dynamic sort): a new span lands in its place.
    QVERIFY(!m_corpus->addSpan(path, 0, 1, Sources).isEmpty());
    QCOMPARE(proxy.rowCount(), model->spanCount());
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const QString a = proxy.index(r - 1, SpanListProxy::QuoteColumn).data().toString();
        const QString b = proxy.index(r, SpanListProxy::QuoteColumn).data().toString();
        QVERIFY2(a.compare(b, Qt::CaseInsensitive) <= 0, qPrintable(a + QStringLiteral(" > ") + b));
    }
}

void TestCodedSegments::testDocumentRemovedResetsTheList()
{
    CorpusModel *model = m_corpus->documents();
    SpanListProxy flat;
    flat.setSourceModel(model);
    QAbstractItemModelTester tester(&flat, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int doc = 0;
    while (model->spans(doc).isEmpty())
        ++doc;
    const Document gone = model->document(doc);
    const QVector<Span> spans = model->spans(doc);
    QVERIFY(model->removeDocument(gone.path));
    QCOMPARE(flat.rowCount(), model->spanCount());
    QCOMPARE(rows(flat), expected(*model));
    QVERIFY(model->insertDocument(gone, spans));
    QCOMPARE(rows(flat), expected(*model));
    QCOMPARE(flat.rowCount(), model->spanCount());
}

QTEST_GUILESS_MAIN(TestCodedSegments)
#include "tst_codedsegments.moc"
