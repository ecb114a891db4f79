// The comparison window driven offscreen: open it from two selected documents
// and the Compare action, check that every aligned pair on screen has a
// connector, click a difference and check both panes scrolled to it, link and
// unlink sentences by hand (stored in the sidecar, undoable).

#include "compare/manuallinkstore.h"
#include "comparepdfdialog.h"
#include "comparewindow.h"
#include "connectorstrip.h"
#include "corpus/corpus.h"
#include "differencespanel.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"
#include "readingview.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>

using namespace Marginalia;

namespace {
const QString kA = QStringLiteral("Northgate Herald/2026-03-06-council-approves-fare-increase.md");
const QString kB = QStringLiteral("Valley Ledger/2026-03-06-transit-fares-rise-forty-cents.txt");

// Whether the text range is (at least partly) inside the pane's viewport.
bool onScreen(ReadingView *pane, const TextRange &r)
{
    QTextCursor c(pane->document());
    c.setPosition(r.start);
    const QRect rect = pane->cursorRect(c);
    return rect.top() >= 0 && rect.bottom() <= pane->viewport()->height();
}
} // namespace

class TestGuiCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void compareActionOpensWindowForTwoSelectedDocuments();
    void connectorsForVisiblePairs();
    void clutterLinesAreLeftOut();
    void clickingADifferenceScrollsBothPanes();
    void manualLinkIsStoredAndUndoable();
    void keepPartnersLevelScrollsThePartner();
    void linksInASidecarWrittenElsewhereAreShown();
    void exportPdfWritesTheComparison();
    void exportPdfToUnwritablePathSaysSoAndWritesNothing();

private:
    CompareWindow *openCompare();
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_main = nullptr;
};

void TestGuiCompare::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(TestUtil::copyTree(QStringLiteral(MARGINALIA_SAMPLE_CORPUS), m_dir->path()));
    m_main = new MainWindow;
    m_main->setAutosaveDelay(60000);
    m_main->show();
    QVERIFY(TestUtil::openCorpusAndWait(&*m_main, m_dir->path()));
    for (QMessageBox *box : m_main->findChildren<QMessageBox *>())
        box->close();
}

void TestGuiCompare::cleanup()
{
    m_main->corpus()->undoStack()->setClean(); // no save prompt
    delete m_main;
    m_main = nullptr;
    delete m_dir;
}

CompareWindow *TestGuiCompare::openCompare()
{
    auto *list = m_main->findChild<QTreeView *>(QStringLiteral("documentList"));
    if (!list)
        return nullptr;
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(list->model());
    const QModelIndex a = proxy->mapFromSource(m_main->corpus()->documents()->documentIndex(kA));
    const QModelIndex b = proxy->mapFromSource(m_main->corpus()->documents()->documentIndex(kB));
    list->selectionModel()->select(a, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list->selectionModel()->select(b, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *action = m_main->findChild<QAction *>(QStringLiteral("compareAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *w = m_main->findChild<CompareWindow *>();
    if (w) {
        w->resize(1200, 700);
        if (!QTest::qWaitForWindowExposed(w))
            return nullptr;
    }
    return w;
}

void TestGuiCompare::compareActionOpensWindowForTwoSelectedDocuments()
{
    auto *action = m_main->findChild<QAction *>(QStringLiteral("compareAction"));
    QVERIFY(action);
    // One document selected: no window.
    auto *list = m_main->findChild<QTreeView *>(QStringLiteral("documentList"));
    list->selectionModel()->clearSelection();
    action->trigger();
    QVERIFY(!m_main->findChild<CompareWindow *>());
    CompareWindow *w = openCompare();
    QVERIFY(w);
    QCOMPARE(w->paneA()->documentPath(), kA);
    QCOMPARE(w->paneB()->documentPath(), kB);
    QVERIFY(w->paneA()->toPlainText().startsWith(QLatin1String("# Council approves")));
    QVERIFY(w->result().pairs.size() >= 8);
    // Tag counts per side: the sample has annotations on both fare articles.
    QTreeWidgetItem *tags = w->differencesPanel()->group(DifferencesPanel::Tags);
    QVERIFY(tags->childCount() > 0);
    int totalA = 0, totalB = 0;
    for (int i = 0; i < tags->childCount(); ++i) {
        totalA += tags->child(i)->text(0).section(QLatin1String(": "), -1).toInt();
        totalB += tags->child(i)->text(1).section(QLatin1String(": "), -1).toInt();
    }
    const CorpusModel *docs = m_main->corpus()->documents();
    QCOMPARE(totalA, int(docs->spans(docs->rowOfPath(kA)).size()));
    QCOMPARE(totalB, int(docs->spans(docs->rowOfPath(kB)).size()));
    // The shared quote's "she said" names whom "she" refers to.
    QTreeWidgetItem *quotes = w->differencesPanel()->group(DifferencesPanel::Quotes);
    bool resolved = false;
    for (int i = 0; i < quotes->childCount(); ++i)
        resolved = resolved
            || quotes->child(i)->text(0).contains(QLatin1String("she [Council President Ruth Castellanos] said"));
    QVERIFY(resolved);
}

void TestGuiCompare::connectorsForVisiblePairs()
{
    CompareWindow *w = openCompare();
    QVERIFY(w);
    ConnectorStrip *strip = w->connectorStrip();
    strip->layoutConnectors();
    QVERIFY(!strip->connectors().isEmpty());
    // Every pair with a sentence on screen on either side has its connector,
    // with ends at the height of its sentences.
    int expected = 0;
    for (int i = 0; i < w->result().pairs.size(); ++i) {
        const AlignedPair &p = w->result().pairs.at(i);
        if (onScreen(w->paneA(), w->result().rangeA(p)) || onScreen(w->paneB(), w->result().rangeB(p)))
            ++expected;
    }
    QVERIFY(expected > 0);
    QVERIFY(strip->connectors().size() >= expected);
    for (const ConnectorStrip::Connector &c : strip->connectors()) {
        QVERIFY(c.pair >= 0 && c.pair < w->result().pairs.size());
        QVERIFY(c.from.y() >= -1 && c.from.y() <= strip->height() + 1);
        QCOMPARE(c.color.rgb(), ConnectorStrip::colorFor(w->result().pairs.at(c.pair)).rgb());
    }
    w->grab().save(QDir::temp().filePath(QStringLiteral("marginalia-compare.png")));
}

// The Coastline Wire article carries page furniture the importer marks
// (cookie notice, "Loading...", share prompts, "Read more" teasers): the
// window's comparison leaves those lines out of pairs and of "only in B".
void TestGuiCompare::clutterLinesAreLeftOut()
{
    const QString clutterDoc = QStringLiteral("Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt");
    const QString other = QStringLiteral("Northgate Herald/2026-03-03-harrow-street-bridge-closed-after-storm.txt");
    const CorpusModel *docs = m_main->corpus()->documents();
    const QVector<TextRange> boilerplate = docs->document(docs->rowOfPath(clutterDoc)).boilerplate;
    QVERIFY(boilerplate.size() >= 5);
    CompareWindow w(m_main->corpus(), other, clutterDoc);
    const ComparisonResult &r = w.result();
    QVERIFY(r.pairs.size() >= 8);
    auto inClutter = [&](int sentence) {
        return std::any_of(boilerplate.cbegin(), boilerplate.cend(),
            [&](const TextRange &b) { return b.overlaps(r.sentencesB.at(sentence)); });
    };
    for (int i = 0; i < r.sentencesB.size(); ++i)
        QVERIFY2(!inClutter(i), qPrintable(QString::number(i)));
    for (const UnmatchedSentence &u : r.onlyB)
        QVERIFY(!inClutter(u.sentence));
    // "Read more: Storm Corrin leaves 9,000 without power" is furniture, not a number of the story.
    for (const NumberMention &n : r.numbersB)
        QVERIFY2(n.text != QLatin1String("9,000"), qPrintable(n.text));
}

void TestGuiCompare::clickingADifferenceScrollsBothPanes()
{
    CompareWindow *w = openCompare();
    QVERIFY(w);
    DifferencesPanel *panel = w->differencesPanel();
    QTreeWidgetItem *numbers = panel->group(DifferencesPanel::Numbers);
    QVERIFY(numbers->childCount() > 0);
    // The last differing number sits low in both articles: both panes must move.
    QTreeWidgetItem *item = numbers->child(numbers->childCount() - 1);
    const TextRange ra = item->data(0, Qt::UserRole + 1).value<TextRange>();
    const TextRange rb = item->data(0, Qt::UserRole + 2).value<TextRange>();
    QVERIFY(!ra.isEmpty() && !rb.isEmpty());
    w->paneA()->verticalScrollBar()->setValue(0);
    w->paneB()->verticalScrollBar()->setValue(0);
    panel->scrollToItem(item);
    const QRect r = panel->visualItemRect(item);
    QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, r.center());
    QCOMPARE(w->paneA()->textCursor().selectionStart(), ra.start);
    QCOMPARE(w->paneB()->textCursor().selectionStart(), rb.start);
    QVERIFY(onScreen(w->paneA(), ra));
    QVERIFY(onScreen(w->paneB(), rb));
}

void TestGuiCompare::manualLinkIsStoredAndUndoable()
{
    CompareWindow *w = openCompare();
    QVERIFY(w);
    Corpus *corpus = m_main->corpus();
    const ComparisonResult before = w->result();
    // Two sentences the aligner leaves apart: "About 200 people rallied" and
    // "In all, 34 people addressed the council".
    const QString ta = w->paneA()->toPlainText();
    const QString tb = w->paneB()->toPlainText();
    const int a = int(ta.indexOf(QLatin1String("About 200 people rallied")));
    const int b = int(tb.indexOf(QLatin1String("In all, 34 people")));
    QVERIFY(a > 0 && b > 0);
    auto pairWith = [](const ComparisonResult &r, int posA, int posB) {
        for (const AlignedPair &p : r.pairs) {
            if (r.rangeA(p).start <= posA && posA < r.rangeA(p).end && r.rangeB(p).start <= posB
                && posB < r.rangeB(p).end)
                return &p;
        }
        return static_cast<const AlignedPair *>(nullptr);
    };
    QVERIFY(!pairWith(before, a, b));
    QTextCursor ca(w->paneA()->document());
    ca.setPosition(a + 3);
    w->paneA()->setTextCursor(ca);
    QTextCursor cb(w->paneB()->document());
    cb.setPosition(b + 3);
    w->paneB()->setTextCursor(cb);
    QTest::keySequence(w, QKeySequence(Qt::CTRL | Qt::Key_L));
    const AlignedPair *linked = pairWith(w->result(), a, b);
    QVERIFY(linked);
    QVERIFY(linked->manual);
    QCOMPARE(ManualLinkStore::links(*corpus, kA, kB).size(), 1);
    // Saved in the sidecar, in code points.
    QVERIFY(corpus->save());
    const QByteArray sidecar = TestUtil::readFile(corpus->sidecarPath());
    QVERIFY(sidecar.contains("\"comparisons\""));
    QVERIFY(sidecar.contains("\"a_start\""));
    // Undo removes it again.
    corpus->undoStack()->undo();
    QVERIFY(!pairWith(w->result(), a, b));
    QVERIFY(ManualLinkStore::links(*corpus, kA, kB).isEmpty());
    // Removing an automatic link keeps those sentences apart on recomputation.
    corpus->undoStack()->redo();
    const int castA = int(ta.indexOf(QLatin1String("Council President Ruth Castellanos, who voted")));
    const int castB = int(tb.indexOf(QLatin1String("Council President Ruth Castellanos said")));
    QVERIFY(pairWith(w->result(), castA, castB));
    ca.setPosition(castA + 2);
    w->paneA()->setTextCursor(ca);
    QTest::keySequence(w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QVERIFY(!pairWith(w->result(), castA, castB));
    QCOMPARE(ManualLinkStore::links(*corpus, kA, kB).size(), 2);
}

void TestGuiCompare::linksInASidecarWrittenElsewhereAreShown()
{
    CompareWindow *w = openCompare();
    QVERIFY(w);
    const QString ta = w->paneA()->toPlainText();
    const QString tb = w->paneB()->toPlainText();
    const int a = int(ta.indexOf(QLatin1String("About 200 people rallied")));
    const int b = int(tb.indexOf(QLatin1String("In all, 34 people")));
    QVERIFY(a > 0 && b > 0);
    auto linked = [&] {
        for (const AlignedPair &p : w->result().pairs) {
            if (p.manual && w->result().rangeA(p).start <= a && a < w->result().rangeA(p).end
                && w->result().rangeB(p).start <= b && b < w->result().rangeB(p).end)
                return true;
        }
        return false;
    };
    QVERIFY(!linked());
    // Another analyst (a git pull, a second machine) links the two sentences.
    {
        Corpus other;
        QCOMPARE(other.open(m_main->corpus()->rootPath()), Corpus::OpenStatus::Ok);
        ManualLink l;
        l.a = { a, a + 10 };
        l.b = { b, b + 10 };
        QVERIFY(ManualLinkStore::addLink(other, kA, kB, l, QStringLiteral("link")));
        QVERIFY(other.save());
    }
    // The window loads it (the file watcher calls the same function).
    QVERIFY(m_main->corpus()->reloadSidecar());
    QVERIFY(linked());
}

void TestGuiCompare::keepPartnersLevelScrollsThePartner()
{
    CompareWindow *w = openCompare();
    QVERIFY(w);
    QVERIFY(w->keepLevelAction()->isChecked());
    // Scroll A so that the pair of the Castellanos quote is at the top: its
    // partner in B must come level (within two lines).
    const QString ta = w->paneA()->toPlainText();
    const int pos = int(ta.indexOf(QLatin1String("\"Nobody on this council")));
    int pairIndex = -1;
    for (int i = 0; i < w->result().pairs.size(); ++i) {
        if (w->result().rangeA(w->result().pairs.at(i)).start == pos)
            pairIndex = i;
    }
    QVERIFY(pairIndex >= 0);
    const AlignedPair &p = w->result().pairs.at(pairIndex);
    QTextCursor ca(w->paneA()->document());
    ca.setPosition(pos);
    w->paneA()->verticalScrollBar()->setValue(ca.block().firstLineNumber());
    QTextCursor cb(w->paneB()->document());
    cb.setPosition(w->result().rangeB(p).start);
    const int ya = w->paneA()->cursorRect(ca).top();
    const int yb = w->paneB()->cursorRect(cb).top();
    const int line = w->paneB()->fontMetrics().lineSpacing();
    QVERIFY2(std::abs(ya - yb) <= 2 * line, qPrintable(QStringLiteral("A at %1, B at %2").arg(ya).arg(yb)));
    // Plain linked scrolling: proportional.
    w->keepLevelAction()->setChecked(false);
    w->paneA()->verticalScrollBar()->setValue(0);
    QCOMPARE(w->paneB()->verticalScrollBar()->value(), 0);
}

void TestGuiCompare::exportPdfWritesTheComparison()
{
    CompareWindow *w = openCompare();
    QVERIFY(w);
    auto *action = w->findChild<QAction *>(QStringLiteral("exportPdf"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = w->findChild<ComparePdfDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->annotationsBox()->isChecked());
    const QString out = m_dir->filePath(QStringLiteral("compare.pdf"));
    dialog->pathEdit()->setText(out);
    QSignalSpy done(dialog, &ComparePdfDialog::exportFinished);
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Export"))
            exportButton = b;
    }
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(dialog->isBusy() || done.count() == 1);
    QVERIFY(done.count() == 1 || done.wait(60000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QVERIFY(TestUtil::readFile(out).startsWith("%PDF-"));
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("compare.pdf")),
        qPrintable(dialog->statusLabel()->text()));
    dialog->close();
}

void TestGuiCompare::exportPdfToUnwritablePathSaysSoAndWritesNothing()
{
    CompareWindow *w = openCompare();
    QVERIFY(w);
    w->exportPdf();
    auto *dialog = w->findChild<ComparePdfDialog *>();
    QVERIFY(dialog);
    const QString out = m_dir->filePath(QStringLiteral("no/such/folder/compare.pdf"));
    dialog->pathEdit()->setText(out);
    QSignalSpy done(dialog, &ComparePdfDialog::exportFinished);
    dialog->start();
    QVERIFY(done.count() == 1 || done.wait(60000));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("does not exist")),
        qPrintable(dialog->statusLabel()->text()));
    dialog->close();
}

QTEST_MAIN(TestGuiCompare)
#include "tst_guicompare.moc"
