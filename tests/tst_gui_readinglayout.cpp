// What a span change repaints in the reading view, offscreen: only the
// rectangles of the blocks it touches (text and coding stripes), nothing when
// those blocks are off screen, and no other block's layout is thrown away.
// Qt's own QPlainTextDocumentLayout repaints the whole viewport and drops the
// next block's layout on every rehighlighted block (ReadingLayout says why).
// And what is on screen after a series of changes (overlaps, spans across
// paragraphs, undo, redo, a recoloured tag) is what a full repaint draws.

#include "codingstripearea.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "readingview.h"
#include "render/spanhighlighter.h"
#include "testutil.h"

#include <QApplication>
#include <QImage>
#include <QPaintEvent>
#include <QScreen>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

using namespace Marginalia;

namespace {
const QString kPath = QStringLiteral("Wire/2026-03-10-repaint.txt");
const int kParagraphs = 40;

QString paragraph(int i)
{
    // Three or four lines each in a 700 px wide view.
    return QStringLiteral("Paragraph %1: the harbour council met again on Tuesday to weigh the ferry repairs, the "
                          "fares and the budget, while commuters queued at the bridge and residents asked for an "
                          "inquiry into the storm damage that closed the crossing for a week in March.")
        .arg(i);
}

// Collects the regions painted on the widgets it filters.
class PaintRecorder : public QObject
{
public:
    QHash<QObject *, QRegion> painted;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted[watched] += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

QString describe(const QRegion &region)
{
    QStringList parts;
    for (const QRect &r : region)
        parts.append(QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()));
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral("; "));
}
} // namespace

class TestGuiReadingLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void testSpanChangeRepaintsOnlyItsBlocks_data();
    void testSpanChangeRepaintsOnlyItsBlocks();
    void testSpanChangeOffScreenPaintsNothing();
    void testOtherBlocksKeepTheirLayout();
    void testScreenMatchesFullRepaintAfterChanges();

private:
    int startOf(int i) const { return int(m_text.indexOf(paragraph(i))); }
    /// The rows of paragraphs first..last in the viewport, from the top of the
    /// first's first line to the bottom of the last's last line.
    QRect rowsOf(int first, int last) const;
    /// What the window shows (the offscreen backing store), not a fresh render.
    QImage screen() const;
    void settle() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Corpus> m_corpus;
    std::unique_ptr<ReadingView> m_view;
    QString m_text;
    QString m_tags[3];
};

void TestGuiReadingLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QStringList paragraphs;
    for (int i = 0; i < kParagraphs; ++i)
        paragraphs.append(paragraph(i));
    QVERIFY(TestUtil::writeFile(m_dir->filePath(kPath), paragraphs.join(QLatin1Char('\n')).toUtf8() + '\n'));
    m_corpus = std::make_unique<Corpus>();
    QCOMPARE(m_corpus->open(m_dir->path()), Corpus::OpenStatus::Ok);
    const QString names[3] = { QStringLiteral("Alarm"), QStringLiteral("Blame"), QStringLiteral("Cost") };
    const QColor colors[3] = { QColor(0xff, 0xcd, 0xd2), QColor(0xc8, 0xe6, 0xc9), QColor(0xbb, 0xde, 0xfb) };
    for (int t = 0; t < 3; ++t) {
        m_tags[t] = m_corpus->addTag(names[t], colors[t]);
        QVERIFY(!m_tags[t].isEmpty());
    }
    m_text = m_corpus->documents()->document(0).text();
    // Every tag in use from the start, so that a change below does not add or remove a stripe lane.
    for (int t = 0; t < 3; ++t)
        QVERIFY(!m_corpus->addSpan(kPath, startOf(30 + t), startOf(30 + t) + 20, m_tags[t]).isEmpty());
    m_view = std::make_unique<ReadingView>();
    m_view->setCorpus(m_corpus.get());
    m_view->setStripesVisible(true);
    m_view->resize(700, 500);
    m_view->showDocument(kPath);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    settle();
    // Paragraphs 0-5 are on screen, 30 and on are not.
    QVERIFY(rowsOf(5, 5).bottom() < m_view->viewport()->height());
    QVERIFY(rowsOf(29, 29).top() > m_view->viewport()->height());
    QVERIFY(m_view->document()->findBlockByNumber(1).layout()->lineCount() >= 3);
}

void TestGuiReadingLayout::cleanup()
{
    m_view.reset();
    m_corpus.reset();
    m_dir.reset();
}

QRect TestGuiReadingLayout::rowsOf(int first, int last) const
{
    QTextCursor top(m_view->document()->findBlockByNumber(first));
    QTextCursor bottom(m_view->document()->findBlockByNumber(last));
    bottom.movePosition(QTextCursor::EndOfBlock);
    const int y0 = m_view->cursorRect(top).top();
    const int y1 = m_view->cursorRect(bottom).bottom();
    return QRect(0, y0, m_view->viewport()->width(), y1 - y0 + 1);
}

QImage TestGuiReadingLayout::screen() const
{
    return m_view->screen()->grabWindow(m_view->winId()).toImage().convertToFormat(QImage::Format_RGB32);
}

void TestGuiReadingLayout::settle() const
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

void TestGuiReadingLayout::testSpanChangeRepaintsOnlyItsBlocks_data()
{
    QTest::addColumn<int>("first"); ///< paragraph the span starts in
    QTest::addColumn<int>("last"); ///< paragraph it ends in
    QTest::addColumn<bool>("undo"); ///< measure its removal (undo) instead

    QTest::addRow("inside one paragraph") << 2 << 2 << false;
    QTest::addRow("across two paragraphs") << 3 << 4 << false;
    QTest::addRow("removed by undo") << 1 << 1 << true;
    QTest::addRow("removed by undo, across paragraphs") << 2 << 3 << true;
}

void TestGuiReadingLayout::testSpanChangeRepaintsOnlyItsBlocks()
{
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(bool, undo);

    const int start = startOf(first) + 40;
    const int end = first == last ? start + 30 : startOf(last) + 25;
    const QStringList lanes = m_view->stripeTags();
    PaintRecorder recorder;
    if (!undo) {
        m_view->viewport()->installEventFilter(&recorder);
        m_view->stripeArea()->installEventFilter(&recorder);
    }
    QVERIFY(!m_corpus->addSpan(kPath, start, end, m_tags[1]).isEmpty());
    settle();
    if (undo) {
        m_view->viewport()->installEventFilter(&recorder);
        m_view->stripeArea()->installEventFilter(&recorder);
        m_corpus->undoStack()->undo();
        QVERIFY(m_view->highlighter()->spansAt(start + 1).isEmpty());
    } else {
        QCOMPARE(m_view->highlighter()->spansAt(start + 1).size(), 1);
    }
    settle();
    QCOMPARE(m_view->stripeTags(), lanes);

    // Qt pads the block's rectangle by a pixel.
    const QRect rows = rowsOf(first, last).adjusted(-2, -3, 2, 3);
    const QRegion text = recorder.painted.value(m_view->viewport());
    QVERIFY2(!text.isEmpty(), "the change was not painted");
    QVERIFY2(rows.contains(text.boundingRect()),
        qPrintable(QStringLiteral("painted %1, paragraphs %2-%3 are at rows %4")
                       .arg(describe(text))
                       .arg(first)
                       .arg(last)
                       .arg(describe(rows))));
    // The stripes beside those rows, and nowhere else (the stripe area shares the viewport's rows).
    const int dy = m_view->viewport()->geometry().top() - m_view->stripeArea()->geometry().top();
    const QRegion stripes = recorder.painted.value(m_view->stripeArea()).translated(0, dy);
    QVERIFY2(!stripes.isEmpty(), "the stripes were not painted");
    QVERIFY2(QRect(-10000, rows.top(), 20000, rows.height()).contains(stripes.boundingRect()),
        qPrintable(QStringLiteral("stripes painted %1, rows %2").arg(describe(stripes), describe(rows))));
}

void TestGuiReadingLayout::testSpanChangeOffScreenPaintsNothing()
{
    PaintRecorder recorder;
    m_view->viewport()->installEventFilter(&recorder);
    m_view->stripeArea()->installEventFilter(&recorder);
    const int start = startOf(20) + 10;
    QVERIFY(!m_corpus->addSpan(kPath, start, start + 50, m_tags[2]).isEmpty());
    settle();
    m_corpus->undoStack()->undo();
    settle();
    QVERIFY2(recorder.painted.value(m_view->viewport()).isEmpty(),
        qPrintable(describe(recorder.painted.value(m_view->viewport()))));
    QVERIFY2(recorder.painted.value(m_view->stripeArea()).isEmpty(),
        qPrintable(describe(recorder.painted.value(m_view->stripeArea()))));
    // Scrolled to, it shows the state after the undo: no highlight, as a full repaint draws it.
    m_view->verticalScrollBar()->setValue(m_view->document()->findBlockByNumber(20).firstLineNumber());
    settle();
    QVERIFY(rowsOf(20, 20).top() >= 0);
    QVERIFY(rowsOf(20, 20).bottom() < m_view->viewport()->height());
    QCOMPARE(screen(), m_view->grab().toImage().convertToFormat(QImage::Format_RGB32));
}

void TestGuiReadingLayout::testOtherBlocksKeepTheirLayout()
{
    QTextDocument *doc = m_view->document();
    for (int b = 0; b <= 5; ++b)
        QVERIFY(doc->findBlockByNumber(b).layout()->lineCount() > 0);
    // Before any paint: the changed block is laid out again at once, its neighbours are left alone.
    QVERIFY(!m_corpus->addSpan(kPath, startOf(2) + 5, startOf(2) + 60, m_tags[0]).isEmpty());
    for (int b = 0; b <= 5; ++b) {
        QVERIFY2(doc->findBlockByNumber(b).layout()->lineCount() > 0,
            qPrintable(QStringLiteral("block %1 lost its layout").arg(b)));
    }
}

void TestGuiReadingLayout::testScreenMatchesFullRepaintAfterChanges()
{
    const QString saveTo = qEnvironmentVariable("MARGINALIA_SAVE_GRABS");
    int step = 0;
    auto check = [&](const char *what) {
        settle();
        const QImage shown = screen();
        const QImage fresh = m_view->grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (!saveTo.isEmpty())
            shown.save(QStringLiteral("%1/readinglayout-%2.png").arg(saveTo).arg(++step));
        QVERIFY2(shown == fresh, what);
    };
    QCOMPARE(screen().size(), m_view->grab().size());
    // Overlapping spans of three tags, one across paragraphs 2-4, one inside it, one from 4 into 5.
    const QString a = m_corpus->addSpan(kPath, startOf(2) + 30, startOf(4) + 60, m_tags[0]);
    check("a span across three paragraphs");
    const QString b = m_corpus->addSpan(kPath, startOf(3) + 10, startOf(3) + 120, m_tags[1]);
    check("a span inside it");
    const QString c = m_corpus->addSpan(kPath, startOf(4) + 40, startOf(5) + 30, m_tags[2]);
    check("a third overlapping both paragraphs' ends");
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    QCOMPARE(m_view->highlighter()->spansAt(startOf(4) + 50).size(), 2);
    QVERIFY(m_corpus->removeSpan(kPath, b));
    check("the inner span removed");
    m_corpus->undoStack()->undo();
    check("its removal undone");
    m_corpus->undoStack()->redo();
    check("and redone");
    QVERIFY(m_corpus->editTag(m_tags[0], QStringLiteral("Alarm"), QColor(0xe1, 0xbe, 0xe7), {}));
    check("a tag recoloured");
    QVERIFY(m_corpus->setSpanTag(kPath, c, m_tags[1]));
    check("a span re-coded");
    // Scrolled by a few lines and changed again.
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + 5);
    settle();
    QVERIFY(!m_corpus->addSpan(kPath, startOf(6) + 5, startOf(6) + 90, m_tags[2]).isEmpty());
    check("a span after scrolling");
}

QTEST_MAIN(TestGuiReadingLayout)
#include "tst_gui_readinglayout.moc"
