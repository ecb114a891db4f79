// Never losing work, in the real window (offscreen): the "Needs Attention"
// triage list of highlights whose article changed (accept, re-attach to a
// selection, delete, each undoable, by keyboard), `marginalia check --json`
// counting them per state before and after, and the question to recover a
// journal of unsaved changes after a crash (recover, discard, keep for later).

#include "annotation/journal.h"
#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"
#include "readingview.h"
#include "testutil.h"
#include "triagepanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Marginalia;

namespace {
const QString Path = QStringLiteral("bridge.txt");
const QByteArray Article = "Harrow Bridge reopens\n"
                           "The Harrow Bridge reopened on Tuesday after three weeks of repairs.\n"
                           "Residents of the Quay district said they had not been consulted about the toll.\n"
                           "A spokesperson declined to comment on the cost overrun.\n";

void closeMessageBoxes(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
        if (box->isVisible() && box->objectName() != QLatin1String("recoverDialog"))
            box->close();
    }
}

QJsonObject checkJson(const QString &root)
{
    QProcess p;
    p.start(QStringLiteral(MARGINALIA_BINARY), { QStringLiteral("check"), root, QStringLiteral("--json") });
    if (!p.waitForFinished(60000))
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonObject anchoring(const QString &root)
{
    return checkJson(root).value(QLatin1String("anchoring")).toObject();
}

QMessageBox *recoverDialog(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
        if (box->isVisible() && box->objectName() == QLatin1String("recoverDialog"))
            return box;
    }
    return nullptr;
}
} // namespace

class TestGuiTriage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testTriageAcceptReattachDeleteByKeyboard();
    void testTriageInMenus();
    void testRecoveryQuestion_data();
    void testRecoveryQuestion();

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString root() const { return m_dir->path(); }
    QString sidecar() const { return m_dir->filePath(SidecarStore::fileName()); }
};

void TestGuiTriage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_triage"));
    QSettings().clear();
}

void TestGuiTriage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(TestUtil::writeFile(m_dir->filePath(Path), Article));
    m_window = std::make_unique<MainWindow>();
    m_window->setAutosaveDelay(60 * 60 * 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// The articles load while the event loop runs, so a message box the window
// opens at the end of loading becomes the active window (it did not when
// opening blocked); once it is closed, the window is made active again for
// its shortcuts, as a window manager does.
static bool reactivate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

void TestGuiTriage::cleanup()
{
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
    m_window.reset();
    m_dir.reset();
}

void TestGuiTriage::testTriageAcceptReattachDeleteByKeyboard()
{
    // Three highlights; then the outlet corrects the article: a typo in the
    // first one's words (fuzzy), the second sentence moves (moved), the third
    // is rewritten (orphan).
    QString fuzzyId, movedId, orphanId;
    {
        Corpus c;
        c.open(root());
        const QString tag = c.addTag(QStringLiteral("Blame"), QColor(Qt::yellow));
        const QString text = QString::fromUtf8(Article);
        auto add = [&](const QString &quote) {
            const int at = int(text.indexOf(quote));
            return c.addSpan(Path, at, at + int(quote.size()), tag, QStringLiteral("note on ") + quote);
        };
        fuzzyId = add(QStringLiteral("three weeks of repairs"));
        movedId = add(QStringLiteral("they had not been consulted"));
        orphanId = add(QStringLiteral("declined to comment on the cost overrun"));
        QVERIFY(c.save());
    }
    QByteArray edited = Article;
    edited.replace("three weeks of repairs", "three weeks of repair");
    edited.replace("declined to comment on the cost overrun", "said the budget would be published in May");
    edited.insert(22, "Updated Wednesday with the council's reply.\n");
    QVERIFY(TestUtil::writeFile(m_dir->filePath(Path), edited));
    const QJsonObject before = anchoring(root());
    QCOMPARE(before.value(QLatin1String("fuzzy")).toInt(), 1);
    QCOMPARE(before.value(QLatin1String("orphan")).toInt(), 1);
    QCOMPARE(before.value(QLatin1String("moved")).toInt(), 1);
    QCOMPARE(before.value(QLatin1String("exact")).toInt(), 0);
    const QByteArray sidecarBefore = TestUtil::readFile(sidecar());

    QVERIFY(TestUtil::openCorpusAndWait(&*m_window, root()));
    closeMessageBoxes(m_window.get());
    QVERIFY(reactivate(m_window.get()));
    Corpus *corpus = m_window->corpus();
    TriagePanel *triage = m_window->triagePanel();
    QTreeWidget *list = triage->list();
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("triageDock"))->isVisible());
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(TriagePanel::StateColumn), QStringLiteral("Approximate"));
    QVERIFY(!list->topLevelItem(0)->text(TriagePanel::ScoreColumn).isEmpty());
    QCOMPARE(list->topLevelItem(0)->text(TriagePanel::QuoteColumn), QStringLiteral("three weeks of repairs"));
    QCOMPARE(list->topLevelItem(0)->text(TriagePanel::NoteColumn), QStringLiteral("note on three weeks of repairs"));
    QCOMPARE(list->topLevelItem(0)->text(TriagePanel::DocumentColumn), Path);
    QCOMPARE(list->topLevelItem(1)->text(TriagePanel::StateColumn), QStringLiteral("Not found"));

    // Alt+3 goes to the list; Enter shows the fuzzy highlight's text.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Return);
    const QString text = corpus->documents()->document(0).text();
    const auto [selStart, selEnd] = m_window->readingView()->selectionRange();
    QCOMPARE(text.mid(selStart, selEnd - selStart), QStringLiteral("three weeks of repair"));

    // Accept (Ctrl+Alt+A): it is exact from now on; Undo and Redo.
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(list->topLevelItemCount(), 1);
    Span fuzzy = corpus->documents()->span(Path, fuzzyId);
    QCOMPARE(fuzzy.quote, QStringLiteral("three weeks of repair"));
    QCOMPARE(text.mid(fuzzy.start, fuzzy.length()), fuzzy.quote);
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(corpus->documents()->span(Path, fuzzyId).quote, QStringLiteral("three weeks of repairs"));
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(list->topLevelItemCount(), 1);

    // The orphan: select its new wording in the article, then Ctrl+Alt+R.
    QCOMPARE(list->currentItem()->text(TriagePanel::StateColumn), QStringLiteral("Not found"));
    QCOMPARE(corpus->documents()->span(Path, orphanId).id, QString()); // kept aside, not shown
    const QString wording = QStringLiteral("said the budget would be published in May");
    const int at = int(text.indexOf(wording));
    m_window->readingView()->selectRange(at, at + int(wording.size()));
    QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(list->topLevelItemCount(), 0);
    Span orphan = corpus->documents()->span(Path, orphanId);
    QCOMPARE(orphan.start, at);
    QCOMPARE(orphan.quote, wording);
    QCOMPARE(orphan.note, QStringLiteral("note on declined to comment on the cost overrun"));
    QCOMPARE(corpus->annotationCount(), 3);

    // Undo it; then Delete in the list deletes it (and Undo brings it back).
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(corpus->annotationCount(), 2);
    QVERIFY(!corpus->documents()->span(Path, movedId).id.isEmpty()); // the other list's Delete did nothing
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(corpus->annotationCount(), 3);

    // Re-attach once more, through the menu action, and save.
    m_window->readingView()->selectRange(at, at + int(wording.size()));
    m_window->findChild<QAction *>(QStringLiteral("reattachAction"))->trigger();
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(TestUtil::readFile(sidecar()), sidecarBefore); // nothing written before the save
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!corpus->isModified());
    QCOMPARE(TestUtil::readFile(m_dir->filePath(Path)), edited); // the article is never written

    // Stored: the next open finds every highlight exactly.
    const QJsonObject after = anchoring(root());
    QCOMPARE(after.value(QLatin1String("exact")).toInt(), 3);
    QCOMPARE(after.value(QLatin1String("fuzzy")).toInt(), 0);
    QCOMPARE(after.value(QLatin1String("orphan")).toInt(), 0);
    QCOMPARE(after.value(QLatin1String("moved")).toInt(), 0);
}

void TestGuiTriage::testTriageInMenus()
{
    QMenu *edit = nullptr;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->menu() && a->text() == QLatin1String("&Edit"))
            edit = a->menu();
    }
    QVERIFY(edit);
    QMenu *triage = nullptr;
    for (QAction *a : edit->actions()) {
        if (a->menu() && a->text() == QLatin1String("Needs &Attention"))
            triage = a->menu();
    }
    QVERIFY(triage);
    QStringList names;
    for (QAction *a : triage->actions())
        names.append(a->objectName());
    QVERIFY(names.contains(QStringLiteral("showTriageAction")));
    QVERIFY(names.contains(QStringLiteral("acceptAnchorAction")));
    QVERIFY(names.contains(QStringLiteral("reattachAction")));
    QVERIFY(names.contains(QStringLiteral("deleteListedAction")));
    for (const char *name : { "showTriageAction", "acceptAnchorAction", "reattachAction" })
        QVERIFY2(!m_window->findChild<QAction *>(QLatin1String(name))->shortcut().isEmpty(), name);
    // And the dock in the View menu.
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("triageDock"));
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Needs Attention"));
}

void TestGuiTriage::testRecoveryQuestion_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addRow("Enter recovers") << QStringLiteral("recover");
    QTest::addRow("Discard") << QStringLiteral("discard");
    QTest::addRow("Escape keeps for later") << QStringLiteral("keep");
}

void TestGuiTriage::testRecoveryQuestion()
{
    QFETCH(QString, answer);
    QString span;
    {
        Corpus c;
        c.open(root());
        const QString tag = c.addTag(QStringLiteral("Blame"), QColor(Qt::yellow));
        c.addSpan(Path, 4, 10, tag);
        QVERIFY(c.save());
        Corpus crashed;
        crashed.setUseJournal(true);
        crashed.open(root());
        span = crashed.addSpan(Path, 11, 17, tag, QStringLiteral("not saved"));
        crashed.setSpanNote(Path, span, QStringLiteral("not saved, edited"));
        QVERIFY(crashed.setDocumentMemo(Path, QStringLiteral("memo not saved")));
    } // no save: as a crash leaves it
    const QString journal = Journal::pathFor(root());
    const QByteArray journalBytes = TestUtil::readFile(journal);
    const QByteArray sidecarBytes = TestUtil::readFile(sidecar());
    QVERIFY(!journalBytes.isEmpty());

    QVERIFY(TestUtil::openCorpusAndWait(&*m_window, root()));
    Corpus *corpus = m_window->corpus();
    QMessageBox *box = recoverDialog(m_window.get());
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QLatin1String("Recover 3 unsaved change")), qPrintable(box->text()));
    QCOMPARE(box->defaultButton()->text(), QStringLiteral("&Recover"));
    QCOMPARE(corpus->annotationCount(), 1);
    if (answer == QLatin1String("recover")) {
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!recoverDialog(m_window.get()));
        QVERIFY(reactivate(m_window.get()));
        QCOMPARE(corpus->annotationCount(), 2);
        QCOMPARE(corpus->documents()->span(Path, span).note, QStringLiteral("not saved, edited"));
        // testRecoveredMemoSurvives: the Memo dock showed its stale empty text
        // and wrote it back over the recovered memo on the next save.
        QCOMPARE(corpus->documentMemo(Path), QStringLiteral("memo not saved"));
        auto *memoEditor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("memoEditor"));
        QVERIFY(memoEditor);
        QCOMPARE(memoEditor->toPlainText(), QStringLiteral("memo not saved"));
        QVERIFY(corpus->isModified());
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("saveState"))->text(), QStringLiteral("Unsaved changes"));
        QCOMPARE(corpus->undoStack()->count(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(corpus->annotationCount(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(corpus->annotationCount(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!corpus->isModified());
        QVERIFY(!QFileInfo::exists(journal));
        QCOMPARE(SidecarStore(sidecar()).load().data.annotationCount(), 2);
        QCOMPARE(corpus->documentMemo(Path), QStringLiteral("memo not saved"));
        QVERIFY2(TestUtil::readFile(sidecar()).contains("memo not saved"), "the recovered memo was not saved");
    } else if (answer == QLatin1String("discard")) {
        QPushButton *discard = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QLatin1String("&Discard"))
                discard = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(discard);
        QTest::mouseClick(discard, Qt::LeftButton);
        QTRY_VERIFY(!recoverDialog(m_window.get()));
        QCOMPARE(corpus->annotationCount(), 1);
        QVERIFY(!corpus->isModified());
        QVERIFY(!QFileInfo::exists(journal));
        const QStringList aside = QDir(QFileInfo(journal).absolutePath())
                                      .entryList({ QStringLiteral("unsaved-*-discarded.journal") }, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(TestUtil::readFile(QFileInfo(journal).absolutePath() + QLatin1Char('/') + aside.first()),
            journalBytes);
        QCOMPARE(TestUtil::readFile(sidecar()), sidecarBytes);
    } else {
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!recoverDialog(m_window.get()));
        QCOMPARE(corpus->annotationCount(), 1);
        QVERIFY(!corpus->isModified());
        QCOMPARE(TestUtil::readFile(journal), journalBytes);
        QCOMPARE(TestUtil::readFile(sidecar()), sidecarBytes);
        // Offered again next time.
        QVERIFY(TestUtil::openCorpusAndWait(&*m_window, root()));
        box = recoverDialog(m_window.get());
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!recoverDialog(m_window.get()));
        QVERIFY(reactivate(m_window.get()));
        // Once something is saved here, it is a journal of another file: moved aside, and said so.
        corpus = m_window->corpus();
        QVERIFY(!corpus->addTag(QStringLiteral("New"), QColor(Qt::green)).isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!corpus->isModified());
        QVERIFY(!QFileInfo::exists(journal));
        const QStringList aside = QDir(QFileInfo(journal).absolutePath())
                                      .entryList({ QStringLiteral("unsaved-*-kept.journal") }, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(aside.first()),
            qPrintable(m_window->statusBar()->currentMessage()));
    }
}

QTEST_MAIN(TestGuiTriage)
#include "tst_gui_triage.moc"
