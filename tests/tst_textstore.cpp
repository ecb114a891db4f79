// SPDX-License-Identifier: GPL-3.0-or-later
// TextStore: the canonical texts of an open corpus live in a file of their
// own and are read back on demand, with a cache of the recent ones.

#include "corpus/corpus.h"
#include "corpus/corpusscanner.h"
#include "corpus/document.h"
#include "corpus/importpool.h"
#include "corpus/textstore.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <csignal>
#include <sys/resource.h>

using namespace Marginalia;

namespace {
Document documentWith(const QString &text)
{
    Document d;
    d.path = QStringLiteral("a.txt");
    d.setText(text);
    d.sha256 = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    return d;
}

QString article(int i, int words)
{
    QString s = QStringLiteral("Article %1\n\n").arg(i);
    for (int w = 0; w < words; ++w)
        s += QStringLiteral("word%1 ").arg((w * 7 + i) % 97);
    return s;
}
} // namespace

class TestTextStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testRoundTrip();
    void testCacheSavesReads();
    void testCacheKeepsToItsBudget();
    void testScanTextLeavesCacheAlone();
    void testCopiesOutliveTheStoresCreator();
    void testUnwritableFolderGivesNoStore();
    void testAdoptNeedsTheSameText();
    void testOpenCorpusKeepsTextsInTheStore();
    void testRefreshWritesOnlyChangedTexts();
    void testTextsInMemoryWhenAskedFor();
    void testDefaultForNewCorpora();
    void testWriteErrorKeepsTheText();
};

void TestTextStore::testRoundTrip()
{
    QTemporaryDir dir;
    const auto store = TextStore::create(TextStore::DefaultCacheBytes, dir.path());
    QVERIFY(store);
    QVERIFY(store->error().isEmpty());
    // Surrogate pairs, combining marks, right-to-left text, an empty text, a NUL.
    const QStringList texts = {
        QStringLiteral("The harbour authority began dredging."),
        QString::fromUtf8("Emoji \xF0\x9F\x93\xB0 and cafe\xCC\x81 and \xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x86\xD8\xA7\xD8\xA1"),
        QString(),
        QString(QChar(0)) + QStringLiteral("after a NUL"),
    };
    QVector<Document> docs;
    for (const QString &t : texts) {
        docs.append(documentWith(t));
        QVERIFY(store->take(docs.last(), store));
        QVERIFY(!docs.last().holdsText());
        QCOMPARE(docs.last().textLength(), int(t.size()));
    }
    qint64 bytes = 0;
    for (const QString &t : texts)
        bytes += 2 * t.size();
    QCOMPARE(store->fileBytes(), bytes);
    for (int i = 0; i < texts.size(); ++i)
        QCOMPARE(docs.at(i).text(), texts.at(i));
    // A document moved once is not moved again.
    QVERIFY(!store->take(docs.first(), store));
    QCOMPARE(store->fileBytes(), bytes);
    // setText takes it back out of the store.
    docs.first().setText(QStringLiteral("edited"));
    QVERIFY(docs.first().holdsText());
    QCOMPARE(docs.first().text(), QStringLiteral("edited"));
}

void TestTextStore::testCacheSavesReads()
{
    QTemporaryDir dir;
    const auto store = TextStore::create(TextStore::DefaultCacheBytes, dir.path());
    QVERIFY(store);
    Document d = documentWith(article(1, 500));
    const QString expected = d.text();
    QVERIFY(store->take(d, store));
    QCOMPARE(store->reads(), qint64(0));
    QCOMPARE(d.text(), expected);
    QCOMPARE(store->reads(), qint64(1));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(d.text(), expected);
    QCOMPARE(store->reads(), qint64(1)); // the cache answered
    QVERIFY(store->cachedBytes() >= 2 * expected.size());
}

void TestTextStore::testCacheKeepsToItsBudget()
{
    QTemporaryDir dir;
    const qint64 budget = 64 * 1024;
    const auto store = TextStore::create(budget, dir.path());
    QVERIFY(store);
    QVector<Document> docs;
    QStringList texts;
    for (int i = 0; i < 40; ++i) { // ~20 KiB each: 800 KiB in all
        docs.append(documentWith(article(i, 1500)));
        texts.append(docs.last().text());
        QVERIFY(store->take(docs.last(), store));
    }
    for (int i = 0; i < docs.size(); ++i) {
        QCOMPARE(docs.at(i).text(), texts.at(i));
        QVERIFY2(store->cachedBytes() <= budget, qPrintable(QString::number(store->cachedBytes())));
    }
    QCOMPARE(store->reads(), qint64(docs.size()));
    // The first ones were pushed out: reading them again reads the file.
    QCOMPARE(docs.first().text(), texts.first());
    QCOMPARE(store->reads(), qint64(docs.size() + 1));
    // The last one is still cached.
    QCOMPARE(docs.last().text(), texts.last());
    QCOMPARE(store->reads(), qint64(docs.size() + 1));
}

void TestTextStore::testScanTextLeavesCacheAlone()
{
    QTemporaryDir dir;
    const auto store = TextStore::create(TextStore::DefaultCacheBytes, dir.path());
    QVERIFY(store);
    Document d = documentWith(article(2, 300));
    const QString expected = d.text();
    QVERIFY(store->take(d, store));
    QCOMPARE(d.scanText(), expected);
    QCOMPARE(d.scanText(), expected);
    QCOMPARE(store->cachedBytes(), qint64(0));
    QCOMPARE(store->reads(), qint64(2));
    // A text already cached is answered from the cache.
    QCOMPARE(d.text(), expected);
    QCOMPARE(d.scanText(), expected);
    QCOMPARE(store->reads(), qint64(3));
}

void TestTextStore::testCopiesOutliveTheStoresCreator()
{
    QTemporaryDir dir;
    Document copy;
    const QString expected = article(3, 200);
    {
        auto store = TextStore::create(TextStore::DefaultCacheBytes, dir.path());
        QVERIFY(store);
        Document d = documentWith(expected);
        QVERIFY(store->take(d, store));
        copy = d;
    }
    QVERIFY(!copy.holdsText());
    QCOMPARE(copy.text(), expected);
    // The file was unlinked when made: nothing is left in the folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestTextStore::testUnwritableFolderGivesNoStore()
{
    // A folder that cannot be made (a file is in the way; root too is refused).
    QTemporaryDir dir;
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("file")), "not a folder"));
    QVERIFY(!TextStore::create(TextStore::DefaultCacheBytes, dir.filePath(QStringLiteral("file/texts"))));
}

void TestTextStore::testAdoptNeedsTheSameText()
{
    QTemporaryDir dir;
    const auto store = TextStore::create(TextStore::DefaultCacheBytes, dir.path());
    QVERIFY(store);
    Document stored = documentWith(QStringLiteral("The ferry company raised fares."));
    QVERIFY(store->take(stored, store));
    Document same = documentWith(QStringLiteral("The ferry company raised fares."));
    QVERIFY(same.adoptStoredText(stored));
    QVERIFY(!same.holdsText());
    QCOMPARE(same.text(), QStringLiteral("The ferry company raised fares."));
    Document other = documentWith(QStringLiteral("The ferry company lowered fares."));
    QVERIFY(!other.adoptStoredText(stored));
    QVERIFY(other.holdsText());
    QCOMPARE(other.text(), QStringLiteral("The ferry company lowered fares."));
    Document unhashed;
    unhashed.setText(QStringLiteral("The ferry company raised fares."));
    QVERIFY(!unhashed.adoptStoredText(stored)); // no hash: nothing to compare
    QCOMPARE(store->fileBytes(), qint64(2 * stored.textLength()));
}

void TestTextStore::testOpenCorpusKeepsTextsInTheStore()
{
    QTemporaryDir dir;
    QMap<QString, QString> texts;
    for (int i = 0; i < 30; ++i) {
        const QString name = QStringLiteral("article-%1.txt").arg(i, 2, 10, QLatin1Char('0'));
        texts.insert(name, article(i, 100 + i));
        QVERIFY(TestUtil::writeFile(dir.filePath(name), texts.value(name).toUtf8()));
    }
    for (bool background : { false, true }) {
        Corpus c;
        QVERIFY(c.textsOnDisk()); // the default
        QCOMPARE(background ? c.openInBackground(dir.path()) : c.open(dir.path()), Corpus::OpenStatus::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(!c.isLoading(), 30000);
        const auto &store = c.documents()->textStore();
        QVERIFY(store);
        qint64 bytes = 0;
        QCOMPARE(c.documents()->documentCount(), int(texts.size()));
        for (int row = 0; row < c.documents()->documentCount(); ++row) {
            const Document &d = c.documents()->document(row);
            QVERIFY2(!d.holdsText(), qPrintable(d.path));
            QCOMPARE(d.textStore(), store);
            QCOMPARE(d.text(), texts.value(d.path));
            bytes += 2 * d.textLength();
        }
        QCOMPARE(store->fileBytes(), bytes);
    }
}

void TestTextStore::testRefreshWritesOnlyChangedTexts()
{
    QTemporaryDir dir;
    for (int i = 0; i < 10; ++i)
        QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("a%1.txt").arg(i)), article(i, 200).toUtf8()));
    Corpus c;
    QCOMPARE(c.open(dir.path()), Corpus::OpenStatus::Ok);
    const auto store = c.documents()->textStore();
    QVERIFY(store);
    const qint64 before = store->fileBytes();
    const QString edited = article(42, 50);
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("a3.txt")), edited.toUtf8()));
    QVERIFY(c.refreshArticles());
    QTRY_COMPARE_WITH_TIMEOUT(c.documents()->document(c.documents()->rowOfPath(QStringLiteral("a3.txt"))).text(), edited, 30000);
    // The unchanged nine keep their stored texts; only the edited one is written.
    QCOMPARE(store->fileBytes(), before + 2 * edited.size());
    for (int row = 0; row < c.documents()->documentCount(); ++row)
        QVERIFY(!c.documents()->document(row).holdsText());
}

void TestTextStore::testTextsInMemoryWhenAskedFor()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("one.txt")), "Bridge reopens\n\nThe Harrow Bridge reopened.\n"));
    Corpus c;
    c.setTextsOnDisk(false, 0);
    QCOMPARE(c.open(dir.path()), Corpus::OpenStatus::Ok);
    QVERIFY(!c.documents()->textStore());
    QVERIFY(c.documents()->document(0).holdsText());
    QVERIFY(c.documents()->document(0).text().contains(QStringLiteral("Harrow Bridge")));
}

// The command line keeps texts in memory for every corpus it makes.
void TestTextStore::testDefaultForNewCorpora()
{
    QVERIFY(Corpus().textsOnDisk());
    Corpus::setTextsOnDiskByDefault(false);
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("one.txt")), "Ferry fares rise\n\nBy forty cents.\n"));
        Corpus c;
        QVERIFY(!c.textsOnDisk());
        QCOMPARE(c.open(dir.path()), Corpus::OpenStatus::Ok);
        QVERIFY(!c.documents()->textStore());
        QVERIFY(c.documents()->document(0).holdsText());
    }
    Corpus::setTextsOnDiskByDefault(true);
    QVERIFY(Corpus().textsOnDisk());
}

// A text that cannot be written (here: over the process's file size limit)
// stays in its document; the error names the folder, and the first is kept.
void TestTextStore::testWriteErrorKeepsTheText()
{
    QTemporaryDir dir;
    const auto store = TextStore::create(TextStore::DefaultCacheBytes, dir.path());
    QVERIFY(store);
    Document small = documentWith(article(5, 100));
    QVERIFY(store->take(small, store));

    rlimit before {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &before) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // else the write kills the process
    rlimit limited = before;
    limited.rlim_cur = rlim_t(store->fileBytes() + 4096);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    Document big = documentWith(article(6, 5000)); // ~60 KiB of UTF-16
    const QString expected = big.text();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be written")));
    const bool taken = store->take(big, store);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &before) == 0);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!taken);
    QVERIFY(big.holdsText());
    QCOMPARE(big.text(), expected);
    QVERIFY2(store->error().contains(QDir::toNativeSeparators(dir.path())), qPrintable(store->error()));
    // The texts written before are still there.
    QCOMPARE(small.text(), article(5, 100));
}

QTEST_GUILESS_MAIN(TestTextStore)

#include "tst_textstore.moc"
