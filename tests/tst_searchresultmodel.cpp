// SearchResultModel: keyword-in-context rows over the corpus texts, under
// QAbstractItemModelTester, emptied when the corpus is reset.

#include "corpus/document.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Marginalia;

class TestSearchResultModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testKeywordInContext();
    void testCorpusResetDropsResults();
};

namespace {
Document doc(const QString &path, const QString &title, const QString &text)
{
    Document d;
    d.path = path;
    d.meta.title = title;
    d.setText(text);
    return d;
}
} // namespace

void TestSearchResultModel::testKeywordInContext()
{
    CorpusModel corpus;
    const QString longBefore = QString(50, QLatin1Char('x')) + QStringLiteral("\nthe ");
    corpus.setDocuments(
        { doc(QStringLiteral("a.txt"), QStringLiteral("Ferry strike"), longBefore + QStringLiteral("ferry\tleft late")),
            doc(QStringLiteral("b.txt"), QStringLiteral("Fares"), QStringLiteral("ferry")) });
    SearchResultModel model(&corpus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    CorpusSearch::Query q;
    q.pattern = QStringLiteral("ferry");
    model.setHits(CorpusSearch(q).search(&corpus));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SearchResultModel::ColumnCount));
    const int start = int(longBefore.size());
    QCOMPARE(model.index(0, SearchResultModel::DocumentColumn).data().toString(), QStringLiteral("Ferry strike"));
    QCOMPARE(
        model.index(0, SearchResultModel::DocumentColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("a.txt"));
    // 40 characters before, line break shown as a space; the tab after too.
    QCOMPARE(model.index(0, SearchResultModel::BeforeColumn).data().toString(),
        QString(35, QLatin1Char('x')) + QStringLiteral(" the "));
    QCOMPARE(model.index(0, SearchResultModel::MatchColumn).data().toString(), QStringLiteral("ferry"));
    QCOMPARE(model.index(0, SearchResultModel::AfterColumn).data().toString(), QStringLiteral(" left late"));
    QCOMPARE(model.index(0, 0).data(SearchResultModel::PathRole).toString(), QStringLiteral("a.txt"));
    QCOMPARE(model.index(0, 0).data(SearchResultModel::StartRole).toInt(), start);
    QCOMPARE(model.index(0, 0).data(SearchResultModel::EndRole).toInt(), start + 5);
    QCOMPARE(model.index(1, SearchResultModel::BeforeColumn).data().toString(), QString());
    QCOMPARE(model.index(1, SearchResultModel::BeforeColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
        Qt::AlignRight | Qt::AlignVCenter);
}

void TestSearchResultModel::testCorpusResetDropsResults()
{
    CorpusModel corpus;
    corpus.setDocuments({ doc(QStringLiteral("a.txt"), QStringLiteral("A"), QStringLiteral("ferry ferry")) });
    SearchResultModel model(&corpus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CorpusSearch::Query q;
    q.pattern = QStringLiteral("ferry");
    model.setHits(CorpusSearch(q).search(&corpus));
    QCOMPARE(model.rowCount(), 2);
    corpus.setDocuments({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
