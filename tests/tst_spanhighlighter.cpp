// SpanHighlighter: span colours land in the text blocks' layout formats,
// exactly over the spans, and a span change re-formats only its blocks.

#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "render/spanhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <memory>

using namespace Marginalia;

namespace {

const QString kPath = QStringLiteral("Outlet/article.txt");

// Block numbers of the test text.
enum Block { PlainBlock, SingleBlock, AcrossStartBlock, AcrossEndBlock, ArabicBlock, LastBlock, BlockCount };

const QString kText = QStringLiteral("First block has no span at all.\n"
                                     "Second block has one span inside it.\n"
                                     "Third block starts a long span\n"
                                     "that ends in the fourth block; then overlap A B here.\n")
    + QString::fromUtf8("\u0623\u063a\u0644\u0642\u062a \u0627\u0644\u0628\u0644\u062f\u064a\u0629 "
                        "\u062c\u0633\u0631 \u0634\u0627\u0631\u0639 \u0647\u0627\u0631\u0648 "
                        "\u0628\u0639\u062f \u0627\u0644\u0639\u0627\u0635\u0641\u0629.\n")
    + QStringLiteral("Last block stays plain.");

const QColor kRed(0xf1, 0x94, 0x8a);
const QColor kBlue(0x85, 0xc1, 0xe9);
const QColor kGreen(0x82, 0xe0, 0xaa);
const QColor kPurple(0xd7, 0xbd, 0xe2);
const QColor kOrange(0xf8, 0xc4, 0x71);

Tag makeTag(const char *id, const QColor &color)
{
    Tag t;
    t.id = QLatin1String(id);
    t.name = QLatin1String(id);
    t.color = color;
    return t;
}

Span makeSpan(const char *id, const char *tagId, int start, int end)
{
    Span s;
    s.id = QLatin1String(id);
    s.tagId = QLatin1String(tagId);
    s.start = start;
    s.end = end;
    s.quote = kText.mid(start, end - start);
    return s;
}

int posOf(const QString &needle)
{
    const int pos = int(kText.indexOf(needle));
    Q_ASSERT(pos >= 0);
    return pos;
}

struct Range
{
    int start;
    int length;
    QColor background;
    bool underline;
};

QVector<Range> ranges(const QTextBlock &block)
{
    QVector<Range> out;
    QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    std::sort(formats.begin(), formats.end(),
        [](const QTextLayout::FormatRange &a, const QTextLayout::FormatRange &b) { return a.start < b.start; });
    for (const auto &f : formats)
        out.append({ f.start, f.length, f.format.background().color(), f.format.fontUnderline() });
    return out;
}

// Records which blocks were highlighted, so a test can tell re-formatted blocks apart.
class RecordingHighlighter : public SpanHighlighter
{
public:
    using SpanHighlighter::SpanHighlighter;
    QList<int> highlighted;

protected:
    void highlightBlock(const QString &text) override
    {
        highlighted.append(currentBlock().blockNumber());
        SpanHighlighter::highlightBlock(text);
    }
};

} // namespace

class TestSpanHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testDocumentMatchesCorpusText();
    void testSingleBlockSpan();
    void testSpanAcrossTwoBlocks();
    void testOverlapBlendsAndUnderlines();
    void testSpanInRightToLeftBlock();
    void testBlocksWithoutSpansHaveNoFormats();
    void testInsertSpanReformatsOnlyAffectedBlocks_data();
    void testInsertSpanReformatsOnlyAffectedBlocks();
    void testRemoveSpanClearsItsFormat();
    void testUpdateSpanMovesFormat();
    void testTagColorChangeRecolours();
    void testSpanTextReadableUnderDarkTheme();
    void testModelResetRebuilds();
    void testSpanChangesKeepIndexEqualToRebuilt();
    void testReinsertedDocumentShowsItsNewSpans();
    void testSpansAt_data();
    void testSpansAt();
    void testBlend_data();
    void testBlend();

private:
    QTextBlock block(int number) const { return m_doc->findBlockByNumber(number); }
    int blockStart(int number) const { return block(number).position(); }

    std::unique_ptr<QTextDocument> m_doc;
    std::unique_ptr<CodebookModel> m_codebook;
    std::unique_ptr<CorpusModel> m_corpus;
    RecordingHighlighter *m_highlighter = nullptr; // owned by m_doc

    // Span ranges in the text (UTF-16).
    int m_singleStart = 0, m_singleEnd = 0;
    int m_acrossStart = 0, m_acrossEnd = 0;
    int m_xStart = 0, m_xEnd = 0, m_yStart = 0, m_yEnd = 0;
    int m_rtlStart = 0, m_rtlEnd = 0;
};

void TestSpanHighlighter::init()
{
    m_singleStart = posOf(QStringLiteral("one span"));
    m_singleEnd = m_singleStart + 8;
    m_acrossStart = posOf(QStringLiteral("a long span"));
    m_acrossEnd = posOf(QStringLiteral(" in the fourth"));
    m_xStart = posOf(QStringLiteral("overlap A B"));
    m_xEnd = m_xStart + 11;
    m_yStart = posOf(QStringLiteral("A B here"));
    m_yEnd = m_yStart + 8;
    m_rtlStart = posOf(QString::fromUtf8("\u062c\u0633\u0631"));
    m_rtlEnd = m_rtlStart + 8;

    m_codebook = std::make_unique<CodebookModel>();
    m_codebook->setTags({ makeTag("red", kRed), makeTag("blue", kBlue), makeTag("green", kGreen),
        makeTag("purple", kPurple), makeTag("orange", kOrange) });
    m_corpus = std::make_unique<CorpusModel>();
    m_corpus->setCodebook(m_codebook.get());
    Document d;
    d.path = kPath;
    d.setText(kText);
    QHash<QString, QVector<Span>> spans;
    spans.insert(kPath,
        { makeSpan("single", "red", m_singleStart, m_singleEnd), makeSpan("across", "blue", m_acrossStart, m_acrossEnd),
            makeSpan("x", "green", m_xStart, m_xEnd), makeSpan("y", "purple", m_yStart, m_yEnd),
            makeSpan("rtl", "orange", m_rtlStart, m_rtlEnd) });
    m_corpus->setDocuments({ d }, spans);

    m_doc = std::make_unique<QTextDocument>();
    m_doc->setPlainText(kText);
    QTextOption option = m_doc->defaultTextOption();
    option.setTextDirection(Qt::LayoutDirectionAuto);
    m_doc->setDefaultTextOption(option);
    m_highlighter = new RecordingHighlighter(m_doc.get(), m_corpus.get(), m_codebook.get(), kPath);
    m_highlighter->rehighlight();
    QCoreApplication::processEvents(); // a pending delayed highlight must not run again later
    m_doc->documentLayout()->documentSize();
    m_highlighter->highlighted.clear();
}

void TestSpanHighlighter::cleanup()
{
    m_doc.reset();
    m_corpus.reset();
    m_codebook.reset();
    m_highlighter = nullptr;
}

void TestSpanHighlighter::testDocumentMatchesCorpusText()
{
    // Offsets are shared between the corpus text and the QTextDocument.
    QCOMPARE(m_doc->blockCount(), int(BlockCount));
    QCOMPARE(m_doc->toPlainText(), kText);
    QCOMPARE(m_highlighter->path(), kPath);
    QCOMPARE(block(ArabicBlock).textDirection(), Qt::RightToLeft);
    QCOMPARE(block(SingleBlock).textDirection(), Qt::LeftToRight);
}

void TestSpanHighlighter::testSingleBlockSpan()
{
    const QVector<Range> r = ranges(block(SingleBlock));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0).start, m_singleStart - blockStart(SingleBlock));
    QCOMPARE(r.at(0).length, m_singleEnd - m_singleStart);
    QCOMPARE(r.at(0).background, kRed);
    QVERIFY(!r.at(0).underline);
    QCOMPARE(block(SingleBlock).text().mid(r.at(0).start, r.at(0).length), QStringLiteral("one span"));
}

void TestSpanHighlighter::testSpanAcrossTwoBlocks()
{
    const QVector<Range> first = ranges(block(AcrossStartBlock));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).start, m_acrossStart - blockStart(AcrossStartBlock));
    QCOMPARE(first.at(0).start + first.at(0).length, int(block(AcrossStartBlock).text().size()));
    QCOMPARE(first.at(0).background, kBlue);

    const QVector<Range> second = ranges(block(AcrossEndBlock));
    QVERIFY(!second.isEmpty());
    QCOMPARE(second.at(0).start, 0);
    QCOMPARE(second.at(0).length, m_acrossEnd - blockStart(AcrossEndBlock));
    QCOMPARE(second.at(0).background, kBlue);
    QCOMPARE(block(AcrossEndBlock).text().left(second.at(0).length), QStringLiteral("that ends"));
}

void TestSpanHighlighter::testOverlapBlendsAndUnderlines()
{
    const int base = blockStart(AcrossEndBlock);
    const QVector<Range> r = ranges(block(AcrossEndBlock));
    // The end of the cross-block span, then x alone, x and y, y alone.
    QCOMPARE(r.size(), 4);
    QCOMPARE(r.at(1).start, m_xStart - base);
    QCOMPARE(r.at(1).length, m_yStart - m_xStart);
    QCOMPARE(r.at(1).background, kGreen);
    QVERIFY(!r.at(1).underline);

    const Range &overlap = r.at(2);
    QCOMPARE(overlap.start, m_yStart - base);
    QCOMPARE(overlap.length, m_xEnd - m_yStart);
    QCOMPARE(block(AcrossEndBlock).text().mid(overlap.start, overlap.length), QStringLiteral("A B"));
    QVERIFY(overlap.background != kGreen);
    QVERIFY(overlap.background != kPurple);
    QCOMPARE(overlap.background, SpanHighlighter::blend({ kGreen, kPurple }));
    QVERIFY(overlap.underline);
    const auto formats = block(AcrossEndBlock).layout()->formats();
    const auto it = std::find_if(
        formats.cbegin(), formats.cend(), [&](const QTextLayout::FormatRange &f) { return f.start == overlap.start; });
    QVERIFY(it != formats.cend());
    QVERIFY(it->format.underlineColor().isValid());
    QVERIFY(it->format.underlineColor() != overlap.background);

    QCOMPARE(r.at(3).start, m_xEnd - base);
    QCOMPARE(r.at(3).length, m_yEnd - m_xEnd);
    QCOMPARE(r.at(3).background, kPurple);
    QVERIFY(!r.at(3).underline);
}

void TestSpanHighlighter::testSpanInRightToLeftBlock()
{
    const QVector<Range> r = ranges(block(ArabicBlock));
    QCOMPARE(r.size(), 1);
    // Formats use logical (memory-order) offsets, whatever the display direction.
    QCOMPARE(r.at(0).start, m_rtlStart - blockStart(ArabicBlock));
    QCOMPARE(r.at(0).length, m_rtlEnd - m_rtlStart);
    QCOMPARE(r.at(0).background, kOrange);
    QCOMPARE(block(ArabicBlock).text().mid(r.at(0).start, r.at(0).length),
        QString::fromUtf8("\u062c\u0633\u0631 \u0634\u0627\u0631\u0639"));
}

void TestSpanHighlighter::testBlocksWithoutSpansHaveNoFormats()
{
    QVERIFY(block(PlainBlock).layout()->formats().isEmpty());
    QVERIFY(block(LastBlock).layout()->formats().isEmpty());
}

void TestSpanHighlighter::testInsertSpanReformatsOnlyAffectedBlocks_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("length");
    QTest::addColumn<QList<int>>("blocks");

    QTest::addRow("in the last block") << QStringLiteral("stays") << 5 << QList<int> { LastBlock };
    QTest::addRow("in the first block") << QStringLiteral("no span") << 7 << QList<int> { PlainBlock };
    QTest::addRow("across first and second")
        << QStringLiteral("all.\nSecond") << 11 << QList<int> { PlainBlock, SingleBlock };
}

void TestSpanHighlighter::testInsertSpanReformatsOnlyAffectedBlocks()
{
    QFETCH(QString, needle);
    QFETCH(int, length);
    QFETCH(QList<int>, blocks);

    QList<QList<QTextLayout::FormatRange>> before;
    for (int b = 0; b < BlockCount; ++b)
        before.append(block(b).layout()->formats());

    const int start = posOf(needle);
    QVERIFY(m_corpus->insertSpan(kPath, makeSpan("new", "orange", start, start + length)));

    QCOMPARE(m_highlighter->highlighted, blocks);
    for (int b = 0; b < BlockCount; ++b) {
        const auto formats = block(b).layout()->formats();
        if (!blocks.contains(b)) {
            QVERIFY2(formats == before.at(b), qPrintable(QStringLiteral("block %1 changed").arg(b)));
            continue;
        }
        // The affected block gained an orange range inside the new span.
        QVERIFY(formats.size() > before.at(b).size());
        const bool found = std::any_of(formats.cbegin(), formats.cend(), [&](const QTextLayout::FormatRange &f) {
            const int absolute = blockStart(b) + f.start;
            return f.format.background().color() == kOrange && absolute >= start
                && absolute + f.length <= start + length;
        });
        QVERIFY2(found, qPrintable(QStringLiteral("no orange range in block %1").arg(b)));
    }
    QCOMPARE(m_highlighter->spansAt(start), QStringList { QStringLiteral("new") });
}

void TestSpanHighlighter::testRemoveSpanClearsItsFormat()
{
    QVERIFY(!block(SingleBlock).layout()->formats().isEmpty());
    QVERIFY(m_corpus->removeSpan(kPath, QStringLiteral("single")));
    QCOMPARE(m_highlighter->highlighted, QList<int> { SingleBlock });
    QVERIFY(block(SingleBlock).layout()->formats().isEmpty());
    QVERIFY(m_highlighter->spansAt(m_singleStart).isEmpty());
}

void TestSpanHighlighter::testUpdateSpanMovesFormat()
{
    Span s = m_corpus->span(kPath, QStringLiteral("single"));
    const int newStart = posOf(QStringLiteral("plain"));
    s.start = newStart;
    s.end = newStart + 5;
    QVERIFY(m_corpus->updateSpan(kPath, s));

    QVERIFY(m_highlighter->highlighted.contains(SingleBlock));
    QVERIFY(m_highlighter->highlighted.contains(LastBlock));
    QVERIFY(block(SingleBlock).layout()->formats().isEmpty());
    const QVector<Range> r = ranges(block(LastBlock));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0).start, newStart - blockStart(LastBlock));
    QCOMPARE(r.at(0).length, 5);
    QCOMPARE(r.at(0).background, kRed);
}

void TestSpanHighlighter::testTagColorChangeRecolours()
{
    Tag red = m_codebook->tag(QStringLiteral("red"));
    red.color = QColor(0x10, 0x20, 0x30);
    QVERIFY(m_codebook->updateTag(red));
    const QVector<Range> r = ranges(block(SingleBlock));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0).background, QColor(0x10, 0x20, 0x30));
    // Other tags keep theirs.
    QCOMPARE(ranges(block(ArabicBlock)).value(0).background, kOrange);
}

void TestSpanHighlighter::testSpanTextReadableUnderDarkTheme()
{
    // A dark theme draws light text; on a pastel tag colour it vanished. The
    // span's own text colour must contrast with its highlight, either way.
    const auto foreground = [this](Block b) {
        const auto formats = block(b).layout()->formats();
        if (formats.isEmpty() || !formats.first().format.hasProperty(QTextFormat::ForegroundBrush))
            return QColor();
        return formats.first().format.foreground().color();
    };
    QVERIFY(foreground(SingleBlock).isValid());
    QVERIFY(foreground(SingleBlock).lightness() < 80); // pastel red: dark text
    Tag red = m_codebook->tag(QStringLiteral("red"));
    red.color = QColor(0x5a, 0x1e, 0x1e); // a dark theme's deep red: light text
    QVERIFY(m_codebook->updateTag(red));
    QVERIFY(foreground(SingleBlock).lightness() > 200);
}

void TestSpanHighlighter::testModelResetRebuilds()
{
    Document d;
    d.path = kPath;
    d.setText(kText);
    QHash<QString, QVector<Span>> spans;
    spans.insert(kPath, { makeSpan("only", "green", 0, 5) });
    m_corpus->setDocuments({ d }, spans);

    QCOMPARE(ranges(block(PlainBlock)).size(), 1);
    QCOMPARE(ranges(block(PlainBlock)).at(0).background, kGreen);
    for (int b = SingleBlock; b < BlockCount; ++b)
        QVERIFY2(block(b).layout()->formats().isEmpty(), qPrintable(QString::number(b)));
    QCOMPARE(m_highlighter->spansAt(m_singleStart), QStringList());
    QCOMPARE(m_highlighter->spansAt(2), QStringList { QStringLiteral("only") });
}

void TestSpanHighlighter::testSpanChangesKeepIndexEqualToRebuilt()
{
    // Spans added and removed one at a time (and by undo, which is the same
    // model calls) update the index in place; after each step it must hold
    // exactly what an index built from scratch over the model's spans holds:
    // every range with its current row, overlaps and spans across blocks included.
    const int builds = m_highlighter->indexBuilds();
    QRandomGenerator rng(2026);
    const int length = int(kText.size());
    QStringList added;
    auto sorted = [](QVector<IntervalIndex::Interval> v) {
        std::sort(v.begin(), v.end(), [](const IntervalIndex::Interval &a, const IntervalIndex::Interval &b) {
            return std::tie(a.start, a.end, a.payload) < std::tie(b.start, b.end, b.payload);
        });
        return v;
    };
    const char *const tags[] = { "red", "blue", "green", "purple", "orange" };
    for (int step = 0; step < 300; ++step) {
        if (added.isEmpty() || rng.bounded(3) != 0) {
            // Duplicates of an existing range too, and empty and block-crossing ones.
            int start = int(rng.bounded(length));
            int end = std::min(length, start + int(rng.bounded(rng.bounded(5) == 0 ? 80 : 12)));
            if (!added.isEmpty() && rng.bounded(6) == 0) {
                const Span twin = m_corpus->span(kPath, added.at(int(rng.bounded(int(added.size())))));
                start = twin.start;
                end = twin.end;
            }
            const QByteArray id = "s" + QByteArray::number(step);
            QVERIFY(m_corpus->insertSpan(kPath, makeSpan(id.constData(), tags[rng.bounded(5)], start, end)));
            added.append(QString::fromLatin1(id));
        } else {
            const QString id = added.takeAt(int(rng.bounded(int(added.size()))));
            QVERIFY(m_corpus->removeSpan(kPath, id));
        }
        const QVector<Span> &spans = m_corpus->spans(0);
        IntervalIndex fresh;
        QVector<IntervalIndex::Interval> all;
        for (int r = 0; r < spans.size(); ++r)
            all.append({ spans.at(r).start, spans.at(r).end, r });
        fresh.build(all);
        // The whole text, and per block what the highlighter draws from.
        QVector<QPair<int, int>> queries { { -1, length + 1 } };
        for (int b = 0; b < BlockCount; ++b)
            queries.append({ blockStart(b), blockStart(b) + block(b).length() });
        for (const auto &[from, to] : queries) {
            const auto got = sorted(m_highlighter->spansIn(from, to));
            const auto expected = sorted(fresh.overlapping(from, to));
            bool same = got.size() == expected.size();
            for (int i = 0; same && i < got.size(); ++i) {
                same = got.at(i).start == expected.at(i).start && got.at(i).end == expected.at(i).end
                    && got.at(i).payload == expected.at(i).payload;
            }
            QVERIFY2(same, qPrintable(QStringLiteral("step %1, [%2, %3)").arg(step).arg(from).arg(to)));
        }
    }
    QCOMPARE(m_highlighter->indexBuilds(), builds);
    // A span moved to another place in the order (rows move) still comes out right, by a rebuild.
    Span moved = m_corpus->span(kPath, QStringLiteral("single"));
    moved.start = 0;
    moved.end = 3;
    QVERIFY(m_corpus->updateSpan(kPath, moved));
    QVERIFY(m_highlighter->spansAt(1).contains(QStringLiteral("single")));
    QVERIFY(!m_highlighter->spansAt(m_singleStart).contains(QStringLiteral("single")));
}

void TestSpanHighlighter::testReinsertedDocumentShowsItsNewSpans()
{
    // Regression: the highlighter listened to spanRangeChanged and modelReset
    // only, so removeDocument()/insertDocument() of its document (rowsRemoved,
    // rowsInserted) left the old spans painted and answered by spansAt().
    QVERIFY(m_corpus->removeDocument(kPath));
    QCOMPARE(m_highlighter->spansAt(m_singleStart), QStringList());

    Document d;
    d.path = kPath;
    d.setText(kText);
    QVERIFY(m_corpus->insertDocument(d, { makeSpan("fresh", "green", 0, 5) }));
    QCOMPARE(m_highlighter->spansAt(2), QStringList { QStringLiteral("fresh") });
    QCOMPARE(m_highlighter->spansAt(m_singleStart), QStringList());
    QCOMPARE(ranges(block(PlainBlock)).value(0).background, kGreen);
    QVERIFY(block(SingleBlock).layout()->formats().isEmpty());
}

void TestSpanHighlighter::testSpansAt_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QStringList>("ids");

    QTest::addRow("plain text") << QStringLiteral("First") << 0 << QStringList();
    QTest::addRow("span start") << QStringLiteral("one span") << 0 << QStringList { QStringLiteral("single") };
    QTest::addRow("span last character") << QStringLiteral("one span") << 7 << QStringList { QStringLiteral("single") };
    QTest::addRow("span end is exclusive") << QStringLiteral("one span") << 8 << QStringList();
    QTest::addRow("paragraph break inside a span")
        << QStringLiteral("long span\n") << 9 << QStringList { QStringLiteral("across") };
    QTest::addRow("overlap, by start") << QStringLiteral("A B here") << 0
                                       << QStringList { QStringLiteral("x"), QStringLiteral("y") };
    QTest::addRow("second span only") << QStringLiteral("A B here") << 4 << QStringList { QStringLiteral("y") };
    QTest::addRow("right-to-left text") << QString::fromUtf8("\u0634\u0627\u0631\u0639") << 1
                                        << QStringList { QStringLiteral("rtl") };
}

void TestSpanHighlighter::testSpansAt()
{
    QFETCH(QString, needle);
    QFETCH(int, offset);
    QFETCH(QStringList, ids);
    QCOMPARE(m_highlighter->spansAt(posOf(needle) + offset), ids);
}

void TestSpanHighlighter::testBlend_data()
{
    QTest::addColumn<QVector<QColor>>("colors");
    QTest::addColumn<QColor>("base");

    QTest::addRow("one colour") << QVector<QColor> { kRed } << QColor(Qt::white);
    QTest::addRow("one colour, dark base") << QVector<QColor> { kPurple } << QColor(Qt::black);
    QTest::addRow("none") << QVector<QColor> {} << QColor(Qt::white);
    QTest::addRow("two") << QVector<QColor> { kGreen, kPurple } << QColor(Qt::white);
    QTest::addRow("two equal") << QVector<QColor> { kBlue, kBlue } << QColor(Qt::white);
    QTest::addRow("three") << QVector<QColor> { kRed, kGreen, kBlue } << QColor(Qt::white);
}

void TestSpanHighlighter::testBlend()
{
    QFETCH(QVector<QColor>, colors);
    QFETCH(QColor, base);
    const QColor blended = SpanHighlighter::blend(colors, base);
    QVERIFY(blended.isValid());
    if (colors.isEmpty()) {
        QCOMPARE(blended, base);
    } else if (colors.size() == 1) {
        QCOMPARE(blended, colors.first());
    } else {
        // An overlap must read differently from each of its layers.
        for (const QColor &c : colors)
            QVERIFY(blended != c);
    }
}

QTEST_MAIN(TestSpanHighlighter)
#include "tst_spanhighlighter.moc"
