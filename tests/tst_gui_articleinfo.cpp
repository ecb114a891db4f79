// The metadata line above the reading view: what the importer found about
// the shown article, updated when another article is shown.

#include "articleinfobar.h"
#include "corpus/document.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QStandardPaths>
#include <QTest>

using namespace Marginalia;

class TestGuiArticleInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testShowsMetadata();
    void testFollowsShownDocument();
};

void TestGuiArticleInfo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_articleinfo"));
}

void TestGuiArticleInfo::testShowsMetadata()
{
    Document d;
    d.path = QStringLiteral("Lockside News/canal.html");
    d.format = QStringLiteral("html");
    d.encoding = QStringLiteral("windows-1252");
    d.meta.outlet = QStringLiteral("Lockside News");
    d.meta.author = QStringLiteral("Wen Arkwright");
    d.meta.url = QStringLiteral("https://lockside.example/canal");
    d.meta.date = QDate(2026, 5, 2);
    d.boilerplate = {{0, 5}, {6, 9}};
    ArticleInfoBar bar;
    QVERIFY(bar.isHidden());
    bar.setDocument(d);
    QVERIFY(!bar.isHidden());
    for (const char *part : {"Lockside News", "Wen Arkwright", "https://lockside.example/canal", "HTML",
                             "windows-1252", "2 clutter line"})
        QVERIFY2(bar.text().contains(QLatin1String(part)), qPrintable(bar.text()));
    QCOMPARE(bar.toolTip(), d.path);
    bar.clearDocument();
    QVERIFY(bar.isHidden());
    QVERIFY(bar.text().isEmpty());
}

void TestGuiArticleInfo::testFollowsShownDocument()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(QStringLiteral(MARGINALIA_SAMPLE_CORPUS), dir.path()));
    MainWindow window;
    QVERIFY(TestUtil::openCorpusAndWait(&window, dir.path()));
    auto *bar = window.findChild<ArticleInfoBar *>(QStringLiteral("articleInfo"));
    QVERIFY(bar);
    window.showDocument(QStringLiteral("Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt"));
    QVERIFY2(bar->text().contains(QLatin1String("Coastline Wire")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QLatin1String("15 clutter line")), qPrintable(bar->text()));
    window.showDocument(QStringLiteral("Valley Ledger/2026-03-06-transit-fares-rise-forty-cents.txt"));
    QVERIFY2(bar->text().contains(QLatin1String("Valley Ledger")), qPrintable(bar->text()));
    QVERIFY(!bar->text().contains(QLatin1String("Coastline")));
}

QTEST_MAIN(TestGuiArticleInfo)
#include "tst_gui_articleinfo.moc"
