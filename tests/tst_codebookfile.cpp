// CodebookFile (the codebook on its own as JSON, docs/codebook-format.md) and
// Corpus::importCodebook (merge by id, then by name under the same parent,
// as one undo step). Bad input is refused with the file's name and the place.

#include "annotation/codebookfile.h"
#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;

namespace {

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

QByteArray codebookJson(
    const QByteArray &tags, const QByteArray &head = "\"format\": \"marginalia-codebook\", \"version\": 1")
{
    return "{" + head + ", \"tags\": " + tags + "}";
}

QByteArray state(const Corpus &corpus)
{
    return SidecarCodec::serialize(corpus.toSidecarData());
}

Tag tagNamed(const Corpus &corpus, const QString &name)
{
    for (const Tag &t : corpus.codebook()->tags()) {
        if (t.name == name)
            return t;
    }
    return {};
}

} // namespace

class TestCodebookFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testRoundTripAndStableOutput();
    void testParseErrors_data();
    void testParseErrors();
    void testLoadErrorsNameTheFile();
    void testSidecarIsACodebookSource();
    void testDocumentedExampleReads();
    void testImportMergesByIdThenNameAsOneUndoStep();
    void testImportIntoEmptyCorpusKeepsIdsAndTree();
    void testImportNothingNewPushesNothing();
    void testImportRefusedWhenReadOnly();
};

void TestCodebookFile::testRoundTripAndStableOutput()
{
    Tag child = makeTag(QStringLiteral("c"), QStringLiteral(u"T\u00e9moin \U0001F600"), "#f5b7b1", QStringLiteral("p"));
    child.extra.insert(QStringLiteral("futureField"), 42);
    const QVector<Tag> tags { makeTag(QStringLiteral("p"), QStringLiteral("Sources"), "#76d7c4", {},
                                  QStringLiteral("1"), QStringLiteral("Who speaks.\nSecond line.")),
        child, makeTag(QStringLiteral("z"), QStringLiteral("Framing"), "#000000") };
    const QByteArray bytes = CodebookFile::serialize(tags);
    QVERIFY(bytes.startsWith("{\n    \"format\": \"marginalia-codebook\",\n    \"tags\": ["));
    QVERIFY(bytes.endsWith("    \"version\": 1\n}\n"));
    const CodebookFile::ParseResult r = CodebookFile::parse(bytes);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.fromSidecar);
    QCOMPARE(r.tags, tags); // every field, unknown members and order included
    QCOMPARE(CodebookFile::serialize(r.tags), bytes);
}

void TestCodebookFile::testParseErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    const QByteArray one = "[{\"id\": \"t1\", \"name\": \"One\"}]";
    QTest::addRow("not JSON") << QByteArray("{\n  \"format\": \"marginalia-codebook\",\n  oops\n}")
                              << QStringLiteral("not valid JSON");
    QTest::addRow("not JSON: line and column")
        << QByteArray("{\n  \"format\": \"marginalia-codebook\",\n  oops\n}") << QStringLiteral("line 3, column");
    QTest::addRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::addRow("an array") << QByteArray(one) << QStringLiteral("not a Marginalia codebook");
    QTest::addRow("other format") << codebookJson(one, "\"format\": \"refi-qda\", \"version\": 1")
                                  << QStringLiteral("not a Marginalia codebook");
    QTest::addRow("no version") << codebookJson(one, "\"format\": \"marginalia-codebook\"")
                                << QStringLiteral("\"version\" must be a whole number");
    QTest::addRow("newer version") << codebookJson(one, "\"format\": \"marginalia-codebook\", \"version\": 2")
                                   << QStringLiteral("newer Marginalia (codebook format version 2");
    QTest::addRow("no tags") << QByteArray("{\"format\": \"marginalia-codebook\", \"version\": 1}")
                             << QStringLiteral("the field \"tags\" is missing");
    QTest::addRow("tags not an array") << codebookJson("{}") << QStringLiteral("\"tags\" must be an array");
    QTest::addRow("tag not an object") << codebookJson("[\"One\"]") << QStringLiteral("tags[0]: must be an object");
    QTest::addRow("tag without id") << codebookJson("[{\"name\": \"One\"}]")
                                    << QStringLiteral("tags[0]: the field \"id\" is missing");
    QTest::addRow("empty name") << codebookJson("[{\"id\": \"t1\", \"name\": \"  \"}]")
                                << QStringLiteral("tags[0]: the tag \"t1\" has an empty name");
    QTest::addRow("duplicate id") << codebookJson(
        "[{\"id\": \"t1\", \"name\": \"A\"}, {\"id\": \"t1\", \"name\": \"B\"}]")
                                  << QStringLiteral("tags[1]: the tag id \"t1\" is empty or used twice");
    QTest::addRow("child before parent")
        << codebookJson("[{\"id\": \"c\", \"name\": \"C\", \"parent\": \"p\"}, {\"id\": \"p\", \"name\": \"P\"}]")
        << QStringLiteral("tags[0]: the tag \"C\" names a parent \"p\" that is not listed before it");
    QTest::addRow("bad colour") << codebookJson("[{\"id\": \"t1\", \"name\": \"One\", \"color\": \"red\"}]")
                                << QStringLiteral("\"red\" is not a colour of the form #rrggbb");
    QTest::addRow("description not a string")
        << codebookJson("[{\"id\": \"t1\", \"name\": \"One\", \"description\": 3}]")
        << QStringLiteral("tags[0]: the field \"description\" must be a string");
    QTest::addRow("broken sidecar") << QByteArray("{\"format\": \"marginalia\", \"version\": 1, \"codebook\": {}}")
                                    << QStringLiteral(
                                           "a Marginalia sidecar that cannot be read: \"codebook\" must be an array");
}

void TestCodebookFile::testParseErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    const CodebookFile::ParseResult r = CodebookFile::parse(bytes);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(fragment), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, r.error)));
    QVERIFY(r.tags.isEmpty()); // nothing half-read
}

void TestCodebookFile::testLoadErrorsNameTheFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    CodebookFile::ParseResult r = CodebookFile::load(missing);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(missing + QStringLiteral(": cannot be read")), qPrintable(r.error));

    r = CodebookFile::load(dir.path());
    QVERIFY2(r.error == dir.path() + QStringLiteral(": is a folder, not a file"), qPrintable(r.error));

    const QString bad = dir.filePath(QStringLiteral("bad codebook.json"));
    QVERIFY(TestUtil::writeFile(bad, codebookJson("[{\"id\": \"t1\"}]")));
    r = CodebookFile::load(bad);
    QCOMPARE(r.error, bad + QStringLiteral(": tags[0]: the field \"name\" is missing"));

    const QString big = dir.filePath(QStringLiteral("big.json"));
    QVERIFY(TestUtil::writeFile(big, QByteArray(CodebookFile::MaxSize + 1, ' ')));
    r = CodebookFile::load(big);
    QVERIFY2(r.error.startsWith(big + QStringLiteral(": the file is larger than the 16 MB")), qPrintable(r.error));

    // A byte order mark from an editor is fine; the result is the same.
    const QString bom = dir.filePath(QStringLiteral("bom.json"));
    QVERIFY(TestUtil::writeFile(bom, "\xEF\xBB\xBF" + codebookJson("[{\"id\": \"t1\", \"name\": \"One\"}]")));
    r = CodebookFile::load(bom);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.tags.size(), 1);

    // Saving into a folder that does not exist fails, naming the file.
    QString error;
    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/codebook.json"));
    QVERIFY(!CodebookFile::save(nowhere, r.tags, &error));
    QVERIFY2(error.startsWith(nowhere), qPrintable(error));
}

void TestCodebookFile::testSidecarIsACodebookSource()
{
    const CodebookFile::ParseResult r
        = CodebookFile::load(QStringLiteral(MARGINALIA_SAMPLE_CORPUS "/") + SidecarStore::fileName());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.fromSidecar);
    QCOMPARE(r.tags.size(), 9);
}

void TestCodebookFile::testDocumentedExampleReads()
{
    // docs/codebook-format.md shows what the writer writes: the example must read and write back the same.
    const QString doc = QString::fromUtf8(
        TestUtil::readFile(QStringLiteral(MARGINALIA_SAMPLE_CORPUS "/../../docs/codebook-format.md")));
    const int start = int(doc.indexOf(QStringLiteral("```json\n")));
    QVERIFY(start >= 0);
    const int end = int(doc.indexOf(QStringLiteral("```"), start + 8));
    const QByteArray example = doc.mid(start + 8, end - start - 8).toUtf8();
    const CodebookFile::ParseResult r = CodebookFile::parse(example);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.tags.size(), 2);
    QCOMPARE(r.tags.at(1).parentId, r.tags.at(0).id);
    QCOMPARE(CodebookFile::serialize(r.tags), example);
}

void TestCodebookFile::testImportMergesByIdThenNameAsOneUndoStep()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(QStringLiteral(MARGINALIA_SAMPLE_CORPUS), dir.path()));
    Corpus corpus;
    QAbstractItemModelTester tester(corpus.codebook(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    const Tag sources = tagNamed(corpus, QStringLiteral("Sources"));
    const Tag official = tagNamed(corpus, QStringLiteral("Official source"));
    const Tag casualties = tagNamed(corpus, QStringLiteral("Casualties & damage"));
    QVERIFY(!sources.id.isEmpty() && official.parentId == sources.id && casualties.shortcut == QLatin1String("1"));
    const QByteArray before = state(corpus);
    const int tagsBefore = corpus.codebook()->tagCount();

    const QVector<Tag> imported {
        // By id: renamed and recoloured; an empty description keeps the local one.
        makeTag(official.id, QStringLiteral("Official sources"), "#123456", sources.id),
        // By name (other case, other id) at the top level: recoloured, new description, its
        // imported child goes under the local tag.
        makeTag(QStringLiteral("their-sources"), QStringLiteral("  sOURCES "), "#abcdef", {}, {},
            QStringLiteral("Everyone quoted.")),
        makeTag(QStringLiteral("anon"), QStringLiteral("Anonymous source"), "#999999", QStringLiteral("their-sources"),
            QStringLiteral("1")), // shortcut taken by Casualties: left out
        makeTag(QStringLiteral("new-top"), QStringLiteral("Blame"), "#ff8800", {}, QStringLiteral("8")),
    };
    QSignalSpy inserted(corpus.codebook(), &QAbstractItemModel::rowsInserted);
    Corpus::CodebookImport result;
    QString error;
    QVERIFY2(corpus.importCodebook(imported, QStringLiteral("Import codebook “team.json”"), &result, &error),
        qPrintable(error));
    QCOMPARE(result.added, 2);
    QCOMPARE(result.updated, 2);
    QCOMPARE(result.unchanged, 0);
    QCOMPARE(result.shortcutsSkipped, 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(corpus.undoStack()->count(), 1);
    QCOMPARE(corpus.undoStack()->undoText(), QStringLiteral("Import codebook “team.json”"));
    QCOMPARE(corpus.codebook()->tagCount(), tagsBefore + 2);

    const Tag renamed = corpus.codebook()->tag(official.id);
    QCOMPARE(renamed.name, QStringLiteral("Official sources"));
    QCOMPARE(renamed.color, QColor(0x12, 0x34, 0x56));
    QCOMPARE(renamed.description, official.description);
    QCOMPARE(renamed.parentId, sources.id);
    const Tag merged = corpus.codebook()->tag(sources.id);
    QCOMPARE(merged.name, QStringLiteral("Sources")); // matched by name: the local name stays
    QCOMPARE(merged.color, QColor(0xab, 0xcd, 0xef));
    QCOMPARE(merged.description, QStringLiteral("Everyone quoted."));
    QVERIFY(!corpus.codebook()->contains(QStringLiteral("their-sources")));
    const Tag anon = corpus.codebook()->tag(QStringLiteral("anon"));
    QCOMPARE(anon.name, QStringLiteral("Anonymous source"));
    QCOMPARE(anon.parentId, sources.id);
    QVERIFY(anon.shortcut.isEmpty());
    const Tag blame = corpus.codebook()->tag(QStringLiteral("new-top"));
    QVERIFY(blame.parentId.isEmpty());
    QCOMPARE(blame.shortcut, QStringLiteral("8"));
    QCOMPARE(corpus.codebook()->tag(casualties.id).shortcut, QStringLiteral("1"));
    // Spans are untouched: an import never deletes or re-codes.
    QCOMPARE(corpus.documents()->spanCount(), 28);

    const QByteArray after = state(corpus);
    corpus.undoStack()->undo();
    QCOMPARE(state(corpus), before);
    corpus.undoStack()->redo();
    QCOMPARE(state(corpus), after);

    // Saved and reopened: the same codebook.
    QVERIFY(corpus.save(&error));
    Corpus reopened;
    QCOMPARE(reopened.open(dir.path()), Corpus::OpenStatus::Ok);
    QCOMPARE(state(reopened), after);
}

void TestCodebookFile::testImportIntoEmptyCorpusKeepsIdsAndTree()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("a.txt")), "An article.\n"));
    Corpus corpus;
    QAbstractItemModelTester tester(corpus.codebook(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    const CodebookFile::ParseResult sample
        = CodebookFile::load(QStringLiteral(MARGINALIA_SAMPLE_CORPUS "/") + SidecarStore::fileName());
    QVERIFY2(sample.ok, qPrintable(sample.error));
    Corpus::CodebookImport result;
    QVERIFY(corpus.importCodebook(sample.tags, QStringLiteral("Import"), &result));
    QCOMPARE(result.added, int(sample.tags.size()));
    // Same ids, same tree, same order: the next import from the same team codebook matches by id.
    QCOMPARE(corpus.codebook()->tags(), sample.tags);
}

void TestCodebookFile::testImportNothingNewPushesNothing()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(QStringLiteral(MARGINALIA_SAMPLE_CORPUS), dir.path()));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    Corpus::CodebookImport result;
    QVERIFY(corpus.importCodebook(corpus.codebook()->tags(), QStringLiteral("Import"), &result));
    QCOMPARE(result.unchanged, 9);
    QCOMPARE(result.added + result.updated + result.shortcutsSkipped, 0);
    QCOMPARE(corpus.undoStack()->count(), 0);
    QVERIFY(!corpus.isModified());
}

void TestCodebookFile::testImportRefusedWhenReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(QStringLiteral(MARGINALIA_SAMPLE_CORPUS), dir.path()));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    corpus.setReadOnly(true, QStringLiteral("because of a test"));
    QString error;
    QVERIFY(!corpus.importCodebook(
        { makeTag(QStringLiteral("x"), QStringLiteral("X"), "#ffffff") }, QStringLiteral("Import"), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("because of a test")), qPrintable(error));
    QVERIFY(!corpus.codebook()->contains(QStringLiteral("x")));
    QCOMPARE(corpus.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestCodebookFile)
#include "tst_codebookfile.moc"
