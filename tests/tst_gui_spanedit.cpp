// Adjusting a highlight's boundaries by keyboard in the real window,
// offscreen: pick the highlight in the Highlights list with the mouse, then
// Ctrl+Alt+Right/Left (end) and Ctrl+Alt+Shift+Left/Right (start) move an
// edge by a word; each is one undo step, undone with Ctrl+Z. And re-coding a
// highlight from the tag palette (Ctrl+Shift+R), typed and confirmed with Enter.

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"
#include "readingview.h"
#include "testutil.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kDocument = QStringLiteral("Valley Ledger/2026-03-04-bridge-closure-strands-commuters.md");
} // namespace

class TestGuiSpanEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testAdjustBoundariesByKeyboard();
    void testChangeTagFromPalette();
};

void TestGuiSpanEdit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_spanedit"));
    QSettings().clear(); // snapToWords defaults to on
}

void TestGuiSpanEdit::testAdjustBoundariesByKeyboard()
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
    const QString text = model->document(model->rowOfPath(kDocument)).text();

    // A highlight on a word between two words (made here, so the test does not
    // depend on where the sample's highlights happen to end).
    auto *spanList = window.findChild<QTreeView *>(QStringLiteral("spanList"));
    QVERIFY(spanList);
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("[a-z]+ ([a-z]+) [a-z]+")).match(text, text.size() / 3);
    QVERIFY(m.hasMatch());
    const QString id = corpus->addSpan(
        kDocument, int(m.capturedStart(1)), int(m.capturedEnd(1)), corpus->codebook()->tags().first().id);
    QVERIFY(!id.isEmpty());
    const QModelIndex row = model->spanIndex(kDocument, id);
    QVERIFY(row.isValid());
    const Span original = model->span(kDocument, row.data(CorpusModel::SpanIdRole).toString());
    spanList->scrollTo(row);
    QTest::mouseClick(spanList->viewport(), Qt::LeftButton, {}, spanList->visualRect(row).center());
    QCOMPARE(spanList->currentIndex().data(CorpusModel::SpanIdRole).toString(), original.id);
    ReadingView *reader = window.readingView();
    reader->setFocus();
    const int undoBefore = corpus->undoStack()->count();

    // End + one word: the added text is the white space and exactly one word.
    QTest::keyClick(reader, Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier);
    Span s = model->span(kDocument, original.id);
    QCOMPARE(s.start, original.start);
    QVERIFY(s.end > original.end + 1);
    const QString added = text.mid(original.end, s.end - original.end);
    QVERIFY2(added.at(0).isSpace() && !added.trimmed().contains(QLatin1Char(' ')), qPrintable(added));
    QVERIFY(s.end == text.size() || !text.at(s.end).isLetter());
    QCOMPARE(s.quote, text.mid(s.start, s.end - s.start));
    QCOMPARE(reader->textCursor().selectionStart(), s.start);
    QCOMPARE(reader->textCursor().selectionEnd(), s.end);
    QCOMPARE(corpus->undoStack()->count(), undoBefore + 1);

    // End - one word: back where it was.
    QTest::keyClick(reader, Qt::Key_Left, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(model->span(kDocument, original.id).end, original.end);

    // Start - one word: the word before joins.
    QTest::keyClick(reader, Qt::Key_Left, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    s = model->span(kDocument, original.id);
    QVERIFY(s.start < original.start - 1);
    QVERIFY(!text.mid(s.start, original.start - s.start).trimmed().contains(QLatin1Char(' ')));
    QVERIFY(s.start == 0 || !text.at(s.start - 1).isLetter());
    QCOMPARE(s.end, original.end);

    // Start + one word: back again.
    QTest::keyClick(reader, Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(model->span(kDocument, original.id).start, original.start);
    QCOMPARE(corpus->undoStack()->count(), undoBefore + 4);

    // Undo the four steps with Ctrl+Z, newest first; then the span is the original again, quote included.
    QTest::keyClick(reader, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->span(kDocument, original.id).start, s.start); // the start is extended again
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(reader, Qt::Key_Z, Qt::ControlModifier);
    const Span back = model->span(kDocument, original.id);
    QCOMPARE(back.start, original.start);
    QCOMPARE(back.end, original.end);
    QCOMPARE(back.quote, original.quote);
    QCOMPARE(back.prefix, original.prefix);
    window.save();
}

void TestGuiSpanEdit::testChangeTagFromPalette()
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

    // Pick the first highlight in the Highlights list with the mouse.
    auto *spanList = window.findChild<QTreeView *>(QStringLiteral("spanList"));
    const QModelIndex row = model->index(0, 0, model->documentIndex(kDocument));
    QVERIFY(row.isValid());
    const Span original = model->span(kDocument, row.data(CorpusModel::SpanIdRole).toString());
    QTest::mouseClick(spanList->viewport(), Qt::LeftButton, {}, spanList->visualRect(row).center());
    QCOMPARE(spanList->currentIndex().data(CorpusModel::SpanIdRole).toString(), original.id);

    // A different tag, chosen by typing its name in the palette (Ctrl+Shift+R) and Enter.
    Tag target;
    for (const Tag &t : corpus->codebook()->tags()) {
        if (t.id != original.tagId && t.parentId.isEmpty()) {
            target = t;
            break;
        }
    }
    QVERIFY(!target.id.isEmpty());
    window.readingView()->setFocus();
    QTest::keyClick(window.readingView(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *picker = nullptr;
    QTRY_VERIFY((picker = window.findChild<QDialog *>(QStringLiteral("tagPicker"))) && picker->isVisible());
    auto *filter = picker->findChild<QLineEdit *>();
    QVERIFY(filter);
    QTest::keyClicks(filter, target.name);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(model->span(kDocument, original.id).tagId, target.id);
    const Span changed = model->span(kDocument, original.id);
    QCOMPARE(changed.start, original.start);
    QCOMPARE(changed.end, original.end);
    QCOMPARE(changed.note, original.note);

    // One undo step brings the old tag back.
    window.readingView()->setFocus();
    QTest::keyClick(window.readingView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->span(kDocument, original.id).tagId, original.tagId);
    window.save();
}

QTEST_MAIN(TestGuiSpanEdit)
#include "tst_gui_spanedit.moc"
