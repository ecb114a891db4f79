// A chain of different annotation gestures in the real window, offscreen,
// each made with the keys (or the dialog) an analyst uses: tag a selection
// with its number key, move the highlight's end by a word, re-code it from
// the tag palette, write the document memo, merge two tags, delete the
// highlight. Then Ctrl+Z walks the whole chain back, step by step, to the
// state as opened, and the platform's Redo keys walk it forward again; at
// every step the whole annotation state (the sidecar it would write) is the
// one recorded when the chain was made, and the History view follows.

#include "annotation/sidecarcodec.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"
#include "readingview.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kDocument = QStringLiteral("Valley Ledger/2026-03-04-bridge-closure-strands-commuters.md");
const QString Official = QStringLiteral("a4a2b19b-e302-5458-904a-fc2f70f46bec");
const QString Eyewitness = QStringLiteral("b3732b01-6934-5297-9f8a-3ea27d8d531f");

QSet<QString> spanIds(const Corpus &corpus)
{
    QSet<QString> ids;
    const CorpusModel *model = corpus.documents();
    for (const Span &s : model->spans(model->rowOfPath(kDocument)))
        ids.insert(s.id);
    return ids;
}
} // namespace

class TestGuiUndoChain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testUndoAndRedoTheWholeChain();
};

void TestGuiUndoChain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_undochain"));
    QSettings().clear(); // snapToWords defaults to on
}

void TestGuiUndoChain::testUndoAndRedoTheWholeChain()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/corpus");
    QVERIFY(TestUtil::copyTree(kSample, root));
    MainWindow window;
    window.setAutosaveDelay(60 * 60 * 1000);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(TestUtil::openCorpusAndWait(&window, root));
    for (QMessageBox *box : window.findChildren<QMessageBox *>())
        box->close();
    window.showDocument(kDocument);
    Corpus *corpus = window.corpus();
    CorpusModel *model = corpus->documents();
    ReadingView *reader = window.readingView();
    auto *spanList = window.findChild<QTreeView *>(QStringLiteral("spanList"));
    auto *history = window.findChild<QUndoView *>(QStringLiteral("undoHistory"));
    QVERIFY(spanList && history);
    QVERIFY(corpus->codebook()->contains(Official) && corpus->codebook()->contains(Eyewitness));
    const auto state = [corpus] { return SidecarCodec::serialize(corpus->toSidecarData()); };
    QVector<QByteArray> states { state() };
    QVector<QString> names;
    const auto stepDone = [&](const QString &name) {
        states.append(state());
        names.append(name);
        return corpus->undoStack()->count() == states.size() - 1 && states.last() != states.at(states.size() - 2);
    };

    // 1. Select the title's first two words with the keys and tag them with "1".
    const QSet<QString> before = spanIds(*corpus);
    reader->setFocus();
    QTest::keyClick(reader, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(reader, Qt::Key_Right);
    QTest::keyClick(reader, Qt::Key_Right);
    QTest::keyClick(reader, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(reader, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(reader->textCursor().hasSelection());
    QTest::keyClick(reader, '1');
    const QSet<QString> added = spanIds(*corpus) - before;
    QCOMPARE(added.size(), 1);
    const QString id = *added.cbegin();
    QVERIFY(stepDone(QStringLiteral("tag")));

    // 2. Pick it in the Highlights list with the mouse; its end one word further (Ctrl+Alt+Right).
    const QModelIndex row = model->spanIndex(kDocument, id);
    QVERIFY(row.isValid());
    spanList->scrollTo(row);
    QTest::mouseClick(spanList->viewport(), Qt::LeftButton, {}, spanList->visualRect(row).center());
    const Span tagged = model->span(kDocument, id);
    reader->setFocus();
    QTest::keyClick(reader, Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(model->span(kDocument, id).end > tagged.end);
    QVERIFY(stepDone(QStringLiteral("extend")));

    // 3. Re-code it: Ctrl+Shift+R, type the tag's name in the palette, Enter.
    QTest::keyClick(reader, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *picker = nullptr;
    QTRY_VERIFY((picker = window.findChild<QDialog *>(QStringLiteral("tagPicker"))) && picker->isVisible());
    auto *filter = picker->findChild<QLineEdit *>();
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("Eyewitness"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(model->span(kDocument, id).tagId, Eyewitness);
    QVERIFY(stepDone(QStringLiteral("recode")));

    // 4. The document memo: Ctrl+M, type, Ctrl+Return.
    window.activateWindow();
    reader->setFocus();
    QTest::keyClick(reader, Qt::Key_M, Qt::ControlModifier);
    auto *memo = window.findChild<QPlainTextEdit *>(QStringLiteral("memoEditor"));
    QVERIFY(memo);
    QTRY_VERIFY(memo->hasFocus());
    QTest::keyClicks(memo, QStringLiteral("Frames the closure as the council's fault."));
    QTest::keyClick(memo, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(corpus->documentMemo(kDocument), QStringLiteral("Frames the closure as the council's fault."));
    QVERIFY(stepDone(QStringLiteral("memo")));

    // 5. Merge "Eyewitness" into "Official response" (Edit › Codebook › Merge, its dialog answered).
    auto *tagView = window.findChild<QTreeView *>(QStringLiteral("codebookView"));
    tagView->setCurrentIndex(corpus->codebook()->indexOf(Eyewitness));
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setTextValue(QStringLiteral("Official response"));
        answered = true;
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("mergeTagAction"))->trigger();
    QVERIFY(answered);
    QVERIFY(!corpus->codebook()->contains(Eyewitness));
    QCOMPARE(model->span(kDocument, id).tagId, Official);
    QVERIFY(stepDone(QStringLiteral("merge")));

    // 6. Delete the highlight: pick it in the list, press Delete.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QModelIndex again = model->spanIndex(kDocument, id);
    spanList->scrollTo(again);
    QTest::mouseClick(spanList->viewport(), Qt::LeftButton, {}, spanList->visualRect(again).center());
    QTest::keyClick(spanList, Qt::Key_Delete);
    QVERIFY(model->span(kDocument, id).id.isEmpty());
    QVERIFY(stepDone(QStringLiteral("delete")));

    // The History view lists the opened state and the six steps, the last current.
    QCOMPARE(history->model()->rowCount(), states.size());
    QCOMPARE(history->currentIndex().row(), states.size() - 1);

    // Ctrl+Z back to the state as opened, one step at a time.
    reader->setFocus();
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        QTest::keyClick(reader, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(state() == states.at(i), qPrintable(QStringLiteral("after undoing %1").arg(names.at(i))));
        QCOMPARE(history->currentIndex().row(), i);
    }
    QVERIFY(!corpus->undoStack()->canUndo());
    QVERIFY(corpus->documentMemo(kDocument).isEmpty());
    QVERIFY(corpus->codebook()->contains(Eyewitness));

    // And forward again with the platform's Redo keys.
    const QKeySequence redo(QKeySequence::Redo);
    for (qsizetype i = 1; i < states.size(); ++i) {
        QTest::keySequence(&window, redo);
        QVERIFY2(state() == states.at(i), qPrintable(QStringLiteral("after redoing %1").arg(names.at(i - 1))));
    }
    QVERIFY(!corpus->undoStack()->canRedo());
    window.save();
}

QTEST_MAIN(TestGuiUndoChain)
#include "tst_gui_undochain.moc"
