// Opening a corpus in the background (Corpus::openInBackground, CorpusLoader):
// the same corpus as a blocking open, documents inserted in path order in
// batches under QAbstractItemModelTester, spans attached as documents come,
// a document asked for first, cancelling, and nothing of the sidecar lost
// while loading.

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "corpus/corpusloader.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Marginalia;

namespace {

const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const int kFiller = 300;

QString describe(const Corpus &corpus)
{
    QStringList lines;
    const CorpusModel *m = corpus.documents();
    for (int row = 0; row < m->documentCount(); ++row) {
        const Document &d = m->document(row);
        QString line = d.path + QLatin1Char('|') + d.meta.title + QLatin1Char('|') + d.meta.outlet + QLatin1Char('|')
            + QString::fromLatin1(d.sha256) + QLatin1Char('|');
        for (const TextRange &r : d.boilerplate)
            line += QStringLiteral("%1-%2,").arg(r.start).arg(r.end);
        for (const Span &s : m->spans(row))
            line += QStringLiteral("|%1@%2-%3").arg(s.id).arg(s.start).arg(s.end);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList problems(const Corpus &corpus)
{
    QStringList out;
    for (const Problem &p : corpus.problems())
        out << p.file + QLatin1String(": ") + p.message;
    out.sort();
    return out;
}

// The sample, plus many small articles of a third outlet so that loading
// takes a while, three of which share a footer line (clutter by statistics).
void makeCorpus(const QString &root)
{
    QVERIFY(TestUtil::copyTree(kSample, root));
    QDir(root + QLatin1String("/.marginalia-cache")).removeRecursively();
    for (int i = 0; i < kFiller; ++i) {
        const QString name = QStringLiteral("%1/Filler Post/2026-04-%2-item-%3.txt")
                                 .arg(root)
                                 .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                 .arg(i, 4, 10, QLatin1Char('0'));
        QByteArray body = "Item " + QByteArray::number(i) + " of the filler post\n\n";
        for (int k = 0; k < 40; ++k)
            body += "The harbour board met again on the matter of the quay number " + QByteArray::number(i * 40 + k)
                + ".\n";
        body += "Filler Post, Harbour Street 1, Port Aldera\n";
        QVERIFY(TestUtil::writeFile(name, body));
    }
}

bool waitLoaded(Corpus &corpus, int ms = 60000)
{
    if (!corpus.isLoading())
        return true;
    QSignalSpy done(&corpus, &Corpus::loadingFinished);
    return done.wait(ms) || !corpus.isLoading();
}

} // namespace

class TestCorpusLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testSameCorpusAsABlockingOpen();
    void testBatchesComeInPathOrder();
    void testNothingChangesWhileLoading();
    void testSidecarWrittenBackWhileLoading();
    void testRequestedDocumentComesFirst();
    void testCancelKeepsEverything();
    void testSidecarChangedWhileLoadingIsToldAfter();
    void testOpeningAgainWhileLoading();
    void testLoaderAlone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString root() const { return m_dir->path(); }
};

void TestCorpusLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeCorpus(root());
}

void TestCorpusLoader::testSameCorpusAsABlockingOpen()
{
    Corpus blocking;
    blocking.setImportCacheEnabled(false);
    QCOMPARE(blocking.open(root()), Corpus::OpenStatus::Ok);

    Corpus background;
    background.setImportCacheEnabled(false);
    QAbstractItemModelTester tester(background.documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy progress(&background, &Corpus::loadingProgress);
    QSignalSpy finished(&background, &Corpus::loadingFinished);
    QCOMPARE(background.openInBackground(root()), Corpus::OpenStatus::Ok);
    QVERIFY(background.isLoading());
    QVERIFY(waitLoaded(background));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 12 + kFiller);
    QCOMPARE(progress.last().at(1).toInt(), 12 + kFiller);

    QCOMPARE(background.documents()->documentCount(), 12 + kFiller);
    QCOMPARE(describe(background), describe(blocking));
    QCOMPARE(problems(background), problems(blocking));
    QCOMPARE(background.annotationCount(), blocking.annotationCount());
    QCOMPARE(background.anchorCounts(), blocking.anchorCounts());
    QCOMPARE(SidecarCodec::serialize(background.toSidecarData()), SidecarCodec::serialize(blocking.toSidecarData()));
    // The footer the filler articles share was found once all had come.
    const Document &filler = background.documents()->document(background.documents()->rowOfPath(
        QStringLiteral("Filler Post/2026-04-01-item-0000.txt")));
    QVERIFY(!filler.boilerplate.isEmpty());
    QVERIFY(filler.text().mid(filler.boilerplate.last().start).startsWith(QLatin1String("Filler Post, Harbour")));
}

void TestCorpusLoader::testBatchesComeInPathOrder()
{
    Corpus corpus;
    corpus.setImportCacheEnabled(false);
    QAbstractItemModelTester tester(corpus.documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(corpus.documents(), &QAbstractItemModel::rowsInserted);
    QCOMPARE(corpus.openInBackground(root()), Corpus::OpenStatus::Ok);
    QVERIFY(waitLoaded(corpus));
    int documentBatches = 0;
    int expectedFirst = 0;
    for (const QList<QVariant> &args : std::as_const(inserted)) {
        if (args.at(0).value<QModelIndex>().isValid())
            continue; // span rows
        ++documentBatches;
        QCOMPARE(args.at(1).toInt(), expectedFirst); // each batch after the last: path order
        expectedFirst = args.at(2).toInt() + 1;
    }
    QCOMPARE(expectedFirst, 12 + kFiller);
    QVERIFY2(documentBatches > 1, "everything came in one batch: nothing was usable while loading");
}

void TestCorpusLoader::testNothingChangesWhileLoading()
{
    Corpus corpus;
    corpus.setImportCacheEnabled(false);
    QCOMPARE(corpus.openInBackground(root()), Corpus::OpenStatus::Ok);
    // Wait for the first documents, then try to change something.
    QTRY_VERIFY(corpus.documents()->documentCount() > 0);
    QVERIFY(corpus.isLoading());
    const QString path = corpus.documents()->document(0).path;
    const QString tag = corpus.codebook()->tags().first().id;
    QVERIFY(corpus.addSpan(path, 0, 4, tag).isEmpty());
    QVERIFY(corpus.addTag(QStringLiteral("New"), QColor(Qt::red)).isEmpty());
    QVERIFY(!corpus.toggleClutter(path, 0, 0));
    QString error;
    QVERIFY(!corpus.save(&error));
    QVERIFY(error.contains(QLatin1String("still loading")));
    QCOMPARE(corpus.undoStack()->count(), 0);
    QVERIFY(waitLoaded(corpus));
    QVERIFY(!corpus.addSpan(path, 0, 4, tag).isEmpty());
}

void TestCorpusLoader::testSidecarWrittenBackWhileLoading()
{
    // Every entry is pending at first: the sidecar state is the file's.
    Corpus corpus;
    QCOMPARE(corpus.openInBackground(root()), Corpus::OpenStatus::Ok);
    QCOMPARE(corpus.documents()->documentCount(), 0);
    const QByteArray file = TestUtil::readFile(root() + QLatin1Char('/') + SidecarStore::fileName());
    QCOMPARE(SidecarCodec::serialize(corpus.toSidecarData()), file);
    QCOMPARE(corpus.annotationCount(), SidecarCodec::parse(file).data.annotationCount());
    // Half way too.
    QTRY_VERIFY(corpus.documents()->documentCount() > 0);
    QCOMPARE(corpus.annotationCount(), SidecarCodec::parse(file).data.annotationCount());
    QVERIFY(waitLoaded(corpus));
    QCOMPARE(SidecarCodec::serialize(corpus.toSidecarData()), file);
}

void TestCorpusLoader::testRequestedDocumentComesFirst()
{
    const QString last = QStringLiteral("Valley Ledger/2026-03-06-transit-fares-rise-forty-cents.txt");
    Corpus corpus;
    corpus.setImportCacheEnabled(false);
    QAbstractItemModelTester tester(corpus.documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(corpus.openInBackground(root()), Corpus::OpenStatus::Ok);
    QVERIFY(corpus.requestDocument(last));
    QVERIFY(!corpus.requestDocument(QStringLiteral("no/such.txt")) || true); // unknown until listed
    int loadedWhenItCame = -1;
    connect(corpus.documents(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent) {
        if (!parent.isValid() && loadedWhenItCame < 0 && corpus.documents()->rowOfPath(last) >= 0)
            loadedWhenItCame = corpus.documents()->documentCount();
    });
    QVERIFY(waitLoaded(corpus));
    // It sorts last among 312 documents, yet came with the first few.
    QVERIFY2(loadedWhenItCame > 0 && loadedWhenItCame < 100, qPrintable(QString::number(loadedWhenItCame)));
    // Its spans came with it, and it sits at its place in path order.
    QCOMPARE(corpus.documents()->rowOfPath(last), corpus.documents()->documentCount() - 1);
    QVERIFY(!corpus.documents()->spans(corpus.documents()->rowOfPath(last)).isEmpty());
    QVERIFY(!corpus.requestDocument(last)); // loaded already
}

void TestCorpusLoader::testCancelKeepsEverything()
{
    const QByteArray file = TestUtil::readFile(root() + QLatin1Char('/') + SidecarStore::fileName());
    Corpus corpus;
    corpus.setImportCacheEnabled(false);
    QAbstractItemModelTester tester(corpus.documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&corpus, &Corpus::loadingFinished);
    // Cancelled while the first batch goes in (at most CorpusLoader::MaxBatch).
    connect(corpus.documents(), &QAbstractItemModel::rowsInserted, this, [&corpus](const QModelIndex &parent) {
        if (!parent.isValid() && corpus.isLoading())
            corpus.cancelLoading();
    });
    QCOMPARE(corpus.openInBackground(root()), Corpus::OpenStatus::Ok);
    QTRY_VERIFY(!finished.isEmpty());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!corpus.isLoading());
    const int loaded = corpus.documents()->documentCount();
    QVERIFY(loaded < 12 + kFiller);
    QTest::qWait(200); // nothing more arrives
    QCOMPARE(corpus.documents()->documentCount(), loaded);
    // The annotations of articles that did not load are kept and written back.
    QCOMPARE(corpus.annotationCount(), SidecarCodec::parse(file).data.annotationCount());
    QCOMPARE(SidecarCodec::serialize(corpus.toSidecarData()), file);
    // Changes are possible again.
    QVERIFY(!corpus.addTag(QStringLiteral("After cancel"), QColor(Qt::red)).isEmpty());
}

void TestCorpusLoader::testSidecarChangedWhileLoadingIsToldAfter()
{
    Corpus corpus;
    corpus.setImportCacheEnabled(false);
    QSignalSpy changed(&corpus, &Corpus::sidecarChangedOnDisk);
    QCOMPARE(corpus.openInBackground(root()), Corpus::OpenStatus::Ok);
    QString error;
    QVERIFY(!corpus.reloadSidecar(&error));
    QVERIFY(error.contains(QLatin1String("still loading")));
    QCOMPARE(changed.size(), 0);
    QVERIFY(waitLoaded(corpus));
    QCOMPARE(changed.size(), 1);
    QVERIFY(corpus.reloadSidecar(&error));
}

void TestCorpusLoader::testOpeningAgainWhileLoading()
{
    QTemporaryDir other;
    QVERIFY(TestUtil::copyTree(kSample, other.path()));
    Corpus corpus;
    QAbstractItemModelTester tester(corpus.documents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(corpus.openInBackground(root()), Corpus::OpenStatus::Ok);
    QTRY_VERIFY(corpus.documents()->documentCount() > 0);
    QCOMPARE(corpus.openInBackground(other.path()), Corpus::OpenStatus::Ok);
    QVERIFY(waitLoaded(corpus));
    QTest::qWait(100);
    QCOMPARE(corpus.documents()->documentCount(), 12);
    QCOMPARE(corpus.rootPath(), QFileInfo(other.path()).canonicalFilePath());
}

void TestCorpusLoader::testLoaderAlone()
{
    CorpusLoader loader;
    QSignalSpy listed(&loader, &CorpusLoader::listed);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    QStringList paths;
    connect(&loader, &CorpusLoader::batchReady, this, [&](const QVector<Document> &docs, const Problems &) {
        for (const Document &d : docs)
            paths << d.path;
    });
    CorpusScanner::Options options;
    options.useCache = false;
    loader.start(root(), options);
    QVERIFY(finished.wait(60000));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().first().toInt(), 12 + kFiller);
    QCOMPARE(paths, CorpusScanner::articleFiles(root()));
    QCOMPARE(loader.done(), 12 + kFiller);
    QVERIFY(!loader.isRunning());
}

QTEST_GUILESS_MAIN(TestCorpusLoader)
#include "tst_corpusloader.moc"
