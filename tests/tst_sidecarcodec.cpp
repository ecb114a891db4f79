// SidecarCodec (JSON <-> SidecarData) and SidecarStore (the file on disk).

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <unistd.h>

using namespace Marginalia;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

Tag makeTag(const QString &id, const QString &name, const char *color, const QString &parent = {},
    const QString &shortcut = {}, const QString &description = {})
{
    Tag t;
    t.id = id;
    t.name = name;
    t.color = QColor::fromString(QLatin1String(color));
    t.parentId = parent;
    t.shortcut = shortcut;
    t.description = description;
    return t;
}

Span makeSpan(const QString &id, const QString &tag, int start, int end)
{
    Span s;
    s.id = id;
    s.tagId = tag;
    s.start = start;
    s.end = end;
    s.author = QStringLiteral("Analyst");
    s.created = utc(2026, 3, 6, 10, 0, 0);
    s.modified = utc(2026, 3, 6, 11, 30, 15);
    s.quote = QStringLiteral("quote %1").arg(id);
    return s;
}

SidecarData::DocumentEntry makeEntry(const QString &path, const QByteArray &sha256, const QVector<Span> &spans = {})
{
    SidecarData::DocumentEntry e;
    e.path = path;
    e.sha256 = sha256;
    e.spans = spans;
    return e;
}

// Every field set, non-ASCII where it can be, documents and spans deliberately
// out of the order serialize() writes them in.
SidecarData richData()
{
    SidecarData d;
    d.codebook = {
        makeTag(QStringLiteral("t-root"), QStringLiteral("Sources"), "#76d7c4", {}, QStringLiteral("1"),
            QStringLiteral("Who speaks.\nSecond line with \"quotes\".")),
        makeTag(QStringLiteral("t-child"), QStringLiteral(u"T\u00e9moin \u2013 \u0634\u0627\u0647\u062F"), "#f5b7b1",
            QStringLiteral("t-root")),
        makeTag(QStringLiteral("t-emoji"), QStringLiteral(u"Mood \U0001F600"), "#000000", {}, QStringLiteral("9")),
    };
    SidecarData::DocumentEntry b = makeEntry(QStringLiteral("b/second.txt"), QByteArray(64, 'a'));
    Span s1 = makeSpan(QStringLiteral("s-3"), QStringLiteral("t-child"), 40, 50);
    s1.note
        = QStringLiteral(u"Note with emoji \U0001F44D\U0001F3FD, Arabic \u0645\u0631\u062D\u0628\u0627,\nand a tab\t.");
    s1.prefix = QStringLiteral(u"before \u0301");
    s1.suffix = QStringLiteral(u" after \U0001F600");
    Span s2 = makeSpan(QStringLiteral("s-2"), QStringLiteral("t-root"), 10, 20);
    Span s3 = makeSpan(QStringLiteral("s-1"), QStringLiteral("t-emoji"), 10, 20); // same range: ordered by id
    Span s4 = makeSpan(QStringLiteral("s-0"), QStringLiteral("t-root"), 10, 12);
    Span empty = makeSpan(QStringLiteral("s-empty"), QStringLiteral("t-root"), 5, 5);
    b.spans = { s1, s2, s3, s4, empty };
    b.memo = QStringLiteral(u"Frames the closure as the council’s fault.\n\nCheck the شاهد quote 🔍.");
    SidecarData::DocumentEntry a = makeEntry(QStringLiteral("a/first.md"), QByteArray("0123456789abcdef"));
    Span bare;
    bare.id = QStringLiteral("s-bare");
    bare.tagId = QStringLiteral("t-root");
    bare.start = 0;
    bare.end = 3;
    a.spans = { bare };
    SidecarData::DocumentEntry c = makeEntry(QStringLiteral(u"\u00c4rger/third.txt"), QByteArray());
    c.memo = QStringLiteral("A memo and no annotation.");
    SidecarData::DocumentEntry z = makeEntry(QStringLiteral("z.txt"), QByteArray(64, 'f'),
        { makeSpan(QStringLiteral("s-z"), QStringLiteral("t-emoji"), 100000, 100001) });
    d.documents = { z, b, c, a };
    return d;
}

SidecarData sorted(SidecarData d)
{
    std::sort(d.documents.begin(), d.documents.end(), [](const auto &x, const auto &y) { return x.path < y.path; });
    for (auto &e : d.documents)
        std::sort(e.spans.begin(), e.spans.end(), Span::lessThan);
    return d;
}

// Field by field, so that a failure names what differs.
void compareData(const SidecarData &actual, const SidecarData &expected)
{
    QCOMPARE(actual.codebook.size(), expected.codebook.size());
    for (int i = 0; i < expected.codebook.size(); ++i) {
        const Tag &a = actual.codebook.at(i);
        const Tag &e = expected.codebook.at(i);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.color, e.color);
        QCOMPARE(a.description, e.description);
        QCOMPARE(a.parentId, e.parentId);
        QCOMPARE(a.shortcut, e.shortcut);
        QVERIFY(a == e);
    }
    QCOMPARE(actual.documents.size(), expected.documents.size());
    for (int i = 0; i < expected.documents.size(); ++i) {
        const auto &a = actual.documents.at(i);
        const auto &e = expected.documents.at(i);
        QCOMPARE(a.path, e.path);
        QCOMPARE(a.sha256, e.sha256);
        QCOMPARE(a.memo, e.memo);
        QCOMPARE(a.spans.size(), e.spans.size());
        for (int j = 0; j < e.spans.size(); ++j) {
            const Span &as = a.spans.at(j);
            const Span &es = e.spans.at(j);
            QCOMPARE(as.id, es.id);
            QCOMPARE(as.tagId, es.tagId);
            QCOMPARE(as.start, es.start);
            QCOMPARE(as.end, es.end);
            QCOMPARE(as.note, es.note);
            QCOMPARE(as.author, es.author);
            QCOMPARE(as.created, es.created);
            QCOMPARE(as.modified, es.modified);
            QCOMPARE(as.quote, es.quote);
            QCOMPARE(as.prefix, es.prefix);
            QCOMPARE(as.suffix, es.suffix);
            QVERIFY(as == es);
        }
    }
}

// A small valid sidecar; parse-error rows replace one piece of it.
QByteArray validJson(const QByteArray &head = "\"format\": \"marginalia\", \"version\": 1, \"unit\": \"codepoint\"",
    const QByteArray &codebook = "[{\"id\": \"t1\", \"name\": \"One\", \"color\": \"#ff0000\"}]",
    const QByteArray &documents = "[{\"path\": \"a.txt\", \"annotations\": "
                                  "[{\"id\": \"s1\", \"tag\": \"t1\", \"start\": 0, \"end\": 3}]}]")
{
    return "{" + head + ", \"codebook\": " + codebook + ", \"documents\": " + documents + "}";
}

QByteArray docsWith(const QByteArray &annotation)
{
    return "[{\"path\": \"a.txt\", \"annotations\": [" + annotation + "]}]";
}

} // namespace

class TestSidecarCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRoundTripPreservesEveryField();
    void testRoundTripPreservesMilliseconds();
    void testSerializeIsStable();
    void testSerializeSortsDocumentsSpansAndKeys();
    void testMinimalValidFile();
    void testParseErrors_data();
    void testParseErrors();
    void testParentCycleRefused();
    void testMemoWrittenOnlyWhenPresent();
    void testStoreSaveThenLoad();
    void testStoreLoadStatus_data();
    void testStoreLoadStatus();
    void testStoreRefusesToReplaceUnparseableFile_data();
    void testStoreRefusesToReplaceUnparseableFile();
    void testStoreReplacesOwnFile();
    void testStoreSaveIntoReadOnlyDirectoryFails();
};

void TestSidecarCodec::testRoundTripPreservesEveryField()
{
    const SidecarData data = richData();
    const QByteArray bytes = SidecarCodec::serialize(data);
    const SidecarCodec::ParseResult parsed = SidecarCodec::parse(bytes);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(!parsed.newerVersion);
    QVERIFY(parsed.error.isEmpty());
    compareData(parsed.data, sorted(data));
    QCOMPARE(parsed.data.annotationCount(), 7);
}

void TestSidecarCodec::testRoundTripPreservesMilliseconds()
{
    // Corpus stamps new spans with QDateTime::currentDateTimeUtc(), which has
    // milliseconds; the parser reads them (Qt::ISODateWithMs), so the writer
    // must not drop them, or a save/load cycle changes every new span.
    SidecarData data;
    data.codebook = { makeTag(QStringLiteral("t"), QStringLiteral("T"), "#ff0000") };
    Span s = makeSpan(QStringLiteral("s"), QStringLiteral("t"), 0, 1);
    s.created = QDateTime(QDate(2026, 3, 6), QTime(10, 0, 0, 123), Qt::UTC);
    s.modified = QDateTime(QDate(2026, 3, 6), QTime(10, 0, 1, 987), Qt::UTC);
    data.documents = { makeEntry(QStringLiteral("a.txt"), {}, { s }) };
    const SidecarCodec::ParseResult parsed = SidecarCodec::parse(SidecarCodec::serialize(data));
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.data.documents.at(0).spans.at(0).created, s.created);
    QCOMPARE(parsed.data.documents.at(0).spans.at(0).modified, s.modified);
}

void TestSidecarCodec::testSerializeIsStable()
{
    const SidecarData data = richData();
    const QByteArray first = SidecarCodec::serialize(data);
    QCOMPARE(SidecarCodec::serialize(data), first);

    // Input order does not matter: reversed documents and spans give the same bytes.
    SidecarData reversed = data;
    std::reverse(reversed.documents.begin(), reversed.documents.end());
    for (auto &e : reversed.documents)
        std::reverse(e.spans.begin(), e.spans.end());
    QCOMPARE(SidecarCodec::serialize(reversed), first);
    QCOMPARE(SidecarCodec::serialize(sorted(data)), first);

    // Parsing and writing again is a fixed point.
    const SidecarCodec::ParseResult parsed = SidecarCodec::parse(first);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(SidecarCodec::serialize(parsed.data), first);

    QVERIFY(first.endsWith("}\n"));
    QVERIFY(first.startsWith("{\n    \""));
    QVERIFY(!first.contains('\t'));
    QVERIFY(!first.contains('\r'));
}

void TestSidecarCodec::testSerializeSortsDocumentsSpansAndKeys()
{
    const QByteArray bytes = SidecarCodec::serialize(richData());
    auto pos = [&](const char *needle) { return bytes.indexOf(needle); };

    // Documents by path (UTF-16 order puts "Ä" after ASCII letters), spans by (start, end, id).
    QVERIFY(pos("\"a/first.md\"") < pos("\"b/second.txt\""));
    QVERIFY(pos("\"b/second.txt\"") < pos("\"z.txt\""));
    QVERIFY(pos("\"z.txt\"") < pos("rger/third.txt\""));
    QVERIFY(pos("\"s-empty\"") < pos("\"s-0\""));
    QVERIFY(pos("\"s-0\"") < pos("\"s-1\""));
    QVERIFY(pos("\"s-1\"") < pos("\"s-2\""));
    QVERIFY(pos("\"s-2\"") < pos("\"s-3\""));
    // The codebook keeps its own order (parents before children), not sorted.
    QVERIFY(pos("\"t-root\"") < pos("\"t-child\""));
    QVERIFY(pos("\"t-child\"") < pos("\"t-emoji\""));

    // Keys sorted at every level.
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    auto keyOrder = [&](int indent) {
        QStringList keys;
        const QString prefix = QString(indent, QLatin1Char(' ')) + QLatin1Char('"');
        for (const QString &line : lines) {
            if (line.startsWith(prefix) && !line.at(indent + 1).isSpace())
                keys.append(line.mid(indent + 1, line.indexOf(QLatin1Char('"'), indent + 1) - indent - 1));
        }
        return keys;
    };
    QCOMPARE(keyOrder(4),
        QStringList({ QStringLiteral("codebook"), QStringLiteral("documents"), QStringLiteral("format"),
            QStringLiteral("unit"), QStringLiteral("version") }));
    const int annotationsKey = int(bytes.indexOf("\"annotations\""));
    const int pathKey = int(bytes.indexOf("\"path\""));
    const int shaKey = int(bytes.indexOf("\"sha256\""));
    QVERIFY(annotationsKey >= 0 && annotationsKey < pathKey && pathKey < shaKey);
    const int memoKey = int(bytes.indexOf("\"memo\""));
    QVERIFY(memoKey > annotationsKey && memoKey < int(bytes.indexOf("\"path\"", memoKey)));
    const int spanObject = int(bytes.indexOf("\"author\""));
    const QByteArray spanKeys[] = { "\"author\"", "\"created\"", "\"end\"", "\"id\"", "\"modified\"", "\"note\"",
        "\"prefix\"", "\"quote\"", "\"start\"", "\"suffix\"", "\"tag\"" };
    int last = spanObject - 1;
    for (const QByteArray &key : spanKeys) {
        const int at = int(bytes.indexOf(key, spanObject));
        QVERIFY2(at > last, key.constData());
        last = at;
    }
}

void TestSidecarCodec::testMinimalValidFile()
{
    // Optional members may be absent; "unit" defaults to code points.
    const SidecarCodec::ParseResult r = SidecarCodec::parse("{\"format\": \"marginalia\", \"version\": 1}");
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.data.codebook.isEmpty());
    QVERIFY(r.data.documents.isEmpty());

    const SidecarCodec::ParseResult full = SidecarCodec::parse(validJson());
    QVERIFY2(full.ok, qPrintable(full.error));
    QCOMPARE(full.data.codebook.size(), 1);
    QCOMPARE(full.data.codebook.at(0).color, QColor(255, 0, 0));
    QCOMPARE(full.data.annotationCount(), 1);
}

void TestSidecarCodec::testParseErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("fragments");
    QTest::addColumn<bool>("newer");

    const QByteArray head = "\"format\": \"marginalia\", \"version\": 1";
    const QByteArray tag = "{\"id\": \"t1\", \"name\": \"One\", \"color\": \"#ff0000\"}";
    const QByteArray tags = "[" + tag + "]";

    QTest::addRow("not JSON") << QByteArray("{\n    \"format\": \"marginalia\",\n    oops\n}\n")
                              << QStringList { QStringLiteral("not valid JSON"), QStringLiteral("line 3"),
                                     QStringLiteral("column") }
                              << false;
    QTest::addRow("truncated JSON") << validJson().left(
        40) << QStringList { QStringLiteral("not valid JSON"), QStringLiteral("line 1"), QStringLiteral("column") }
                                    << false;
    QTest::addRow("empty file") << QByteArray() << QStringList { QStringLiteral("not valid JSON") } << false;
    QTest::addRow("top level array") << QByteArray("[{\"format\": \"marginalia\"}]")
                                     << QStringList { QStringLiteral("top level is not a JSON object") } << false;
    QTest::addRow("wrong format") << validJson("\"format\": \"other\", \"version\": 1")
                                  << QStringList { QStringLiteral("\"format\" is not \"marginalia\"") } << false;
    QTest::addRow("missing format") << validJson("\"version\": 1")
                                    << QStringList { QStringLiteral("\"format\" is not \"marginalia\"") } << false;
    const QStringList versionMessage { QStringLiteral("\"version\" must be a whole number of at least 1") };
    QTest::addRow("missing version") << validJson("\"format\": \"marginalia\"") << versionMessage << false;
    QTest::addRow("negative version") << validJson("\"format\": \"marginalia\", \"version\": -1") << versionMessage
                                      << false;
    QTest::addRow("version zero") << validJson("\"format\": \"marginalia\", \"version\": 0") << versionMessage << false;
    QTest::addRow("non-integer version") << validJson("\"format\": \"marginalia\", \"version\": 1.5") << versionMessage
                                         << false;
    QTest::addRow("version as string") << validJson("\"format\": \"marginalia\", \"version\": \"1\"") << versionMessage
                                       << false;
    QTest::addRow("newer version") << validJson("\"format\": \"marginalia\", \"version\": 2")
                                   << QStringList { QStringLiteral("newer"), QStringLiteral("version 2") } << true;
    QTest::addRow("unit utf16") << validJson(head + ", \"unit\": \"utf16\"")
                                << QStringList { QStringLiteral("unsupported offset unit \"utf16\"") } << false;
    QTest::addRow("unit not a string") << validJson(head + ", \"unit\": 1")
                                       << QStringList { QStringLiteral("unsupported offset unit") } << false;
    QTest::addRow("codebook not array") << validJson(head, tag)
                                        << QStringList { QStringLiteral("\"codebook\" must be an array") } << false;
    QTest::addRow("tag not an object") << validJson(head, "[\"t1\"]")
                                       << QStringList { QStringLiteral("codebook[0]: must be an object") } << false;
    QTest::addRow("tag without id") << validJson(head, "[{\"name\": \"One\"}]")
                                    << QStringList { QStringLiteral("codebook[0]"),
                                           QStringLiteral("the field \"id\" is missing") }
                                    << false;
    QTest::addRow("tag without name") << validJson(head, "[{\"id\": \"t1\"}]")
                                      << QStringList { QStringLiteral("the field \"name\" is missing") } << false;
    QTest::addRow("duplicate tag id") << validJson(head, "[" + tag + ", " + tag + "]")
                                      << QStringList { QStringLiteral("codebook[1]"),
                                             QStringLiteral("the tag id \"t1\" is empty or used twice") }
                                      << false;
    QTest::addRow("unknown parent") << validJson(head, "[{\"id\": \"t1\", \"name\": \"One\", \"parent\": \"nope\"}]")
                                    << QStringList { QStringLiteral("codebook[0]"),
                                           QStringLiteral("names a parent \"nope\"") }
                                    << false;
    QTest::addRow("own parent") << validJson(head, "[{\"id\": \"t1\", \"name\": \"One\", \"parent\": \"t1\"}]")
                                << QStringList { QStringLiteral("names a parent \"t1\"") } << false;
    QTest::addRow("parent listed after its child")
        << validJson(
               head, "[{\"id\": \"c\", \"name\": \"Child\", \"parent\": \"p\"}, {\"id\": \"p\", \"name\": \"Parent\"}]")
        << QStringList { QStringLiteral("codebook[0]"), QStringLiteral("names a parent \"p\"") } << false;
    QTest::addRow("bad colour") << validJson(head, "[{\"id\": \"t1\", \"name\": \"One\", \"color\": \"#ggg\"}]")
                                << QStringList { QStringLiteral("codebook[0]"),
                                       QStringLiteral("\"#ggg\" is not a colour") }
                                << false;
    QTest::addRow("colour not a string") << validJson(head, "[{\"id\": \"t1\", \"name\": \"One\", \"color\": 255}]")
                                         << QStringList { QStringLiteral("the field \"color\" must be a string") }
                                         << false;
    QTest::addRow("documents not array") << validJson(head, tags, "{}")
                                         << QStringList { QStringLiteral("documents: must be an array") } << false;
    QTest::addRow("document without path")
        << validJson(head, tags, "[{\"annotations\": []}]")
        << QStringList { QStringLiteral("documents[0]"), QStringLiteral("the field \"path\" is missing") } << false;
    QTest::addRow("document listed twice")
        << validJson(head, tags, "[{\"path\": \"a.txt\"}, {\"path\": \"a.txt\"}]")
        << QStringList { QStringLiteral("documents[1]"), QStringLiteral("\"a.txt\" is listed twice") } << false;
    QTest::addRow("annotations not array")
        << validJson(head, tags, "[{\"path\": \"a.txt\", \"annotations\": {}}]")
        << QStringList { QStringLiteral("\"annotations\" must be an array") } << false;
    QTest::addRow("end before start") << validJson(
        head, tags, docsWith("{\"id\": \"s1\", \"tag\": \"t1\", \"start\": 3, \"end\": 1}"))
                                      << QStringList { QStringLiteral("documents[0].annotations[0]"),
                                             QStringLiteral("\"end\" (1) is before \"start\" (3)") }
                                      << false;
    const QByteArray s1 = "{\"id\": \"s1\", \"tag\": \"t1\", \"start\": 0, \"end\": 1}";
    QTest::addRow("duplicate annotation id") << validJson(head, tags, docsWith(s1 + ", " + s1))
                                             << QStringList { QStringLiteral("documents[0].annotations[1]"),
                                                    QStringLiteral("the annotation id \"s1\" is empty or used twice") }
                                             << false;
    QTest::addRow("duplicate annotation id across documents") << validJson(head, tags,
        "[{\"path\": \"a.txt\", \"annotations\": [" + s1 + "]}, {\"path\": \"b.txt\", \"annotations\": [" + s1 + "]}]")
                                                              << QStringList { QStringLiteral(
                                                                                   "documents[1].annotations[0]"),
                                                                     QStringLiteral("\"s1\" is empty or used twice") }
                                                              << false;
    QTest::addRow("annotation with unknown tag")
        << validJson(head, tags, docsWith("{\"id\": \"s1\", \"tag\": \"t9\", \"start\": 0, \"end\": 1}"))
        << QStringList { QStringLiteral("the tag \"t9\" is not in the codebook") } << false;
    QTest::addRow("start as string") << validJson(
        head, tags, docsWith("{\"id\": \"s1\", \"tag\": \"t1\", \"start\": \"0\", \"end\": 1}"))
                                     << QStringList { QStringLiteral("the field \"start\" must be a whole number") }
                                     << false;
    QTest::addRow("negative start") << validJson(
        head, tags, docsWith("{\"id\": \"s1\", \"tag\": \"t1\", \"start\": -1, \"end\": 1}"))
                                    << QStringList { QStringLiteral("the field \"start\" must be a whole number") }
                                    << false;
    QTest::addRow("fractional end") << validJson(
        head, tags, docsWith("{\"id\": \"s1\", \"tag\": \"t1\", \"start\": 0, \"end\": 1.5}"))
                                    << QStringList { QStringLiteral("the field \"end\" must be a whole number") }
                                    << false;
    QTest::addRow("end beyond int") << validJson(
        head, tags, docsWith("{\"id\": \"s1\", \"tag\": \"t1\", \"start\": 0, \"end\": 3000000000}"))
                                    << QStringList { QStringLiteral("the field \"end\" must be a whole number") }
                                    << false;
    QTest::addRow("missing start") << validJson(head, tags, docsWith("{\"id\": \"s1\", \"tag\": \"t1\", \"end\": 1}"))
                                   << QStringList { QStringLiteral("the field \"start\" is missing") } << false;
    QTest::addRow("annotation without id")
        << validJson(head, tags, docsWith("{\"tag\": \"t1\", \"start\": 0, \"end\": 1}"))
        << QStringList { QStringLiteral("the field \"id\" is missing") } << false;
    QTest::addRow("bad created time") << validJson(
        head, tags, docsWith("{\"id\": \"s1\", \"tag\": \"t1\", \"start\": 0, \"end\": 1, \"created\": \"yesterday\"}"))
                                      << QStringList { QStringLiteral(
                                             "the field \"created\" is not an ISO 8601 date and time") }
                                      << false;
    QTest::addRow("note not a string") << validJson(
        head, tags, docsWith("{\"id\": \"s1\", \"tag\": \"t1\", \"start\": 0, \"end\": 1, \"note\": 5}"))
                                       << QStringList { QStringLiteral("the field \"note\" must be a string") }
                                       << false;
    QTest::addRow("memo not a string") << validJson(head, tags, "[{\"path\": \"a.txt\", \"memo\": [\"one\", \"two\"]}]")
                                       << QStringList { QStringLiteral("documents[0]"),
                                              QStringLiteral("the field \"memo\" must be a string") }
                                       << false;
    QTest::addRow("invalid UTF-8 inside a string")
        << validJson(head, "[{\"id\": \"t1\", \"name\": \"Bad \xFF\xFE name\"}]")
        << QStringList { QStringLiteral("not valid JSON"), QStringLiteral("line 1"), QStringLiteral("column") }
        << false;
    QTest::addRow("overlong UTF-8 inside a string")
        << validJson(head, "[{\"id\": \"t1\", \"name\": \"Bad \xC0\xAF name\"}]")
        << QStringList { QStringLiteral("not valid JSON") } << false;
}

void TestSidecarCodec::testParseErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, fragments);
    QFETCH(bool, newer);

    const SidecarCodec::ParseResult r = SidecarCodec::parse(bytes);
    QVERIFY(!r.ok);
    QCOMPARE(r.newerVersion, newer);
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(r.error.contains(fragment), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, r.error)));
    // Nothing half-read leaks out of a refused file.
    QVERIFY(r.data.codebook.isEmpty());
    QVERIFY(r.data.documents.isEmpty());
}

void TestSidecarCodec::testParentCycleRefused()
{
    // Two tags naming each other as parent is not a tree; CodebookModel::setTags()
    // would silently make one of them top-level and lose the hierarchy on save.
    const QByteArray bytes = validJson("\"format\": \"marginalia\", \"version\": 1",
        "[{\"id\": \"a\", \"name\": \"A\", \"parent\": \"b\"},"
        " {\"id\": \"b\", \"name\": \"B\", \"parent\": \"a\"}]",
        "[]");
    const SidecarCodec::ParseResult r = SidecarCodec::parse(bytes);
    QVERIFY2(!r.ok, "a parent cycle was accepted");
}

void TestSidecarCodec::testMemoWrittenOnlyWhenPresent()
{
    // An empty memo writes no member at all, so files from before memos keep their bytes.
    SidecarData data;
    data.codebook = { makeTag(QStringLiteral("t"), QStringLiteral("T"), "#ff0000") };
    data.documents
        = { makeEntry(QStringLiteral("a.txt"), {}, { makeSpan(QStringLiteral("s"), QStringLiteral("t"), 0, 1) }) };
    QVERIFY(!SidecarCodec::serialize(data).contains("\"memo\""));
    data.documents[0].memo = QStringLiteral("line one\nline two");
    const QByteArray bytes = SidecarCodec::serialize(data);
    QVERIFY(bytes.contains("\"memo\": \"line one\\nline two\""));
    QCOMPARE(SidecarCodec::parse(bytes).data.documents.at(0).memo, data.documents.at(0).memo);
    // null reads as no memo (like the other optional strings), and is not kept as an unknown member.
    const SidecarCodec::ParseResult r = SidecarCodec::parse(
        validJson("\"format\": \"marginalia\", \"version\": 1", "[]", "[{\"path\": \"a.txt\", \"memo\": null}]"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.data.documents.at(0).memo.isEmpty());
    QVERIFY(!r.data.documents.at(0).extra.contains(QLatin1String("memo")));
    QVERIFY(!SidecarCodec::serialize(r.data).contains("\"memo\""));
}

void TestSidecarCodec::testStoreSaveThenLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SidecarStore store(dir.filePath(SidecarStore::fileName()));
    QCOMPARE(store.load().status, SidecarStore::Status::Missing);

    const SidecarData data = richData();
    QString error;
    QVERIFY2(store.save(data, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(TestUtil::readFile(store.path()), SidecarCodec::serialize(data));

    const SidecarStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.status, SidecarStore::Status::Ok);
    QVERIFY(loaded.error.isEmpty());
    compareData(loaded.data, sorted(data));
    // No temporary file left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { SidecarStore::fileName() });
}

void TestSidecarCodec::testStoreLoadStatus_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SidecarStore::Status>("status");

    QTest::addRow("not JSON") << QByteArray("{ oops") << SidecarStore::Status::Invalid;
    QTest::addRow("not ours") << QByteArray("{\"format\": \"other\"}") << SidecarStore::Status::Invalid;
    QTest::addRow("newer") << QByteArray("{\"format\": \"marginalia\", \"version\": 7}") << SidecarStore::Status::Newer;
}

void TestSidecarCodec::testStoreLoadStatus()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SidecarStore::Status, status);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(SidecarStore::fileName());
    QVERIFY(TestUtil::writeFile(path, bytes));
    const SidecarStore::LoadResult r = SidecarStore(path).load();
    QCOMPARE(r.status, status);
    QVERIFY2(r.error.contains(path), qPrintable(r.error));
    QVERIFY(r.data.codebook.isEmpty() && r.data.documents.isEmpty());
}

void TestSidecarCodec::testStoreRefusesToReplaceUnparseableFile_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::addRow("not JSON") << QByteArray("{ \"format\": \"marginalia\", hand edit gone wrong\n");
    QTest::addRow("newer version") << QByteArray("{\"format\": \"marginalia\", \"version\": 2, \"future\": true}\n");
    QTest::addRow("someone else's JSON") << QByteArray("{\"name\": \"package\"}\n");
    QTest::addRow("empty file") << QByteArray();
}

void TestSidecarCodec::testStoreRefusesToReplaceUnparseableFile()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(SidecarStore::fileName());
    QVERIFY(TestUtil::writeFile(path, bytes));
    const QByteArray before = TestUtil::sha256(path);

    QString error;
    QVERIFY(!SidecarStore(path).save(richData(), &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("not saved")), qPrintable(error));
    QCOMPARE(TestUtil::sha256(path), before);
    QCOMPARE(TestUtil::readFile(path), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { SidecarStore::fileName() });
}

void TestSidecarCodec::testStoreReplacesOwnFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SidecarStore store(dir.filePath(SidecarStore::fileName()));
    QString error;
    QVERIFY2(store.save(richData(), &error), qPrintable(error));
    SidecarData smaller;
    smaller.codebook = { makeTag(QStringLiteral("only"), QStringLiteral("Only"), "#123456") };
    QVERIFY2(store.save(smaller, &error), qPrintable(error));
    QCOMPARE(TestUtil::readFile(store.path()), SidecarCodec::serialize(smaller));
    const SidecarStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.status, SidecarStore::Status::Ok);
    compareData(loaded.data, smaller);
}

void TestSidecarCodec::testStoreSaveIntoReadOnlyDirectoryFails()
{
    if (::geteuid() == 0)
        QSKIP("running as root, which writes into read-only directories");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sub = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(sub));
    QVERIFY(QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString path = sub + QLatin1Char('/') + SidecarStore::fileName();
    QString error;
    const bool saved = SidecarStore(path).save(richData(), &error);
    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestSidecarCodec)
#include "tst_sidecarcodec.moc"
