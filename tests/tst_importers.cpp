// Article importers: HTML, DOCX, EPUB, PDF, encodings, and the bad input each
// must report instead of crashing or reading what it should not.

#include "corpus/corpus.h"
#include "corpus/docximporter.h"
#include "corpus/epubimporter.h"
#include "corpus/htmlimporter.h"
#include "corpus/importerregistry.h"
#include "corpus/pdfimporter.h"
#include "corpus/ziparchive.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Marginalia;

namespace {

using Entries = QList<QPair<QString, QByteArray>>;

// A zip in memory, deflated, entries in the given order (names taken as given,
// "../x" included: the point of some tests).
QByteArray makeZip(const Entries &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const auto &[name, data] : entries) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 9))
            return {};
        f.write(data);
        f.close();
    }
    zip.close();
    return bytes;
}

QByteArray docxBody(const QByteArray &paragraphs)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + paragraphs + "</w:body></w:document>";
}

QByteArray docx(const QByteArray &paragraphs, const QByteArray &core = {})
{
    Entries e { { QStringLiteral("[Content_Types].xml"), "<Types/>" },
        { QStringLiteral("word/document.xml"), docxBody(paragraphs) } };
    if (!core.isEmpty())
        e.append({ QStringLiteral("docProps/core.xml"), core });
    return makeZip(e);
}

QByteArray epub(const QByteArray &opf, const Entries &chapters)
{
    Entries e { { QStringLiteral("mimetype"), "application/epub+zip" },
        { QStringLiteral("META-INF/container.xml"),
            "<?xml version=\"1.0\"?><container version=\"1.0\" "
            "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
            "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
            "</rootfiles></container>" },
        { QStringLiteral("OEBPS/content.opf"), opf } };
    return makeZip(e + chapters);
}

QByteArray xhtml(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
           "<title>chapter</title></head><body>"
        + body + "</body></html>";
}

const QByteArray opfHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                           "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                           "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                           "<dc:title>The Harbor Dispatch Weekly</dc:title><dc:creator>Imre Vantongeren</dc:creator>"
                           "<dc:publisher>Harbor Dispatch</dc:publisher><dc:date>2026-02-11</dc:date></metadata>";

// Renders lines on pages (a list per page) into a PDF.
QByteArray makePdf(const QList<QStringList> &pages, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setResolution(72);
    QPainter p(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(11);
    p.setFont(font);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 60;
        for (const QString &line : pages.at(i)) {
            p.drawText(50, y, line);
            y += 18;
        }
    }
    p.end();
    return bytes;
}

ImportResult importAs(const QByteArray &bytes, const QString &name)
{
    return ImporterRegistry::instance().importBytes(bytes, name);
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testRegistryKnowsEveryFormat_data();
    void testRegistryKnowsEveryFormat();
    void testHtmlArticleWithoutClutter();
    void testHtmlMetadata_data();
    void testHtmlMetadata();
    void testHtmlFurnitureWordsInClassAndId_data();
    void testHtmlFurnitureWordsInClassAndId();
    void testHtmlTruncatedAndMalformed_data();
    void testHtmlTruncatedAndMalformed();
    void testHtmlReadsNoFileAndFetchesNothing();
    void testHtmlDeclaredLegacyCharset();
    void testHtmlDeepNestingDoesNotCrash();
    void testDocxTextAndMetadata();
    void testDocxWithDtdRefused();
    void testDocxZipBombRefused();
    void testDocxNotAZip();
    void testDocxMissingBody();
    void testEpubSpineOrderAndMetadata();
    void testEpubDotDotEntriesHarmless();
    void testPdfPagesAndDehyphenation();
    void testDehyphenate_data();
    void testDehyphenate();
    void testPdfBroken();
    void testPdfEncrypted();
    void testHugeFileRefusedBySize();
    void testBinaryWithTextExtension_data();
    void testBinaryWithTextExtension();
    void testMixedCorpusReportsEachBadFileAndLoadsTheRest();
};

void TestImporters::testRegistryKnowsEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    for (const char *s : { "a.txt:txt", "A.MD:txt", "b.markdown:txt", "c.html:html", "c.HTM:html", "d.xhtml:html",
             "e.docx:docx", "f.epub:epub", "g.pdf:pdf", "h.doc:", "i.png:", "noext:" }) {
        const QStringList parts = QString::fromLatin1(s).split(QLatin1Char(':'));
        QTest::addRow("%s", s) << parts.at(0) << parts.at(1);
    }
}

void TestImporters::testRegistryKnowsEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const Importer *importer = ImporterRegistry::instance().forFile(file);
    QCOMPARE(importer ? importer->name() : QString(), format);
    QCOMPARE(ImporterRegistry::instance().canImport(file), !format.isEmpty());
}

void TestImporters::testHtmlArticleWithoutClutter()
{
    const QByteArray page = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ferry pier reopens | Tidewater Gazette</title>
<style>p { color: red }</style><script>var tracking = "SCRIPT-TEXT";</script></head>
<body>
<header class="site-masthead"><a href="/">Tidewater Gazette</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<main>
<article>
<h1>Ferry pier reopens after winter repairs</h1>
<p class="byline">By Mara Okonjo</p>
<div class="share-bar"><a>Share on Facebook</a> <a>Tweet</a></div>
<p>The  Lindqvist   ferry pier reopened on
Monday after three months of repairs.</p>
<!-- an editor's COMMENT-TEXT -->
<p>Commuters <b>welcomed</b> the <a href="/x">news</a>.<br>Some did not.</p>
<form><input value="FORM-TEXT"> <textarea>FORM-TEXT</textarea></form>
<aside><p>Related: ASIDE-TEXT</p></aside>
<ul><li>First point</li><li>Second point</li></ul>
<pre>  kept   spacing
second line</pre>
<div hidden>HIDDEN-TEXT</div>
<div aria-hidden="true">ARIA-HIDDEN-TEXT</div>
<section class="newsletter-signup"><p>NEWSLETTER-TEXT</p></section>
</article>
</main>
<footer><p>FOOTER-TEXT</p></footer>
<noscript>NOSCRIPT-TEXT</noscript>
</body></html>)";
    const ImportResult r = importAs(page, QStringLiteral("Tidewater Gazette/2026-01-12-pier.html"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString expected
        = QStringLiteral("Ferry pier reopens after winter repairs\n\n"
                         "By Mara Okonjo\n\n"
                         "The Lindqvist ferry pier reopened on Monday after three months of repairs.\n\n"
                         "Commuters welcomed the news.\nSome did not.\n\n"
                         "First point\n\nSecond point\n\n"
                         "kept   spacing\nsecond line");
    QCOMPARE(r.document.text(), expected);
    for (const char *hidden : { "SCRIPT", "COMMENT", "FORM", "ASIDE", "HIDDEN", "NEWSLETTER", "FOOTER", "NOSCRIPT",
             "cookies", "Sport", "Tweet" })
        QVERIFY2(!r.document.text().contains(QLatin1String(hidden)), hidden);
    QCOMPARE(r.document.format, QStringLiteral("html"));
    QCOMPARE(r.document.extractorVersion, 1);
    QCOMPARE(r.document.meta.title, QStringLiteral("Ferry pier reopens | Tidewater Gazette"));
    QCOMPARE(r.document.meta.outlet, QStringLiteral("Tidewater Gazette")); // folder fallback
    QCOMPARE(r.document.meta.date, QDate(2026, 1, 12)); // file name fallback
}

void TestImporters::testHtmlMetadata_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("url");

    QTest::addRow("open graph and article tags")
        << QByteArray(R"(<meta property="og:title" content="Dam inquiry opens"><title>Dam | Site</title>
<meta property="og:site_name" content="Brackwater Post"><meta property="article:published_time" content="2026-02-03T08:15:00+01:00">
<meta name="author" content="Juno Pell"><meta property="og:url" content="https://brackwater.example/dam">
<link rel="canonical" href="https://brackwater.example/news/dam-inquiry">)")
        << QByteArray("<h1>Heading</h1><p>Text.</p>") << QStringLiteral("Dam inquiry opens")
        << QStringLiteral("Brackwater Post") << QDate(2026, 2, 3) << QStringLiteral("Juno Pell")
        << QStringLiteral("https://brackwater.example/news/dam-inquiry");
    QTest::addRow("json-ld graph") << QByteArray(
        R"(<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Salt flats flooded","datePublished":"2025-11-30",
"author":[{"@type":"Person","name":"Ada Quill"},{"@type":"Person","name":"Bo Renn"}],
"publisher":{"@type":"Organization","name":"Lowland Courier"},"url":"https://lowland.example/salt"}]}</script>)")
                                   << QByteArray("<p>Text.</p>") << QStringLiteral("Salt flats flooded")
                                   << QStringLiteral("Lowland Courier") << QDate(2025, 11, 30)
                                   << QStringLiteral("Ada Quill, Bo Renn")
                                   << QStringLiteral("https://lowland.example/salt");
    QTest::addRow("title element, time element")
        << QByteArray("<title>  Quarry vote\n delayed </title>")
        << QByteArray(R"(<article><h1>Other</h1><time datetime="2024-07-09">July 9</time><p>Text.</p></article>)")
        << QStringLiteral("Quarry vote delayed") << QString() << QDate(2024, 7, 9) << QString() << QString();
    QTest::addRow("h1 only") << QByteArray() << QByteArray("<h1>Only <i>a</i> heading</h1><p>Text.</p>")
                             << QStringLiteral("Only a heading") << QString() << QDate() << QString() << QString();
    QTest::addRow("broken json-ld ignored")
        << QByteArray(R"(<script type="application/ld+json">{"@type":"NewsArticle", "headline": </script>)")
        << QByteArray("<p>Body line.</p>") << QStringLiteral("Body line.") << QString() << QDate() << QString()
        << QString();
}

void TestImporters::testHtmlMetadata()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    const QByteArray page = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    const ImportResult r = importAs(page, QStringLiteral("page.html"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QTEST(r.document.meta.title, "title");
    QTEST(r.document.meta.outlet, "outlet");
    QTEST(r.document.meta.date, "date");
    QTEST(r.document.meta.author, "author");
    QTEST(r.document.meta.url, "url");
}

void TestImporters::testHtmlFurnitureWordsInClassAndId_data()
{
    QTest::addColumn<QByteArray>("attributes");
    QTest::addColumn<bool>("dropped");
    // Whole words of class and id, split at white space, '-' and '_', any case.
    QTest::addRow("class word") << QByteArray(R"(class="share")") << true;
    QTest::addRow("upper case") << QByteArray(R"(class="Social-LINKS")") << true;
    QTest::addRow("after underscore") << QByteArray(R"(class="box_newsletter")") << true;
    QTest::addRow("tab separated") << QByteArray("class=\"lead\tpromo\"") << true;
    QTest::addRow("id only") << QByteArray(R"(class="body" id="cookie-notice")") << true;
    QTest::addRow("role") << QByteArray(R"(role="complementary")") << true;
    QTest::addRow("role other case kept") << QByteArray(R"(role="Navigation")") << false;
    QTest::addRow("inside a word") << QByteArray(R"(class="shared-story")") << false;
    QTest::addRow("long word") << QByteArray(R"(class="advertisementsandmorewordsthanthat")") << false;
    QTest::addRow("aria-hidden false") << QByteArray(R"(aria-hidden="false")") << false;
    QTest::addRow("non-ASCII class") << QByteArray("class=\"caf\xc3\xa9 sidebar\"") << true;
    QTest::addRow("non-ASCII, no word") << QByteArray("class=\"caf\xc3\xa9-share\xc3\xa9\"") << false;
    QTest::addRow("no attributes") << QByteArray() << false;
}

void TestImporters::testHtmlFurnitureWordsInClassAndId()
{
    QFETCH(QByteArray, attributes);
    QFETCH(bool, dropped);
    const QByteArray page = "<html><body><article><p>Kept paragraph.</p><div " + attributes
        + "><p>MARKED text</p></div></article></body></html>";
    const ImportResult r = importAs(page, QStringLiteral("a.html"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.document.text().contains(QLatin1String("Kept paragraph.")));
    QCOMPARE(!r.document.text().contains(QLatin1String("MARKED")), dropped);
}

void TestImporters::testHtmlTruncatedAndMalformed_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("text");
    QTest::addRow("cut off mid-tag") << QByteArray("<html><body><p>First paragraph<p>Second <b>bold")
                                     << QStringLiteral("First paragraph\n\nSecond bold");
    QTest::addRow("cut off inside attribute")
        << QByteArray("<p>Kept text</p><p class=\"a") << QStringLiteral("Kept text");
    QTest::addRow("unclosed comment") << QByteArray("<p>Before</p><!-- never closed <p>After</p>")
                                      << QStringLiteral("Before");
    QTest::addRow("misnested") << QByteArray("<p><b>one <i>two</b> three</i></p><div>four")
                               << QStringLiteral("one two three\n\nfour");
    QTest::addRow("no markup") << QByteArray("just words") << QStringLiteral("just words");
    QTest::addRow("empty") << QByteArray() << QString();
    QTest::addRow("entities") << QByteArray("<p>caf&eacute; &amp; &#x1F4F0; &bogus;</p>")
                              << QStringLiteral(u"café & \U0001F4F0 &bogus;");
}

void TestImporters::testHtmlTruncatedAndMalformed()
{
    QFETCH(QByteArray, page);
    const ImportResult r = importAs(page, QStringLiteral("x.html"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QTEST(r.document.text(), "text");
}

void TestImporters::testHtmlReadsNoFileAndFetchesNothing()
{
    // The page points at a local file in every way HTML can; none of it may
    // end up in the text (nothing is opened on the page's behalf).
    QTemporaryDir dir;
    const QString secret = dir.filePath(QStringLiteral("secret.txt"));
    QVERIFY(TestUtil::writeFile(secret, "SECRET-FILE-CONTENT\n"));
    const QByteArray url = QUrl::fromLocalFile(secret).toEncoded();
    const QByteArray page = "<html><head><link rel=stylesheet href=\"" + url
        + "\"><script src=\"http://tracker.invalid/t.js\"></script>"
          "<link rel=\"import\" href=\"https://remote.invalid/x.html\"></head><body><article>"
          "<p>Visible text.</p><img src=\""
        + url + "\" alt=\"\"><iframe src=\"" + url + "\"></iframe><object data=\"" + url + "\"></object><embed src=\""
        + url + "\"><img src=\"https://remote.invalid/p.png\">" + "<svg><image href=\"" + url
        + "\"/></svg></article></body></html>";
    const ImportResult r = importAs(page, QStringLiteral("x.html"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), QStringLiteral("Visible text."));
    QVERIFY(!r.document.text().contains(QLatin1String("SECRET")));
}

void TestImporters::testHtmlDeclaredLegacyCharset()
{
    const QByteArray page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">"
                            "</head><body><p>Caf\xE9 \xA4 5</p></body></html>";
    const ImportResult r = importAs(page, QStringLiteral("x.html"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), QStringLiteral(u"Café € 5"));
}

void TestImporters::testHtmlDeepNestingDoesNotCrash()
{
    // Extraction walks the tree without recursion.
    QByteArray page = "<html><body>";
    for (int i = 0; i < 20000; ++i)
        page += "<span>";
    page += "deep";
    const ImportResult r = importAs(page, QStringLiteral("deep.html"));
    QVERIFY(r.ok);
    QCOMPARE(r.document.text(), QStringLiteral("deep"));
}

void TestImporters::testDocxTextAndMetadata()
{
    const QByteArray body = "<w:p><w:r><w:t>Reservoir levels</w:t></w:r><w:r><w:t xml:space=\"preserve\"> fall</w:t>"
                            "</w:r></w:p><w:p/><w:p><w:r><w:t>Col A</w:t><w:tab/><w:t>Col B</w:t><w:br/>"
                            "<w:t>next line</w:t></w:r></w:p><w:p><w:del><w:r><w:delText>DELETED</w:delText></w:r>"
                            "</w:del><w:r><w:instrText>PAGEREF</w:instrText><w:t>Kept &amp; shown</w:t></w:r></w:p>"
                            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    const QByteArray core = "<?xml version=\"1.0\"?><cp:coreProperties "
                            "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Reservoir report</dc:title>"
                            "<dc:creator>Tove Arnesen</dc:creator></cp:coreProperties>";
    const ImportResult r = importAs(docx(body, core), QStringLiteral("Upland Times/report.docx"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(),
        QStringLiteral("Reservoir levels fall\n\nCol A\tCol B\nnext line\n\nKept & shown\n\nCell one"));
    QCOMPARE(r.document.meta.title, QStringLiteral("Reservoir report"));
    QCOMPARE(r.document.meta.author, QStringLiteral("Tove Arnesen"));
    QCOMPARE(r.document.meta.outlet, QStringLiteral("Upland Times"));
    QCOMPARE(r.document.format, QStringLiteral("docx"));
}

void TestImporters::testDocxWithDtdRefused()
{
    // "Billion laughs": entities that expand exponentially. Refused at the DTD.
    QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"lol\">";
    for (char c = 'b'; c <= 'j'; ++c) {
        const QByteArray ref = QByteArray("&") + char(c - 1) + ';';
        xml += QByteArray("<!ENTITY ") + c + " \"" + ref.repeated(10) + "\">";
    }
    xml += "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
           "<w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>";
    const QByteArray file = makeZip({ { QStringLiteral("word/document.xml"), xml } });
    const ImportResult r = importAs(file, QStringLiteral("lol.docx"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("DTD")), qPrintable(r.error));
}

void TestImporters::testDocxZipBombRefused()
{
    // 48 MB of one letter compresses to about 50 kB: refused while inflating,
    // long before it is all in memory.
    const QByteArray bomb = docxBody("<w:p><w:r><w:t>" + QByteArray(48 * 1024 * 1024, 'a') + "</w:t></w:r></w:p>");
    const QByteArray file = makeZip({ { QStringLiteral("word/document.xml"), bomb } });
    QVERIFY(file.size() < 1024 * 1024);
    const ImportResult r = importAs(file, QStringLiteral("bomb.docx"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("zip bomb")), qPrintable(r.error));
    QVERIFY(r.document.text().isEmpty());
}

void TestImporters::testDocxNotAZip()
{
    const ImportResult r = importAs("This is just text with a .docx name.", QStringLiteral("fake.docx"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("not a valid DOCX")), qPrintable(r.error));
    const ImportResult truncated
        = importAs(docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>").left(60), QStringLiteral("cut.docx"));
    QVERIFY(!truncated.ok);
}

void TestImporters::testDocxMissingBody()
{
    const ImportResult r = importAs(makeZip({ { QStringLiteral("other.xml"), "<a/>" } }), QStringLiteral("empty.docx"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("word/document.xml")), qPrintable(r.error));
}

void TestImporters::testEpubSpineOrderAndMetadata()
{
    const QByteArray opf = opfHead
        + "<manifest><item id=\"c1\" href=\"text/one.xhtml\" media-type=\"application/xhtml+xml\"/>"
          "<item id=\"c2\" href=\"text/two%20b.xhtml\" media-type=\"application/xhtml+xml\"/>"
          "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
          "<spine><itemref idref=\"c2\"/><itemref idref=\"nav\" linear=\"no\"/><itemref "
          "idref=\"c1\"/></spine></package>";
    const QByteArray file = epub(opf,
        { { QStringLiteral("OEBPS/text/one.xhtml"), xhtml("<h1>Part one</h1><p>Alpha.</p>") },
            { QStringLiteral("OEBPS/text/two b.xhtml"), xhtml("<p>Beta comes first.</p>") },
            { QStringLiteral("OEBPS/nav.xhtml"), xhtml("<p>NAV-TEXT</p>") } });
    const ImportResult r = importAs(file, QStringLiteral("weekly.epub"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), QStringLiteral("Beta comes first.\n\nPart one\n\nAlpha."));
    QCOMPARE(r.document.meta.title, QStringLiteral("The Harbor Dispatch Weekly"));
    QCOMPARE(r.document.meta.author, QStringLiteral("Imre Vantongeren"));
    QCOMPARE(r.document.meta.outlet, QStringLiteral("Harbor Dispatch"));
    QCOMPARE(r.document.meta.date, QDate(2026, 2, 11));
    QVERIFY(r.warnings.isEmpty());
}

void TestImporters::testEpubDotDotEntriesHarmless()
{
    // Entry names and hrefs that climb out of the archive: nothing is written
    // anywhere, and such chapters are skipped with a warning.
    QTemporaryDir dir;
    const QString before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(','));
    const QByteArray opf = opfHead
        + "<manifest><item id=\"ok\" href=\"ok.xhtml\"/><item id=\"up\" href=\"../../../../evil.xhtml\"/>"
          "<item id=\"abs\" href=\"/etc/passwd\"/><item id=\"url\" href=\"file:///etc/passwd\"/></manifest>"
          "<spine><itemref idref=\"up\"/><itemref idref=\"abs\"/><itemref idref=\"url\"/><itemref idref=\"ok\"/>"
          "</spine></package>";
    const QByteArray file = epub(opf,
        { { QStringLiteral("../../../../evil.xhtml"), xhtml("<p>EVIL</p>") },
            { QStringLiteral("/etc/passwd"), "root:x:0:0" },
            { QStringLiteral("OEBPS/ok.xhtml"), xhtml("<p>Fine chapter.</p>") } });
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("corpus/book.epub")), file));
    const ImportResult r
        = ImporterRegistry::instance().importFile(dir.filePath(QStringLiteral("corpus")), QStringLiteral("book.epub"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), QStringLiteral("Fine chapter."));
    QCOMPARE(r.warnings.size(), 3);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("evil.xhtml"))));
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList { QStringLiteral("corpus") });
    Q_UNUSED(before);
    QCOMPARE(EpubImporter::resolve(QStringLiteral("OEBPS/content.opf"), QStringLiteral("../x.xhtml")),
        QStringLiteral("x.xhtml"));
    QCOMPARE(EpubImporter::resolve(QStringLiteral("OEBPS/content.opf"), QStringLiteral("../../x.xhtml")), QString());
    QCOMPARE(EpubImporter::resolve(QStringLiteral("OEBPS/content.opf"), QStringLiteral("a/./b/../c.xhtml#frag")),
        QStringLiteral("OEBPS/a/c.xhtml"));
}

void TestImporters::testPdfPagesAndDehyphenation()
{
    const QByteArray pdf = makePdf({ { QStringLiteral("Levee works begin"), QStringLiteral("The recon-"),
                                         QStringLiteral("struction starts in May.") },
                                       { QStringLiteral("Second page text.") } },
        QStringLiteral("Levee works"));
    const ImportResult r = importAs(pdf, QStringLiteral("Delta Star/2026-04-01-levee.pdf"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(
        r.document.text(), QStringLiteral("Levee works begin\nThe reconstruction starts in May.\n\nSecond page text."));
    QCOMPARE(r.document.meta.title, QStringLiteral("Levee works"));
    QCOMPARE(r.document.format, QStringLiteral("pdf"));
}

void TestImporters::testDehyphenate_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("joined") << QStringLiteral("recon-\nstruction") << QStringLiteral("reconstruction");
    QTest::addRow("spaces around break") << QStringLiteral("recon- \n  struction") << QStringLiteral("reconstruction");
    QTest::addRow("capital kept") << QStringLiteral("north-\nEast") << QStringLiteral("north-\nEast");
    QTest::addRow("digit kept") << QStringLiteral("route-\n9") << QStringLiteral("route-\n9");
    QTest::addRow("dash after space kept") << QStringLiteral("word -\nnext") << QStringLiteral("word -\nnext");
    QTest::addRow("mid-line hyphen kept") << QStringLiteral("well-known") << QStringLiteral("well-known");
    QTest::addRow("non-latin") << QStringLiteral(u"ςυμ-\nβολή") << QStringLiteral(u"ςυμβολή");
}

void TestImporters::testDehyphenate()
{
    QFETCH(QString, in);
    QTEST(PdfImporter::dehyphenate(in), "out");
}

void TestImporters::testPdfBroken()
{
    const QByteArray good = makePdf({ { QStringLiteral("Some text") } }, QString());
    for (const QByteArray &bad :
        { QByteArray("not a pdf at all"), QByteArray("%PDF-1.4\n%garbage\n"), good.left(good.size() / 3) }) {
        const ImportResult r = importAs(bad, QStringLiteral("bad.pdf"));
        QVERIFY2(!r.ok || r.document.text().isEmpty(), qPrintable(r.document.text()));
        if (!r.ok)
            QVERIFY2(r.error.contains(QLatin1String("PDF")), qPrintable(r.error));
    }
    QVERIFY(!importAs("not a pdf at all", QStringLiteral("bad.pdf")).ok);
    QVERIFY(!importAs("%PDF-1.4\n%garbage\n", QStringLiteral("bad.pdf")).ok);
}

void TestImporters::testPdfEncrypted()
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QSKIP("qpdf is not installed (tools/deps/import.txt lists it)");
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString locked = dir.filePath(QStringLiteral("locked.pdf"));
    QVERIFY(TestUtil::writeFile(plain, makePdf({ { QStringLiteral("Confidential memo") } }, QString())));
    QProcess p;
    p.start(qpdf,
        { QStringLiteral("--encrypt"), QStringLiteral("user-pw"), QStringLiteral("owner-pw"), QStringLiteral("256"),
            QStringLiteral("--"), plain, locked });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const ImportResult r = importAs(TestUtil::readFile(locked), QStringLiteral("locked.pdf"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("encrypted")), qPrintable(r.error));
}

void TestImporters::testHugeFileRefusedBySize()
{
    // A 200 MB file (sparse: no disk used) is refused by size without being read.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("huge.html")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(200LL * 1024 * 1024));
    f.close();
    const ImportResult r = ImporterRegistry::instance().importFile(dir.path(), QStringLiteral("huge.html"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("200 MB")), qPrintable(r.error));
}

void TestImporters::testBinaryWithTextExtension_data()
{
    QTest::addColumn<QString>("name");
    QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    QTest::addRow("png as txt") << QStringLiteral("photo.txt");
    QTest::addRow("png as html") << QStringLiteral("photo.html");
    QTest::addRow("png as md") << QStringLiteral("photo.md");
}

void TestImporters::testBinaryWithTextExtension()
{
    QFETCH(QString, name);
    QByteArray bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    for (int i = 0; i < 2000; ++i)
        bytes.append(char(i * 37 % 251));
    const ImportResult r = importAs(bytes, name);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("binary")), qPrintable(r.error));
}

void TestImporters::testMixedCorpusReportsEachBadFileAndLoadsTheRest()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("corpus"));
    auto put = [&](const char *name, const QByteArray &bytes) {
        QVERIFY(TestUtil::writeFile(root + QLatin1Char('/') + QLatin1String(name), bytes));
    };
    put("a/page.html", "<html><head><title>Page</title></head><body><p>Web page text.</p></body></html>");
    put("a/doc.docx", docx("<w:p><w:r><w:t>Word text.</w:t></w:r></w:p>"));
    put("a/print.pdf", makePdf({ { QStringLiteral("PDF text.") } }, QString()));
    put("a/latin.txt",
        "Na\xEFve caf\xE9 text, d\xE9j\xE0 vu in the s\xE9"
        "ance.\n");
    put("b/bomb.docx",
        makeZip({ { QStringLiteral("word/document.xml"),
            docxBody("<w:p><w:r><w:t>" + QByteArray(40 * 1024 * 1024, 'z') + "</w:t></w:r></w:p>") } }));
    put("b/fake.pdf", "%PDF-1.7 this is not really a PDF");
    put("b/binary.txt",
        QByteArray("\x7F"
                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
            16));
    put("b/notzip.epub", "plain text named epub");
    put("b/picture.png", "not an article: ignored, not reported");

    Corpus corpus;
    QCOMPARE(corpus.open(root), Corpus::OpenStatus::Ok);
    QStringList loaded;
    for (int row = 0; row < corpus.documents()->documentCount(); ++row)
        loaded.append(corpus.documents()->document(row).path);
    QCOMPARE(loaded,
        (QStringList { QStringLiteral("a/doc.docx"), QStringLiteral("a/latin.txt"), QStringLiteral("a/page.html"),
            QStringLiteral("a/print.pdf") }));
    QStringList reported;
    for (const Problem &p : corpus.problems()) {
        if (p.severity == Problem::Severity::Error) {
            reported.append(p.file);
            QVERIFY2(p.message.contains(QLatin1String("skipped")), qPrintable(p.message));
        }
    }
    reported.sort();
    QCOMPARE(reported,
        (QStringList { QStringLiteral("b/binary.txt"), QStringLiteral("b/bomb.docx"), QStringLiteral("b/fake.pdf"),
            QStringLiteral("b/notzip.epub") }));
}

QTEST_MAIN(TestImporters)
#include "tst_importers.moc"
