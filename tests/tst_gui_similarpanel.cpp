// The "Similar articles" panel on the sample corpus: pairs appear when it is
// shown, and activating one asks for its articles.

#include "corpus/corpus.h"
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
};

void TestGuiSimilarPanel::testPairsShownAndActivated()
{
    Corpus corpus;
    QCOMPARE(corpus.open(QStringLiteral(MARGINALIA_SAMPLE_CORPUS)), Corpus::OpenStatus::Ok);
    SimilarPanel panel(corpus.documents());
    QCOMPARE(panel.pairCount(), 0); // nothing computed while hidden
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
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

QTEST_MAIN(TestGuiSimilarPanel)
#include "tst_gui_similarpanel.moc"
