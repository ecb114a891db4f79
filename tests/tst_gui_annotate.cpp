// The annotation workflow driven through the real window, offscreen: corpus
// search and "Tag All Results", snapping selections to words, stepping through
// highlights, and codebook merge/delete through the codebook's actions, each
// checked in the models and undone with the standard key.

#include "corpus/corpus.h"
#include "findbar.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/searchresultmodel.h"
#include "mainwindow.h"
#include "readingview.h"
#include "search/corpussearch.h"
#include "searchpanel.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

#include <memory>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kDocument = QStringLiteral("Valley Ledger/2026-03-04-bridge-closure-strands-commuters.md");
const QString Sources = QStringLiteral("6d20a9bd-e92e-5568-8a91-671af419d3af");
const QString Official = QStringLiteral("a4a2b19b-e302-5458-904a-fc2f70f46bec");
const QString Eyewitness = QStringLiteral("b3732b01-6934-5297-9f8a-3ea27d8d531f");

void closeMessageBoxes(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            box->close();
    }
}

int spansWithTag(const Corpus &corpus, const QString &tagId)
{
    int n = 0;
    for (int row = 0; row < corpus.documents()->documentCount(); ++row) {
        for (const Span &s : corpus.documents()->spans(row))
            n += s.tagId == tagId ? 1 : 0;
    }
    return n;
}

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}
} // namespace

class TestGuiAnnotate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void testSearchAndTagAllResults();
    void testSnapToWordsWidensSelection();
    void testSnapToWordsOffKeepsSelection();
    void testNextAndPreviousHighlight();
    void testMergeTagThroughCodebookAction();
    void testDeleteTagMovingSpansToParent();
    void testFindInArticleHighlightsAllHits();
    void testFilterDocumentListByTextOutletAndTag();

private:
    bool openCopy();
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGuiAnnotate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_annotate"));
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setAutosaveDelay(60 * 60 * 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiAnnotate::cleanup()
{
    m_window->save();
    closeMessageBoxes(m_window.get());
    m_dir.reset();
    QSettings().remove(QStringLiteral("snapToWords"));
}

void TestGuiAnnotate::cleanupTestCase()
{
    m_window.reset();
}

bool TestGuiAnnotate::openCopy()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString corpus = m_dir->path() + QStringLiteral("/corpus");
    if (!TestUtil::copyTree(kSample, corpus))
        return false;
    const bool opened = TestUtil::openCorpusAndWait(&*m_window, corpus);
    closeMessageBoxes(m_window.get());
    m_window->showDocument(kDocument);
    m_window->activateWindow();
    m_window->readingView()->setFocus();
    return opened && m_window->readingView()->documentPath() == kDocument;
}

void TestGuiAnnotate::testSearchAndTagAllResults()
{
    QVERIFY(openCopy());
    Corpus *corpus = m_window->corpus();
    const QString economic = corpus->codebook()->findByName(QStringLiteral("Economic cost"));
    const int before = spansWithTag(*corpus, economic);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *panel = m_window->findChild<SearchPanel *>(QStringLiteral("searchPanel"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(panel->patternEdit()));
    QTest::keyClicks(panel->patternEdit(), QStringLiteral("fares"));
    QTest::keyClick(panel->patternEdit(), Qt::Key_Return);

    CorpusSearch::Query q;
    q.pattern = QStringLiteral("fares");
    const int expected = int(CorpusSearch(q).search(corpus->documents()).size());
    QVERIFY(expected > 1);
    SearchResultModel *results = panel->results();
    QCOMPARE(results->rowCount(), expected);
    QCOMPARE(results->index(0, SearchResultModel::MatchColumn).data().toString().toLower(), QStringLiteral("fares"));
    QVERIFY(!results->index(0, SearchResultModel::BeforeColumn).data().toString().isEmpty());

    // Activating a result shows it selected in its document.
    auto *view = panel->findChild<QTreeView *>(QStringLiteral("searchResults"));
    const QModelIndex first = results->index(0, 0);
    view->setCurrentIndex(first);
    Q_EMIT view->activated(first);
    QCOMPARE(m_window->readingView()->documentPath(), first.data(SearchResultModel::PathRole).toString());
    QCOMPARE(m_window->readingView()->selectionRange(),
        qMakePair(first.data(SearchResultModel::StartRole).toInt(), first.data(SearchResultModel::EndRole).toInt()));

    // Tag All Results… opens the palette; Enter applies the filtered tag to every hit.
    panel->findChild<QPushButton *>(QStringLiteral("tagAllResults"))->click();
    QDialog *picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<QDialog *>(QStringLiteral("tagAllPicker"))) && picker->isVisible());
    QPointer<QDialog> guard(picker);
    QTest::keyClicks(picker->findChild<QLineEdit *>(), QStringLiteral("economic"));
    QTest::keyClick(picker->findChild<QLineEdit *>(), Qt::Key_Return);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());

    QCOMPARE(spansWithTag(*corpus, economic), before + expected);
    QCOMPARE(corpus->undoStack()->count(), 1);
    // The history lists the step (plus the "opened" state before it).
    auto *history = m_window->findChild<QUndoView *>(QStringLiteral("undoHistory"));
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 2);
    QCOMPARE(history->model()->index(1, 0).data().toString(), QStringLiteral("Auto-code “Economic cost”"));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(spansWithTag(*corpus, economic), before);
}

void TestGuiAnnotate::testSnapToWordsWidensSelection()
{
    QVERIFY(openCopy());
    QVERIFY(action(m_window.get(), "snapToWordsAction")->isChecked());
    ReadingView *view = m_window->readingView();
    const QString text = view->document()->toPlainText();
    const int closure = int(text.indexOf(QStringLiteral("closure")));
    // "losure stra" of "Bridge closure strands": two cut words.
    view->selectRange(closure + 1, closure + 12);
    QTest::keyClick(view, '1');
    const int row = m_window->corpus()->documents()->rowOfPath(kDocument);
    const auto &spans = m_window->corpus()->documents()->spans(row);
    const auto it = std::find_if(spans.cbegin(), spans.cend(), [&](const Span &s) { return s.start == closure; });
    QVERIFY(it != spans.cend());
    QCOMPARE(it->quote, QStringLiteral("closure strands"));
    // The view shows what was coded.
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("closure strands"));
}

void TestGuiAnnotate::testSnapToWordsOffKeepsSelection()
{
    QVERIFY(openCopy());
    QAction *snap = action(m_window.get(), "snapToWordsAction");
    snap->setChecked(false);
    QCOMPARE(QSettings().value(QStringLiteral("snapToWords")).toBool(), false);
    ReadingView *view = m_window->readingView();
    const int closure = int(view->document()->toPlainText().indexOf(QStringLiteral("closure")));
    view->selectRange(closure + 1, closure + 12);
    QTest::keyClick(view, '1');
    const int row = m_window->corpus()->documents()->rowOfPath(kDocument);
    const auto &spans = m_window->corpus()->documents()->spans(row);
    QVERIFY(std::any_of(spans.cbegin(), spans.cend(),
        [&](const Span &s) { return s.start == closure + 1 && s.quote == QStringLiteral("losure stra"); }));
    snap->setChecked(true);
}

void TestGuiAnnotate::testNextAndPreviousHighlight()
{
    QVERIFY(openCopy());
    ReadingView *view = m_window->readingView();
    const int row = m_window->corpus()->documents()->rowOfPath(kDocument);
    const QVector<Span> spans = m_window->corpus()->documents()->spans(row);
    QVERIFY(spans.size() >= 2);
    view->selectRange(0, 0);
    QTest::keyClick(view, Qt::Key_F8);
    QCOMPARE(view->selectionRange(), qMakePair(spans.at(0).start, spans.at(0).end));
    QTest::keyClick(view, Qt::Key_F8);
    QCOMPARE(view->selectionRange(), qMakePair(spans.at(1).start, spans.at(1).end));
    QTest::keyClick(view, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(view->selectionRange(), qMakePair(spans.at(0).start, spans.at(0).end));
}

void TestGuiAnnotate::testMergeTagThroughCodebookAction()
{
    QVERIFY(openCopy());
    Corpus *corpus = m_window->corpus();
    auto *tagView = m_window->findChild<QTreeView *>(QStringLiteral("codebookView"));
    tagView->setCurrentIndex(corpus->codebook()->indexOf(Eyewitness));
    const int moved = spansWithTag(*corpus, Eyewitness);
    const int kept = spansWithTag(*corpus, Official);
    QVERIFY(moved > 0);

    // The merge asks for the surviving tag in an input dialog: choose "Official response".
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setTextValue(QStringLiteral("Official response"));
        answered = true;
        dialog->accept();
    });
    action(m_window.get(), "mergeTagAction")->trigger();
    QVERIFY(answered);
    QVERIFY(!corpus->codebook()->contains(Eyewitness));
    QCOMPARE(spansWithTag(*corpus, Official), kept + moved);
    QCOMPARE(corpus->undoStack()->count(), 1);

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(corpus->codebook()->contains(Eyewitness));
    QCOMPARE(spansWithTag(*corpus, Eyewitness), moved);
    QCOMPARE(corpus->codebook()->tag(Eyewitness).parentId, Sources);
}

void TestGuiAnnotate::testDeleteTagMovingSpansToParent()
{
    QVERIFY(openCopy());
    Corpus *corpus = m_window->corpus();
    auto *tagView = m_window->findChild<QTreeView *>(QStringLiteral("codebookView"));
    tagView->setCurrentIndex(corpus->codebook()->indexOf(Eyewitness));
    const int moved = spansWithTag(*corpus, Eyewitness);
    const int parentBefore = spansWithTag(*corpus, Sources);
    const int total = corpus->documents()->spanCount();

    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().startsWith(QStringLiteral("Move to “Sources”"))) {
                answered = true;
                b->click();
            }
        }
    });
    action(m_window.get(), "deleteTagAction")->trigger();
    QVERIFY(answered);
    QVERIFY(!corpus->codebook()->contains(Eyewitness));
    QCOMPARE(corpus->documents()->spanCount(), total);
    QCOMPARE(spansWithTag(*corpus, Sources), parentBefore + moved);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(spansWithTag(*corpus, Eyewitness), moved);
}

void TestGuiAnnotate::testFindInArticleHighlightsAllHits()
{
    QVERIFY(openCopy());
    ReadingView *view = m_window->readingView();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    auto *bar = m_window->findChild<FindBar *>(QStringLiteral("findBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bar->edit()));
    QTest::keyClicks(bar->edit(), QStringLiteral("bridge"));
    CorpusSearch::Query q;
    q.pattern = QStringLiteral("bridge");
    const auto hits = CorpusSearch(q).searchText({}, view->document()->toPlainText());
    QVERIFY(hits.size() > 2);
    QCOMPARE(bar->hitCount(), int(hits.size()));
    QCOMPARE(view->extraSelections().size(), hits.size());
    QCOMPARE(view->extraSelections().at(1).cursor.selectionStart(), hits.at(1).start);
    // Enter goes from hit to hit; the spans are untouched.
    const int spans = m_window->corpus()->documents()->spanCount();
    view->selectRange(0, 0);
    QTest::keyClick(bar->edit(), Qt::Key_Return);
    QCOMPARE(view->selectionRange(), qMakePair(hits.at(0).start, hits.at(0).end));
    QTest::keyClick(bar->edit(), Qt::Key_Return);
    QCOMPARE(view->selectionRange(), qMakePair(hits.at(1).start, hits.at(1).end));
    QTest::keyClick(bar->edit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->selectionRange(), qMakePair(hits.at(0).start, hits.at(0).end));
    QCOMPARE(m_window->corpus()->documents()->spanCount(), spans);
    // Escape closes the bar and clears the highlights.
    QTest::keyClick(bar->edit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(view->extraSelections().isEmpty());
}

void TestGuiAnnotate::testFilterDocumentListByTextOutletAndTag()
{
    QVERIFY(openCopy());
    auto *list = m_window->findChild<QTreeView *>(QStringLiteral("documentList"));
    auto *text = m_window->findChild<QLineEdit *>(QStringLiteral("documentFilterText"));
    auto *outlet = m_window->findChild<QComboBox *>(QStringLiteral("documentFilterOutlet"));
    auto *tag = m_window->findChild<QComboBox *>(QStringLiteral("documentFilterTag"));
    QVERIFY(list && text && outlet && tag);
    const int all = m_window->corpus()->documents()->documentCount();
    QCOMPARE(list->model()->rowCount(), all);

    QTest::keyClicks(text, QStringLiteral("fare"));
    const int withFare = list->model()->rowCount();
    QVERIFY(withFare > 0 && withFare < all);
    text->clear();
    QCOMPARE(list->model()->rowCount(), all);

    outlet->setCurrentIndex(outlet->findText(QStringLiteral("Meridian Review")));
    QCOMPARE(list->model()->rowCount(), 3);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(
            list->model()->index(r, 0).data(CorpusModel::OutletRole).toString(), QStringLiteral("Meridian Review"));
    outlet->setCurrentIndex(0);

    // "Sources" includes its sub-tags; the combo lists tags by path.
    tag->setCurrentIndex(tag->findText(QStringLiteral("Sources")));
    const int withSources = list->model()->rowCount();
    QVERIFY(withSources > 0 && withSources < all);
    tag->setCurrentIndex(tag->findText(QStringLiteral("Sources / Eyewitness")));
    QVERIFY(list->model()->rowCount() <= withSources);
    tag->setCurrentIndex(0);
    QCOMPARE(list->model()->rowCount(), all);
}

QTEST_MAIN(TestGuiAnnotate)
#include "tst_gui_annotate.moc"
