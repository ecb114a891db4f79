// File › Export… (ExportDialog) driven offscreen on a copy of the sample
// corpus: the preview renders the PDF's pages with their annotations, the
// export runs on a worker thread, and Cancel leaves no file.

#include "corpus/corpus.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kDoc = QStringLiteral("Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt");
} // namespace

class TestGuiExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testFileMenuHasExport();
    void testPreviewRendersPagesWithAnnotations();
    void testExportWritesFileOnWorkerThread();
    void testCancelLeavesNoFile();

private:
    QTemporaryDir m_dir;
    Corpus m_corpus;
};

void TestGuiExport::initTestCase()
{
    QVERIFY(TestUtil::copyTree(kSample, m_dir.filePath(QStringLiteral("corpus"))));
    QCOMPARE(m_corpus.open(m_dir.filePath(QStringLiteral("corpus"))), Corpus::OpenStatus::Ok);
}

void TestGuiExport::testFileMenuHasExport()
{
    MainWindow window;
    QAction *found = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == QStringLiteral("&Export…"))
                found = a;
        }
    }
    QVERIFY(found);
    QCOMPARE(found->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
}

void TestGuiExport::testPreviewRendersPagesWithAnnotations()
{
    ExportDialog dialog(&m_corpus, kDoc);
    QSignalSpy done(&dialog, &ExportDialog::finished);
    auto *preview = dialog.findChild<QPushButton *>();
    QVERIFY(preview);
    dialog.preview();
    QVERIFY(dialog.isBusy());
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(dialog.previewPageCount(), 2);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("with their annotations")), qPrintable(dialog.statusText()));
    // The preview draws the PDF annotations: page 1 differs with and without them.
    const QImage with = dialog.renderPreviewPage(0, true);
    const QImage without = dialog.renderPreviewPage(0, false);
    QVERIFY(!with.isNull());
    QCOMPARE(with.size(), without.size());
    QVERIFY(with != without);
    QCOMPARE(dialog.findChild<QProgressBar *>()->value(), 100);

    // Without PDF annotations the two renderings are the same.
    dialog.setPdfAnnotations(false);
    dialog.preview();
    QVERIFY(done.wait(60000));
    QCOMPARE(dialog.renderPreviewPage(0, true), dialog.renderPreviewPage(0, false));
}

void TestGuiExport::testExportWritesFileOnWorkerThread()
{
    ExportDialog dialog(&m_corpus, kDoc);
    QSignalSpy done(&dialog, &ExportDialog::finished);
    dialog.setFormat(1);
    dialog.setScope(ExportDialog::Scope::Outlet, QStringLiteral("Valley Ledger"));
    const QString out = m_dir.filePath(QStringLiteral("valley.csv"));
    dialog.exportTo(out);
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toBool(), true);
    const QByteArray csv = TestUtil::readFile(out);
    QVERIFY(csv.startsWith("document,outlet,"));
    QVERIFY(csv.contains("Valley Ledger/"));
    QVERIFY(!csv.contains("Coastline Wire/"));
    QVERIFY(dialog.statusText().contains(QStringLiteral("Wrote")));
}

void TestGuiExport::testCancelLeavesNoFile()
{
    ExportDialog dialog(&m_corpus, QString());
    QSignalSpy done(&dialog, &ExportDialog::finished);
    dialog.setScope(ExportDialog::Scope::All);
    const QString out = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    dialog.exportTo(out);
    dialog.cancel(); // before the worker's first progress step
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("nothing was written")), qPrintable(dialog.statusText()));
}

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
