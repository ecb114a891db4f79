// TextImporter: bytes of a .txt/.md article -> canonical text and metadata.

#include "corpus/textimporter.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using Marginalia::TextImporter;

class TestTextImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testUtf8Decoded_data();
    void testUtf8Decoded();
    void testCrlfNormalised();
    void testLoneCrNormalised();
    void testLineEndingsNormalised_data();
    void testLineEndingsNormalised();
    void testInvalidUtf8DecodedWithWarning_data();
    void testInvalidUtf8DecodedWithWarning();
    void testInvalidUtf8ErrorNamesFirstBadByte_data() { testInvalidUtf8DecodedWithWarning_data(); }
    void testInvalidUtf8ErrorNamesFirstBadByte();
    void testLatin1Detected();
    void testTruncatedUtf8AtEndNotDropped();
    void testUtf16Decoded_data();
    void testUtf16Decoded();
    void testUnpairedSurrogatesReplaced_data();
    void testUnpairedSurrogatesReplaced();
    void testBinaryWithTextExtensionRefused();
    void testNulBytesRefused();
    void testTitle_data();
    void testTitle();
    void testFrontMatter_data();
    void testFrontMatter();
    void testUnterminatedFrontMatterKeptAsText_data();
    void testUnterminatedFrontMatterKeptAsText();
    void testOutletFromInnermostFolder_data();
    void testOutletFromInnermostFolder();
    void testDateFromFileNamePrefix_data();
    void testDateFromFileNamePrefix();
    void testSha256OfCanonicalText_data();
    void testSha256OfCanonicalText();
    void testWordCount_data();
    void testWordCount();
    void testEmptyArticleWarns();
    void testImportFileReadsFromDisk();
    void testImportFileUnreadable();
};

void TestTextImporter::testUtf8Decoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray arabic("\xD8\xA7\xD9\x84\xD8\xAC\xD8\xB3\xD8\xB1"); // الجسر
    const QByteArray emoji("\xF0\x9F\x98\x80"); // U+1F600
    QTest::addRow("ascii without BOM") << QByteArray("Bridge closed") << QStringLiteral("Bridge closed");
    QTest::addRow("ascii with BOM") << (bom + "Bridge closed") << QStringLiteral("Bridge closed");
    QTest::addRow("arabic without BOM") << arabic << QStringLiteral(u"\u0627\u0644\u062C\u0633\u0631");
    QTest::addRow("arabic with BOM") << (bom + arabic) << QStringLiteral(u"\u0627\u0644\u062C\u0633\u0631");
    QTest::addRow("emoji with BOM") << (bom + emoji + " ok") << QStringLiteral(u"\U0001F600 ok");
    QTest::addRow("combining mark kept as is") << QByteArray("cafe\xCC\x81") << QStringLiteral(u"cafe\u0301");
    // Only a leading BOM is a BOM; one in the middle is text (U+FEFF).
    QTest::addRow("BOM in the middle kept") << ("a" + bom + "b") << QStringLiteral(u"a\uFEFFb");
    QTest::addRow("BOM only") << bom << QString();
}

void TestTextImporter::testUtf8Decoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const TextImporter::Result r = TextImporter::importBytes(bytes, QStringLiteral("a.txt"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), text);
    QCOMPARE(r.document.fileSize, qint64(bytes.size()));
    QCOMPARE(r.document.format, QStringLiteral("txt"));
}

void TestTextImporter::testCrlfNormalised()
{
    const TextImporter::Result r
        = TextImporter::importBytes("First line\r\nSecond line\r\n\r\nThird\r\n", QStringLiteral("a.txt"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), QStringLiteral("First line\nSecond line\n\nThird\n"));
    QVERIFY(!r.document.text().contains(QLatin1Char('\r')));
}

void TestTextImporter::testLoneCrNormalised()
{
    const TextImporter::Result r = TextImporter::importBytes("Old Mac\rline two\r\rend", QStringLiteral("a.txt"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), QStringLiteral("Old Mac\nline two\n\nend"));
}

void TestTextImporter::testLineEndingsNormalised_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::addRow("LF untouched") << QByteArray("a\nb\n") << QStringLiteral("a\nb\n");
    QTest::addRow("CR CR LF is two breaks") << QByteArray("a\r\r\nb") << QStringLiteral("a\n\nb");
    QTest::addRow("LF CR is two breaks") << QByteArray("a\n\rb") << QStringLiteral("a\n\nb");
    QTest::addRow("mixed") << QByteArray("a\r\nb\rc\nd") << QStringLiteral("a\nb\nc\nd");
    QTest::addRow("trailing lone CR") << QByteArray("a\r") << QStringLiteral("a\n");
    QTest::addRow("CRLF after astral") << QByteArray("\xF0\x9F\x98\x80\r\n\xD8\xA7\r\n")
                                       << QStringLiteral(u"\U0001F600\n\u0627\n");
    QTest::addRow("other separators kept") << QByteArray("a\xE2\x80\xA8"
                                                         "b\x0B"
                                                         "c\x0C"
                                                         "d")
                                           << QStringLiteral(u"a\u2028b\u000Bc\u000Cd");
}

void TestTextImporter::testLineEndingsNormalised()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const TextImporter::Result r = TextImporter::importBytes(bytes, QStringLiteral("a.txt"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), text);
    QCOMPARE(TextImporter::normaliseLineEndings(QString::fromUtf8(bytes)), text);
}

void TestTextImporter::testInvalidUtf8DecodedWithWarning_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");

    QTest::addRow("0xFF at start") << QByteArray("\xFFhello") << 0;
    QTest::addRow("0xFF after ascii") << QByteArray("abc\xFF") << 3;
    QTest::addRow("0xFE in the middle") << QByteArray("Bridge \xFE closed") << 7;
    QTest::addRow("stray continuation byte") << QByteArray("ab\x80"
                                                           "cd")
                                             << 2;
    QTest::addRow("after a BOM") << QByteArray("\xEF\xBB\xBF"
                                               "ab\xFF")
                                 << 5;
    QTest::addRow("after multibyte text") << QByteArray("\xD8\xA7\xD9\x84 \xC0") << 5;
    QTest::addRow("latin-1 e acute") << QByteArray("caf\xE9 au lait") << 3;
}

void TestTextImporter::testInvalidUtf8DecodedWithWarning()
{
    // Not refused any more: decoded (detected code page, or UTF-8 with U+FFFD)
    // and loaded, with a warning that names the first bad byte.
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    const TextImporter::Result r = TextImporter::importBytes(bytes, QStringLiteral("a.txt"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.document.text().isEmpty());
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(QLatin1String("UTF-8")), qPrintable(r.warnings.first()));
    QVERIFY(offset < bytes.size());
}

void TestTextImporter::testInvalidUtf8ErrorNamesFirstBadByte()
{
    // The message must point at the first byte of the first invalid sequence,
    // so the user can find it in a hex editor; not at the end of the file.
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    const TextImporter::Result r = TextImporter::importBytes(bytes, QStringLiteral("a.txt"));
    QVERIFY(r.ok);
    QVERIFY2(r.warnings.value(0).contains(QStringLiteral("at byte %1)").arg(offset)), qPrintable(r.warnings.value(0)));
}

void TestTextImporter::testLatin1Detected()
{
    const TextImporter::Result r = TextImporter::importBytes(
        "Caf\xE9 au lait on the Quai d\xE9s Fr\xE8res, na\xEFve d\xE9j\xE0 vu.\n", QStringLiteral("a.txt"));
    QVERIFY(r.ok);
    QCOMPARE(r.document.text(), QStringLiteral(u"Café au lait on the Quai dés Frères, naïve déjà vu.\n"));
    QCOMPARE(r.document.encoding, QStringLiteral("windows-1252"));
}

void TestTextImporter::testTruncatedUtf8AtEndNotDropped()
{
    // A file cut off in the middle of a multi-byte sequence: the incomplete
    // bytes must not be dropped silently; they show and a warning says where.
    const QByteArray bytes("abc\xE2\x82"); // first two bytes of U+20AC
    const TextImporter::Result r = TextImporter::importBytes(bytes, QStringLiteral("a.txt"));
    QVERIFY(r.ok);
    QVERIFY2(r.document.textLength() > 3, qPrintable(r.document.text()));
    QVERIFY2(r.warnings.value(0).contains(QLatin1String("byte 3")), qPrintable(r.warnings.value(0)));
}

void TestTextImporter::testNulBytesRefused()
{
    const TextImporter::Result r = TextImporter::importBytes(QByteArray("abc\0def", 7), QStringLiteral("a.txt"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("NUL")), qPrintable(r.error));
}

void TestTextImporter::testUtf16Decoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral(u"Harrow Street bridge \u2014 caf\u00e9\n");
    QByteArray le;
    QByteArray be;
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::addRow("LE with BOM") << QByteArray("\xFF\xFE") + le << QStringLiteral("UTF-16LE");
    QTest::addRow("BE with BOM") << QByteArray("\xFE\xFF") + be << QStringLiteral("UTF-16BE");
    QTest::addRow("LE without BOM") << le << QStringLiteral("UTF-16LE");
    QTest::addRow("BE without BOM") << be << QStringLiteral("UTF-16BE");
}

void TestTextImporter::testUtf16Decoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const TextImporter::Result r = TextImporter::importBytes(bytes, QStringLiteral("a.txt"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), QStringLiteral(u"Harrow Street bridge \u2014 caf\u00e9\n"));
    QCOMPARE(r.document.encoding, encoding);
}

void TestTextImporter::testUnpairedSurrogatesReplaced_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Found by the encoding fuzzer: Qt's UTF-16/UTF-32 decoders pass unpaired
    // surrogates through, which UTF-8 (the hash, the sidecar) cannot hold.
    QTest::addRow("UTF-32BE, invalid code points")
        << QByteArray("\0\0\xFE\xFF\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xF7\xFF\xFF\0", 17);
    QTest::addRow("UTF-16LE, lone high surrogate") << QByteArray("\xFF\xFEh\0\x3D\xD8i\0", 8);
    QTest::addRow("UTF-16LE, lone low surrogate at end") << QByteArray("\xFF\xFEh\0\x00\xDC", 6);
}

void TestTextImporter::testUnpairedSurrogatesReplaced()
{
    QFETCH(QByteArray, bytes);
    const TextImporter::Result r = TextImporter::importBytes(bytes, QStringLiteral("a.txt"));
    QVERIFY2(r.ok, qPrintable(r.error));
    for (qsizetype i = 0; i < r.document.textLength(); ++i) {
        const QChar c = r.document.text().at(i);
        if (c.isHighSurrogate()) {
            QVERIFY(i + 1 < r.document.textLength() && r.document.text().at(i + 1).isLowSurrogate());
            ++i;
        } else {
            QVERIFY2(!c.isSurrogate(), qPrintable(QString::number(i)));
        }
    }
    QVERIFY(r.document.text().contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(!r.warnings.isEmpty());
    QCOMPARE(QString::fromUtf8(r.document.text().toUtf8()), r.document.text());
}

void TestTextImporter::testBinaryWithTextExtensionRefused()
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 7919 + 13) % 256 == 0 ? 1 : (i * 7919 + 13) % 256));
    const TextImporter::Result r = TextImporter::importBytes(bytes, QStringLiteral("photo.txt"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("binary")), qPrintable(r.error));
}

void TestTextImporter::testTitle_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");

    QTest::addRow("txt first line") << QStringLiteral("a.txt") << QByteArray("Headline\nBody")
                                    << QStringLiteral("Headline");
    QTest::addRow("txt skips blank lines and trims")
        << QStringLiteral("a.txt") << QByteArray("\n   \n\t Headline here  \nBody") << QStringLiteral("Headline here");
    QTest::addRow("txt keeps #") << QStringLiteral("a.txt") << QByteArray("# Not markdown\n")
                                 << QStringLiteral("# Not markdown");
    QTest::addRow("md strips #") << QStringLiteral("a.md") << QByteArray("# Heading\nBody")
                                 << QStringLiteral("Heading");
    QTest::addRow("md strips ##") << QStringLiteral("a.md") << QByteArray("\n## Sub heading\n")
                                  << QStringLiteral("Sub heading");
    QTest::addRow("markdown suffix strips #")
        << QStringLiteral("a.markdown") << QByteArray("#Tight\n") << QStringLiteral("Tight");
    QTest::addRow("upper-case MD suffix") << QStringLiteral("a.MD") << QByteArray("# Loud\n") << QStringLiteral("Loud");
    QTest::addRow("md skips a bare #") << QStringLiteral("a.md") << QByteArray("#\n# Real\n") << QStringLiteral("Real");
    QTest::addRow("CRLF title") << QStringLiteral("a.txt") << QByteArray("Title\r\nBody") << QStringLiteral("Title");
    QTest::addRow("arabic title") << QStringLiteral("a.txt") << QByteArray("\xD8\xA7\xD9\x84\xD8\xAC\xD8\xB3\xD8\xB1\n")
                                  << QStringLiteral(u"\u0627\u0644\u062C\u0633\u0631");
    QTest::addRow("front matter title wins")
        << QStringLiteral("a.md") << QByteArray("---\ntitle: From Meta\n---\n# From Heading\n")
        << QStringLiteral("From Meta");
    QTest::addRow("md without title field uses first line after front matter")
        << QStringLiteral("a.md") << QByteArray("---\nauthor: X\n---\n\n# After\n") << QStringLiteral("After");
    QTest::addRow("empty file falls back to the base name")
        << QStringLiteral("Outlet/2026-03-04-empty.txt") << QByteArray("\n\n") << QStringLiteral("2026-03-04-empty");
}

void TestTextImporter::testTitle()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    const TextImporter::Result r = TextImporter::importBytes(bytes, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.meta.title, title);
}

void TestTextImporter::testFrontMatter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("url");

    QTest::addRow("all fields") << QByteArray(
        "---\ntitle: Bridge closed\noutlet: Daily Planet\ndate: 2026-03-04\nauthor: Jane Doe\n"
        "url: https://example.com/a?b=c\n---\nBody text\n")
                                << QStringLiteral("Body text\n") << QStringLiteral("Bridge closed")
                                << QStringLiteral("Daily Planet") << QDate(2026, 3, 4) << QStringLiteral("Jane Doe")
                                << QStringLiteral("https://example.com/a?b=c");
    QTest::addRow("quoted values") << QByteArray(
        "---\ntitle: \"Quoted: with colon\"\noutlet: 'Single quoted'\nauthor: \"\"\n---\nBody\n")
                                   << QStringLiteral("Body\n") << QStringLiteral("Quoted: with colon")
                                   << QStringLiteral("Single quoted") << QDate() << QString() << QString();
    QTest::addRow("keys case-insensitive, source means outlet, date-time")
        << QByteArray("---\nTitle: T\nSource: Wire\nDATE: 2026-03-05T08:00:00Z\n---\nB") << QStringLiteral("B")
        << QStringLiteral("T") << QStringLiteral("Wire") << QDate(2026, 3, 5) << QString() << QString();
    QTest::addRow("CRLF front matter with BOM")
        << QByteArray("\xEF\xBB\xBF---\r\ntitle: Windows\r\nauthor: Ann\r\n---\r\nLine one\r\nLine two\r\n")
        << QStringLiteral("Line one\nLine two\n") << QStringLiteral("Windows") << QString() << QDate()
        << QStringLiteral("Ann") << QString();
    QTest::addRow("closing line at end of file")
        << QByteArray("---\ntitle: Only meta\n---") << QString() << QStringLiteral("Only meta") << QString() << QDate()
        << QString() << QString();
    QTest::addRow("unknown keys and non key lines ignored")
        << QByteArray("---\ntags: [a, b]\njust a line\ntitle: Kept\n---\nText\n") << QStringLiteral("Text\n")
        << QStringLiteral("Kept") << QString() << QDate() << QString() << QString();
    QTest::addRow("front matter date overrides file name date")
        << QByteArray("---\ndate: 2025-12-31\n---\nX") << QStringLiteral("X") << QStringLiteral("X") << QString()
        << QDate(2025, 12, 31) << QString() << QString();
    QTest::addRow("body keeps its own horizontal rules")
        << QByteArray("---\ntitle: T\n---\nA\n---\nB\n") << QStringLiteral("A\n---\nB\n") << QStringLiteral("T")
        << QString() << QDate() << QString() << QString();
}

void TestTextImporter::testFrontMatter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QDate, date);
    QFETCH(QString, author);
    QFETCH(QString, url);

    // A file name date and no folder, so that only the front matter can set these.
    const TextImporter::Result r = TextImporter::importBytes(bytes, QStringLiteral("2020-01-01-article.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), text);
    QCOMPARE(r.document.format, QStringLiteral("md"));
    QCOMPARE(r.document.meta.title, title);
    QCOMPARE(r.document.meta.outlet, outlet);
    QCOMPARE(r.document.meta.date, date.isValid() ? date : QDate(2020, 1, 1));
    QCOMPARE(r.document.meta.author, author);
    QCOMPARE(r.document.meta.url, url);
    // The hash names the canonical text, which no longer holds the front matter.
    QCOMPARE(r.document.sha256, QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void TestTextImporter::testUnterminatedFrontMatterKeptAsText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");

    QTest::addRow("no closing line") << QStringLiteral("a.md")
                                     << QByteArray("---\ntitle: Lost\nauthor: Nobody\nBody\n");
    QTest::addRow("no closing line, no final newline") << QStringLiteral("a.md") << QByteArray("---\ntitle: Lost");
    QTest::addRow("only the opening line") << QStringLiteral("a.md") << QByteArray("---\n");
    QTest::addRow("closing line indented") << QStringLiteral("a.md") << QByteArray("---\ntitle: Lost\n ---\nBody");
    QTest::addRow("opening line not first") << QStringLiteral("a.md") << QByteArray("\n---\ntitle: Lost\n---\nBody");
    QTest::addRow("front matter in a txt file") << QStringLiteral("a.txt") << QByteArray("---\ntitle: Lost\n---\nBody");
}

void TestTextImporter::testUnterminatedFrontMatterKeptAsText()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    const TextImporter::Result r = TextImporter::importBytes(bytes, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.text(), QString::fromUtf8(bytes));
    QVERIFY(r.document.meta.title != QLatin1String("Lost"));
    QVERIFY(r.document.meta.author.isEmpty());
}

void TestTextImporter::testOutletFromInnermostFolder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("outlet");

    QTest::addRow("top level file has none") << QStringLiteral("article.txt") << QByteArray("x") << QString();
    QTest::addRow("one folder") << QStringLiteral("Coastline Wire/article.txt") << QByteArray("x")
                                << QStringLiteral("Coastline Wire");
    QTest::addRow("innermost of nested folders")
        << QStringLiteral("2026/March/Valley Ledger/article.md") << QByteArray("x") << QStringLiteral("Valley Ledger");
    QTest::addRow("non-ascii folder") << QStringLiteral(u"\u0627\u0644\u0633\u0627\u062D\u0644/a.txt")
                                      << QByteArray("x") << QStringLiteral(u"\u0627\u0644\u0633\u0627\u062D\u0644");
    QTest::addRow("front matter outlet wins over the folder")
        << QStringLiteral("Folder/a.md") << QByteArray("---\noutlet: Named\n---\nx") << QStringLiteral("Named");
}

void TestTextImporter::testOutletFromInnermostFolder()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, outlet);
    const TextImporter::Result r = TextImporter::importBytes(bytes, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.meta.outlet, outlet);
    QCOMPARE(r.document.path, path);
}

void TestTextImporter::testDateFromFileNamePrefix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QDate>("date");

    QTest::addRow("prefix") << QStringLiteral("2026-03-04-bridge.txt") << QDate(2026, 3, 4);
    QTest::addRow("prefix in a folder") << QStringLiteral("Outlet/2026-03-06-fares.md") << QDate(2026, 3, 6);
    QTest::addRow("date is the whole name") << QStringLiteral("2026-03-04.txt") << QDate(2026, 3, 4);
    QTest::addRow("folder name is not used") << QStringLiteral("2026-03-04/bridge.txt") << QDate();
    QTest::addRow("date not at the start") << QStringLiteral("bridge-2026-03-04.txt") << QDate();
    QTest::addRow("impossible month") << QStringLiteral("2026-13-04-x.txt") << QDate();
    QTest::addRow("impossible day") << QStringLiteral("2026-02-30-x.txt") << QDate();
    QTest::addRow("compact form") << QStringLiteral("20260304-x.txt") << QDate();
}

void TestTextImporter::testDateFromFileNamePrefix()
{
    QFETCH(QString, path);
    QFETCH(QDate, date);
    const TextImporter::Result r = TextImporter::importBytes("Text", path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.meta.date, date);
}

void TestTextImporter::testSha256OfCanonicalText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");

    QTest::addRow("ascii") << QByteArray("Bridge closed.\n") << QStringLiteral("a.txt");
    QTest::addRow("BOM not hashed") << QByteArray("\xEF\xBB\xBF"
                                                  "Bridge closed.\n")
                                    << QStringLiteral("a.txt");
    QTest::addRow("CRLF hashed as LF") << QByteArray("a\r\nb\r\n") << QStringLiteral("a.txt");
    QTest::addRow("astral and arabic") << QByteArray("\xF0\x9F\x98\x80 \xD8\xA7") << QStringLiteral("a.txt");
    QTest::addRow("front matter not hashed") << QByteArray("---\ntitle: T\n---\nBody\n") << QStringLiteral("a.md");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("a.txt");
}

void TestTextImporter::testSha256OfCanonicalText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    const TextImporter::Result r = TextImporter::importBytes(bytes, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QByteArray expected = QCryptographicHash::hash(r.document.text().toUtf8(), QCryptographicHash::Sha256).toHex();
    QCOMPARE(r.document.sha256, expected);
    QCOMPARE(r.document.sha256.size(), 64);
    QCOMPARE(r.document.sha256, r.document.sha256.toLower());
    QCOMPARE(TextImporter::sha256Hex(r.document.text()), expected);
}

void TestTextImporter::testWordCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");

    QTest::addRow("empty") << QString() << 0;
    QTest::addRow("whitespace only") << QStringLiteral(" \n\t ") << 0;
    QTest::addRow("english") << QStringLiteral("The Harrow Street bridge closed.") << 5;
    QTest::addRow("punctuation separates") << QStringLiteral("storm-damaged, (again); yes!") << 4;
    QTest::addRow("apostrophes join") << QStringLiteral(u"Don't panic: it\u2019s the council's call") << 6;
    QTest::addRow("numbers are words") << QStringLiteral("Fares rise 40 cents in 2026") << 6;
    QTest::addRow("across lines") << QStringLiteral("one\ntwo\n\nthree") << 3;
    QTest::addRow("arabic") << QStringLiteral(
        u"\u0623\u063A\u0644\u0642 \u0627\u0644\u062C\u0633\u0631 \u0628\u0639\u062F "
        u"\u0627\u0644\u0639\u0627\u0635\u0641\u0629")
                            << 4;
    QTest::addRow("arabic with diacritics and punctuation") << QStringLiteral(
        u"\u0645\u064E\u062F\u0650\u064A\u0646\u064E\u0629\u060C \u0643\u064E\u0628\u0650\u064A\u0631"
        u"\u064E\u0629\u061F") << 2;
    QTest::addRow("arabic-indic digits") << QStringLiteral(u"\u0639\u0627\u0645 \u0662\u0660\u0662\u0666") << 2;
    QTest::addRow("combining mark inside a word") << QStringLiteral(u"cafe\u0301 au lait") << 3;
}

void TestTextImporter::testWordCount()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QCOMPARE(TextImporter::countWords(text), words);
    const TextImporter::Result r = TextImporter::importBytes(text.toUtf8(), QStringLiteral("a.txt"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.wordCount, words);
}

void TestTextImporter::testEmptyArticleWarns()
{
    const TextImporter::Result r = TextImporter::importBytes(" \n\n", QStringLiteral("a.txt"));
    QVERIFY(r.ok);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(TextImporter::importBytes("x", QStringLiteral("a.txt")).warnings.isEmpty());
}

void TestTextImporter::testImportFileReadsFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes("\xEF\xBB\xBFHeadline\r\nBody \xF0\x9F\x98\x80\r\n");
    const QString rel = QStringLiteral("Some Outlet/2026-03-04-story.txt");
    QVERIFY(TestUtil::writeFile(dir.filePath(rel), bytes));

    const TextImporter::Result r = TextImporter::importFile(dir.path(), rel);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.document.path, rel);
    QCOMPARE(r.document.text(), QStringLiteral(u"Headline\nBody \U0001F600\n"));
    QCOMPARE(r.document.fileSize, qint64(bytes.size()));
    QVERIFY(r.document.fileModified.isValid());
    QCOMPARE(r.document.fileModified.timeSpec(), Qt::UTC);
    QCOMPARE(r.document.meta.outlet, QStringLiteral("Some Outlet"));
    QCOMPARE(r.document.meta.date, QDate(2026, 3, 4));
    QCOMPARE(r.document.meta.title, QStringLiteral("Headline"));

    const TextImporter::Result missing = TextImporter::importFile(dir.path(), QStringLiteral("nope.txt"));
    QVERIFY(!missing.ok);
    QVERIFY(!missing.error.isEmpty());
}

void TestTextImporter::testImportFileUnreadable()
{
    if (::geteuid() == 0)
        QSKIP("running as root, which reads files whatever their permissions");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString rel = QStringLiteral("locked.txt");
    QVERIFY(TestUtil::writeFile(dir.filePath(rel), "secret"));
    QVERIFY(QFile::setPermissions(dir.filePath(rel), QFileDevice::Permissions()));
    const TextImporter::Result r = TextImporter::importFile(dir.path(), rel);
    QFile::setPermissions(dir.filePath(rel), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("cannot be read")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
