// Round-trip property tests: random article text (astral characters,
// combining marks, right-to-left script, CRLF and lone CR line endings) with
// random spans must survive save and reopen exactly: same offsets, same
// quotes, each quote equal to the text it covers, and the file itself must
// serialise back to the same bytes. Seeds are fixed so a failure reproduces;
// the failing seed is in the message.

#include "annotation/sidecarcodec.h"
#include "annotation/sidecarstore.h"
#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

namespace {
const char32_t Pieces[] = { U'a', U'b', U'Z', U' ', U' ', U'.', U',', U'é', U'ß', U'\u0301', U'\u0308', // combining
    U'ش', U'ع', U'ب', U'\u200f', // Arabic, RLM
    U'📰', U'🌉', U'𝔘', U'\U00010348', // astral
    U'\t', U'"', U'\\', U'\u2028', U'\uFEFF' };

QByteArray randomArticle(QRandomGenerator &rng)
{
    QString text;
    const int n = int(rng.bounded(20, 400));
    for (int i = 0; i < n; ++i) {
        const quint32 r = rng.bounded(100);
        if (r < 4)
            text += QStringLiteral("\r\n");
        else if (r < 6)
            text += QLatin1Char('\r');
        else if (r < 9)
            text += QLatin1Char('\n');
        else {
            const char32_t c = Pieces[rng.bounded(int(std::size(Pieces)))];
            text += QString::fromUcs4(&c, 1);
        }
    }
    return QByteArray("Title line\n") + text.toUtf8();
}

// A random position that does not split a surrogate pair.
int randomBoundary(QRandomGenerator &rng, const QString &text)
{
    int pos = int(rng.bounded(int(text.size()) + 1));
    if (pos > 0 && pos < text.size() && text.at(pos).isLowSurrogate())
        --pos;
    return pos;
}
} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testRandomSpansSurviveSaveAndReopen_data();
    void testRandomSpansSurviveSaveAndReopen();
};

void TestRoundTrip::testRandomSpansSurviveSaveAndReopen_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestRoundTrip::testRandomSpansSurviveSaveAndReopen()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    QTemporaryDir dir;
    const int files = 3;
    for (int i = 0; i < files; ++i)
        QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("a%1.txt").arg(i)), randomArticle(rng)));

    Corpus corpus;
    QCOMPARE(corpus.open(dir.path()), Corpus::OpenStatus::Ok);
    QCOMPARE(corpus.documents()->documentCount(), files);
    const QString tag = corpus.addTag(QStringLiteral("Frame"), QColor(Qt::yellow));
    int added = 0;
    for (int k = 0; k < 25; ++k) {
        const int row = int(rng.bounded(files));
        const Document &doc = corpus.documents()->document(row);
        int a = randomBoundary(rng, doc.text()), b = randomBoundary(rng, doc.text());
        if (a == b)
            continue;
        if (a > b)
            std::swap(a, b);
        QVERIFY2(!corpus.addSpan(doc.path, a, b, tag, QStringLiteral("n%1 📰").arg(k)).isEmpty(),
            qPrintable(QStringLiteral("seed %1: span %2-%3 refused").arg(seed).arg(a).arg(b)));
        ++added;
    }
    QString error;
    QVERIFY2(corpus.save(&error), qPrintable(error));

    // The file reads back and serialises to the very same bytes.
    const QByteArray bytes = TestUtil::readFile(dir.filePath(SidecarStore::fileName()));
    const auto parsed = SidecarCodec::parse(bytes);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(SidecarCodec::serialize(parsed.data), bytes);
    QCOMPARE(parsed.data.annotationCount(), added);

    Corpus reopened;
    QCOMPARE(reopened.open(dir.path()), Corpus::OpenStatus::Ok);
    QVERIFY2(reopened.problems().isEmpty(),
        qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(reopened.problems().value(0).message)));
    const QMap<QString, int> counts = reopened.anchorCounts();
    QCOMPARE(counts.value(QStringLiteral("exact")), added);
    for (int row = 0; row < files; ++row) {
        const Document &doc = corpus.documents()->document(row);
        const int row2 = reopened.documents()->rowOfPath(doc.path);
        QCOMPARE(reopened.documents()->spans(row2), corpus.documents()->spans(row));
        for (const Span &s : reopened.documents()->spans(row2))
            QCOMPARE(reopened.documents()->document(row2).text().mid(s.start, s.length()), s.quote);
    }
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
