// Marking lines as clutter in the window, offscreen: Ctrl+Shift+B on the
// cursor's line and the reading view's context menu, the dimming that
// follows, Ctrl+Z, and the sidecar that keeps the mark.

#include "articleinfobar.h"
#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"
#include "readingview.h"
#include "render/spanhighlighter.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Marginalia;

namespace {

const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kWire = QStringLiteral("Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt");

void closeMessageBoxes(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            box->close();
    }
}

// Is every character of the block drawn in the dimmed colour?
bool dimmed(const QTextBlock &block)
{
    int chars = 0;
    for (const QTextLayout::FormatRange &f : block.layout()->formats()) {
        if (f.format.foreground().color() == SpanHighlighter::dimmedColor())
            chars += f.length;
    }
    return block.length() > 1 && chars >= block.length() - 1;
}

} // namespace

class TestGuiClutter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testShortcutMarksTheCursorLineAndUndo();
    void testContextMenuUnmarksTheClickedLine();
    void testSelectionOfSeveralLines();

private:
    // The first line of the article that is neither blank nor clutter.
    QTextBlock contentBlock() const;
    ReadingView *reader() const { return m_window->readingView(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGuiClutter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_clutter"));
    QSettings().clear();
}

void TestGuiClutter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(TestUtil::copyTree(kSample, m_dir->path()));
    m_window = std::make_unique<MainWindow>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->corpus()->documents(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->setAutosaveDelay(60 * 60 * 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(TestUtil::openCorpusAndWait(&*m_window, m_dir->path()));
    closeMessageBoxes(m_window.get());
    m_window->showDocument(kWire);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    reader()->setFocus();
}

void TestGuiClutter::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_dir.reset();
}

QTextBlock TestGuiClutter::contentBlock() const
{
    for (QTextBlock b = reader()->document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().trimmed().size() > 20 && !reader()->highlighter()->isBoilerplate(b.position()))
            return b;
    }
    return {};
}

void TestGuiClutter::testShortcutMarksTheCursorLineAndUndo()
{
    auto *info = m_window->findChild<ArticleInfoBar *>(QStringLiteral("articleInfo"));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("toggleClutterAction"));
    QVERIFY(info && action);
    const QTextBlock block = contentBlock();
    QVERIFY(block.isValid());
    QVERIFY(!dimmed(block));
    const int detected = int(m_window->corpus()->documents()->document(
                                 m_window->corpus()->documents()->rowOfPath(kWire)).boilerplate.size());
    QVERIFY2(info->text().contains(QStringLiteral("%1 clutter line").arg(detected)), qPrintable(info->text()));

    // Down to the line with the keyboard, then Ctrl+Shift+B.
    QTest::keyClick(reader(), Qt::Key_Home, Qt::ControlModifier);
    while (reader()->textCursor().blockNumber() < block.blockNumber())
        QTest::keyClick(reader(), Qt::Key_Down);
    QTest::keyClick(reader(), Qt::Key_Right); // inside the line, not at its start
    QCOMPARE(action->text().remove(QLatin1Char('&')), QStringLiteral("Mark Line as Clutter"));
    QTest::keyClick(reader(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);

    QVERIFY(reader()->highlighter()->isBoilerplate(block.position()));
    QVERIFY(dimmed(block));
    QVERIFY2(info->text().contains(QStringLiteral("%1 clutter line").arg(detected + 1)), qPrintable(info->text()));
    QCOMPARE(action->text().remove(QLatin1Char('&')), QStringLiteral("Unmark Line as Clutter"));
    QCOMPARE(m_window->corpus()->undoStack()->count(), 1);

    QVERIFY(m_window->save());
    QVERIFY(TestUtil::readFile(m_dir->filePath(QStringLiteral("marginalia.json"))).contains("\"clutter\": true"));

    QTest::keyClick(reader(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!reader()->highlighter()->isBoilerplate(block.position()));
    QVERIFY(!dimmed(block));
    QCOMPARE(action->text().remove(QLatin1Char('&')), QStringLiteral("Mark Line as Clutter"));
}

void TestGuiClutter::testContextMenuUnmarksTheClickedLine()
{
    // A detected clutter line ("We use cookies…"), right-clicked.
    QTextBlock cookie;
    for (QTextBlock b = reader()->document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().startsWith(QLatin1String("We use cookies")))
            cookie = b;
    }
    QVERIFY(cookie.isValid());
    QTRY_VERIFY(dimmed(cookie)); // the first highlighting pass is queued
    QTextCursor c(cookie);
    c.movePosition(QTextCursor::EndOfBlock);
    const QRect r = reader()->cursorRect(c);
    const QPoint at = r.center() - QPoint(20, 0);

    QString menuText;
    bool triggered = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String("toggleClutterAction")) {
                menuText = a->text().remove(QLatin1Char('&'));
                menu->setActiveAction(a);
                QTest::keyClick(menu, Qt::Key_Return);
                triggered = true;
                return;
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, reader()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(reader()->viewport(), &event);
    QVERIFY(triggered);
    QCOMPARE(menuText, QStringLiteral("Unmark Line as Clutter"));
    QVERIFY(!dimmed(cookie));
    QVERIFY(!m_window->corpus()->isClutter(kWire, cookie.position()));
    QCOMPARE(m_window->corpus()->undoStack()->count(), 1);
}

void TestGuiClutter::testSelectionOfSeveralLines()
{
    const QTextBlock first = contentBlock();
    QTextBlock second = first.next();
    while (second.isValid() && second.text().trimmed().isEmpty())
        second = second.next();
    QVERIFY(second.isValid());
    QTextCursor c(first);
    c.setPosition(second.position() + 3, QTextCursor::KeepAnchor);
    reader()->setTextCursor(c);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("toggleClutterAction"));
    QCOMPARE(action->text().remove(QLatin1Char('&')), QStringLiteral("Mark Lines as Clutter"));
    QTest::keyClick(reader(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dimmed(first));
    QTRY_VERIFY2(dimmed(second), qPrintable(second.text())); // it may have been clutter before
    QCOMPARE(m_window->corpus()->undoStack()->count(), 1); // one step for both lines
    m_window->corpus()->setReadOnly(true, QStringLiteral("test"));
    QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestGuiClutter)
#include "tst_gui_clutter.moc"
