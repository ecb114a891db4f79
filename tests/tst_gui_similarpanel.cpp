// The "Similar articles" panel on the sample corpus: pairs appear when it is
// shown, and activating one asks for its articles.

#include "corpus/corpus.h"
#include "corpus/similarityfinder.h"
#include "itemmodels/corpusmodel.h"
#include "similarpanel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Marginalia;

class TestGuiSimilarPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testPairsShownAndActivated();
    void testPairsOfACorpusLoadedInTheBackground();
    void testArticlesAddedAndRemoved();
};

void TestGuiSimilarPanel::testPairsShownAndActivated()
{
    Corpus corpus;
    QCOMPARE(corpus.open(QStringLiteral(MARGINALIA_SAMPLE_CORPUS)), Corpus::OpenStatus::Ok);
    SimilarPanel panel(corpus.documents());
    QCOMPARE(panel.pairCount(), 0); // nothing computed while hidden
    panel.show();
    // Off the window's thread: its result comes through the event loop.
    QVERIFY(panel.isComputing());
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 30000);
    QVERIFY(panel.pairCount() > 0);
    auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("similarList"));
    QVERIFY(list);
    const double top = list->topLevelItem(0)->text(0).toDouble();
    for (int i = 1; i < list->topLevelItemCount(); ++i)
        QVERIFY(list->topLevelItem(i)->text(0).toDouble() <= top);

    QSignalSpy docs(&panel, &SimilarPanel::documentRequested);
    QSignalSpy pairs(&panel, &SimilarPanel::pairRequested);
    list->setCurrentItem(list->topLevelItem(0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(docs.size(), 1);
    QCOMPARE(pairs.size(), 1);
    const QString first = pairs.at(0).at(0).toString();
    const QString second = pairs.at(0).at(1).toString();
    QVERIFY(corpus.documents()->rowOfPath(first) >= 0);
    QVERIFY(corpus.documents()->rowOfPath(second) >= 0);
    QVERIFY(first != second);
    QCOMPARE(docs.at(0).at(0).toString(), first);
}

// The window opens corpora in the background: the articles arrive in batches
// after the model was emptied, and the pairs are those of all of them (they
// were computed once, for the empty corpus).
void TestGuiSimilarPanel::testPairsOfACorpusLoadedInTheBackground()
{
    Corpus reference;
    QCOMPARE(reference.open(QStringLiteral(MARGINALIA_SAMPLE_CORPUS)), Corpus::OpenStatus::Ok);
    SimilarPanel expected(reference.documents());
    expected.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!expected.isComputing(), 30000);
    QVERIFY(expected.pairCount() > 0);

    Corpus corpus;
    SimilarPanel panel(corpus.documents());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(corpus.openInBackground(QStringLiteral(MARGINALIA_SAMPLE_CORPUS)), Corpus::OpenStatus::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(!corpus.isLoading(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.pairCount(), expected.pairCount(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 30000);
}

// Articles that join or leave the list (a folder change) change the pairs
// while the panel is visible, without a reset of the model.
void TestGuiSimilarPanel::testArticlesAddedAndRemoved()
{
    Corpus reference;
    QCOMPARE(reference.open(QStringLiteral(MARGINALIA_SAMPLE_CORPUS)), Corpus::OpenStatus::Ok);
    QVector<Document> documents;
    for (int row = 0; row < reference.documents()->documentCount(); ++row)
        documents.append(reference.documents()->document(row));
    const auto pairs = SimilarityFinder::find(documents, SimilarPanel::MinScore);
    QVERIFY(!pairs.isEmpty());
    // Every article but one of the best pair first, that one added later
    // (two articles alone share no word that is rare among them).
    const Document second = documents.at(pairs.first().second);
    QVector<Document> without = documents;
    without.remove(pairs.first().second);
    const int before = int(SimilarityFinder::find(without, SimilarPanel::MinScore).size());
    QVERIFY(before < pairs.size());

    CorpusModel model;
    model.setDocuments(without);
    SimilarPanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 30000);
    QCOMPARE(panel.pairCount(), before);
    QVERIFY(model.insertDocument(second));
    QTRY_COMPARE_WITH_TIMEOUT(panel.pairCount(), int(pairs.size()), 30000);
    QVERIFY(model.removeDocument(second.path));
    QTRY_COMPARE_WITH_TIMEOUT(panel.pairCount(), before, 30000);
}

QTEST_MAIN(TestGuiSimilarPanel)
#include "tst_gui_similarpanel.moc"
