// CorpusModel: documents as top-level rows, their spans as sorted child rows.
// Every model here has a QAbstractItemModelTester (Fatal) attached before its
// first mutation; the signals are checked one by one with QSignalSpy.

#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Marginalia;

namespace {

const QString kText = QStringLiteral("Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.");
const QString kTagRed = QStringLiteral("tag-red");
const QString kTagBlue = QStringLiteral("tag-blue");

Document makeDocument(const QString &path, const QString &text = kText)
{
    Document d;
    d.path = path;
    d.format = QStringLiteral("txt");
    d.meta.title = QStringLiteral("Title of ") + path;
    d.meta.outlet = QStringLiteral("Outlet");
    d.meta.date = QDate(2026, 3, 4);
    d.setText(text);
    d.wordCount = int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    return d;
}

Span makeSpan(const QString &id, int start, int end, const QString &tagId = kTagRed, const QString &text = kText)
{
    Span s;
    s.id = id;
    s.tagId = tagId;
    s.start = start;
    s.end = end;
    s.quote = text.mid(start, end - start);
    s.author = QStringLiteral("Tester");
    return s;
}

Tag makeTag(const QString &id, const QString &name, const QColor &color)
{
    Tag t;
    t.id = id;
    t.name = name;
    t.color = color;
    return t;
}

QStringList docPaths(const CorpusModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(CorpusModel::PathRole).toString());
    return out;
}

QStringList spanIds(const CorpusModel &model, const QString &path)
{
    QStringList out;
    const QModelIndex doc = model.documentIndex(path);
    for (int row = 0; row < model.rowCount(doc); ++row)
        out.append(model.index(row, 0, doc).data(CorpusModel::SpanIdRole).toString());
    return out;
}

} // namespace

class TestCorpusModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testSetDocumentsResets();
    void testInsertDocument_data();
    void testInsertDocument();
    void testInsertDocumentRefused_data();
    void testInsertDocumentRefused();
    void testRemoveDocument_data();
    void testRemoveDocument();
    void testInsertSpan_data();
    void testInsertSpan();
    void testInsertSpanRefused_data();
    void testInsertSpanRefused();
    void testRemoveSpan();
    void testUpdateSpanKeepsOrder_data();
    void testUpdateSpanKeepsOrder();
    void testUpdateSpanMovesRow_data();
    void testUpdateSpanMovesRow();
    void testUpdateSpanRefused_data();
    void testUpdateSpanRefused();
    void testPersistentSpanIndexSurvivesDocumentChanges();
    void testDocumentRoles();
    void testSpanRoles_data();
    void testSpanRoles();
    void testCodebookColorChangeRepaintsSpans();

private:
    // Two documents, b.txt (spans s1..s4) and d.txt (span t1).
    void populate();

    CorpusModel *m_model = nullptr;
    CodebookModel *m_codebook = nullptr;
};

void TestCorpusModel::init()
{
    m_codebook = new CodebookModel(this);
    m_model = new CorpusModel(this);
    new QAbstractItemModelTester(m_codebook, QAbstractItemModelTester::FailureReportingMode::Fatal, m_codebook);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, m_model);
    m_codebook->setTags({ makeTag(kTagRed, QStringLiteral("Red"), QColor(0xf1, 0x94, 0x8a)),
        makeTag(kTagBlue, QStringLiteral("Blue"), QColor(0x85, 0xc1, 0xe9)) });
    m_model->setCodebook(m_codebook);
}

void TestCorpusModel::cleanup()
{
    delete m_model;
    delete m_codebook;
    m_model = nullptr;
    m_codebook = nullptr;
}

void TestCorpusModel::populate()
{
    QHash<QString, QVector<Span>> spans;
    // Given out of order on purpose: the model sorts by start, end, id.
    spans.insert(QStringLiteral("b.txt"),
        { makeSpan(QStringLiteral("s3"), 10, 15), makeSpan(QStringLiteral("s1"), 0, 3),
            makeSpan(QStringLiteral("s4"), 16, 19, kTagBlue), makeSpan(QStringLiteral("s2"), 4, 9) });
    spans.insert(QStringLiteral("d.txt"), { makeSpan(QStringLiteral("t1"), 6, 10, kTagBlue) });
    m_model->setDocuments({ makeDocument(QStringLiteral("d.txt")), makeDocument(QStringLiteral("b.txt")) }, spans);
}

void TestCorpusModel::testSetDocumentsResets()
{
    QSignalSpy aboutToReset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    QHash<QString, QVector<Span>> spans;
    spans.insert(QStringLiteral("b.txt"), { makeSpan(QStringLiteral("y"), 5, 9), makeSpan(QStringLiteral("x"), 0, 4) });
    // A duplicate path is kept once.
    m_model->setDocuments({ makeDocument(QStringLiteral("c.txt")), makeDocument(QStringLiteral("b.txt")),
                              makeDocument(QStringLiteral("a.txt")), makeDocument(QStringLiteral("b.txt")) },
        spans);

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(
        docPaths(*m_model), QStringList({ QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("c.txt") }));
    QCOMPARE(m_model->documentCount(), 3);
    QCOMPARE(m_model->spanCount(), 2);
    QCOMPARE(spanIds(*m_model, QStringLiteral("b.txt")), QStringList({ QStringLiteral("x"), QStringLiteral("y") }));
    QCOMPARE(m_model->rowOfPath(QStringLiteral("c.txt")), 2);

    m_model->setDocuments({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->spanCount(), 0);
}

void TestCorpusModel::testInsertDocument_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("row");

    QTest::addRow("front") << QStringLiteral("a.txt") << 0;
    QTest::addRow("middle") << QStringLiteral("c.txt") << 1;
    QTest::addRow("end") << QStringLiteral("e.txt") << 2;
    QTest::addRow("subfolder sorts by full path") << QStringLiteral("c/z.txt") << 1;
}

void TestCorpusModel::testInsertDocument()
{
    QFETCH(QString, path);
    QFETCH(int, row);
    populate();
    const int spansBefore = m_model->spanCount();

    QSignalSpy aboutToInsert(m_model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    QVERIFY(m_model->insertDocument(
        makeDocument(path), { makeSpan(QStringLiteral("n2"), 8, 12), makeSpan(QStringLiteral("n1"), 0, 5) }));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(aboutToInsert.count(), 1);
    QCOMPARE(inserted.count(), 1);
    const QList<QVariant> args = inserted.takeFirst();
    QCOMPARE(args.at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(args.at(1).toInt(), row);
    QCOMPARE(args.at(2).toInt(), row);

    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOfPath(path), row);
    QCOMPARE(m_model->index(row, 0).data(CorpusModel::PathRole).toString(), path);
    QCOMPARE(m_model->spanCount(), spansBefore + 2);
    QCOMPARE(spanIds(*m_model, path), QStringList({ QStringLiteral("n1"), QStringLiteral("n2") }));
    // Every other document's row number follows.
    const QStringList paths = docPaths(*m_model);
    for (int r = 0; r < paths.size(); ++r)
        QCOMPARE(m_model->rowOfPath(paths.at(r)), r);
    QVERIFY(std::is_sorted(paths.cbegin(), paths.cend()));
}

void TestCorpusModel::testInsertDocumentRefused_data()
{
    QTest::addColumn<QString>("path");

    QTest::addRow("duplicate path") << QStringLiteral("b.txt");
    QTest::addRow("empty path") << QString();
}

void TestCorpusModel::testInsertDocumentRefused()
{
    QFETCH(QString, path);
    populate();
    QSignalSpy aboutToInsert(m_model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    QVERIFY(!m_model->insertDocument(makeDocument(path, QStringLiteral("other"))));

    QCOMPARE(aboutToInsert.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->spanCount(), 5);
    QCOMPARE(m_model->document(0).text(), kText);
}

void TestCorpusModel::testRemoveDocument_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("spansRemoved");

    QTest::addRow("first") << QStringLiteral("a.txt") << 0 << 0;
    QTest::addRow("middle") << QStringLiteral("b.txt") << 1 << 4;
    QTest::addRow("last") << QStringLiteral("d.txt") << 2 << 1;
}

void TestCorpusModel::testRemoveDocument()
{
    QFETCH(QString, path);
    QFETCH(int, row);
    QFETCH(int, spansRemoved);
    populate();
    QVERIFY(m_model->insertDocument(makeDocument(QStringLiteral("a.txt"))));
    QCOMPARE(m_model->spanCount(), 5);

    QSignalSpy aboutToRemove(m_model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(m_model->removeDocument(path));

    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    const QList<QVariant> args = removed.takeFirst();
    QCOMPARE(args.at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(args.at(1).toInt(), row);
    QCOMPARE(args.at(2).toInt(), row);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOfPath(path), -1);
    QCOMPARE(m_model->spanCount(), 5 - spansRemoved);
    const QStringList paths = docPaths(*m_model);
    QVERIFY(!paths.contains(path));
    for (int r = 0; r < paths.size(); ++r)
        QCOMPARE(m_model->rowOfPath(paths.at(r)), r);

    // Removing it again is refused without a signal.
    QVERIFY(!m_model->removeDocument(path));
    QCOMPARE(removed.count(), 0);
}

void TestCorpusModel::testInsertSpan_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("row");

    // Existing rows of b.txt: s1 [0,3) s2 [4,9) s3 [10,15) s4 [16,19).
    QTest::addRow("before all") << QStringLiteral("n") << 0 << 2 << 0;
    QTest::addRow("same start, longer") << QStringLiteral("n") << 4 << 12 << 2;
    QTest::addRow("same start, shorter") << QStringLiteral("n") << 4 << 6 << 1;
    QTest::addRow("same range, id before") << QStringLiteral("s0") << 10 << 15 << 2;
    QTest::addRow("same range, id after") << QStringLiteral("s9") << 10 << 15 << 3;
    QTest::addRow("between") << QStringLiteral("n") << 15 << 16 << 3;
    QTest::addRow("at end of text") << QStringLiteral("n") << int(kText.size() - 3) << int(kText.size()) << 4;
    QTest::addRow("empty range") << QStringLiteral("n") << 20 << 20 << 4;
}

void TestCorpusModel::testInsertSpan()
{
    QFETCH(QString, id);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, row);
    populate();
    const QString path = QStringLiteral("b.txt");
    const QModelIndex doc = m_model->documentIndex(path);

    QSignalSpy aboutToInsert(m_model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy range(m_model, &CorpusModel::spanRangeChanged);

    QVERIFY(m_model->insertSpan(path, makeSpan(id, start, end)));

    QCOMPARE(aboutToInsert.count(), 1);
    QCOMPARE(inserted.count(), 1);
    const QList<QVariant> args = inserted.takeFirst();
    QCOMPARE(args.at(0).value<QModelIndex>(), doc);
    QCOMPARE(args.at(1).toInt(), row);
    QCOMPARE(args.at(2).toInt(), row);

    // The document's annotation count changed.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), doc.siblingAtColumn(CorpusModel::AnnotationsColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), doc.siblingAtColumn(CorpusModel::AnnotationsColumn));
    QCOMPARE(doc.siblingAtColumn(CorpusModel::AnnotationsColumn).data().toInt(), 5);
    QCOMPARE(doc.data(CorpusModel::SpanCountRole).toInt(), 5);

    QCOMPARE(range.count(), 1);
    QCOMPARE(range.at(0), QList<QVariant>({ path, start, end }));

    QCOMPARE(m_model->spanCount(), 6);
    const QModelIndex idx = m_model->index(row, 0, doc);
    QCOMPARE(idx.data(CorpusModel::SpanIdRole).toString(), id);
    QCOMPARE(idx.data(CorpusModel::QuoteRole).toString(), kText.mid(start, end - start));
    QCOMPARE(m_model->spanIndex(path, id), idx);
    const QVector<Span> &spans = m_model->spans(m_model->rowOfPath(path));
    QVERIFY(std::is_sorted(spans.cbegin(), spans.cend(), Span::lessThan));
}

void TestCorpusModel::testInsertSpanRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    const QString b = QStringLiteral("b.txt");
    QTest::addRow("unknown document") << QStringLiteral("nope.txt") << QStringLiteral("n") << 0 << 3;
    QTest::addRow("empty id") << b << QString() << 0 << 3;
    QTest::addRow("duplicate id") << b << QStringLiteral("s2") << 20 << 25;
    QTest::addRow("negative start") << b << QStringLiteral("n") << -1 << 3;
    QTest::addRow("end before start") << b << QStringLiteral("n") << 10 << 9;
    QTest::addRow("end past text") << b << QStringLiteral("n") << 10 << int(kText.size() + 1);
}

void TestCorpusModel::testInsertSpanRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, id);
    QFETCH(int, start);
    QFETCH(int, end);
    populate();

    QSignalSpy aboutToInsert(m_model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy range(m_model, &CorpusModel::spanRangeChanged);

    Span s = makeSpan(id, 0, 1);
    s.start = start;
    s.end = end;
    QVERIFY(!m_model->insertSpan(path, s));

    QCOMPARE(aboutToInsert.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(range.count(), 0);
    QCOMPARE(m_model->spanCount(), 5);
    QCOMPARE(spanIds(*m_model, QStringLiteral("b.txt")),
        QStringList({ QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4") }));
    // The duplicate did not replace the original.
    QCOMPARE(m_model->span(QStringLiteral("b.txt"), QStringLiteral("s2")).start, 4);
}

void TestCorpusModel::testRemoveSpan()
{
    populate();
    const QString path = QStringLiteral("b.txt");
    const QModelIndex doc = m_model->documentIndex(path);
    const QPersistentModelIndex after(m_model->spanIndex(path, QStringLiteral("s3")));

    QSignalSpy aboutToRemove(m_model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy range(m_model, &CorpusModel::spanRangeChanged);

    QVERIFY(m_model->removeSpan(path, QStringLiteral("s2")));

    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), doc);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), doc.siblingAtColumn(CorpusModel::AnnotationsColumn));
    QCOMPARE(range.count(), 1);
    QCOMPARE(range.at(0), QList<QVariant>({ path, 4, 9 }));
    QCOMPARE(m_model->spanCount(), 4);
    QCOMPARE(doc.data(CorpusModel::SpanCountRole).toInt(), 3);
    QCOMPARE(
        spanIds(*m_model, path), QStringList({ QStringLiteral("s1"), QStringLiteral("s3"), QStringLiteral("s4") }));
    QVERIFY(after.isValid());
    QCOMPARE(after.row(), 1);
    QCOMPARE(after.data(CorpusModel::SpanIdRole).toString(), QStringLiteral("s3"));

    QVERIFY(!m_model->removeSpan(path, QStringLiteral("s2")));
    QVERIFY(!m_model->removeSpan(QStringLiteral("nope.txt"), QStringLiteral("s1")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(range.count(), 1);
}

void TestCorpusModel::testUpdateSpanKeepsOrder_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("rangeFrom");
    QTest::addColumn<int>("rangeTo");

    QTest::addRow("note only") << QStringLiteral("s2") << 4 << 9 << QStringLiteral("a note") << 1 << 4 << 9;
    QTest::addRow("wider, still between neighbours") << QStringLiteral("s2") << 3 << 12 << QString() << 1 << 3 << 12;
    QTest::addRow("narrower") << QStringLiteral("s3") << 11 << 13 << QString() << 2 << 10 << 15;
    QTest::addRow("same range as previous, id after") << QStringLiteral("s2") << 0 << 3 << QString() << 1 << 0 << 9;
    QTest::addRow("last grows to end of text")
        << QStringLiteral("s4") << 16 << int(kText.size()) << QString() << 3 << 16 << int(kText.size());
}

void TestCorpusModel::testUpdateSpanKeepsOrder()
{
    QFETCH(QString, id);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, note);
    QFETCH(int, row);
    QFETCH(int, rangeFrom);
    QFETCH(int, rangeTo);
    populate();
    const QString path = QStringLiteral("b.txt");
    const QModelIndex doc = m_model->documentIndex(path);
    const QStringList before = spanIds(*m_model, path);

    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy range(m_model, &CorpusModel::spanRangeChanged);

    Span s = makeSpan(id, start, end, m_model->span(path, id).tagId);
    s.note = note;
    QVERIFY(m_model->updateSpan(path, s));

    QCOMPARE(moved.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(row, 0, doc));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->index(row, CorpusModel::ColumnCount - 1, doc));
    QCOMPARE(range.count(), 1);
    QCOMPARE(range.at(0), QList<QVariant>({ path, rangeFrom, rangeTo }));
    QCOMPARE(spanIds(*m_model, path), before);
    QCOMPARE(m_model->span(path, id), s);
    QCOMPARE(m_model->index(row, 0, doc).data(CorpusModel::NoteRole).toString(), note);

    // The same span again changes nothing and says nothing.
    QVERIFY(m_model->updateSpan(path, s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(range.count(), 1);
}

void TestCorpusModel::testUpdateSpanMovesRow_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("destination"); // beginMoveRows' pre-move destination
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("order");

    const auto ids = [](const char *a, const char *b, const char *c, const char *d) {
        return QStringList({ QLatin1String(a), QLatin1String(b), QLatin1String(c), QLatin1String(d) });
    };
    QTest::addRow("down one") << QStringLiteral("s1") << 5 << 9 << 0 << 2 << 1 << ids("s2", "s1", "s3", "s4");
    QTest::addRow("down to the end") << QStringLiteral("s1") << 20 << 25 << 0 << 4 << 3 << ids("s2", "s3", "s4", "s1");
    QTest::addRow("up to the front") << QStringLiteral("s4") << 0 << 2 << 3 << 0 << 0 << ids("s4", "s1", "s2", "s3");
    QTest::addRow("up one by end") << QStringLiteral("s3") << 4 << 8 << 2 << 1 << 1 << ids("s1", "s3", "s2", "s4");
    QTest::addRow("same range, id decides")
        << QStringLiteral("s1") << 10 << 15 << 0 << 2 << 1 << ids("s2", "s1", "s3", "s4");
}

void TestCorpusModel::testUpdateSpanMovesRow()
{
    QFETCH(QString, id);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, from);
    QFETCH(int, destination);
    QFETCH(int, to);
    QFETCH(QStringList, order);
    populate();
    const QString path = QStringLiteral("b.txt");
    const QModelIndex doc = m_model->documentIndex(path);
    const QPersistentModelIndex persistent(m_model->spanIndex(path, id));
    QCOMPARE(persistent.row(), from);
    const Span old = m_model->span(path, id);

    QSignalSpy aboutToMove(m_model, &QAbstractItemModel::rowsAboutToBeMoved);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy range(m_model, &CorpusModel::spanRangeChanged);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);

    QVERIFY(m_model->updateSpan(path, makeSpan(id, start, end, old.tagId)));

    QCOMPARE(aboutToMove.count(), 1);
    QCOMPARE(moved.count(), 1);
    for (const QSignalSpy *spy : { &aboutToMove, &moved }) {
        const QList<QVariant> args = spy->at(0);
        QCOMPARE(args.at(0).value<QModelIndex>(), doc);
        QCOMPARE(args.at(1).toInt(), from);
        QCOMPARE(args.at(2).toInt(), from);
        QCOMPARE(args.at(3).value<QModelIndex>(), doc);
        QCOMPARE(args.at(4).toInt(), destination);
    }
    QCOMPARE(layout.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(to, 0, doc));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->index(to, CorpusModel::ColumnCount - 1, doc));
    QCOMPARE(range.count(), 1);
    QCOMPARE(range.at(0), QList<QVariant>({ path, std::min(old.start, start), std::max(old.end, end) }));

    QCOMPARE(spanIds(*m_model, path), order);
    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.row(), to);
    QCOMPARE(persistent.data(CorpusModel::SpanIdRole).toString(), id);
    QCOMPARE(persistent.data(CorpusModel::StartRole).toInt(), start);
    QCOMPARE(m_model->spanIndex(path, id), QModelIndex(persistent));
}

void TestCorpusModel::testUpdateSpanRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    const QString b = QStringLiteral("b.txt");
    QTest::addRow("unknown document") << QStringLiteral("nope.txt") << QStringLiteral("s1") << 0 << 3;
    QTest::addRow("unknown id") << b << QStringLiteral("zz") << 0 << 3;
    QTest::addRow("span of another document") << b << QStringLiteral("t1") << 0 << 3;
    QTest::addRow("negative start") << b << QStringLiteral("s2") << -2 << 9;
    QTest::addRow("end before start") << b << QStringLiteral("s2") << 9 << 4;
    QTest::addRow("end past text") << b << QStringLiteral("s2") << 4 << int(kText.size() + 1);
}

void TestCorpusModel::testUpdateSpanRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, id);
    QFETCH(int, start);
    QFETCH(int, end);
    populate();
    const Span before = m_model->span(QStringLiteral("b.txt"), QStringLiteral("s2"));

    QSignalSpy aboutToMove(m_model, &QAbstractItemModel::rowsAboutToBeMoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy range(m_model, &CorpusModel::spanRangeChanged);

    Span s = makeSpan(id, 0, 1);
    s.start = start;
    s.end = end;
    QVERIFY(!m_model->updateSpan(path, s));

    QCOMPARE(aboutToMove.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(range.count(), 0);
    QCOMPARE(m_model->span(QStringLiteral("b.txt"), QStringLiteral("s2")), before);
    QCOMPARE(m_model->spanCount(), 5);
}

void TestCorpusModel::testPersistentSpanIndexSurvivesDocumentChanges()
{
    populate();
    const QString path = QStringLiteral("b.txt");
    QPersistentModelIndex span(m_model->spanIndex(path, QStringLiteral("s3"), CorpusModel::OutletColumn));
    QPersistentModelIndex doc(m_model->documentIndex(path));
    QVERIFY(span.isValid());
    QCOMPARE(span.parent().row(), 0);

    // QVERIFY in a lambda only leaves the lambda: callers stop on failure.
    const auto check = [&](int docRow) {
        QVERIFY(span.isValid());
        QVERIFY(doc.isValid());
        QCOMPARE(doc.row(), docRow);
        QCOMPARE(span.parent(), QModelIndex(doc));
        QCOMPARE(span.parent().row(), docRow);
        QCOMPARE(span.row(), 2);
        QCOMPARE(span.column(), int(CorpusModel::OutletColumn));
        QCOMPARE(span.data(CorpusModel::SpanIdRole).toString(), QStringLiteral("s3"));
        QCOMPARE(span.data(CorpusModel::PathRole).toString(), path);
        QCOMPARE(span.data(CorpusModel::QuoteRole).toString(), kText.mid(10, 5));
        QCOMPARE(QModelIndex(span), m_model->spanIndex(path, QStringLiteral("s3"), CorpusModel::OutletColumn));
        QCOMPARE(m_model->pathOf(span), path);
    };

    QVERIFY(m_model->insertDocument(makeDocument(QStringLiteral("a.txt"))));
    check(1);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_model->insertDocument(makeDocument(QStringLiteral("a2.txt"))));
    check(2);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_model->insertDocument(makeDocument(QStringLiteral("z.txt"))));
    check(2);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_model->removeDocument(QStringLiteral("a.txt")));
    check(1);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_model->removeDocument(QStringLiteral("d.txt")));
    check(1);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_model->removeDocument(QStringLiteral("a2.txt")));
    check(0);
    if (QTest::currentTestFailed())
        return;

    // A span inserted before it in its own document shifts its row.
    QVERIFY(m_model->insertSpan(path, makeSpan(QStringLiteral("s0"), 0, 1)));
    QCOMPARE(span.row(), 3);
    QCOMPARE(span.data(CorpusModel::SpanIdRole).toString(), QStringLiteral("s3"));

    // Removing the document invalidates both.
    QVERIFY(m_model->removeDocument(path));
    QVERIFY(!span.isValid());
    QVERIFY(!doc.isValid());
}

void TestCorpusModel::testDocumentRoles()
{
    populate();
    const QModelIndex doc = m_model->documentIndex(QStringLiteral("b.txt"));
    QVERIFY(doc.isValid());
    QCOMPARE(doc.data(CorpusModel::KindRole).toInt(), int(CorpusModel::DocumentItem));
    QCOMPARE(doc.data(CorpusModel::PathRole).toString(), QStringLiteral("b.txt"));
    QCOMPARE(doc.data(CorpusModel::TitleRole).toString(), QStringLiteral("Title of b.txt"));
    QCOMPARE(doc.data(CorpusModel::OutletRole).toString(), QStringLiteral("Outlet"));
    QCOMPARE(doc.data(CorpusModel::DateRole).toDate(), QDate(2026, 3, 4));
    QCOMPARE(doc.data(CorpusModel::TextRole).toString(), kText);
    QCOMPARE(doc.data(CorpusModel::SpanCountRole).toInt(), 4);
    QCOMPARE(doc.data(Qt::DisplayRole).toString(), QStringLiteral("Title of b.txt"));
    QCOMPARE(doc.siblingAtColumn(CorpusModel::AnnotationsColumn).data().toInt(), 4);
    QCOMPARE(doc.data(CorpusModel::SpanIdRole), QVariant());
    QCOMPARE(m_model->rowCount(m_model->index(0, 0, doc)), 0);
    QVERIFY(m_model->flags(m_model->index(0, 0, doc)).testFlag(Qt::ItemNeverHasChildren));
}

void TestCorpusModel::testSpanRoles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("tagName");
    QTest::addColumn<QColor>("color");

    QTest::addRow("red span") << QStringLiteral("b.txt") << QStringLiteral("s2") << 1 << QStringLiteral("Red")
                              << QColor(0xf1, 0x94, 0x8a);
    QTest::addRow("blue span") << QStringLiteral("b.txt") << QStringLiteral("s4") << 3 << QStringLiteral("Blue")
                               << QColor(0x85, 0xc1, 0xe9);
    QTest::addRow("other document") << QStringLiteral("d.txt") << QStringLiteral("t1") << 0 << QStringLiteral("Blue")
                                    << QColor(0x85, 0xc1, 0xe9);
}

void TestCorpusModel::testSpanRoles()
{
    QFETCH(QString, path);
    QFETCH(QString, id);
    QFETCH(int, row);
    QFETCH(QString, tagName);
    QFETCH(QColor, color);
    populate();

    const QModelIndex idx = m_model->index(row, 0, m_model->documentIndex(path));
    QVERIFY(idx.isValid());
    const Span s = m_model->span(path, id);
    QCOMPARE(idx.data(CorpusModel::KindRole).toInt(), int(CorpusModel::SpanItem));
    QCOMPARE(idx.data(CorpusModel::PathRole).toString(), path);
    QCOMPARE(idx.data(CorpusModel::SpanIdRole).toString(), id);
    QCOMPARE(idx.data(CorpusModel::QuoteRole).toString(), kText.mid(s.start, s.end - s.start));
    QCOMPARE(idx.data(CorpusModel::StartRole).toInt(), s.start);
    QCOMPARE(idx.data(CorpusModel::EndRole).toInt(), s.end);
    QCOMPARE(idx.data(CorpusModel::TagIdRole).toString(), s.tagId);
    QCOMPARE(idx.data(CorpusModel::TagNameRole).toString(), tagName);
    QCOMPARE(idx.data(CorpusModel::TagColorRole).value<QColor>(), color);
    QCOMPARE(idx.data(Qt::DecorationRole).value<QColor>(), color);
    QCOMPARE(idx.data(CorpusModel::AuthorRole).toString(), QStringLiteral("Tester"));
    // Quotes show on one line, trimmed.
    QCOMPARE(idx.data(Qt::DisplayRole).toString(), s.quote.simplified());
    QCOMPARE(idx.siblingAtColumn(CorpusModel::OutletColumn).data().toString(), tagName);
    QCOMPARE(idx.data(CorpusModel::TitleRole), QVariant());

    // Without a codebook the tag is shown by id and has no colour.
    m_model->setCodebook(nullptr);
    QVERIFY(!idx.data(CorpusModel::TagColorRole).value<QColor>().isValid());
    QCOMPARE(idx.siblingAtColumn(CorpusModel::OutletColumn).data().toString(), s.tagId);
}

void TestCorpusModel::testCodebookColorChangeRepaintsSpans()
{
    populate();
    QVERIFY(m_model->insertDocument(makeDocument(QStringLiteral("c.txt")))); // no spans: nothing to repaint
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy range(m_model, &CorpusModel::spanRangeChanged);

    Tag blue = m_codebook->tag(kTagBlue);
    blue.color = QColor(0x11, 0x22, 0x33);
    QVERIFY(m_codebook->updateTag(blue));

    QCOMPARE(changed.count(), 2);
    const QModelIndex b = m_model->documentIndex(QStringLiteral("b.txt"));
    const QModelIndex d = m_model->documentIndex(QStringLiteral("d.txt"));
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(0, 0, b));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->index(3, CorpusModel::ColumnCount - 1, b));
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), m_model->index(0, 0, d));
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>(), m_model->index(0, CorpusModel::ColumnCount - 1, d));
    QCOMPARE(range.count(), 2);
    QCOMPARE(range.at(0), QList<QVariant>({ QStringLiteral("b.txt"), 0, int(kText.size()) }));
    QCOMPARE(range.at(1), QList<QVariant>({ QStringLiteral("d.txt"), 0, int(kText.size()) }));
    QCOMPARE(m_model->index(3, 0, b).data(CorpusModel::TagColorRole).value<QColor>(), QColor(0x11, 0x22, 0x33));
    QCOMPARE(m_model->index(0, 0, b).data(CorpusModel::TagColorRole).value<QColor>(), QColor(0xf1, 0x94, 0x8a));

    // After setCodebook(nullptr) the old codebook no longer reaches the model.
    m_model->setCodebook(nullptr);
    changed.clear();
    blue.color = QColor(0x44, 0x55, 0x66);
    QVERIFY(m_codebook->updateTag(blue));
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestCorpusModel)
#include "tst_corpusmodel.moc"
