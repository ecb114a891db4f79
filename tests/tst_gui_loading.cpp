// The window opens a corpus in the background, offscreen: the document list
// fills while the articles arrive, an article that is in can be opened at
// once, editing is greyed out (not silently ignored) until all are in, the
// status bar shows how far loading is and can stop it, and a change of the
// corpus folder while it is open shows up in the list and in Needs Attention.

#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"
#include "readingview.h"
#include "triagepanel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Marginalia;

namespace {

// Enough files that loading takes several hand-overs (CorpusLoader::MaxBatch
// per flush): the first rows are in long before the last.
constexpr int kArticles = 2000;

QString articleName(int i)
{
    return QStringLiteral("a%1.txt").arg(i, 5, 10, QLatin1Char('0'));
}

QByteArray articleText(int i)
{
    return QStringLiteral("Story number %1\n\nThe council of district %1 met on Tuesday and agreed on the budget.\n"
                          "Residents said the new bridge tolls were too high.\n")
        .arg(i)
        .toUtf8();
}

void closeMessageBoxes(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            box->close();
    }
}

} // namespace

class TestGuiLoading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testListFillsAndIsUsableWhileLoading();
    void testDocumentAskedForWhileLoadingIsShownWhenItArrives();
    void testStopLoadingKeepsTheOthersAnnotations();
    void testFolderChangeShowsInListAndNeedsAttention();

private:
    // A corpus of kArticles files with one highlight on the last article.
    void makeCorpus();
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QTreeView *list() const { return m_window->findChild<QTreeView *>(QStringLiteral("documentList")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGuiLoading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_loading"));
    QSettings().clear();
}

void TestGuiLoading::makeCorpus()
{
    for (int i = 0; i < kArticles; ++i)
        QVERIFY(TestUtil::writeFile(m_dir->filePath(articleName(i)), articleText(i)));
    Corpus c;
    QCOMPARE(c.open(m_dir->path()), Corpus::OpenStatus::Ok);
    const QString tag = c.addTag(QStringLiteral("Cost"), QColor(Qt::yellow));
    const QString last = articleName(kArticles - 1);
    const int at = int(QString::fromUtf8(articleText(kArticles - 1)).indexOf(QStringLiteral("bridge tolls")));
    QVERIFY(!c.addSpan(last, at, at + 12, tag, QStringLiteral("the tolls")).isEmpty());
    QVERIFY(c.save());
}

void TestGuiLoading::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    makeCorpus();
    m_window = std::make_unique<MainWindow>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->corpus()->documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->setAutosaveDelay(60 * 60 * 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiLoading::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_dir.reset();
}

void TestGuiLoading::testListFillsAndIsUsableWhileLoading()
{
    const CorpusModel *docs = m_window->corpus()->documents();
    QVERIFY(m_window->openCorpus(m_dir->path()));
    QVERIFY(m_window->isLoading());
    auto *box = m_window->findChild<QWidget *>(QStringLiteral("loadingBox"));
    QVERIFY(box && box->isVisible());
    // Editing waits: greyed out, not ignored.
    for (const char *name : { "editMetadataAction", "tagSelectionAction" }) {
        if (QAction *a = action(name))
            QVERIFY2(!a->isEnabled(), name);
    }
    QVERIFY(action("editMetadataAction"));

    // The first rows arrive while the rest is still loading (hand-overs need
    // the event loop: nothing more comes during the checks below).
    QVERIFY(QTest::qWaitFor([docs] { return docs->documentCount() > 0; }, 60000));
    QVERIFY(m_window->isLoading());
    QVERIFY(docs->documentCount() < kArticles);
    QVERIFY(list()->model()->rowCount() > 0);
    // The first one is shown at once.
    QVERIFY(!m_window->readingView()->documentPath().isEmpty());
    QVERIFY(!action("editMetadataAction")->isEnabled());
    const QString label = m_window->findChild<QLabel *>(QStringLiteral("loadingLabel"))->text();
    QVERIFY2(label.contains(QLocale().toString(kArticles)), qPrintable(label));
    auto *bar = m_window->findChild<QProgressBar *>(QStringLiteral("loadingProgress"));
    QCOMPARE(bar->maximum(), kArticles);

    // Another article that is in: click it in the list.
    if (list()->model()->rowCount() > 1) {
        const QModelIndex second = list()->model()->index(1, 0);
        const QString path = second.data(CorpusModel::PathRole).toString();
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualRect(second).center());
        QCOMPARE(m_window->readingView()->documentPath(), path);
        QVERIFY(m_window->readingView()->toPlainText().startsWith(QStringLiteral("Story number")));
        QVERIFY(m_window->isLoading());
    }

    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading(); }, 120000));
    closeMessageBoxes(m_window.get());
    QCOMPARE(docs->documentCount(), kArticles);
    QVERIFY(!box->isVisible());
    QVERIFY(action("editMetadataAction")->isEnabled());
    // The highlight of the last article came with it.
    QCOMPARE(m_window->corpus()->annotationCount(), 1);
    QVERIFY(m_window->corpus()->isEditable());
}

void TestGuiLoading::testDocumentAskedForWhileLoadingIsShownWhenItArrives()
{
    const QString last = articleName(kArticles - 1);
    QVERIFY(m_window->openCorpus(m_dir->path()));
    QVERIFY(m_window->isLoading());
    // Asked for before it is in: imported next and shown when it comes.
    m_window->showDocument(last);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Loading ")));
    QVERIFY(QTest::qWaitFor([this, last] { return m_window->readingView()->documentPath() == last; }, 60000));
    // Once it is shown, the status bar no longer says it is loading it.
    QVERIFY2(!m_window->statusBar()->currentMessage().contains(last), qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->readingView()->toPlainText().contains(QStringLiteral("district %1").arg(kArticles - 1)));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading(); }, 120000));
    closeMessageBoxes(m_window.get());
    QCOMPARE(m_window->readingView()->documentPath(), last);
}

void TestGuiLoading::testStopLoadingKeepsTheOthersAnnotations()
{
    const CorpusModel *docs = m_window->corpus()->documents();
    QSignalSpy finished(m_window->corpus(), &Corpus::loadingFinished);
    QVERIFY(m_window->openCorpus(m_dir->path()));
    QVERIFY(QTest::qWaitFor([docs] { return docs->documentCount() > 0; }, 60000));
    QVERIFY(m_window->isLoading());
    auto *stop = m_window->findChild<QToolButton *>(QStringLiteral("cancelLoading"));
    QVERIFY(stop && stop->isVisible() && stop->isEnabled());
    const int arrived = docs->documentCount();
    stop->click(); // as a mouse click does, without running the event loop in between
    QCOMPARE(docs->documentCount(), arrived);
    QVERIFY(finished.wait(10000) || finished.size() == 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    closeMessageBoxes(m_window.get());
    QVERIFY(!m_window->isLoading());
    QVERIFY(docs->documentCount() < kArticles);
    QVERIFY(action("editMetadataAction")->isEnabled());
    // The last article did not come; its highlight is kept and written back.
    QCOMPARE(docs->rowOfPath(articleName(kArticles - 1)), -1);
    const QString first = docs->document(0).path;
    DocumentMetadata m = docs->document(0).meta;
    m.author = QStringLiteral("R. Quinn");
    QVERIFY(m_window->corpus()->editMetadata(first, m));
    QVERIFY(m_window->save());
    const SidecarStore::LoadResult saved = SidecarStore(m_window->corpus()->sidecarPath()).load();
    QCOMPARE(saved.data.annotationCount(), 1);
}

void TestGuiLoading::testFolderChangeShowsInListAndNeedsAttention()
{
    Corpus *corpus = m_window->corpus();
    QVERIFY(TestUtil::openCorpusAndWait(&*m_window, m_dir->path()));
    closeMessageBoxes(m_window.get());
    QSignalSpy changed(corpus, &Corpus::articlesChanged);
    // Added, removed, and the annotated article edited around its highlight.
    QVERIFY(TestUtil::writeFile(m_dir->filePath(QStringLiteral("zz-new.txt")), "A new story\n\nFerries resume.\n"));
    QVERIFY(QFile::remove(m_dir->filePath(articleName(0))));
    const QString last = articleName(kArticles - 1);
    QVERIFY(TestUtil::writeFile(m_dir->filePath(last),
        "Story number 1999 (updated)\n\nAn editor's note was added first.\n\nThe council of district 1999 met on "
        "Tuesday and agreed on the budget.\nResidents said the new bridge toll was too high.\n"));
    QVERIFY(corpus->refreshArticles());
    QVERIFY(changed.wait(60000));
    QCOMPARE(changed.first().at(0).toStringList(), QStringList { QStringLiteral("zz-new.txt") });
    QCOMPARE(changed.first().at(1).toStringList(), QStringList { articleName(0) });
    QCOMPARE(changed.first().at(2).toStringList(), QStringList { last });
    QVERIFY(corpus->documents()->rowOfPath(QStringLiteral("zz-new.txt")) >= 0);
    QCOMPARE(corpus->documents()->rowOfPath(articleName(0)), -1);
    // "bridge tolls" became "bridge toll": not found as it was, so listed for the analyst.
    QVERIFY(m_window->triagePanel()->count() >= 1);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("added")) && message.contains(QStringLiteral("removed")), qPrintable(message));
}

QTEST_MAIN(TestGuiLoading)

#include "tst_gui_loading.moc"
