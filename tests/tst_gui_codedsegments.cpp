// The coded-segments browser in the real window, offscreen: View › Coded
// Segments (Ctrl+Shift+G), a tag chosen with and without sub-tags, a click
// on a row of another document opens it and selects the span, and the list
// follows a deletion and its undo made with the keyboard.

#include "codedsegmentspanel.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/codedsegmentsproxy.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/spanlistproxy.h"
#include "mainwindow.h"
#include "readingview.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kDocument = QStringLiteral("Valley Ledger/2026-03-04-bridge-closure-strands-commuters.md");
const QString Sources = QStringLiteral("6d20a9bd-e92e-5568-8a91-671af419d3af");

int spansWithTags(const Corpus &corpus, const QStringList &tagIds)
{
    int n = 0;
    for (int row = 0; row < corpus.documents()->documentCount(); ++row) {
        for (const Span &s : corpus.documents()->spans(row))
            n += tagIds.contains(s.tagId) ? 1 : 0;
    }
    return n;
}
} // namespace

class TestGuiCodedSegments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testBrowseAndJump();
};

void TestGuiCodedSegments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_codedsegments"));
    QSettings().clear();
}

void TestGuiCodedSegments::testBrowseAndJump()
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

    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("codedSegmentsDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dock->isVisible());

    auto *panel = window.findChild<CodedSegmentsPanel *>(QStringLiteral("codedSegmentsPanel"));
    QVERIFY(panel);
    QAbstractItemModelTester tester(panel->segments(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTreeView *view = panel->view();
    auto *subTags = panel->findChild<QCheckBox *>(QStringLiteral("segmentsSubTags"));
    auto *status = panel->findChild<QLabel *>(QStringLiteral("segmentsStatus"));
    QCOMPARE(view->model()->rowCount(), corpus->documents()->spanCount());

    // Choose "Sources" in the combo box by keyboard; sub-tags are included by default.
    QComboBox *combo = panel->tagCombo();
    combo->setFocus();
    const int target = combo->findData(Sources);
    QVERIFY(target > 0);
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), Sources);
    const QStringList family = corpus->codebook()->descendants(Sources) + QStringList { Sources };
    const int withSub = spansWithTags(*corpus, family);
    QVERIFY(withSub > 0);
    QCOMPARE(view->model()->rowCount(), withSub);
    QVERIFY(status->text().contains(QString::number(withSub)));
    subTags->click();
    QCOMPARE(view->model()->rowCount(), spansWithTags(*corpus, { Sources }));
    subTags->click();
    QCOMPARE(view->model()->rowCount(), withSub);

    // Click a segment of another document: it opens, and the span is selected.
    QModelIndex row;
    for (int r = 0; r < view->model()->rowCount() && !row.isValid(); ++r) {
        const QModelIndex i = view->model()->index(r, SpanListProxy::QuoteColumn);
        if (i.data(CorpusModel::PathRole).toString() != kDocument)
            row = i;
    }
    QVERIFY(row.isValid());
    const QString path = row.data(CorpusModel::PathRole).toString();
    const QString spanId = row.data(CorpusModel::SpanIdRole).toString();
    const Span span = corpus->documents()->span(path, spanId);
    view->scrollTo(row);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QCOMPARE(window.readingView()->documentPath(), path);
    QCOMPARE(window.readingView()->textCursor().selectionStart(), span.start);
    QCOMPARE(window.readingView()->textCursor().selectionEnd(), span.end);
    auto *spanList = window.findChild<QTreeView *>(QStringLiteral("spanList"));
    QCOMPARE(spanList->currentIndex().data(CorpusModel::SpanIdRole).toString(), spanId);

    // Delete the selected highlight from the keyboard: the row goes; undo brings it back.
    window.readingView()->setFocus();
    QTest::keyClick(window.readingView(), Qt::Key_Delete);
    QCOMPARE(corpus->documents()->span(path, spanId).id, QString());
    QCOMPARE(view->model()->rowCount(), withSub - 1);
    QVERIFY(status->text().contains(QString::number(withSub - 1)));
    QTest::keyClick(window.readingView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(view->model()->rowCount(), withSub);

    // The text filter narrows the list to what the quote, note or title contains.
    auto *filter = panel->findChild<QLineEdit *>(QStringLiteral("segmentsFilter"));
    QTest::keyClicks(filter, span.quote.left(12));
    QVERIFY(view->model()->rowCount() >= 1);
    QVERIFY(view->model()->rowCount() <= withSub);
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex i = view->model()->index(r, 0);
        const QString needle = span.quote.left(12);
        QVERIFY(i.data(CorpusModel::QuoteRole).toString().contains(needle, Qt::CaseInsensitive)
            || i.data(CorpusModel::NoteRole).toString().contains(needle, Qt::CaseInsensitive)
            || i.data().toString().contains(needle, Qt::CaseInsensitive));
    }
    window.save();
}

QTEST_MAIN(TestGuiCodedSegments)
#include "tst_gui_codedsegments.moc"
