// Overlapping codes in the reading view, offscreen and by pixel: three tags
// with overlapping spans get three lanes of coding stripes beside the text,
// each stripe in its tag's colour exactly next to the lines its span covers
// and nowhere else; a removed span takes its stripe with it; hovering lists
// every tag and note at a point; a click on a stripe selects its span.

#include "codingstripearea.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "readingview.h"
#include "testutil.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace Marginalia;

namespace {
const QString kPath = QStringLiteral("Wire/2026-03-09-stripes.txt");
const int kParagraphs = 8;

QString paragraph(int i)
{
    return QStringLiteral("Paragraph %1 of the harbour story, short enough for one line.").arg(i);
}

bool near(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) <= 2 && std::abs(qGreen(a) - b.green()) <= 2
        && std::abs(qBlue(a) - b.blue()) <= 2;
}

QString describe(QRgb c)
{
    return QColor(c).name();
}
} // namespace

class TestGuiCodingStripes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void testThreeOverlappingTagsHaveStripesAtTheirRows();
    void testRemovedSpanTakesItsStripe();
    void testTooltipListsEveryTagAndNote();
    void testClickOnStripeSelectsSpan();
    void testHiddenAndRightToLeft();

private:
    // Paragraph i's vertical centre and a lane's horizontal centre, in the view's coordinates.
    int rowY(int i) const;
    int laneX(int lane) const;
    QImage grab() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Corpus> m_corpus;
    std::unique_ptr<ReadingView> m_view;
    QString m_tags[3];
    QString m_spans[3];
    QColor m_colors[3] = { QColor(0xe5, 0x39, 0x35), QColor(0x43, 0xa0, 0x47), QColor(0x1e, 0x88, 0xe5) };
    // Paragraphs each span covers: A 1-4, B 2-3, C 3-6 (C starts mid-paragraph).
    const int m_first[3] = { 1, 2, 3 };
    const int m_last[3] = { 4, 3, 6 };
};

void TestGuiCodingStripes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QStringList paragraphs;
    for (int i = 0; i < kParagraphs; ++i)
        paragraphs.append(paragraph(i));
    QVERIFY(TestUtil::writeFile(m_dir->filePath(kPath), paragraphs.join(QLatin1Char('\n')).toUtf8() + '\n'));
    m_corpus = std::make_unique<Corpus>();
    QCOMPARE(m_corpus->open(m_dir->path()), Corpus::OpenStatus::Ok);
    const QString names[3] = { QStringLiteral("Alarm"), QStringLiteral("Blame"), QStringLiteral("Cost") };
    for (int t = 0; t < 3; ++t) {
        m_tags[t] = m_corpus->addTag(names[t], m_colors[t]);
        QVERIFY(!m_tags[t].isEmpty());
    }
    const QString text = m_corpus->documents()->document(0).text();
    auto startOf = [&](int i) { return int(text.indexOf(paragraph(i))); };
    for (int t = 0; t < 3; ++t) {
        int start = startOf(m_first[t]);
        if (t == 2)
            start += 10; // mid-line: the stripe still starts at that line
        const int end = startOf(m_last[t]) + int(paragraph(m_last[t]).size());
        m_spans[t] = m_corpus->addSpan(kPath, start, end, m_tags[t], QStringLiteral("note %1").arg(t));
        QVERIFY(!m_spans[t].isEmpty());
    }
    m_view = std::make_unique<ReadingView>();
    m_view->setCorpus(m_corpus.get());
    m_view->setStripesVisible(true);
    m_view->resize(900, 700);
    m_view->showDocument(kPath);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestGuiCodingStripes::cleanup()
{
    m_view.reset();
    m_corpus.reset();
    m_dir.reset();
}

int TestGuiCodingStripes::rowY(int i) const
{
    const QTextBlock block = m_view->document()->findBlockByNumber(i);
    QTextCursor c(block);
    return m_view->viewport()->mapTo(m_view.get(), m_view->cursorRect(c).center()).y();
}

int TestGuiCodingStripes::laneX(int lane) const
{
    return m_view->stripeArea()->mapTo(m_view.get(), m_view->stripeLaneRect(lane).center()).x();
}

QImage TestGuiCodingStripes::grab() const
{
    QImage image = m_view->grab().toImage();
    if (!qEnvironmentVariableIsEmpty("MARGINALIA_SAVE_GRABS"))
        image.save(
            QStringLiteral("%1/%2.png")
                .arg(qEnvironmentVariable("MARGINALIA_SAVE_GRABS"), QString::fromLatin1(QTest::currentTestFunction())));
    return image;
}

void TestGuiCodingStripes::testThreeOverlappingTagsHaveStripesAtTheirRows()
{
    QCOMPARE(m_view->stripeTags(), QStringList({ m_tags[0], m_tags[1], m_tags[2] }));
    QVERIFY(m_view->stripeArea()->isVisible());
    QVERIFY(m_view->stripeAreaWidth() >= 3 * 5);
    // The text starts right of the stripes, not under them.
    QVERIFY(m_view->viewport()->geometry().left() >= m_view->stripeArea()->geometry().right());
    const QImage image = grab();
    int checked = 0;
    for (int t = 0; t < 3; ++t) {
        const QColor expected = ReadingView::stripeColor(m_colors[t]);
        const int x = laneX(t);
        for (int i = 0; i < kParagraphs; ++i) {
            const QRgb pixel = image.pixel(x, rowY(i));
            const bool covered = i >= m_first[t] && i <= m_last[t];
            QVERIFY2(near(pixel, expected) == covered,
                qPrintable(QStringLiteral("tag %1, paragraph %2: pixel %3, stripe colour %4, covered %5")
                               .arg(t)
                               .arg(i)
                               .arg(describe(pixel), expected.name())
                               .arg(covered)));
            ++checked;
        }
    }
    QCOMPARE(checked, 3 * kParagraphs);
    // Paragraph 3 carries all three codes: three different colours side by side.
    const int y = rowY(3);
    QVERIFY(!near(image.pixel(laneX(0), y), ReadingView::stripeColor(m_colors[1])));
    QVERIFY(near(image.pixel(laneX(1), y), ReadingView::stripeColor(m_colors[1])));
    QVERIFY(near(image.pixel(laneX(2), y), ReadingView::stripeColor(m_colors[2])));
}

void TestGuiCodingStripes::testRemovedSpanTakesItsStripe()
{
    // Removing B frees its lane; undo brings it back.
    QVERIFY(m_corpus->removeSpan(kPath, m_spans[1]));
    QTRY_COMPARE(m_view->stripeTags(), QStringList({ m_tags[0], m_tags[2] }));
    QApplication::processEvents();
    QImage image = grab();
    const QColor green = ReadingView::stripeColor(m_colors[1]);
    for (int lane = 0; lane < 2; ++lane) {
        for (int i = 0; i < kParagraphs; ++i)
            QVERIFY(!near(image.pixel(laneX(lane), rowY(i)), green));
    }
    QVERIFY(near(image.pixel(laneX(1), rowY(5)), ReadingView::stripeColor(m_colors[2])));
    m_corpus->undoStack()->undo();
    QCOMPARE(m_view->stripeTags(), QStringList({ m_tags[0], m_tags[1], m_tags[2] }));
    QApplication::processEvents();
    image = grab();
    QVERIFY(near(image.pixel(laneX(1), rowY(2)), green));

    // Re-coding B's span with A's tag: B's lane goes, A's stripe now runs along B's rows too.
    QVERIFY(m_corpus->setSpanTag(kPath, m_spans[1], m_tags[0]));
    QCOMPARE(m_view->stripeTags(), QStringList({ m_tags[0], m_tags[2] }));
    m_corpus->undoStack()->undo();
    QCOMPARE(m_view->stripeTags(), QStringList({ m_tags[0], m_tags[1], m_tags[2] }));

    // A recoloured tag repaints its stripe in the new colour.
    QVERIFY(m_corpus->editTag(m_tags[0], QStringLiteral("Alarm"), QColor(0x8e, 0x24, 0xaa), {}));
    QApplication::processEvents();
    image = grab();
    QVERIFY(near(image.pixel(laneX(0), rowY(1)), ReadingView::stripeColor(QColor(0x8e, 0x24, 0xaa))));
}

void TestGuiCodingStripes::testTooltipListsEveryTagAndNote()
{
    const QString text = m_corpus->documents()->document(0).text();
    const int inAll = int(text.indexOf(paragraph(3))) + 20;
    const QString tip = m_view->toolTipAt(inAll);
    for (int t = 0; t < 3; ++t) {
        QVERIFY2(tip.contains(m_corpus->codebook()->tag(m_tags[t]).name), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("note %1").arg(t)), qPrintable(tip));
        QVERIFY(tip.contains(m_colors[t].name()));
    }
    QVERIFY(m_view->toolTipAt(int(text.indexOf(paragraph(0))) + 3).isEmpty());
    // On the stripes: the span of the lane under the pointer; between lanes, all at that height.
    const QPoint onLane(
        m_view->stripeLaneRect(1).center().x(), m_view->stripeArea()->mapFrom(m_view.get(), QPoint(0, rowY(3))).y());
    QCOMPARE(m_view->stripeSpansAt(onLane), QStringList { m_spans[1] });
    const QPoint between(m_view->stripeLaneRect(1).right() + 1, onLane.y());
    QCOMPARE(m_view->stripeSpansAt(between).size(), 3);
    QVERIFY(m_view->toolTipForSpans(m_view->stripeSpansAt(onLane)).contains(QStringLiteral("note 1")));
}

void TestGuiCodingStripes::testClickOnStripeSelectsSpan()
{
    QSignalSpy clicked(m_view.get(), &ReadingView::spansClicked);
    const QPoint onLane(
        m_view->stripeLaneRect(2).center().x(), m_view->stripeArea()->mapFrom(m_view.get(), QPoint(0, rowY(5))).y());
    QTest::mouseClick(m_view->stripeArea(), Qt::LeftButton, {}, onLane);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toStringList(), QStringList { m_spans[2] });
    // Where no stripe is, nothing.
    QTest::mouseClick(m_view->stripeArea(), Qt::LeftButton, {},
        QPoint(onLane.x(), m_view->stripeArea()->mapFrom(m_view.get(), QPoint(0, rowY(7))).y()));
    QCOMPARE(clicked.count(), 1);
}

void TestGuiCodingStripes::testHiddenAndRightToLeft()
{
    m_view->setStripesVisible(false);
    QCOMPARE(m_view->stripeAreaWidth(), 0);
    QVERIFY(!m_view->stripeArea()->isVisible());
    QApplication::processEvents();
    QImage image = grab();
    for (int t = 0; t < 3; ++t) {
        for (int x = 0; x < 30; ++x)
            QVERIFY(!near(image.pixel(x, rowY(3)), ReadingView::stripeColor(m_colors[t])));
    }
    // Mirrored: the stripes sit on the right, lane 0 outermost.
    m_view->setStripesVisible(true);
    m_view->setLayoutDirection(Qt::RightToLeft);
    QApplication::processEvents();
    QVERIFY(m_view->stripeArea()->geometry().left() >= m_view->viewport()->geometry().right());
    QVERIFY(laneX(0) > laneX(2));
    image = grab();
    QVERIFY(near(image.pixel(laneX(0), rowY(1)), ReadingView::stripeColor(m_colors[0])));
    QVERIFY(near(image.pixel(laneX(2), rowY(6)), ReadingView::stripeColor(m_colors[2])));
    QVERIFY(!near(image.pixel(laneX(2), rowY(7)), ReadingView::stripeColor(m_colors[2])));
}

QTEST_MAIN(TestGuiCodingStripes)
#include "tst_gui_codingstripes.moc"
