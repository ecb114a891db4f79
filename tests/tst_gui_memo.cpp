// The document memo in the real window, offscreen: Ctrl+M puts the cursor in
// the Memo panel, typed text becomes one undo step on Ctrl+Return, on leaving
// the editor and on switching documents; Ctrl+Z brings the old memo back into
// the editor; it is saved to the sidecar and shown again after reopening; a
// read-only corpus shows the memo but cannot change it.

#include "annotation/sidecarcodec.h"
#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"
#include "memopanel.h"
#include "readingview.h"
#include "testutil.h"

#include <QApplication>
#include <QDockWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kFirst = QStringLiteral("Valley Ledger/2026-03-04-bridge-closure-strands-commuters.md");
const QString kSecond = QStringLiteral("Coastline Wire/2026-03-06-fare-hike-fiasco.txt");

void openWindow(MainWindow &window, const QString &root)
{
    window.setAutosaveDelay(60 * 60 * 1000);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(TestUtil::openCorpusAndWait(&window, root));
    for (QMessageBox *box : window.findChildren<QMessageBox *>())
        box->close();
}
} // namespace

class TestGuiMemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testTypeCommitUndoAndSave();
    void testSwitchingDocumentsKeepsWhatWasTyped();
    void testReadOnlyCorpusShowsMemoOnly();
};

void TestGuiMemo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_memo"));
    QSettings().clear();
}

void TestGuiMemo::testTypeCommitUndoAndSave()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/corpus");
    QVERIFY(TestUtil::copyTree(kSample, root));
    MainWindow window;
    openWindow(window, root);
    window.showDocument(kFirst);
    Corpus *corpus = window.corpus();
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("memoEditor"));
    QVERIFY(editor);
    QVERIFY(editor->toPlainText().isEmpty());

    // Ctrl+M from the text: the memo editor gets the focus.
    window.readingView()->setFocus();
    QTest::keyClick(window.readingView(), Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(editor->hasFocus());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("memoDock"))->isVisible());

    QTest::keyClicks(editor, QStringLiteral("Blames the council."));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier); // a line break in the memo
    QTest::keyClicks(editor, QStringLiteral("Check the detour figures."));
    QCOMPARE(corpus->undoStack()->count(), 0); // nothing stored while typing
    QVERIFY(window.memoPanel()->hasPendingEdit());
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    const QString typed = editor->toPlainText();
    QVERIFY2(
        typed.contains(QStringLiteral("council.")) && typed.contains(QStringLiteral("figures.")), qPrintable(typed));
    QCOMPARE(typed.count(QChar::LineSeparator) + typed.count(QLatin1Char('\n')), 1);
    QCOMPARE(corpus->documentMemo(kFirst), typed);
    QCOMPARE(corpus->undoStack()->count(), 1);
    QVERIFY(!window.memoPanel()->hasPendingEdit());

    // A second edit, stored when the editor loses the focus.
    QTest::keyClicks(editor, QStringLiteral(" Follow up."));
    window.readingView()->setFocus();
    QTRY_COMPARE(corpus->undoStack()->count(), 2);
    QVERIFY(corpus->documentMemo(kFirst).endsWith(QStringLiteral("Follow up.")));

    // Ctrl+Z (from the text) undoes it, and the editor shows the earlier memo.
    QTest::keyClick(window.readingView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(corpus->documentMemo(kFirst), typed);
    QCOMPARE(editor->toPlainText(), typed);

    // Saved (Ctrl+S) into the sidecar, and shown again by a new window.
    QTest::keyClick(window.readingView(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!corpus->isModified());
    const SidecarCodec::ParseResult saved = SidecarCodec::parse(TestUtil::readFile(corpus->sidecarPath()));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    bool found = false;
    for (const auto &e : saved.data.documents)
        found = found || (e.path == kFirst && e.memo == typed);
    QVERIFY(found);
    window.close();

    MainWindow again;
    openWindow(again, root);
    again.showDocument(kFirst);
    QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("memoEditor"))->toPlainText(), typed);
}

void TestGuiMemo::testSwitchingDocumentsKeepsWhatWasTyped()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/corpus");
    QVERIFY(TestUtil::copyTree(kSample, root));
    MainWindow window;
    openWindow(window, root);
    window.showDocument(kFirst);
    auto *editor = window.memoPanel()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("First article's memo"));
    // Shown programmatically (as a click in the coded segments would): the memo is stored first.
    window.showDocument(kSecond);
    QCOMPARE(window.corpus()->documentMemo(kFirst), QStringLiteral("First article's memo"));
    QVERIFY(editor->toPlainText().isEmpty());
    QCOMPARE(window.memoPanel()->documentPath(), kSecond);
    window.showDocument(kFirst);
    QCOMPARE(editor->toPlainText(), QStringLiteral("First article's memo"));
    // Someone else writes marginalia.json while a memo is being typed: the window
    // stores the typing and merges it with their change; neither is lost.
    QVERIFY(window.save());
    QTest::keyClicks(editor, QStringLiteral(" (draft)"));
    {
        Corpus other;
        QCOMPARE(other.open(root), Corpus::OpenStatus::Ok);
        QVERIFY(other.setDocumentMemo(kSecond, QStringLiteral("Their memo")));
        QVERIFY(other.save());
    }
    Q_EMIT window.corpus()->sidecarChangedOnDisk(); // as the file watcher does
    QCOMPARE(window.corpus()->documentMemo(kFirst), QStringLiteral("First article's memo (draft)"));
    QCOMPARE(window.corpus()->documentMemo(kSecond), QStringLiteral("Their memo"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("First article's memo (draft)"));
    QVERIFY(!window.memoPanel()->hasPendingEdit());
    // Closing the window stores and saves what is typed.
    QTest::keyClicks(editor, QStringLiteral(", more"));
    window.close();
    Corpus reopened;
    QCOMPARE(reopened.open(root), Corpus::OpenStatus::Ok);
    QCOMPARE(reopened.documentMemo(kFirst), QStringLiteral("First article's memo (draft), more"));
}

void TestGuiMemo::testReadOnlyCorpusShowsMemoOnly()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/corpus");
    QVERIFY(TestUtil::copyTree(kSample, root));
    {
        Corpus c;
        QCOMPARE(c.open(root), Corpus::OpenStatus::Ok);
        QVERIFY(c.setDocumentMemo(kFirst, QStringLiteral("Stored memo")));
        QVERIFY(c.save());
    }
    MainWindow window;
    openWindow(window, root);
    window.corpus()->setReadOnly(true, QStringLiteral("test"));
    window.showDocument(kFirst);
    auto *editor = window.memoPanel()->editor();
    QCOMPARE(editor->toPlainText(), QStringLiteral("Stored memo"));
    QVERIFY(editor->isReadOnly());
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("saveMemoButton"))->isEnabled());
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("typed"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("Stored memo"));
    QCOMPARE(window.corpus()->undoStack()->count(), 0);
}

QTEST_MAIN(TestGuiMemo)
#include "tst_gui_memo.moc"
