// The analyst's metadata corrections: MetadataOverrides, their place in the
// sidecar (SidecarCodec, schema example), CorpusModel, and Corpus (undo, save,
// reopen, list, export). The article files are never written.

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarmerge.h"
#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "corpus/corpusreport.h"
#include "export/exportsnapshot.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;

namespace {

const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kExample = QStringLiteral(MARGINALIA_TEST_DATA "/../schema/metadata-sidecar.json");
const QString kLedger = QStringLiteral("Valley Ledger/2026-03-06-transit-fares-rise-forty-cents.txt");
// A sample article without annotations.
const QString kPlain = QStringLiteral("Coastline Wire/2026-03-09-inferno-on-the-waterfront.txt");

DocumentMetadata imported()
{
    DocumentMetadata m;
    m.title = QStringLiteral("Fares rise");
    m.outlet = QStringLiteral("Valley Ledger");
    m.author = QStringLiteral("By R. Fenwick");
    m.url = QString();
    m.date = QDate(2026, 3, 6);
    return m;
}

QJsonObject listed(const Corpus &corpus, const QString &path)
{
    for (const QJsonValue &v : CorpusReport::listing(corpus)) {
        if (v.toObject().value(QLatin1String("path")).toString() == path)
            return v.toObject();
    }
    return {};
}

SidecarData::DocumentEntry entryIn(const QString &sidecar, const QString &path)
{
    const SidecarCodec::ParseResult r = SidecarCodec::parse(TestUtil::readFile(sidecar));
    for (const auto &e : r.data.documents) {
        if (e.path == path)
            return e;
    }
    return {};
}

QByteArray entryJson(const QString &sidecar, const QString &path)
{
    const QJsonArray docs
        = QJsonDocument::fromJson(TestUtil::readFile(sidecar)).object().value(QLatin1String("documents")).toArray();
    for (const QJsonValue &v : docs) {
        if (v.toObject().value(QLatin1String("path")).toString() == path)
            return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    }
    return {};
}

} // namespace

class TestMetadataOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testBetweenSetsOnlyChangedFields_data();
    void testBetweenSetsOnlyChangedFields();
    void testAppliedTo();
    void testCodecReadsAndWritesTheSchemaExample();
    void testCodecRefuses_data();
    void testCodecRefuses();
    void testCodecKeepsUnknownMembers();
    void testModelSignalsAndRoles();
    void testEditUndoRedo();
    void testSavedReopenedListedExported();
    void testResetDropsTheOverrides();
    void testEntryWithoutAnnotationsIsWritten();
    void testOverridesOfAMissingDocumentAreKept();
    void testReadOnlyRefuses();
    void testMergeFieldByField();
    void testCorrectionsFollowARenamedFile();
    void testTwoWindowsSaveBothCorrections();
};

void TestMetadataOverrides::testBetweenSetsOnlyChangedFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("count");
    QTest::addRow("nothing") << QString() << QString() << 0;
    QTest::addRow("title") << QStringLiteral("title") << QStringLiteral("Fares rise 40 cents") << 1;
    QTest::addRow("same title, spaces") << QStringLiteral("title") << QStringLiteral("  Fares rise ") << 0;
    QTest::addRow("outlet") << QStringLiteral("outlet") << QStringLiteral("The Valley Ledger") << 1;
    QTest::addRow("author cleared") << QStringLiteral("author") << QString() << 1;
    QTest::addRow("url") << QStringLiteral("url") << QStringLiteral("https://x.example/") << 1;
    QTest::addRow("date") << QStringLiteral("date") << QStringLiteral("2026-03-07") << 1;
    QTest::addRow("date cleared") << QStringLiteral("date") << QString() << 1;
}

void TestMetadataOverrides::testBetweenSetsOnlyChangedFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, count);
    DocumentMetadata wanted = imported();
    if (field == QLatin1String("title"))
        wanted.title = value;
    else if (field == QLatin1String("outlet"))
        wanted.outlet = value;
    else if (field == QLatin1String("author"))
        wanted.author = value;
    else if (field == QLatin1String("url"))
        wanted.url = value;
    else if (field == QLatin1String("date"))
        wanted.date = QDate::fromString(value, Qt::ISODate);
    const MetadataOverrides o = MetadataOverrides::between(imported(), wanted);
    QCOMPARE(o.count(), count);
    QCOMPARE(o.isEmpty(), count == 0);
    const DocumentMetadata result = o.appliedTo(imported());
    QCOMPARE(result.outlet, wanted.outlet.trimmed());
    QCOMPARE(result.author, wanted.author.trimmed());
    QCOMPARE(result.url, wanted.url.trimmed());
    QCOMPARE(result.date, wanted.date);
    QCOMPARE(result.title, wanted.title.trimmed());
}

void TestMetadataOverrides::testAppliedTo()
{
    MetadataOverrides o;
    o.author = QString(); // set, empty: clears
    o.date = QDate(); // set, invalid: no date
    const DocumentMetadata m = o.appliedTo(imported());
    QCOMPARE(m.title, imported().title);
    QCOMPARE(m.outlet, imported().outlet);
    QVERIFY(m.author.isEmpty());
    QVERIFY(!m.date.isValid());
}

void TestMetadataOverrides::testCodecReadsAndWritesTheSchemaExample()
{
    // The schema's example is in the form the app writes: read, write, same bytes.
    const QByteArray bytes = TestUtil::readFile(kExample);
    QVERIFY(!bytes.isEmpty());
    const SidecarCodec::ParseResult r = SidecarCodec::parse(bytes);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.data.documents.size(), 2);
    const MetadataOverrides &ledger = r.data.documents.at(0).metadata;
    QCOMPARE(ledger.count(), 5);
    QCOMPARE(*ledger.outlet, QStringLiteral("The Valley Ledger"));
    QVERIFY(ledger.author && ledger.author->isEmpty());
    QCOMPARE(*ledger.date, QDate(2026, 3, 6));
    const MetadataOverrides &page = r.data.documents.at(1).metadata;
    QCOMPARE(page.count(), 1);
    QVERIFY(page.date && !page.date->isValid());
    QVERIFY(!page.title);
    QCOMPARE(SidecarCodec::serialize(r.data), bytes);
}

void TestMetadataOverrides::testCodecRefuses_data()
{
    QTest::addColumn<QByteArray>("metadata");
    QTest::addColumn<QString>("error");
    QTest::addRow("not an object") << QByteArray("\"The Ledger\"")
                                   << QStringLiteral("documents[0]: the field \"metadata\" must be an object");
    QTest::addRow("title a number") << QByteArray("{\"title\": 7}")
                                    << QStringLiteral("documents[0].metadata: the field \"title\" must be a string");
    QTest::addRow("date in words") << QByteArray("{\"date\": \"6 March 2026\"}")
                                   << QStringLiteral("documents[0].metadata: the field \"date\" must be a date "
                                                     "YYYY-MM-DD or empty");
    QTest::addRow("impossible date") << QByteArray("{\"date\": \"2026-02-30\"}")
                                     << QStringLiteral("documents[0].metadata: the field \"date\" must be a date "
                                                       "YYYY-MM-DD or empty");
}

void TestMetadataOverrides::testCodecRefuses()
{
    QFETCH(QByteArray, metadata);
    QFETCH(QString, error);
    const QByteArray bytes = "{\"format\": \"marginalia\", \"version\": 1, \"documents\": [{\"path\": \"a.txt\", "
                             "\"metadata\": "
        + metadata + "}]}";
    const SidecarCodec::ParseResult r = SidecarCodec::parse(bytes);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, error);
}

void TestMetadataOverrides::testCodecKeepsUnknownMembers()
{
    const QByteArray bytes
        = "{\"format\": \"marginalia\", \"version\": 1, \"documents\": [{\"path\": \"a.txt\", "
          "\"metadata\": {\"title\": \"T\", \"language\": \"de\", \"title2\": null}, \"memo\": \"x\"}]}";
    const SidecarCodec::ParseResult r = SidecarCodec::parse(bytes);
    QVERIFY2(r.ok, qPrintable(r.error));
    const auto &e = r.data.documents.at(0);
    QCOMPARE(*e.metadata.title, QStringLiteral("T"));
    QCOMPARE(e.metadata.extra.value(QLatin1String("language")).toString(), QStringLiteral("de"));
    QVERIFY(!e.extra.contains(QLatin1String("metadata")));
    const QJsonObject written = QJsonDocument::fromJson(SidecarCodec::serialize(r.data))
                                    .object()
                                    .value(QLatin1String("documents"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(written.value(QLatin1String("memo")).toString(), QStringLiteral("x"));
    const QJsonObject m = written.value(QLatin1String("metadata")).toObject();
    QCOMPARE(m.value(QLatin1String("language")).toString(), QStringLiteral("de"));
    QCOMPARE(m.value(QLatin1String("title")).toString(), QStringLiteral("T"));
    QVERIFY(!m.contains(QLatin1String("outlet"))); // unset fields are not written
}

void TestMetadataOverrides::testModelSignalsAndRoles()
{
    CorpusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Document a;
    a.path = QStringLiteral("a.txt");
    a.meta = imported();
    a.setText(QStringLiteral("Fares rise."));
    Document b = a;
    b.path = QStringLiteral("b.txt");
    model.setDocuments({ a, b });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy metadata(&model, &CorpusModel::metadataChanged);

    MetadataOverrides o;
    o.title = QStringLiteral("Transit fares rise");
    o.outlet = QStringLiteral("The Valley Ledger");
    QVERIFY(model.setMetadataOverrides(QStringLiteral("b.txt"), o));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, CorpusModel::ColumnCount - 1));
    QCOMPARE(metadata.size(), 1);
    QCOMPARE(metadata.at(0).at(0).toString(), QStringLiteral("b.txt"));
    QCOMPARE(model.index(1, CorpusModel::TitleColumn).data().toString(), QStringLiteral("Transit fares rise"));
    QCOMPARE(model.index(1, 0).data(CorpusModel::OutletRole).toString(), QStringLiteral("The Valley Ledger"));
    QCOMPARE(model.index(0, 0).data(CorpusModel::OutletRole).toString(), QStringLiteral("Valley Ledger"));
    QCOMPARE(model.importedMetadata(QStringLiteral("b.txt")).title, QStringLiteral("Fares rise"));
    QCOMPARE(model.metadataOverrides(QStringLiteral("b.txt")), o);

    // The same again: nothing changes, nothing is signalled.
    QVERIFY(model.setMetadataOverrides(QStringLiteral("b.txt"), o));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.setMetadataOverrides(QStringLiteral("missing.txt"), o));
    QCOMPARE(metadata.size(), 1);
    // Back to none.
    QVERIFY(model.setMetadataOverrides(QStringLiteral("b.txt"), {}));
    QCOMPARE(model.index(1, 0).data(CorpusModel::TitleRole).toString(), QStringLiteral("Fares rise"));
    QCOMPARE(metadata.size(), 2);
}

void TestMetadataOverrides::testEditUndoRedo()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    Corpus corpus;
    QAbstractItemModelTester tester(corpus.documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    const CorpusModel *docs = corpus.documents();
    const DocumentMetadata before = docs->document(docs->rowOfPath(kLedger)).meta;

    DocumentMetadata wanted = before;
    wanted.title = QStringLiteral("  Transit   fares rise 40 cents ");
    wanted.author = QStringLiteral("R. Fenwick");
    wanted.date = QDate();
    QVERIFY(corpus.editMetadata(kLedger, wanted));
    QCOMPARE(corpus.undoStack()->count(), 1);
    QVERIFY(corpus.undoStack()->text(0).contains(QLatin1String("Transit fares to rise 40 cents")));
    const DocumentMetadata after = docs->document(docs->rowOfPath(kLedger)).meta;
    QCOMPARE(after.title, QStringLiteral("Transit fares rise 40 cents")); // white space collapsed
    QCOMPARE(after.author, QStringLiteral("R. Fenwick"));
    QVERIFY(!after.date.isValid());
    QCOMPARE(after.outlet, before.outlet);
    QCOMPARE(docs->metadataOverrides(kLedger).count(), 3);

    // Nothing new: no undo step.
    QVERIFY(corpus.editMetadata(kLedger, after));
    QCOMPARE(corpus.undoStack()->count(), 1);
    // An empty title means the imported one.
    DocumentMetadata untitled = after;
    untitled.title.clear();
    QVERIFY(corpus.editMetadata(kLedger, untitled));
    QCOMPARE(docs->document(docs->rowOfPath(kLedger)).meta.title, before.title);
    QCOMPARE(corpus.undoStack()->count(), 2);

    corpus.undoStack()->undo();
    corpus.undoStack()->undo();
    QCOMPARE(docs->document(docs->rowOfPath(kLedger)).meta.title, before.title);
    QCOMPARE(docs->document(docs->rowOfPath(kLedger)).meta.date, before.date);
    QVERIFY(docs->metadataOverrides(kLedger).isEmpty());
    corpus.undoStack()->redo();
    QCOMPARE(docs->document(docs->rowOfPath(kLedger)).meta.author, QStringLiteral("R. Fenwick"));
    QVERIFY(!corpus.editMetadata(QStringLiteral("no/such.txt"), wanted));
}

void TestMetadataOverrides::testSavedReopenedListedExported()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    const QString article = dir.filePath(kLedger);
    const QByteArray articleBytes = TestUtil::readFile(article);
    {
        Corpus corpus;
        QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
        DocumentMetadata wanted = corpus.documents()->document(corpus.documents()->rowOfPath(kLedger)).meta;
        wanted.outlet = QStringLiteral("The Valley Ledger");
        wanted.url = QStringLiteral("https://valley-ledger.example/fares");
        QVERIFY(corpus.editMetadata(kLedger, wanted));
        QString error;
        QVERIFY2(corpus.save(&error), qPrintable(error));
    }
    QCOMPARE(TestUtil::readFile(article), articleBytes); // the article is never written
    QCOMPARE(entryJson(dir.filePath(SidecarStore::fileName()), kLedger)
                 .contains(
                     "\"metadata\":{\"outlet\":\"The Valley Ledger\",\"url\":\"https://valley-ledger.example/fares\"}"),
        true);

    Corpus reopened;
    QCOMPARE(reopened.open(dir.path()), Corpus::OpenStatus::Ok);
    const QJsonObject o = listed(reopened, kLedger);
    QCOMPARE(o.value(QLatin1String("outlet")).toString(), QStringLiteral("The Valley Ledger"));
    QCOMPARE(o.value(QLatin1String("url")).toString(), QStringLiteral("https://valley-ledger.example/fares"));
    QCOMPARE(o.value(QLatin1String("date")).toString(), QStringLiteral("2026-03-06"));

    ExportFilter filter;
    filter.outlet = QStringLiteral("The Valley Ledger");
    ExportSnapshot snapshot;
    QString error;
    QVERIFY2(ExportSnapshot::fromCorpus(reopened, filter, &snapshot, &error), qPrintable(error));
    QCOMPARE(snapshot.entries.size(), 1);
    QCOMPARE(snapshot.entries.first().document.meta.url, QStringLiteral("https://valley-ledger.example/fares"));
    // Saving unchanged writes the same bytes.
    const QByteArray saved = TestUtil::readFile(dir.filePath(SidecarStore::fileName()));
    QCOMPARE(SidecarCodec::serialize(reopened.toSidecarData()), saved);
}

void TestMetadataOverrides::testResetDropsTheOverrides()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    DocumentMetadata wanted = corpus.documents()->document(corpus.documents()->rowOfPath(kLedger)).meta;
    wanted.author = QStringLiteral("Someone");
    QVERIFY(corpus.editMetadata(kLedger, wanted));
    QVERIFY(corpus.resetMetadata(kLedger));
    QVERIFY(corpus.documents()->metadataOverrides(kLedger).isEmpty());
    QCOMPARE(corpus.undoStack()->count(), 2);
    QVERIFY(corpus.save());
    QVERIFY(!entryJson(dir.filePath(SidecarStore::fileName()), kLedger).contains("metadata"));
}

void TestMetadataOverrides::testEntryWithoutAnnotationsIsWritten()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    QVERIFY(corpus.documents()->spans(corpus.documents()->rowOfPath(kPlain)).isEmpty());
    QVERIFY(entryIn(dir.filePath(SidecarStore::fileName()), kPlain).path.isEmpty());
    DocumentMetadata wanted = corpus.documents()->document(corpus.documents()->rowOfPath(kPlain)).meta;
    wanted.title = QStringLiteral("Inferno on the waterfront");
    QVERIFY(corpus.editMetadata(kPlain, wanted));
    QVERIFY(corpus.save());
    const SidecarData::DocumentEntry e = entryIn(dir.filePath(SidecarStore::fileName()), kPlain);
    QCOMPARE(e.path, kPlain);
    QVERIFY(e.spans.isEmpty());
    QCOMPARE(*e.metadata.title, QStringLiteral("Inferno on the waterfront"));
    QCOMPARE(e.sha256, corpus.documents()->document(corpus.documents()->rowOfPath(kPlain)).sha256);
}

void TestMetadataOverrides::testOverridesOfAMissingDocumentAreKept()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    {
        Corpus corpus;
        QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
        DocumentMetadata wanted = corpus.documents()->document(corpus.documents()->rowOfPath(kPlain)).meta;
        wanted.outlet = QStringLiteral("Coastline");
        QVERIFY(corpus.editMetadata(kPlain, wanted));
        QVERIFY(corpus.save());
    }
    // The article goes away for a while; its corrections must survive a save.
    const QString aside = dir.filePath(QStringLiteral("aside.bin"));
    QVERIFY(QFile::rename(dir.filePath(kPlain), aside));
    {
        Corpus corpus;
        QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
        QVERIFY(corpus.addTag(QStringLiteral("Something"), QColor(Qt::red)).size() > 0);
        QVERIFY(corpus.save());
    }
    QCOMPARE(*entryIn(dir.filePath(SidecarStore::fileName()), kPlain).metadata.outlet, QStringLiteral("Coastline"));
    QVERIFY(QFile::rename(aside, dir.filePath(kPlain)));
    Corpus back;
    QCOMPARE(back.open(dir.path()), Corpus::OpenStatus::Ok);
    QCOMPARE(listed(back, kPlain).value(QLatin1String("outlet")).toString(), QStringLiteral("Coastline"));
}

void TestMetadataOverrides::testReadOnlyRefuses()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    QVERIFY(TestUtil::writeFile(dir.filePath(SidecarStore::fileName()), "{ not json"));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::SidecarError);
    DocumentMetadata wanted = corpus.documents()->document(corpus.documents()->rowOfPath(kLedger)).meta;
    wanted.title = QStringLiteral("Changed");
    QVERIFY(!corpus.editMetadata(kLedger, wanted));
    QVERIFY(!corpus.resetMetadata(kLedger));
    QCOMPARE(corpus.undoStack()->count(), 0);
}

void TestMetadataOverrides::testCorrectionsFollowARenamedFile()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    {
        Corpus corpus;
        QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
        DocumentMetadata wanted = corpus.documents()->document(corpus.documents()->rowOfPath(kPlain)).meta;
        wanted.author = QStringLiteral("Dana Whitlock");
        QVERIFY(corpus.editMetadata(kPlain, wanted));
        QVERIFY(corpus.save());
    }
    const QString renamed = QStringLiteral("Coastline Wire/inferno.txt");
    QVERIFY(QFile::rename(dir.filePath(kPlain), dir.filePath(renamed)));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    QCOMPARE(listed(corpus, renamed).value(QLatin1String("author")).toString(), QStringLiteral("Dana Whitlock"));
    bool told = false;
    for (const Problem &p : corpus.problems())
        told = told || (p.file == renamed && p.message.contains(kPlain));
    QVERIFY(told);
}

void TestMetadataOverrides::testMergeFieldByField()
{
    SidecarData base;
    base.documents.append({ kLedger, {}, {}, {}, {}, {} });
    SidecarData ours = base;
    ours.documents[0].metadata.title = QStringLiteral("Ours");
    ours.documents[0].metadata.date = QDate();
    SidecarData theirs = base;
    theirs.documents[0].metadata.author = QStringLiteral("Theirs");
    theirs.documents.append({ kPlain, {}, {}, {}, {}, {} });
    theirs.documents[1].metadata.outlet = QStringLiteral("Coastline");

    SidecarMerge::Result r = SidecarMerge::threeWay(base, ours, theirs);
    QVERIFY2(!r.hasConflicts(), qPrintable(r.conflicts.join(QLatin1Char('\n'))));
    QHash<QString, MetadataOverrides> byPath;
    for (const auto &e : r.data.documents)
        byPath.insert(e.path, e.metadata);
    QCOMPARE(*byPath.value(kLedger).title, QStringLiteral("Ours"));
    QCOMPARE(*byPath.value(kLedger).author, QStringLiteral("Theirs"));
    QVERIFY(byPath.value(kLedger).date && !byPath.value(kLedger).date->isValid());
    QCOMPARE(*byPath.value(kPlain).outlet, QStringLiteral("Coastline"));

    // The same field changed differently: ours is kept, and it is said.
    theirs.documents[0].metadata.title = QStringLiteral("Theirs");
    r = SidecarMerge::threeWay(base, ours, theirs);
    QCOMPARE(r.conflicts.size(), 1);
    QVERIFY(r.conflicts.first().contains(kLedger));
    for (const auto &e : r.data.documents) {
        if (e.path == kLedger)
            QCOMPARE(*e.metadata.title, QStringLiteral("Ours"));
    }
}

// Two windows on one corpus (the second read-write because neither locks
// here): each corrects another field; the second save merges with the first.
void TestMetadataOverrides::testTwoWindowsSaveBothCorrections()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path()));
    Corpus first;
    Corpus second;
    QCOMPARE(first.open(dir.path()), Corpus::OpenStatus::Ok);
    QCOMPARE(second.open(dir.path()), Corpus::OpenStatus::Ok);
    DocumentMetadata a = first.documents()->document(first.documents()->rowOfPath(kLedger)).meta;
    a.author = QStringLiteral("R. Fenwick");
    QVERIFY(first.editMetadata(kLedger, a));
    QString error;
    QVERIFY2(first.save(&error), qPrintable(error));
    DocumentMetadata b = second.documents()->document(second.documents()->rowOfPath(kLedger)).meta;
    b.outlet = QStringLiteral("The Valley Ledger");
    QVERIFY(second.editMetadata(kLedger, b));
    QVERIFY2(second.save(&error), qPrintable(error));

    Corpus reopened;
    QCOMPARE(reopened.open(dir.path()), Corpus::OpenStatus::Ok);
    const QJsonObject o = listed(reopened, kLedger);
    QCOMPARE(o.value(QLatin1String("author")).toString(), QStringLiteral("R. Fenwick"));
    QCOMPARE(o.value(QLatin1String("outlet")).toString(), QStringLiteral("The Valley Ledger"));
}

QTEST_GUILESS_MAIN(TestMetadataOverrides)
#include "tst_metadataoverrides.moc"
