// ImportCache and CorpusScanner with it: a warm scan gives exactly what a cold
// one gives, every change to an article file is seen, a damaged or foreign
// cache is never trusted, and article files are never touched.
#include "corpus/corpusscanner.h"
#include "corpus/importcache.h"
#include "testutil.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QThread>

using namespace Marginalia;

namespace {

const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);

// Scans with every file old enough to be cached (the files of a test are
// written moments before; see testRecentlyChangedFilesAreNotCached for the
// margin itself).
CorpusScanner::Result scanNow(const QString &root)
{
    // File times come from a coarse kernel clock: let it move past them.
    QThread::msleep(30);
    CorpusScanner::Options options;
    options.racyMarginMs = 0;
    return CorpusScanner::scan(root, options);
}

QString describe(const Document &d)
{
    QStringList lines;
    lines << d.path << d.format << QString::number(d.extractorVersion) << d.encoding << d.meta.title << d.meta.outlet
          << d.meta.author << d.meta.url << d.meta.date.toString(Qt::ISODate) << QString::fromLatin1(d.sha256)
          << QString::number(d.fileSize) << d.fileModified.toString(Qt::ISODateWithMs) << QString::number(d.wordCount)
          << d.text();
    for (const TextRange &r : d.boilerplate)
        lines << QStringLiteral("%1-%2").arg(r.start).arg(r.end);
    return lines.join(QLatin1Char('\n'));
}

QStringList describe(const CorpusScanner::Result &r)
{
    QStringList out;
    for (const Document &d : r.documents)
        out << describe(d);
    for (const Problem &p : r.problems)
        out << p.file + QLatin1String(": ") + p.message;
    return out;
}

// Same bytes, same size: only the times (and the content) differ.
void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestImportCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testWarmScanEqualsColdScan();
    void testEditedFileIsImportedAgain();
    void testEditWithOldModificationTimeIsSeen();
    void testAddedAndRemovedFiles();
    void testDamagedTextIsNotTrusted();
    void testDamagedIndexIsNotTrusted();
    void testLeftoverTemporaryFilesAreRemoved();
    void testTruncatedOrForeignCacheIsIgnored_data();
    void testTruncatedOrForeignCacheIsIgnored();
    void testRecentlyChangedFilesAreNotCached();
    void testWarningsAreKeptInTheirLanguage();
    void testCacheOffReadsAndWritesNothing();
    void testUnwritableCacheStillOpensTheCorpus();
    void testArticleFilesAreNeverTouched();
    void testCacheFolderIsIgnoredByGitAndBackups();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString root() const { return m_dir->path(); }
    QString cachePath() const { return ImportCache(root()).filePath(); }
};

void TestImportCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(TestUtil::copyTree(kSample, root()));
    QFile::remove(root() + QLatin1String("/marginalia.json"));
    // The sample in the source tree has a cache when other tests opened it in place.
    QDir(root() + QLatin1Char('/') + ImportCache::folderName()).removeRecursively();
    // An HTML page, and a Windows-1252 text that imports with a warning.
    QVERIFY(TestUtil::writeFile(root() + QLatin1String("/Web/page.html"),
        "<html><head><title>Quay works | Web</title>"
        "<meta property=\"og:site_name\" content=\"Web Desk\"></head><body><article>"
        "<p>The quay works start on Monday.</p><p>Share this article</p></article></body></html>"));
    QVERIFY(TestUtil::writeFile(root() + QLatin1String("/Web/legacy.txt"),
        "Caf\xe9 owners on the quay\n\nThe caf\xe9 reopened, na\xefve as it was.\n"));
}

void TestImportCache::testWarmScanEqualsColdScan()
{
    const CorpusScanner::Result cold = scanNow(root());
    QCOMPARE(cold.fromCache, 0);
    QCOMPARE(cold.imported, 14);
    QVERIFY(cold.cacheError.isEmpty());
    QVERIFY(QFileInfo::exists(cachePath()));
    // The warning of the legacy file is among the problems.
    QVERIFY(describe(cold).join(QLatin1Char('\n')).contains(QLatin1String("windows-1252")));

    const CorpusScanner::Result warm = scanNow(root());
    QCOMPARE(warm.fromCache, 14);
    QCOMPARE(warm.imported, 0);
    QCOMPARE(describe(warm), describe(cold));

    // And what a scan without the cache gives.
    CorpusScanner::Options off;
    off.useCache = false;
    QCOMPARE(describe(CorpusScanner::scan(root(), off)), describe(cold));
}

void TestImportCache::testEditedFileIsImportedAgain()
{
    const QString file = root() + QLatin1String("/Valley Ledger/2026-03-06-transit-fares-rise-forty-cents.txt");
    QByteArray bytes = TestUtil::readFile(file);
    scanNow(root());
    // Same size, one letter different.
    const int at = int(bytes.indexOf("fares"));
    QVERIFY(at >= 0);
    bytes[at] = 'F';
    QThread::msleep(30);
    overwrite(file, bytes);

    const CorpusScanner::Result r = scanNow(root());
    QCOMPARE(r.fromCache, 13);
    QCOMPARE(r.imported, 1);
    const auto it = std::find_if(r.documents.cbegin(), r.documents.cend(),
        [](const Document &d) { return d.path.endsWith(QLatin1String("forty-cents.txt")); });
    QVERIFY(it != r.documents.cend());
    QVERIFY(it->text().contains(QLatin1String("Fares to rise")));
}

void TestImportCache::testEditWithOldModificationTimeIsSeen()
{
    const QString file = root() + QLatin1String("/Web/page.html");
    scanNow(root());
    const QDateTime mtime = QFileInfo(file).lastModified();
    QByteArray bytes = TestUtil::readFile(file);
    bytes.replace("Monday", "Friday");
    QThread::msleep(30);
    overwrite(file, bytes);
    // Someone puts the old time back: the status-change time still moved.
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    }
    QCOMPARE(QFileInfo(file).lastModified(), mtime);

    const CorpusScanner::Result r = scanNow(root());
    QCOMPARE(r.imported, 1);
    const auto it = std::find_if(r.documents.cbegin(), r.documents.cend(),
        [](const Document &d) { return d.path == QLatin1String("Web/page.html"); });
    QVERIFY(it != r.documents.cend());
    QVERIFY(it->text().contains(QLatin1String("Friday")));
}

void TestImportCache::testAddedAndRemovedFiles()
{
    scanNow(root());
    QVERIFY(QFile::remove(root() + QLatin1String("/Web/page.html")));
    QVERIFY(TestUtil::writeFile(root() + QLatin1String("/Web/new.md"), "---\ntitle: New one\n---\nBody text.\n"));
    const CorpusScanner::Result r = scanNow(root());
    QCOMPARE(r.documents.size(), 14);
    QCOMPARE(r.fromCache, 13);
    QCOMPARE(r.imported, 1);
    QVERIFY(std::none_of(r.documents.cbegin(), r.documents.cend(),
        [](const Document &d) { return d.path == QLatin1String("Web/page.html"); }));
    ImportCache cache(root());
    QVERIFY(cache.load());
    QCOMPARE(cache.size(), 14);
    QVERIFY(!cache.contains(QStringLiteral("Web/page.html")));
    QVERIFY(cache.contains(QStringLiteral("Web/new.md")));
}

void TestImportCache::testDamagedTextIsNotTrusted()
{
    const CorpusScanner::Result cold = scanNow(root());
    // Change one letter of a cached text inside the cache file; the index is intact.
    QByteArray bytes = TestUtil::readFile(cachePath());
    const int at = int(bytes.indexOf("quay works start"));
    QVERIFY(at > 0);
    bytes[at] = 'Q';
    QVERIFY(TestUtil::writeFile(cachePath(), bytes));

    const CorpusScanner::Result r = scanNow(root());
    QCOMPARE(r.imported, 1); // the page, whose text no longer matches its hash
    QCOMPARE(r.fromCache, 13);
    QCOMPARE(describe(r), describe(cold));
}

void TestImportCache::testDamagedIndexIsNotTrusted()
{
    // The cache is not fsynced, so after a crash its index may hold what was
    // never written whole; the metadata there has no hash of its own. Change
    // one letter of a title in the index (structure intact): the whole cache
    // is refused and every file imported again.
    const CorpusScanner::Result cold = scanNow(root());
    QByteArray bytes = TestUtil::readFile(cachePath());
    // Texts are UTF-8; the index has its strings in UTF-16 (QDataStream).
    const QString title = QStringLiteral("Quay works");
    QByteArray utf16be;
    for (const QChar c : title)
        utf16be += char(c.unicode() >> 8) + QByteArray(1, char(c.unicode() & 0xFF));
    const int at = int(bytes.indexOf(utf16be));
    QVERIFY2(at > 0, "the title is in the index as UTF-16");
    bytes[at + 1] = 'K';
    QVERIFY(TestUtil::writeFile(cachePath(), bytes));

    ImportCache cache(root());
    QVERIFY(!cache.load());
    QCOMPARE(cache.reason(), QStringLiteral("the cache file is damaged"));
    const CorpusScanner::Result r = scanNow(root());
    QCOMPARE(r.fromCache, 0);
    QCOMPARE(r.imported, 14);
    QCOMPARE(describe(r), describe(cold));
}

void TestImportCache::testLeftoverTemporaryFilesAreRemoved()
{
    // A writer that was killed leaves its file under the temporary name: one
    // from long ago goes at the next save, one being written now stays.
    scanNow(root());
    const QString folder = root() + QLatin1Char('/') + ImportCache::folderName() + QLatin1Char('/');
    const QString old = folder + ImportCache::fileName() + QLatin1String(".00000000000000aa.tmp");
    const QString recent = folder + ImportCache::fileName() + QLatin1String(".00000000000000bb.tmp");
    QVERIFY(TestUtil::writeFile(old, "MRGC half written"));
    QVERIFY(TestUtil::writeFile(recent, "MRGC being written"));
    {
        QFile f(old);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    // Something to save: a new article.
    QVERIFY(TestUtil::writeFile(root() + QLatin1String("/Web/new.md"), "# New\n\nText.\n"));
    const CorpusScanner::Result r = scanNow(root());
    QCOMPARE(r.imported, 1);
    QVERIFY(!QFileInfo::exists(old));
    QVERIFY(QFileInfo::exists(recent));
    QCOMPARE(scanNow(root()).fromCache, 15);
}

void TestImportCache::testTruncatedOrForeignCacheIsIgnored_data()
{
    QTest::addColumn<int>("damage");
    QTest::addRow("truncated in the index") << 0;
    QTest::addRow("truncated to the header") << 1;
    QTest::addRow("empty") << 2;
    QTest::addRow("another version's key") << 3;
    QTest::addRow("not a cache") << 4;
}

void TestImportCache::testTruncatedOrForeignCacheIsIgnored()
{
    QFETCH(int, damage);
    const CorpusScanner::Result cold = scanNow(root());
    QByteArray bytes = TestUtil::readFile(cachePath());
    switch (damage) {
    case 0:
        bytes.chop(40);
        break;
    case 1:
        bytes.truncate(20);
        break;
    case 2:
        bytes.clear();
        break;
    case 3: {
        const QByteArray key = ImportCache::key();
        const int at = int(bytes.indexOf(key));
        QVERIFY(at > 0);
        bytes[at + key.size() - 1] = bytes.at(at + key.size() - 1) == '0' ? '1' : '0';
        break;
    }
    default:
        bytes = "{\"this\": \"is json\"}";
    }
    QVERIFY(TestUtil::writeFile(cachePath(), bytes));
    ImportCache cache(root());
    QVERIFY(!cache.load());
    QVERIFY(!cache.reason().isEmpty());

    const CorpusScanner::Result r = scanNow(root());
    QCOMPARE(r.fromCache, 0);
    QCOMPARE(r.imported, 14);
    QCOMPARE(describe(r), describe(cold));
    // ...and the cache was made anew.
    QCOMPARE(scanNow(root()).fromCache, 14);
}

void TestImportCache::testRecentlyChangedFilesAreNotCached()
{
    // With the default margin, files written a moment ago are imported but not
    // cached: a change within the same clock tick would go unseen.
    CorpusScanner::Options options;
    QCOMPARE(options.racyMarginMs, 2000);
    QCOMPARE(CorpusScanner::scan(root(), options).imported, 14);
    const CorpusScanner::Result again = CorpusScanner::scan(root(), options);
    QCOMPARE(again.fromCache, 0);
    QCOMPARE(again.imported, 14);
}

void TestImportCache::testWarningsAreKeptInTheirLanguage()
{
    auto warnings = [](const CorpusScanner::Result &r) {
        int n = 0;
        for (const Problem &p : r.problems)
            n += p.file == QLatin1String("Web/legacy.txt") && p.severity == Problem::Severity::Warning;
        return n;
    };
    const CorpusScanner::Result cold = scanNow(root());
    QCOMPARE(warnings(cold), 1);
    const CorpusScanner::Result warm = scanNow(root());
    QCOMPARE(warm.fromCache, 14);
    QCOMPARE(warnings(warm), 1);

    // In another interface language the warning must be written anew.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German));
    const CorpusScanner::Result german = scanNow(root());
    QLocale::setDefault(before);
    QCOMPARE(german.imported, 1);
    QCOMPARE(warnings(german), 1);
}

void TestImportCache::testCacheOffReadsAndWritesNothing()
{
    CorpusScanner::Options off;
    off.useCache = false;
    off.racyMarginMs = 0;
    QThread::msleep(30);
    QCOMPARE(CorpusScanner::scan(root(), off).imported, 14);
    QVERIFY(!QFileInfo::exists(root() + QLatin1Char('/') + ImportCache::folderName()));
    scanNow(root());
    QVERIFY(QFileInfo::exists(cachePath()));
    QCOMPARE(CorpusScanner::scan(root(), off).fromCache, 0);
}

void TestImportCache::testUnwritableCacheStillOpensTheCorpus()
{
    // A file where the cache folder should be: nothing can be written there
    // (this holds for root too, unlike permissions).
    QVERIFY(TestUtil::writeFile(root() + QLatin1Char('/') + ImportCache::folderName(), "in the way"));
    const CorpusScanner::Result r = scanNow(root());
    QCOMPARE(r.documents.size(), 14);
    QVERIFY(!r.cacheError.isEmpty());
    QCOMPARE(TestUtil::readFile(root() + QLatin1Char('/') + ImportCache::folderName()), QByteArray("in the way"));
}

void TestImportCache::testArticleFilesAreNeverTouched()
{
    auto snapshot = [this] {
        QStringList s;
        QDirIterator it(root(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            s << path + QLatin1Char(' ') + QString::fromLatin1(TestUtil::sha256(path)) + QLatin1Char(' ')
                    + info.lastModified().toString(Qt::ISODateWithMs);
        }
        s.sort();
        return s;
    };
    const QStringList before = snapshot();
    scanNow(root());
    scanNow(root());
    QCOMPARE(snapshot(), before); // QDir::Files without Hidden: the cache is not listed
}

void TestImportCache::testCacheFolderIsIgnoredByGitAndBackups()
{
    scanNow(root());
    const QString folder = root() + QLatin1Char('/') + ImportCache::folderName();
    QVERIFY(TestUtil::readFile(folder + QLatin1String("/.gitignore")).contains("\n*\n"));
    QVERIFY(TestUtil::readFile(folder + QLatin1String("/CACHEDIR.TAG"))
                .startsWith("Signature: 8a477f597d28d172789f06886806bc55"));
    // The cache is not an article.
    QVERIFY(!CorpusScanner::articleFiles(root()).join(QLatin1Char('\n')).contains(ImportCache::folderName()));
}

QTEST_GUILESS_MAIN(TestImportCache)
#include "tst_importcache.moc"
