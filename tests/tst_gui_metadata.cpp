// Editing an article's metadata in the window, offscreen, with the keyboard:
// Ctrl+Shift+I opens the dialog, typing changes the fields, a bad date keeps
// OK disabled, the document list and the metadata line follow, Ctrl+Z undoes,
// and the sidecar (never the article) holds the change.

#include "articleinfobar.h"
#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"
#include "metadatadialog.h"
#include "readingview.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Marginalia;

namespace {

const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kDocument = QStringLiteral("Valley Ledger/2026-03-06-transit-fares-rise-forty-cents.txt");

void closeMessageBoxes(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            box->close();
    }
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The title shown in the document list for that path.
QString listedTitle(QTreeView *list, const QString &path)
{
    QAbstractItemModel *m = list->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex i = m->index(row, CorpusModel::TitleColumn);
        if (i.data(CorpusModel::PathRole).toString() == path)
            return i.data().toString();
    }
    return {};
}

} // namespace

class TestGuiMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testEditWithKeyboardThenUndo();
    void testBadDateKeepsOkDisabled();
    void testRestoreImportedValues();
    void testButtonAndReadOnly();
    void testShortcutIsNotTakenTwice();

private:
    MetadataDialog *openDialog();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGuiMetadata::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_metadata"));
    QSettings().clear();
}

void TestGuiMetadata::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(TestUtil::copyTree(kSample, m_dir->path()));
    m_window = std::make_unique<MainWindow>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->corpus()->documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->setAutosaveDelay(60 * 60 * 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(TestUtil::openCorpusAndWait(&*m_window, m_dir->path()));
    closeMessageBoxes(m_window.get());
    m_window->showDocument(kDocument);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->readingView()->setFocus();
}

void TestGuiMetadata::cleanup()
{
    for (auto *d : m_window->findChildren<MetadataDialog *>())
        d->reject();
    m_tester.reset();
    m_window.reset();
    m_dir.reset();
}

MetadataDialog *TestGuiMetadata::openDialog()
{
    QTest::keyClick(m_window->readingView(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = m_window->findChild<MetadataDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestGuiMetadata::testEditWithKeyboardThenUndo()
{
    auto *list = m_window->findChild<QTreeView *>(QStringLiteral("documentList"));
    auto *info = m_window->findChild<ArticleInfoBar *>(QStringLiteral("articleInfo"));
    QVERIFY(list && info);
    const QByteArray article = TestUtil::readFile(m_dir->filePath(kDocument));
    const QString importedTitle = listedTitle(list, kDocument);
    QCOMPARE(importedTitle, QStringLiteral("Transit fares to rise 40 cents after divided council vote"));

    MetadataDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->titleEdit()->text(), importedTitle);
    retype(dialog->titleEdit(), QStringLiteral("Fares rise 40 cents"));
    retype(dialog->authorEdit(), QStringLiteral("R. Fenwick"));
    retype(dialog->dateEdit(), QStringLiteral("2026-03-07"));
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return); // the default button: OK
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(listedTitle(list, kDocument), QStringLiteral("Fares rise 40 cents"));
    QVERIFY2(info->text().contains(QLatin1String("R. Fenwick")), qPrintable(info->text()));
    QVERIFY2(info->text().contains(QLatin1String("3 field")), qPrintable(info->text()));
    Corpus *corpus = m_window->corpus();
    QCOMPARE(corpus->undoStack()->count(), 1);
    QCOMPARE(corpus->documents()->metadataOverrides(kDocument).date, std::optional<QDate>(QDate(2026, 3, 7)));

    QVERIFY(m_window->save());
    QVERIFY(TestUtil::readFile(m_dir->filePath(QStringLiteral("marginalia.json"))).contains("\"R. Fenwick\""));
    QCOMPARE(TestUtil::readFile(m_dir->filePath(kDocument)), article);

    // The closed dialog hands activation back to the window asynchronously.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->readingView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(listedTitle(list, kDocument), importedTitle);
    QVERIFY(!info->text().contains(QLatin1String("R. Fenwick")));
    QVERIFY(!info->text().contains(QLatin1String("edited")));
}

void TestGuiMetadata::testBadDateKeepsOkDisabled()
{
    MetadataDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    retype(dialog->dateEdit(), QStringLiteral("7 March"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("metadataDateError"))->isVisible());
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Return does not accept a bad date
    retype(dialog->dateEdit(), QString()); // no date is fine
    QVERIFY(ok->isEnabled());
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    const Corpus *corpus = m_window->corpus();
    QVERIFY(!corpus->documents()->document(corpus->documents()->rowOfPath(kDocument)).meta.date.isValid());
}

void TestGuiMetadata::testRestoreImportedValues()
{
    Corpus *corpus = m_window->corpus();
    DocumentMetadata wanted = corpus->documents()->document(corpus->documents()->rowOfPath(kDocument)).meta;
    const DocumentMetadata imported = wanted;
    wanted.outlet = QStringLiteral("The Valley Ledger");
    QVERIFY(corpus->editMetadata(kDocument, wanted));

    MetadataDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->outletEdit()->text(), QStringLiteral("The Valley Ledger"));
    QVERIFY(dialog->outletEdit()->toolTip().contains(imported.outlet));
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QCOMPARE(dialog->outletEdit()->text(), imported.outlet);
    dialog->accept();
    QCOMPARE(corpus->documents()->document(corpus->documents()->rowOfPath(kDocument)).meta.outlet, imported.outlet);
    QVERIFY(corpus->documents()->metadataOverrides(kDocument).isEmpty());
    QCOMPARE(corpus->undoStack()->count(), 2);
}

void TestGuiMetadata::testButtonAndReadOnly()
{
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("editMetadataButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_window->findChild<MetadataDialog *>();
    QVERIFY(dialog);
    dialog->reject();

    m_window->corpus()->setReadOnly(true, QStringLiteral("test"));
    QVERIFY(!button->isEnabled());
    QTest::keyClick(m_window->readingView(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_window->findChildren<MetadataDialog *>().size(), 0); // the rejected one is deleted; no new one
}

// Ctrl+Shift+M merges tags in the codebook: two actions on one key would
// both be ambiguous and do nothing.
void TestGuiMetadata::testShortcutIsNotTakenTwice()
{
    auto *edit = m_window->findChild<QAction *>(QStringLiteral("editMetadataAction"));
    QVERIFY(edit);
    QCOMPARE(edit->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    int users = 0;
    for (QAction *a : m_window->findChildren<QAction *>())
        users += a->shortcuts().contains(edit->shortcut());
    QCOMPARE(users, 1);
}

QTEST_MAIN(TestGuiMetadata)
#include "tst_gui_metadata.moc"
