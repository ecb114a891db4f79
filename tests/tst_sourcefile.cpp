// SourceFile: what the read-only source views show is the file as it is on
// disk, cut safely when large, with a clear error when unreadable.

#include "corpus/sourcefile.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestSourceFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testReadsBytesUnchanged();
    void testTruncationKeepsUtf8Whole_data();
    void testTruncationKeepsUtf8Whole();
    void testMissingFileNamesIt();
};

void TestSourceFile::testReadsBytesUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.html"));
    // CRLF and a BOM-less Arabic title stay exactly as they are (no canonicalisation here).
    const QByteArray bytes = "<h1>\xd8\xac\xd8\xb3\xd8\xb1</h1>\r\n<p>Harbour</p>\r\n";
    QVERIFY(TestUtil::writeFile(path, bytes));
    const SourceFile::Result r = SourceFile::read(path);
    QVERIFY(r.ok);
    QVERIFY(!r.truncated);
    QCOMPARE(r.text.toUtf8(), bytes);
}

void TestSourceFile::testTruncationKeepsUtf8Whole_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("expected");
    // "ab" + U+062C (2 bytes) + U+1F4F0 (4 bytes) + "z"
    QTest::addRow("before the 2-byte char") << 2 << QStringLiteral("ab");
    QTest::addRow("inside the 2-byte char") << 3 << QStringLiteral("ab");
    QTest::addRow("after the 2-byte char") << 4 << QString::fromUtf8("ab\xd8\xac");
    QTest::addRow("inside the 4-byte char") << 6 << QString::fromUtf8("ab\xd8\xac");
    QTest::addRow("after the 4-byte char") << 8 << QString::fromUtf8("ab\xd8\xac\xf0\x9f\x93\xb0");
}

void TestSourceFile::testTruncationKeepsUtf8Whole()
{
    QFETCH(int, limit);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.md"));
    QVERIFY(TestUtil::writeFile(path, "ab\xd8\xac\xf0\x9f\x93\xb0z"));
    const SourceFile::Result r = SourceFile::read(path, limit);
    QVERIFY(r.ok);
    QVERIFY(r.truncated);
    QCOMPARE(r.text, expected);
    QVERIFY(!r.text.contains(QChar::ReplacementCharacter));
}

void TestSourceFile::testMissingFileNamesIt()
{
    QTemporaryDir dir;
    const SourceFile::Result r = SourceFile::read(dir.filePath(QStringLiteral("gone.xml")));
    QVERIFY(!r.ok);
    QVERIFY(r.error.startsWith(QStringLiteral("gone.xml: ")));
    QVERIFY(r.text.isEmpty());
}

QTEST_MAIN(TestSourceFile)
#include "tst_sourcefile.moc"
