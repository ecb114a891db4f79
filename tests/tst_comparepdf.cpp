// The comparison PDF (ComparisonPdfExporter) of two sample articles read back
// with poppler-qt6: both texts, aligned pairs level on the page (text boxes),
// the differences summary, one highlight annotation per span of both
// articles, the switch for them, qpdf --check and embedded fonts, Arabic,
// cancel and unwritable paths.

#include "compare/comparator.h"
#include "compare/manuallinkstore.h"
#include "corpus/corpus.h"
#include "export/comparisonexportjob.h"
#include "export/comparisonpdfexporter.h"
#include "export/exportsnapshot.h"
#include "export/exportwriter.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace Marginalia;

namespace {

const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kA = QStringLiteral("Northgate Herald/2026-03-03-harrow-street-bridge-closed-after-storm.txt");
const QString kB = QStringLiteral("Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt");
const QString kArabic = QStringLiteral("Al-Sahil Today/2026-03-04-harrow-bridge-closure.txt");

// Text compared without what layout changes: ligatures and presentation
// forms (NFKC), white space, and Arabic vowel marks (text extraction may put
// a shadda before or after its letter).
QString squash(const QString &s)
{
    QString n = s.normalized(QString::NormalizationForm_KC);
    n.remove(QRegularExpression(QStringLiteral("[\\s\\p{Mn}]+")));
    return n;
}

QString runTool(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess proc;
    proc.start(program, args);
    if (!proc.waitForFinished(60000)) {
        *exitCode = -1;
        return proc.errorString();
    }
    *exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    return QString::fromUtf8(proc.readAllStandardOutput() + proc.readAllStandardError());
}

} // namespace

class TestComparePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothTextsArePrinted();
    void alignedPairsStartLevel();
    void summaryListsEveryDifference();
    void oneHighlightAnnotationPerSpanOfBothArticles();
    void annotationsCanBeTurnedOff();
    void metadataAndPageNumbers();
    void qpdfCheckAndEmbeddedFonts();
    void arabicArticleIsShaped();
    void cancelWritesNothing();
    void missingDocumentIsAnError();
    void unwritablePath_data();
    void unwritablePath();

private:
    struct Made
    {
        ComparisonResult result;
        ExportSnapshot snapshot;
        QByteArray pdf;
        QVector<ComparisonPdfExporter::Row> rows;
        int summaryPage = 0;
        int pages = 0;
    };
    Made make(const QString &a, const QString &b, PdfOptions options = {});
    /// Text of pages [from, to); column 0 or 1: only the left or right half.
    QString pageText(Poppler::Document &doc, int from, int to, int column = -1) const;

    QTemporaryDir m_dir;
    Corpus m_corpus;
    Made m_made;
    std::unique_ptr<Poppler::Document> m_doc;
};

TestComparePdf::Made TestComparePdf::make(const QString &a, const QString &b, PdfOptions options)
{
    Made m;
    const CorpusModel *docs = m_corpus.documents();
    Comparator::Options compareOptions;
    compareOptions.manualLinks = ManualLinkStore::links(m_corpus, a, b);
    m.result = Comparator::compare(
        { docs->document(docs->rowOfPath(a)).text() }, { docs->document(docs->rowOfPath(b)).text() }, compareOptions);
    QString error;
    if (!ComparisonExportJob::snapshot(m_corpus, a, b, &m.snapshot, &error))
        qWarning("snapshot failed: %s", qPrintable(error));
    m.snapshot.author = QStringLiteral("Compare Tester");
    ComparisonPdfExporter exporter(m.snapshot, a, b, m.result, options);
    m.pdf = exporter.run(&error);
    if (m.pdf.isEmpty())
        qWarning("export failed: %s", qPrintable(error));
    m.rows = exporter.pairRows();
    m.summaryPage = exporter.summaryPage();
    m.pages = exporter.pageCount();
    return m;
}

QString TestComparePdf::pageText(Poppler::Document &doc, int from, int to, int column) const
{
    QString text;
    for (int p = from; p < to; ++p) {
        std::unique_ptr<Poppler::Page> page = doc.page(p);
        const QSizeF size = page->pageSizeF();
        const QRectF half(column == 1 ? size.width() / 2 : 0, 0, size.width() / 2, size.height());
        text += page->text(column < 0 ? QRectF() : half) + QLatin1Char('\n');
    }
    return text;
}

void TestComparePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestUtil::copyTree(kSample, m_dir.filePath(QStringLiteral("corpus"))));
    QCOMPARE(m_corpus.open(m_dir.filePath(QStringLiteral("corpus"))), Corpus::OpenStatus::Ok);
    m_made = make(kA, kB);
    QVERIFY(m_made.pdf.startsWith("%PDF-"));
    m_doc = Poppler::Document::loadFromData(m_made.pdf);
    QVERIFY(m_doc);
    QCOMPARE(m_doc->numPages(), m_made.pages);
    QVERIFY(m_made.summaryPage >= 1 && m_made.summaryPage < m_made.pages);
    // The sample pair has both kinds of difference this suite checks.
    QVERIFY(!m_made.result.onlyA.isEmpty() || !m_made.result.onlyB.isEmpty());
    QVERIFY(m_made.result.pairs.size() >= 10);
    QVERIFY(!m_made.result.numbers.isEmpty());
}

void TestComparePdf::bothTextsArePrinted()
{
    for (int side = 0; side < 2; ++side) {
        const QString columns = squash(pageText(*m_doc, 0, m_made.summaryPage, side));
        const CorpusModel *docs = m_corpus.documents();
        const Document &d = docs->document(docs->rowOfPath(side == 0 ? kA : kB));
        // Sentence by sentence: a paragraph may run over a page break, where
        // the running header and footer come between two of its sentences.
        int lines = 0;
        for (const TextRange &r : side == 0 ? m_made.result.sentencesA : m_made.result.sentencesB) {
            const QString sentence = d.text().mid(r.start, r.end - r.start);
            if (sentence.trimmed().isEmpty())
                continue;
            ++lines;
            QVERIFY2(columns.contains(squash(sentence)), qPrintable(d.path + QStringLiteral(": ") + sentence));
        }
        QVERIFY(lines > 5);
    }
}

void TestComparePdf::alignedPairsStartLevel()
{
    // The first word of each side of a pair, found on its page in its column:
    // both must sit on the same line of the page.
    const CorpusModel *docs = m_corpus.documents();
    const QString textA = docs->document(docs->rowOfPath(kA)).text();
    const QString textB = docs->document(docs->rowOfPath(kB)).text();
    auto firstWord = [](const QString &text, const TextRange &r) {
        return text.mid(r.start, r.end - r.start).simplified().section(QLatin1Char(' '), 0, 0);
    };
    int level = 0;
    int sideBySide = 0;
    for (int i = 0; i < m_made.result.pairs.size(); ++i) {
        const ComparisonPdfExporter::Row row = m_made.rows.at(i);
        if (row.page < 0)
            continue;
        ++sideBySide;
        const AlignedPair &p = m_made.result.pairs.at(i);
        const int firstA = *std::min_element(p.a.cbegin(), p.a.cend());
        const int firstB = *std::min_element(p.b.cbegin(), p.b.cend());
        const QString wordA = firstWord(textA, m_made.result.sentencesA.at(firstA));
        const QString wordB = firstWord(textB, m_made.result.sentencesB.at(firstB));
        std::unique_ptr<Poppler::Page> page = m_doc->page(row.page);
        const QSizeF size = page->pageSizeF();
        const qreal expected = row.top * size.height();
        auto find = [&](const QString &word, bool left) -> qreal {
            qreal best = -1000;
            for (const auto &box : page->textList()) {
                const QRectF r = box->boundingBox();
                if ((r.center().x() < size.width() / 2) != left || !word.startsWith(box->text()))
                    continue;
                if (std::abs(r.top() - expected) < std::abs(best - expected))
                    best = r.top();
            }
            return best;
        };
        const qreal ya = find(wordA, true);
        const qreal yb = find(wordB, false);
        QVERIFY2(ya > 0 && yb > 0, qPrintable(QStringLiteral("pair %1: %2 / %3").arg(i).arg(wordA, wordB)));
        QVERIFY2(std::abs(ya - yb) < 1.0,
            qPrintable(QStringLiteral("pair %1 (%2 / %3): %4 vs %5 pt").arg(i).arg(wordA, wordB).arg(ya).arg(yb)));
        // And the row is where the exporter says (within a line).
        QVERIFY2(
            std::abs(ya - expected) < 14, qPrintable(QStringLiteral("pair %1: %2 vs %3").arg(i).arg(ya).arg(expected)));
        ++level;
    }
    QVERIFY(sideBySide >= 6);
    QCOMPARE(level, sideBySide);
}

void TestComparePdf::summaryListsEveryDifference()
{
    const QString summary = squash(pageText(*m_doc, m_made.summaryPage, m_made.pages));
    QVERIFY(summary.contains(squash(QStringLiteral("Differences"))));
    const CorpusModel *docs = m_corpus.documents();
    const QString textA = docs->document(docs->rowOfPath(kA)).text();
    const QString textB = docs->document(docs->rowOfPath(kB)).text();
    auto cut = [](const QString &text, const TextRange &r) { return squash(text.mid(r.start, r.end - r.start)); };
    int listed = 0;
    for (const UnmatchedSentence &u : m_made.result.onlyA) {
        QVERIFY2(summary.contains(cut(textA, m_made.result.sentencesA.at(u.sentence))), "only in A");
        ++listed;
    }
    for (const UnmatchedSentence &u : m_made.result.onlyB) {
        QVERIFY2(summary.contains(cut(textB, m_made.result.sentencesB.at(u.sentence))), "only in B");
        ++listed;
    }
    for (const AlignedPair &p : m_made.result.pairs) {
        if (p.kind == AlignedPair::Kind::Moved) {
            QVERIFY(summary.contains(cut(textA, m_made.result.rangeA(p))));
            ++listed;
        }
        for (const WordDiffOp &op : p.diff) {
            if (p.kind != AlignedPair::Kind::Paraphrase || op.kind == WordDiffOp::Kind::Same)
                continue;
            const QString words = op.kind == WordDiffOp::Kind::OnlyA ? cut(textA, op.a) : cut(textB, op.b);
            QVERIFY2(summary.contains(words), qPrintable(words));
            ++listed;
        }
    }
    for (const NumberComparison &n : m_made.result.numbers) {
        if (n.agree)
            continue;
        if (n.a >= 0)
            QVERIFY(summary.contains(squash(m_made.result.numbersA.at(n.a).text)));
        if (n.b >= 0)
            QVERIFY(summary.contains(squash(m_made.result.numbersB.at(n.b).text)));
        ++listed;
    }
    for (const QuotationMatch &q : m_made.result.quotes) {
        if (q.a >= 0 && q.b >= 0)
            continue;
        const Quotation &x = q.a >= 0 ? m_made.result.quotesA.at(q.a) : m_made.result.quotesB.at(q.b);
        QVERIFY2(summary.contains(squash(x.text)), qPrintable(x.text));
        ++listed;
    }
    for (const LexiconCount &l : m_made.result.lexicon)
        QVERIFY(summary.contains(squash(
            QStringLiteral("%1 (%2): %3 / %4").arg(l.term, l.category).arg(l.hitsA.size()).arg(l.hitsB.size()))));
    QVERIFY(listed >= 5);
}

void TestComparePdf::oneHighlightAnnotationPerSpanOfBothArticles()
{
    int spans = 0;
    QStringList expected;
    for (const QString &path : { kA, kB }) {
        for (const ExportSnapshot::Entry &e : m_made.snapshot.entries) {
            if (e.document.path != path)
                continue;
            spans += int(e.spans.size());
            for (const Span &s : e.spans)
                expected.append(s.note.trimmed().isEmpty()
                        ? m_made.snapshot.tagPath(s.tagId)
                        : m_made.snapshot.tagPath(s.tagId) + QStringLiteral(": ") + s.note);
        }
    }
    QVERIFY(spans >= 4);
    QStringList actual;
    for (int p = 0; p < m_doc->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page = m_doc->page(p);
        for (const auto &a : page->annotations({ Poppler::Annotation::AHighlight })) {
            actual.append(a->contents());
            // Each sits over the text of its span: the words under it are part of the article.
            const QSizeF size = page->pageSizeF();
            const QRectF b = a->boundary();
            const QString under = page->text(QRectF(
                b.x() * size.width(), b.y() * size.height(), b.width() * size.width(), b.height() * size.height()));
            QVERIFY2(!under.trimmed().isEmpty(), qPrintable(a->contents()));
            QVERIFY(p < m_made.summaryPage);
        }
    }
    expected.sort();
    actual.sort();
    QCOMPARE(actual.size(), spans);
    QCOMPARE(actual, expected);
}

void TestComparePdf::annotationsCanBeTurnedOff()
{
    PdfOptions options;
    options.annotations = false;
    const Made m = make(kA, kB, options);
    auto doc = Poppler::Document::loadFromData(m.pdf);
    QVERIFY(doc);
    int count = 0;
    for (int p = 0; p < doc->numPages(); ++p)
        count += int(doc->page(p)->annotations({ Poppler::Annotation::AHighlight }).size());
    QCOMPARE(count, 0);
    QCOMPARE(doc->numPages(), m_made.pages);
}

void TestComparePdf::metadataAndPageNumbers()
{
    QVERIFY(m_doc->info(QStringLiteral("Title")).startsWith(QStringLiteral("Comparison: ")));
    QCOMPARE(m_doc->info(QStringLiteral("Author")), QStringLiteral("Compare Tester"));
    QVERIFY(m_doc->info(QStringLiteral("Subject")).contains(kA));
    QVERIFY(m_doc->info(QStringLiteral("Subject")).contains(kB));
    QVERIFY(m_doc->info(QStringLiteral("Creator")).startsWith(QStringLiteral("Marginalia")));
    for (int p = 0; p < m_doc->numPages(); ++p)
        QVERIFY(m_doc->page(p)->text(QRectF()).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(m_made.pages)));
}

void TestComparePdf::qpdfCheckAndEmbeddedFonts()
{
    const QString path = m_dir.filePath(QStringLiteral("compare.pdf"));
    QString error;
    QVERIFY2(ExportWriter::write(path, m_made.pdf, &error), qPrintable(error));
    int code = 0;
    const QString qpdf = runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), path }, &code);
    QVERIFY2(code == 0, qPrintable(qpdf));
    QVERIFY(qpdf.contains(QStringLiteral("No syntax or stream encoding errors")));
    const QString fonts = runTool(QStringLiteral("pdffonts"), { path }, &code);
    QCOMPARE(code, 0);
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(rows.size() >= 2, qPrintable(fonts));
    for (const QString &row : rows) {
        const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(cols.size() >= 6 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(row));
    }
}

void TestComparePdf::arabicArticleIsShaped()
{
    const Made m = make(kArabic, kB);
    auto doc = Poppler::Document::loadFromData(m.pdf);
    QVERIFY(doc);
    const QString text = squash(pageText(*doc, 0, m.summaryPage, 0));
    const CorpusModel *docs = m_corpus.documents();
    const QString arabic = docs->document(docs->rowOfPath(kArabic)).text();
    // Word by word: extraction of right-to-left lines may order words differently.
    // Qt's PDF engine maps a few ligature glyphs of the Arabic font back to
    // no text (a limitation the single-article export shares), so most words,
    // not all, must be found; the letters of the others are drawn all the same.
    int words = 0;
    int found = 0;
    QStringList missing;
    for (const QString &w : arabic.split(QRegularExpression(QStringLiteral("[\\s\\p{P}]+")), Qt::SkipEmptyParts)) {
        if (!w.isRightToLeft() || w.size() < 3)
            continue;
        ++words;
        if (text.contains(squash(w)))
            ++found;
        else
            missing.append(w);
    }
    QVERIFY(words > 50);
    QVERIFY2(found * 10 >= words * 9,
        qPrintable(QStringLiteral("%1 of %2; missing: %3").arg(found).arg(words).arg(missing.join(QLatin1Char(' ')))));
    for (const QString &w : { QStringLiteral("الجسر"), QStringLiteral("المدينة"), QStringLiteral("إغلاق") })
        QVERIFY2(text.contains(w), qPrintable(w));
}

void TestComparePdf::cancelWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    ComparisonExportJob job(m_made.snapshot, kA, kB, m_made.result);
    int calls = 0;
    job.setProgress([&calls](int, int) { return ++calls < 3; });
    QString error;
    QVERIFY(!job.run(path, &error));
    QVERIFY(job.wasCancelled());
    QVERIFY(error.contains(QStringLiteral("cancelled")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestComparePdf::missingDocumentIsAnError()
{
    ExportSnapshot snapshot;
    QString error;
    QVERIFY(!ComparisonExportJob::snapshot(m_corpus, kA, QStringLiteral("Nowhere/none.txt"), &snapshot, &error));
    QVERIFY2(error.contains(QStringLiteral("Nowhere/none.txt")), qPrintable(error));
    // A snapshot without B: the exporter says so instead of printing one side.
    ComparisonExportJob job(m_made.snapshot, kA, QStringLiteral("Nowhere/none.txt"), m_made.result);
    const QString path = m_dir.filePath(QStringLiteral("missing.pdf"));
    QVERIFY(!job.run(path, &error));
    QVERIFY2(error.contains(QStringLiteral("Nowhere/none.txt")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestComparePdf::unwritablePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing folder") << m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"))
                                    << QStringLiteral("does not exist");
    QTest::addRow("output is a folder") << m_dir.path() << QStringLiteral("is a folder");
    QTest::addRow("read-only place") << QStringLiteral("/proc/marginalia-compare.pdf")
                                     << QStringLiteral("cannot be written");
}

void TestComparePdf::unwritablePath()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    ComparisonExportJob job(m_made.snapshot, kA, kB, m_made.result);
    QString error;
    QVERIFY(!job.run(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
}

QTEST_MAIN(TestComparePdf)
#include "tst_comparepdf.moc"
