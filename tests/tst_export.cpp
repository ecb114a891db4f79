// The export engine (models/export): the annotated PDF read back with
// poppler-qt6 and checked with qpdf and pdffonts, the data exports parsed
// back, and the failure cases (unwritable path, full disk, cancel).

#include "corpus/corpus.h"
#include "export/boilerplate.h"
#include "export/csvexporter.h"
#include "export/exportjob.h"
#include "export/exportsnapshot.h"
#include "export/exportwriter.h"
#include "export/htmlexporter.h"
#include "export/pdfexporter.h"
#include "export/w3cexporter.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <csignal>
#include <sys/resource.h>

using namespace Marginalia;

namespace {

const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);

// Text compared without what layout changes: ligatures and presentation
// forms (NFKC), white space and line breaks, and digits (note markers are
// printed as digits right after a span).
QString squash(const QString &s)
{
    QString n = s.normalized(QString::NormalizationForm_KC);
    n.remove(QRegularExpression(QStringLiteral("[\\s\\d]+")));
    return n;
}

struct ReadBack
{
    std::unique_ptr<Poppler::Document> doc;
    QString text; // the body of all pages
    QString textWithFooters;
    std::vector<std::unique_ptr<Poppler::Annotation>> annotations;
    QVector<int> annotationPages;
};

ReadBack readBack(const QByteArray &pdf)
{
    ReadBack r;
    r.doc = Poppler::Document::loadFromData(pdf);
    if (!r.doc)
        return r;
    for (int p = 0; p < r.doc->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page = r.doc->page(p);
        r.textWithFooters += page->text(QRectF()) + QLatin1Char('\n');
        // The page body only: a paragraph broken over two pages reads on
        // without the footer ("Page 4 of 9") in the middle.
        const QSizeF size = page->pageSizeF();
        r.text += page->text(QRectF(0, 0, size.width(), size.height() - 22.0 / 25.4 * 72)) + QLatin1Char('\n');
        for (auto &a : page->annotations({ Poppler::Annotation::AHighlight })) {
            r.annotations.push_back(std::move(a));
            r.annotationPages.append(p);
        }
    }
    return r;
}

Tag makeTag(const QString &id, const QString &name, const QColor &color, const QString &parent = {})
{
    Tag t;
    t.id = id;
    t.name = name;
    t.color = color;
    t.parentId = parent;
    return t;
}

Span makeSpan(const QString &id, const QString &tag, int start, int end, const QString &note = {})
{
    Span s;
    s.id = id;
    s.tagId = tag;
    s.start = start;
    s.end = end;
    s.note = note;
    s.author = QStringLiteral("Test Analyst");
    return s;
}

ExportSnapshot oneDocument(const QString &text, const QVector<Span> &spans, const QString &title = {})
{
    ExportSnapshot snap;
    snap.corpusName = QStringLiteral("test-corpus");
    snap.corpusPath = QStringLiteral("/tmp/test-corpus");
    snap.author = QStringLiteral("Export Tester");
    snap.addTag(makeTag(QStringLiteral("t1"), QStringLiteral("Framing"), QColor(0xff, 0xd5, 0x4f)));
    snap.addTag(makeTag(QStringLiteral("t2"), QStringLiteral("Quote"), QColor(0x90, 0xca, 0xf9), QStringLiteral("t1")));
    ExportSnapshot::Entry e;
    e.document.path = QStringLiteral("Test Outlet/2026-01-02-test.txt");
    e.document.meta.title = title.isEmpty() ? QStringLiteral("A test article") : title;
    e.document.meta.outlet = QStringLiteral("Test Outlet");
    e.document.meta.date = QDate(2026, 1, 2);
    e.document.setText(text);
    e.spans = spans;
    snap.entries.append(e);
    return snap;
}

QByteArray exportPdf(const ExportSnapshot &snap, PdfOptions options = {}, int *pages = nullptr)
{
    PdfExporter exporter(snap, options);
    QString error;
    const QByteArray pdf = exporter.run(&error);
    if (pdf.isEmpty())
        qWarning("export failed: %s", qPrintable(error));
    if (pages)
        *pages = exporter.pageCount();
    return pdf;
}

QString expectedContents(const ExportSnapshot &snap, const Span &s)
{
    return s.note.trimmed().isEmpty() ? snap.tagPath(s.tagId) : snap.tagPath(s.tagId) + QStringLiteral(": ") + s.note;
}

// A fictional article long enough for `pages` pages, with a coded span in every paragraph.
ExportSnapshot longDocument(int paragraphs)
{
    QString text;
    QVector<Span> spans;
    const QStringList sentences {
        QStringLiteral("The Vell river ferry ran late again on Thursday, the harbour office said."),
        QStringLiteral("Residents of Oster Quay met in the library to ask for a second crossing."),
        QStringLiteral("A spokesperson for the Lantern Company declined to give a date for repairs."),
        QStringLiteral("Commuters described long queues at the Marrow Street stop before dawn."),
    };
    for (int p = 0; p < paragraphs; ++p) {
        const int start = int(text.size());
        for (int s = 0; s < 4; ++s)
            text += sentences.at((p + s) % 4) + QLatin1Char(' ');
        text += QStringLiteral("(paragraph %1)\n\n").arg(p);
        spans.append(makeSpan(QStringLiteral("s%1").arg(p), p % 2 ? QStringLiteral("t1") : QStringLiteral("t2"),
            start + 4, start + 60, p % 3 ? QString() : QStringLiteral("note %1").arg(p)));
    }
    return oneDocument(text, spans, QStringLiteral("A very long fictional report"));
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

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testSampleCorpusPdfCarriesTextNotesAndAnnotations();
    void testPdfPassesQpdfCheckAndEmbedsAllFonts();
    void testHighlightAnnotationsSitOverTheirText();
    void testNoPdfAnnotationsOption();
    void testFirstLineHighlightDoesNotBleedIntoPreviousPage();
    void testParagraphOverPageBreakLeavesNoHiddenCopyOfALine();
    void testDocumentWithZeroSpans();
    void testThreeHundredPageDocument();
    void testRightToLeftText();
    void testBoilerplate_data();
    void testBoilerplate();
    void testBoilerplateOmitAndGrey();
    void testCancelWritesNothing();
    void testUnwritableOutputPath_data();
    void testUnwritableOutputPath();
    void testFullDiskLeavesOldFileAndNoPartialFile();
    void testCsvQuotingAndCodePointOffsets();
    void testCsvByteOrderMark();
    void testW3cSelectorsInCodePoints();
    void testHtmlReport();
    void testMemoInW3cAndHtml();
    void testFilters_data();
    void testFilters();

private:
    QTemporaryDir m_dir;
    Corpus m_corpus;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestUtil::copyTree(kSample, m_dir.filePath(QStringLiteral("corpus"))));
    QCOMPARE(m_corpus.open(m_dir.filePath(QStringLiteral("corpus"))), Corpus::OpenStatus::Ok);
    QVERIFY(m_corpus.annotationCount() > 0);
}

void TestExport::testSampleCorpusPdfCarriesTextNotesAndAnnotations()
{
    ExportSnapshot snap;
    QString error;
    QVERIFY2(ExportSnapshot::fromCorpus(m_corpus, {}, &snap, &error), qPrintable(error));
    QCOMPARE(snap.entries.size(), 12);
    PdfOptions options;
    options.boilerplate = PdfOptions::BoilerplateMode::Keep;
    const QByteArray pdf = exportPdf(snap, options);
    QVERIFY(pdf.startsWith("%PDF-"));
    ReadBack r = readBack(pdf);
    QVERIFY(r.doc);
    const QString text = squash(r.text);

    // Every line of every article, and every note.
    int lines = 0;
    for (const auto &e : snap.entries) {
        for (const QString &line : e.document.text().split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty() || line.isRightToLeft())
                continue; // Arabic is checked word by word in testRightToLeftText
            ++lines;
            QVERIFY2(text.contains(squash(line)), qPrintable(e.document.path + QStringLiteral(": ") + line));
        }
        for (const Span &s : e.spans) {
            if (!s.note.trimmed().isEmpty() && !s.note.isRightToLeft())
                QVERIFY2(text.contains(squash(s.note)), qPrintable(s.note));
        }
    }
    QVERIFY(lines > 100);

    // One highlight annotation per span, "tag: note".
    QCOMPARE(int(r.annotations.size()), snap.spanCount());
    QStringList expected;
    for (const auto &e : snap.entries) {
        for (const Span &s : e.spans)
            expected.append(expectedContents(snap, s));
    }
    QStringList actual;
    for (const auto &a : r.annotations)
        actual.append(a->contents());
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);

    // The document information.
    QCOMPARE(r.doc->info(QStringLiteral("Title")), QStringLiteral("Corpus report: corpus"));
    QCOMPARE(r.doc->info(QStringLiteral("Author")), QStringLiteral(""));
    QVERIFY(r.doc->info(QStringLiteral("Subject")).contains(QStringLiteral("12 annotated articles")));
    QVERIFY(r.doc->info(QStringLiteral("Creator")).startsWith(QStringLiteral("Marginalia")));
    // The report's front matter: contents, codebook with descriptions, counts per outlet.
    QVERIFY(r.text.contains(QStringLiteral("Contents")));
    QVERIFY(r.text.contains(QStringLiteral("Tags by outlet")));
    for (const Tag &t : snap.tags) {
        if (!t.description.isEmpty())
            QVERIFY2(text.contains(squash(t.description)), qPrintable(t.description));
    }
}

void TestExport::testPdfPassesQpdfCheckAndEmbedsAllFonts()
{
    ExportSnapshot snap;
    QString error;
    QVERIFY(ExportSnapshot::fromCorpus(m_corpus, {}, &snap, &error));
    const QString path = m_dir.filePath(QStringLiteral("check.pdf"));
    QVERIFY(ExportWriter::write(path, exportPdf(snap), &error));

    int code = 0;
    const QString qpdf = runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), path }, &code);
    QVERIFY2(code == 0, qPrintable(qpdf));
    QVERIFY(qpdf.contains(QStringLiteral("No syntax or stream encoding errors")));

    const QString fonts = runTool(QStringLiteral("pdffonts"), { path }, &code);
    QCOMPARE(code, 0);
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(rows.size() >= 2, qPrintable(fonts)); // serif body and sans headings at least
    for (const QString &row : rows) {
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the right end.
        const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(cols.size() >= 6 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(row));
    }
}

void TestExport::testHighlightAnnotationsSitOverTheirText()
{
    const QString text = QStringLiteral(
        "Harbour gates shut\n\nThe Calder harbour gates stayed shut on Monday, stranding forty boats.\n\n"
        "A second paragraph says the repair crew from Tamsin Works arrived at noon and left at dusk.\n");
    const QVector<Span> spans {
        makeSpan(QStringLiteral("a"), QStringLiteral("t1"), int(text.indexOf(QStringLiteral("harbour gates stayed"))),
            int(text.indexOf(QStringLiteral(" on Monday"))), QStringLiteral("loaded")),
        makeSpan(QStringLiteral("b"), QStringLiteral("t2"), int(text.indexOf(QStringLiteral("Tamsin Works"))),
            int(text.indexOf(QStringLiteral(" arrived")))),
    };
    const ExportSnapshot snap = oneDocument(text, spans);
    ReadBack r = readBack(exportPdf(snap));
    QCOMPARE(int(r.annotations.size()), 2);
    for (int i = 0; i < 2; ++i) {
        auto *h = static_cast<Poppler::HighlightAnnotation *>(r.annotations.at(size_t(i)).get());
        std::unique_ptr<Poppler::Page> page = r.doc->page(r.annotationPages.at(i));
        const QSizeF size = page->pageSizeF();
        const QRectF b = h->boundary();
        const QRectF points(
            b.x() * size.width(), b.y() * size.height(), b.width() * size.width(), b.height() * size.height());
        const QString under = squash(page->text(points));
        const Span &s = h->contents() == QLatin1String("Framing: loaded") ? spans.at(0) : spans.at(1);
        QVERIFY2(under == squash(text.mid(s.start, s.length())), qPrintable(under));
        QCOMPARE(h->highlightQuads().size(), 1);
    }
}

void TestExport::testNoPdfAnnotationsOption()
{
    ExportSnapshot snap;
    QString error;
    QVERIFY(ExportSnapshot::fromCorpus(m_corpus,
        { QStringList { QStringLiteral("Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt") }, {}, {} },
        &snap, &error));
    PdfOptions options;
    options.annotations = false;
    ReadBack r = readBack(exportPdf(snap, options));
    QVERIFY(r.doc);
    QCOMPARE(int(r.annotations.size()), 0);
    // The printed notes are still there.
    QVERIFY(squash(r.text).contains(squash(QStringLiteral("Check with the harbor master's office."))));
    options.annotations = true;
    QCOMPARE(int(readBack(exportPdf(snap, options)).annotations.size()), snap.spanCount());
}

void TestExport::testFirstLineHighlightDoesNotBleedIntoPreviousPage()
{
    // One long paragraph, highlighted throughout, runs over a page break: the
    // top of page 2's first highlighted line used to show as a coloured rule
    // at the bottom of page 1.
    QString text;
    for (int i = 0; i < 120; ++i)
        text += QStringLiteral("The Dunmore lock keepers logged another late barge on the east channel. ");
    const ExportSnapshot snap
        = oneDocument(text, { makeSpan(QStringLiteral("all"), QStringLiteral("t1"), 0, int(text.size())) });
    PdfOptions options;
    options.annotations = false;
    int pages = 0;
    ReadBack r = readBack(exportPdf(snap, options, &pages));
    QVERIFY(pages >= 2);
    const qreal dpi = 288;
    const QImage page = r.doc->page(0)->renderToImage(dpi, dpi);
    const qreal bodyBottomPt = page.height() / dpi * 72 - 22.0 / 25.4 * 72;
    const int from = int((bodyBottomPt - 1.5) / 72 * dpi);
    const int to = int((bodyBottomPt + 4.0) / 72 * dpi); // the footer starts 10 pt lower
    for (int y = from; y < to; ++y) {
        for (int x = 0; x < page.width(); ++x)
            QVERIFY2(qGray(page.pixel(x, y)) > 250, qPrintable(QStringLiteral("(%1, %2)").arg(x).arg(y)));
    }
    // And page 1 does have highlighted text above that strip.
    const int above = int((bodyBottomPt - 12) / 72 * dpi);
    bool coloured = false;
    for (int x = 0; x < page.width() && !coloured; ++x)
        coloured = page.pixelColor(x, above).saturation() > 60;
    QVERIFY(coloured);
}

void TestExport::testParagraphOverPageBreakLeavesNoHiddenCopyOfALine()
{
    // QTextLayout::draw also paints the last line above its clip: a paragraph
    // running over a page break used to leave an invisible copy of its last
    // line on page 1 at the top of page 2, found by search and copy.
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("Barge log entry %1 was filed. ").arg(i);
    // No note, so no marker digit lands inside an entry number.
    const ExportSnapshot snap = oneDocument(text, { makeSpan(QStringLiteral("a"), QStringLiteral("t1"), 100, 9000) });
    int pages = 0;
    ReadBack r = readBack(exportPdf(snap, {}, &pages));
    QVERIFY(pages >= 2);
    QString all = r.text; // every page but its footer, including the top margin where the copy was
    all.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (int i = 0; i < 400; ++i) {
        const QString entry = QStringLiteral("entry %1 was").arg(i);
        QVERIFY2(all.count(entry) == 1,
            qPrintable(entry + QStringLiteral(": ") + QString::number(all.count(entry)) + QStringLiteral(" in ")
                + all.mid(all.indexOf(QStringLiteral("entry %1 ").arg(i - 1)), 200)));
    }
    // The span still is one annotation, placed where it starts.
    QCOMPARE(int(r.annotations.size()), 1);
    QCOMPARE(r.annotationPages.at(0), 0);
}

void TestExport::testDocumentWithZeroSpans()
{
    const ExportSnapshot snap = oneDocument(QStringLiteral("Quiet day at the Pellow docks\n\nNothing happened.\n"), {});
    int pages = 0;
    ReadBack r = readBack(exportPdf(snap, {}, &pages));
    QVERIFY(r.doc);
    QCOMPARE(pages, 1);
    QCOMPARE(int(r.annotations.size()), 0);
    QVERIFY(r.text.contains(QStringLiteral("Nothing happened.")));
    QVERIFY(r.text.contains(QStringLiteral("No annotations in this article.")));
}

void TestExport::testThreeHundredPageDocument()
{
    const ExportSnapshot snap = longDocument(3200);
    int pages = 0;
    const QByteArray pdf = exportPdf(snap, {}, &pages);
    QVERIFY2(pages >= 300, qPrintable(QString::number(pages)));
    ReadBack r = readBack(pdf);
    QCOMPARE(r.doc->numPages(), pages);
    QCOMPARE(int(r.annotations.size()), snap.spanCount());
    // Annotations are spread over the pages, in order, up to the last page.
    QCOMPARE(r.annotationPages.constLast(), pages - 1);
    QVERIFY(std::is_sorted(r.annotationPages.cbegin(), r.annotationPages.cend()));
    const QString last = r.doc->page(pages - 1)->text(QRectF());
    QVERIFY(!r.text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY2(last.contains(QStringLiteral("Page %1 of %1").arg(pages)), qPrintable(last));
}

void TestExport::testRightToLeftText()
{
    const QString text = QStringLiteral("أغلقت البلدية جسر الميناء بعد العاصفة.\n\n"
                                        "قال المهندسون إن الإصلاح سيستغرق شهرين على الأقل.\n");
    const int start = int(text.indexOf(QStringLiteral("جسر الميناء")));
    const QVector<Span> spans { makeSpan(QStringLiteral("r"), QStringLiteral("t1"), start,
        start + int(QStringLiteral("جسر الميناء").size()), QStringLiteral("ملاحظة قصيرة")) };
    const ExportSnapshot snap = oneDocument(text, spans, QStringLiteral("جسر الميناء"));
    ReadBack r = readBack(exportPdf(snap));
    QVERIFY(r.doc);
    QCOMPARE(int(r.annotations.size()), 1);
    QCOMPARE(r.annotations.front()->contents(), QStringLiteral("Framing: ملاحظة قصيرة"));
    // Shaped Arabic maps back to its letters (word order may differ by extractor).
    const QString extracted = r.text.normalized(QString::NormalizationForm_KC);
    for (const QString &word : { QStringLiteral("البلدية"), QStringLiteral("المهندسون"), QStringLiteral("شهرين") })
        QVERIFY2(extracted.contains(word), qPrintable(word));
    // The paragraph runs right to left: the highlighted words sit in the right half of the page.
    const QRectF b = r.annotations.front()->boundary();
    QVERIFY2(b.center().x() > 0.5, qPrintable(QString::number(b.center().x())));
}

void TestExport::testBoilerplate_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("boilerplate");
    QTest::addRow("advertisement") << QStringLiteral("Advertisement") << true;
    QTest::addRow("share") << QStringLiteral("  Share this article ") << true;
    QTest::addRow("read more") << QStringLiteral("Read more: Storm leaves town dark") << true;
    QTest::addRow("cookies") << QStringLiteral("We use cookies to improve your experience. Accept") << true;
    QTest::addRow("copyright") << QStringLiteral("© 2026 Coastline Wire. All rights reserved.") << true;
    QTest::addRow("prose") << QStringLiteral("Officials closed the bridge on Tuesday.") << false;
    QTest::addRow("prose starting with share") << QStringLiteral("Shareholders met on Friday.") << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("long read more") << (QStringLiteral("Read more: ") + QString(200, QLatin1Char('x'))) << false;
}

void TestExport::testBoilerplate()
{
    QFETCH(QString, line);
    QFETCH(bool, boilerplate);
    QCOMPARE(Boilerplate::isBoilerplateLine(line), boilerplate);
}

void TestExport::testBoilerplateOmitAndGrey()
{
    const QString text = QStringLiteral("Ferry strike\n\nAdvertisement\n\nThe Orrin ferry crews walked out.\n\n"
                                        "Share this article\n");
    const int start = int(text.indexOf(QStringLiteral("Share")));
    const ExportSnapshot snap
        = oneDocument(text, { makeSpan(QStringLiteral("x"), QStringLiteral("t1"), start, start + 5) });
    PdfOptions options;
    options.boilerplate = PdfOptions::BoilerplateMode::Omit;
    ReadBack omitted = readBack(exportPdf(snap, options));
    QVERIFY(!omitted.text.contains(QStringLiteral("Advertisement")));
    // A line with a span is never left out.
    QVERIFY(omitted.text.contains(QStringLiteral("Share this article")));
    QCOMPARE(int(omitted.annotations.size()), 1);
    options.boilerplate = PdfOptions::BoilerplateMode::Grey;
    QVERIFY(readBack(exportPdf(snap, options)).text.contains(QStringLiteral("Advertisement")));
}

void TestExport::testCancelWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    ExportJob job(longDocument(200), ExportJob::Format::Pdf);
    int calls = 0;
    job.setProgress([&calls](int, int) { return ++calls < 3; });
    QString error;
    QVERIFY(!job.run(path, &error));
    QVERIFY(job.wasCancelled());
    QVERIFY(error.contains(QStringLiteral("cancelled")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestExport::testUnwritableOutputPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QString file = m_dir.filePath(QStringLiteral("plain-file"));
    TestUtil::writeFile(file, "x");
    QTest::addRow("missing folder") << m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"))
                                    << QStringLiteral("does not exist");
    QTest::addRow("parent is a file") << file + QStringLiteral("/out.pdf") << QStringLiteral("does not exist");
    QTest::addRow("output is a folder") << m_dir.path() << QStringLiteral("is a folder");
    // Root may write anywhere in a normal folder; /proc refuses everyone.
    QTest::addRow("read-only place") << QStringLiteral("/proc/marginalia-export.pdf")
                                     << QStringLiteral("cannot be written");
}

void TestExport::testUnwritableOutputPath()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    ExportJob job(oneDocument(QStringLiteral("Short text.\n"), {}), ExportJob::Format::Pdf);
    QString error;
    QVERIFY(!job.run(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
}

void TestExport::testFullDiskLeavesOldFileAndNoPartialFile()
{
    // A full disk, without mounting one: the file size limit makes write()
    // fail with EFBIG past 16 KiB, as ENOSPC would (SIGXFSZ ignored).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(TestUtil::writeFile(path, "the analyst's previous export"));
    const QByteArray pdf = exportPdf(longDocument(300));
    QVERIFY(pdf.size() > 64 * 1024);

    rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 16 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool ok = ExportWriter::write(path, pdf, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!ok);
    QVERIFY2(error.contains(QStringLiteral("disk full")), qPrintable(error));
    QCOMPARE(TestUtil::readFile(path), QByteArray("the analyst's previous export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("report.pdf") });
}

void TestExport::testCsvQuotingAndCodePointOffsets()
{
    // An astral character (2 UTF-16 units, 1 code point) before the span.
    const QString text = QStringLiteral("Crowd \U0001F600 cheers \"loudly\", then, leaves\n");
    const int start = int(text.indexOf(QStringLiteral("cheers")));
    const int end = int(text.indexOf(QStringLiteral(" leaves")));
    ExportSnapshot snap = oneDocument(text,
        { makeSpan(QStringLiteral("c"), QStringLiteral("t2"), start, end, QStringLiteral("line one\nline \"two\"")) });
    const QString csv = QString::fromUtf8(CsvExporter::exportSnapshot(snap));
    const QStringList rows = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(rows.at(0), QStringLiteral("document,outlet,date,tag,quote,note,author,start,end"));
    QCOMPARE(rows.at(1),
        QStringLiteral("Test Outlet/2026-01-02-test.txt,Test Outlet,2026-01-02,Framing / Quote,"
                       "\"cheers \"\"loudly\"\", then,\",\"line one\nline \"\"two\"\"\","
                       "Test Analyst,%1,%2")
            .arg(start - 1)
            .arg(end - 1));
    QCOMPARE(rows.at(2), QString());
    QCOMPARE(rows.size(), 3);
}

void TestExport::testCsvByteOrderMark()
{
    const ExportSnapshot snap = oneDocument(QStringLiteral("x\n"), {});
    QVERIFY(CsvExporter::exportSnapshot(snap, true)
                .startsWith("\xEF\xBB\xBF"
                            "document,"));
    QVERIFY(CsvExporter::exportSnapshot(snap, false).startsWith("document,"));
}

void TestExport::testW3cSelectorsInCodePoints()
{
    const QString text = QStringLiteral("\U0001F30A Storm \U0001F30A hits the Brisk coast hard.\n");
    const int start = int(text.indexOf(QStringLiteral("Brisk")));
    const int end = start + 5;
    const ExportSnapshot snap = oneDocument(text,
        { makeSpan(QStringLiteral("0b7c"), QStringLiteral("t1"), start, end, QStringLiteral("name")),
            makeSpan(QStringLiteral("0b7d"), QStringLiteral("t2"), 0, 2) });
    const QJsonObject root = QJsonDocument::fromJson(W3cExporter::exportSnapshot(snap)).object();
    QCOMPARE(root.value(QLatin1String("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(root.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationCollection"));
    QCOMPARE(root.value(QLatin1String("total")).toInt(), 2);
    const QJsonArray items = root.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject a = items.at(0).toObject();
    QCOMPARE(a.value(QLatin1String("id")).toString(), QStringLiteral("urn:uuid:0b7c"));
    QCOMPARE(a.value(QLatin1String("motivation")).toString(), QStringLiteral("commenting"));
    const QJsonArray body = a.value(QLatin1String("body")).toArray();
    QCOMPARE(body.at(0).toObject().value(QLatin1String("value")).toString(), QStringLiteral("Framing"));
    QCOMPARE(body.at(1).toObject().value(QLatin1String("value")).toString(), QStringLiteral("name"));
    const QJsonArray selectors = a.value(QLatin1String("target")).toObject().value(QLatin1String("selector")).toArray();
    const QJsonObject quote = selectors.at(0).toObject();
    const QJsonObject position = selectors.at(1).toObject();
    QCOMPARE(quote.value(QLatin1String("type")).toString(), QStringLiteral("TextQuoteSelector"));
    QCOMPARE(quote.value(QLatin1String("exact")).toString(), QStringLiteral("Brisk"));
    QCOMPARE(quote.value(QLatin1String("prefix")).toString(), text.left(start));
    QCOMPARE(position.value(QLatin1String("type")).toString(), QStringLiteral("TextPositionSelector"));
    // Two astral characters before the span: code points are two fewer than UTF-16 units.
    QCOMPARE(position.value(QLatin1String("start")).toInt(), start - 2);
    QCOMPARE(position.value(QLatin1String("end")).toInt(), end - 2);
    const QJsonObject b = items.at(1).toObject();
    const QJsonObject bpos
        = b.value(QLatin1String("target")).toObject().value(QLatin1String("selector")).toArray().at(1).toObject();
    QCOMPARE(bpos.value(QLatin1String("end")).toInt(), 1); // one code point, the wave
    QCOMPARE(b.value(QLatin1String("motivation")).toString(), QStringLiteral("tagging"));
}

void TestExport::testHtmlReport()
{
    const QString text = QStringLiteral("Tide <rises> & falls\n\nنص عربي قصير\n");
    const ExportSnapshot snap = oneDocument(text,
        { makeSpan(QStringLiteral("h"), QStringLiteral("t1"), 0, 4, QStringLiteral("a <b>note</b>")),
            makeSpan(QStringLiteral("i"), QStringLiteral("t2"), 2, 10) });
    const QString html = QString::fromUtf8(HtmlExporter::exportSnapshot(snap));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY2(html.contains(QStringLiteral("<sup class=\"m\">1</sup><mark style=\"background:#90caf9\" "
                                          "title=\"Framing / Quote\"> &lt;rise</mark>s&gt; &amp; falls</p>")),
        qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Framing: a &lt;b&gt;note&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>note</b>")));
    QCOMPARE(html.count(QStringLiteral("<mark ")), 3); // "Ti", "de" (both spans, blended), " <rises" cut at the tag
    QVERIFY(html.contains(QStringLiteral("<p dir=\"auto\">نص عربي قصير</p>")));
    QVERIFY(!html.contains(QStringLiteral("http://")) && !html.contains(QStringLiteral("<script")));
}

void TestExport::testMemoInW3cAndHtml()
{
    ExportSnapshot snap = oneDocument(
        QStringLiteral("Storm hits the coast.\n"), { makeSpan(QStringLiteral("0b7c"), QStringLiteral("t1"), 0, 5) });
    // No memo: nothing more than the spans.
    QJsonObject root = QJsonDocument::fromJson(W3cExporter::exportSnapshot(snap)).object();
    QCOMPARE(root.value(QLatin1String("total")).toInt(), 1);
    QVERIFY(!HtmlExporter::exportSnapshot(snap).contains("class=\"memo\""));

    snap.entries[0].memo = QStringLiteral("Alarmist <headline>.\nCheck the figures.");
    const QByteArray first = W3cExporter::exportSnapshot(snap);
    root = QJsonDocument::fromJson(first).object();
    QCOMPARE(root.value(QLatin1String("total")).toInt(), 2);
    const QJsonArray items = root.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject memo = items.at(1).toObject();
    QCOMPARE(memo.value(QLatin1String("type")).toString(), QStringLiteral("Annotation"));
    QCOMPARE(memo.value(QLatin1String("motivation")).toString(), QStringLiteral("commenting"));
    const QJsonObject body = memo.value(QLatin1String("body")).toObject();
    QCOMPARE(body.value(QLatin1String("purpose")).toString(), QStringLiteral("commenting"));
    QCOMPARE(body.value(QLatin1String("value")).toString(), snap.entries.at(0).memo);
    const QJsonObject target = memo.value(QLatin1String("target")).toObject();
    // The whole article: its source, no selector; the same as the span's source.
    QVERIFY(!target.contains(QLatin1String("selector")));
    QCOMPARE(target.value(QLatin1String("source")),
        items.at(0).toObject().value(QLatin1String("target")).toObject().value(QLatin1String("source")));
    const QString id = memo.value(QLatin1String("id")).toString();
    QVERIFY2(id.startsWith(QLatin1String("urn:uuid:")) && QUuid::fromString(id.mid(9)).version() == QUuid::Sha1,
        qPrintable(id));
    QCOMPARE(W3cExporter::exportSnapshot(snap), first); // the same id every time

    const QString html = QString::fromUtf8(HtmlExporter::exportSnapshot(snap));
    QVERIFY2(html.contains(QStringLiteral(
                 "<div class=\"memo\" dir=\"auto\"><b>Memo</b>\nAlarmist &lt;headline&gt;.\nCheck the figures.</div>")),
        qPrintable(html));

    // The PDF prints it before the text; the span's highlight annotation still sits over "Storm".
    ReadBack r = readBack(exportPdf(snap));
    QVERIFY(r.doc);
    QVERIFY2(squash(r.text).contains(squash(QStringLiteral("Memo Alarmist <headline>. Check the figures. Storm hits"))),
        qPrintable(r.text));
    QCOMPARE(int(r.annotations.size()), 1);
    auto *h = static_cast<Poppler::HighlightAnnotation *>(r.annotations.at(0).get());
    std::unique_ptr<Poppler::Page> page = r.doc->page(r.annotationPages.at(0));
    const QSizeF size = page->pageSizeF();
    const QRectF bounds = h->boundary();
    QCOMPARE(squash(page->text(QRectF(bounds.x() * size.width(), bounds.y() * size.height(),
                 bounds.width() * size.width(), bounds.height() * size.height()))),
        QStringLiteral("Storm"));
}

void TestExport::testFilters_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("documents"); // -1: refused
    QTest::addColumn<QString>("error");
    QTest::addRow("all") << QStringList() << QString() << QString() << 12 << QString();
    QTest::addRow("outlet") << QStringList() << QStringLiteral("coastline wire") << QString() << 3 << QString();
    QTest::addRow("unknown outlet") << QStringList() << QStringLiteral("Nowhere Post") << QString() << -1
                                    << QStringLiteral("Nowhere Post");
    QTest::addRow("unknown tag") << QStringList() << QString() << QStringLiteral("No Such Tag") << -1
                                 << QStringLiteral("No Such Tag");
    QTest::addRow("unknown document") << QStringList { QStringLiteral("nope.txt") } << QString() << QString() << -1
                                      << QStringLiteral("nope.txt");
    QTest::addRow("two documents") << QStringList { QStringLiteral(
                                                        "Valley Ledger/2026-03-06-transit-fares-rise-forty-cents.txt"),
        QStringLiteral("Coastline Wire/2026-03-06-fare-hike-fiasco.txt") }
                                   << QString() << QString() << 2 << QString();
}

void TestExport::testFilters()
{
    QFETCH(QStringList, paths);
    QFETCH(QString, outlet);
    QFETCH(QString, tag);
    QFETCH(int, documents);
    QFETCH(QString, error);
    ExportSnapshot snap;
    QString why;
    const bool ok = ExportSnapshot::fromCorpus(m_corpus, { paths, outlet, tag }, &snap, &why);
    QCOMPARE(ok, documents >= 0);
    if (!ok) {
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QCOMPARE(int(snap.entries.size()), documents);
    if (!paths.isEmpty())
        QCOMPARE(snap.entries.at(0).document.path, paths.at(0)); // the order given
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
