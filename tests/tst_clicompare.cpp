// `marginalia compare CORPUS_DIR DOC_A DOC_B [--json]` run as a process on
// the sample corpus: the JSON fields docs/cli.md promises, offsets in code
// points of the canonical text, the readable summary, and the errors.

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kA = QStringLiteral("Northgate Herald/2026-03-03-harrow-street-bridge-closed-after-storm.txt");
const QString kB = QStringLiteral("Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt");
const QString kArabic = QStringLiteral("Al-Sahil Today/2026-03-04-harrow-bridge-closure.txt");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MARGINALIA_BINARY), args);
    p.waitForFinished(60000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

// The text as the sidecar counts it: code points, canonical (CRLF -> LF, BOM dropped).
QVector<uint> codePoints(const QString &path)
{
    QString text = QString::fromUtf8(TestUtil::readFile(kSample + QLatin1Char('/') + path));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text.toUcs4();
}

QString slice(const QVector<uint> &cps, const QJsonObject &span)
{
    const int start = span.value(QLatin1String("start")).toInt(-1);
    const int end = span.value(QLatin1String("end")).toInt(-1);
    if (start < 0 || end < start || end > cps.size())
        return QStringLiteral("<out of range>");
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + start), end - start);
}
} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonHasTheDocumentedFields();
    void spansAreCodePointsOfTheCanonicalText();
    void summaryIsReadable();
    void clutterLinesAreLeftOut();
    void errors_data();
    void errors();
    void pdfIsWritten();
    void pdfErrorsWriteNothing_data();
    void pdfErrorsWriteNothing();
    void pdfFromUnreadableSidecarWritesNothing();
    void pdfOptionOnOtherCommandsIsAnError();
};

void TestCliCompare::jsonHasTheDocumentedFields()
{
    const Run r = run({ QStringLiteral("compare"), kSample, kA, kB, QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char *key : { "pairs", "only_a", "only_b", "shared_passages", "numbers", "quotes", "lexicon", "tags",
             "elapsed_ms", "document_a", "document_b" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
    const QJsonArray pairs = o.value(QLatin1String("pairs")).toArray();
    QVERIFY(pairs.size() >= 10);
    QStringList kinds;
    for (const QJsonValue &v : pairs) {
        const QJsonObject p = v.toObject();
        const double s = p.value(QLatin1String("similarity")).toDouble(-1);
        QVERIFY(s >= 0 && s <= 1);
        kinds.append(p.value(QLatin1String("kind")).toString());
        QVERIFY(p.value(QLatin1String("manual")).isBool());
    }
    QVERIFY(kinds.contains(QLatin1String("identical")));
    QVERIFY(kinds.contains(QLatin1String("paraphrase")));
    QVERIFY(kinds.contains(QLatin1String("moved")));
    // The re-used Whitcombe quote is shared; Coastline's "fiasco" is a loaded term only in B.
    bool sharedQuote = false;
    for (const QJsonValue &v : o.value(QLatin1String("quotes")).toArray()) {
        const QJsonObject q = v.toObject();
        if (q.value(QLatin1String("where")).toString() == QLatin1String("both")
            && q.value(QLatin1String("a"))
                   .toObject()
                   .value(QLatin1String("text"))
                   .toString()
                   .startsWith(QLatin1String("We will not reopen"))) {
            sharedQuote = true;
            QCOMPARE(q.value(QLatin1String("a")).toObject().value(QLatin1String("speaker")).toString(),
                QStringLiteral("Ms. Whitcombe"));
        }
    }
    QVERIFY(sharedQuote);
    // "… for a croissant," he said: "he" is Tom Albrecht, named as the speaker of the sentence before.
    bool croissant = false;
    for (const QJsonValue &v : o.value(QLatin1String("quotes")).toArray()) {
        const QJsonObject a = v.toObject().value(QLatin1String("a")).toObject();
        if (a.value(QLatin1String("text")).toString().startsWith(QLatin1String("People aren"))) {
            croissant = true;
            QCOMPARE(a.value(QLatin1String("speaker")).toString(), QStringLiteral("he"));
            QCOMPARE(a.value(QLatin1String("speaker_resolved")).toString(), QStringLiteral("Tom Albrecht"));
        }
    }
    QVERIFY(croissant);
    bool fiasco = false;
    for (const QJsonValue &v : o.value(QLatin1String("lexicon")).toArray()) {
        const QJsonObject l = v.toObject();
        if (l.value(QLatin1String("term")).toString() == QLatin1String("fiasco")) {
            fiasco = true;
            QCOMPARE(l.value(QLatin1String("a")).toInt(), 0);
            QCOMPARE(l.value(QLatin1String("b")).toInt(), 1);
        }
    }
    QVERIFY(fiasco);
    QVERIFY(o.value(QLatin1String("elapsed_ms")).toDouble() > 0);
    QVERIFY(!o.value(QLatin1String("shared_passages")).toArray().isEmpty());
}

void TestCliCompare::spansAreCodePointsOfTheCanonicalText()
{
    // The Arabic article's text has no astral characters but many non-ASCII
    // ones; the Meridian article has "Zoë" and "Løvstad".
    const QString other = QStringLiteral("Meridian Review/2026-03-05-engineers-race-to-repair-harrow-bridge.txt");
    const Run r = run({ QStringLiteral("compare"), kSample, other, kA, QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QVector<uint> a = codePoints(other);
    const QVector<uint> b = codePoints(kA);
    int checked = 0;
    for (const QJsonValue &v : o.value(QLatin1String("pairs")).toArray()) {
        const QJsonObject p = v.toObject();
        QCOMPARE(slice(a, p.value(QLatin1String("a")).toObject()),
            p.value(QLatin1String("a")).toObject().value(QLatin1String("text")).toString());
        QCOMPARE(slice(b, p.value(QLatin1String("b")).toObject()),
            p.value(QLatin1String("b")).toObject().value(QLatin1String("text")).toString());
        ++checked;
    }
    for (const QJsonValue &v : o.value(QLatin1String("only_a")).toArray()) {
        QCOMPARE(slice(a, v.toObject()), v.toObject().value(QLatin1String("text")).toString());
        ++checked;
    }
    QVERIFY(checked > 10);
    // And an Arabic article compares without errors.
    QCOMPARE(run({ QStringLiteral("compare"), kSample, kArabic, kA, QStringLiteral("--json") }).code, 0);
}

void TestCliCompare::summaryIsReadable()
{
    const Run r = run({ QStringLiteral("compare"), kSample, kA, kB });
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QLatin1String("aligned pairs")));
    QVERIFY(out.contains(QLatin1String("Only in A:")));
    QVERIFY(out.contains(QLatin1String("Numbers that differ:")));
    QVERIFY(out.contains(QLatin1String("Loaded terms (A / B):")));
}

// Page furniture the importer marks (Document::boilerplate) is left out of
// the alignment and of the framing signals: two articles carrying the same
// clutter lines (one with a number, a quotation and loaded terms) give no
// pair, no only_a/only_b entry, no number, quote or lexicon hit from them.
void TestCliCompare::clutterLinesAreLeftOut()
{
    QTemporaryDir dir;
    const QByteArray clutter = "Share this article\n"
                               "Read more: Dredging fury as 9,000 anglers call the plan a \"disaster\"\n"
                               "Advertisement\n"
                               "Sign up for our newsletter\n";
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("Harbour Post/dredging.txt")),
        "Council backs harbour dredging plan\n" + clutter
            + "The harbour board voted on Monday to dredge the northern channel.\n"
              "Dredging will start in May and cost about $3 million.\n"));
    QVERIFY(TestUtil::writeFile(dir.filePath(QStringLiteral("Bay Times/dredging.txt")),
        "Harbour dredging approved\n"
        "The harbour board approved dredging of the northern channel on Monday.\n"
            + clutter + "Work starts in May and will cost $3 million.\n"));
    const Run r = run({ QStringLiteral("compare"), dir.path(), QStringLiteral("Harbour Post/dredging.txt"),
        QStringLiteral("Bay Times/dredging.txt"), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QStringList furniture = { QStringLiteral("Share this"), QStringLiteral("Read more"),
        QStringLiteral("Advertisement"), QStringLiteral("Sign up") };
    auto isFurniture = [&](const QString &text) {
        return std::any_of(furniture.cbegin(), furniture.cend(), [&](const QString &f) { return text.contains(f); });
    };
    const QJsonArray pairs = o.value(QLatin1String("pairs")).toArray();
    QCOMPARE(pairs.size(), 3); // headline, vote, cost
    for (const QJsonValue &v : pairs) {
        QVERIFY(
            !isFurniture(v.toObject().value(QLatin1String("a")).toObject().value(QLatin1String("text")).toString()));
        QVERIFY(
            !isFurniture(v.toObject().value(QLatin1String("b")).toObject().value(QLatin1String("text")).toString()));
    }
    QCOMPARE(o.value(QLatin1String("only_a")).toArray().size(), 0);
    QCOMPARE(o.value(QLatin1String("only_b")).toArray().size(), 0);
    QVERIFY(!QJsonDocument(o.value(QLatin1String("numbers")).toArray()).toJson().contains("9,000"));
    QCOMPARE(o.value(QLatin1String("quotes")).toArray().size(), 0);
    for (const QJsonValue &v : o.value(QLatin1String("lexicon")).toArray()) {
        const QString term = v.toObject().value(QLatin1String("term")).toString();
        QVERIFY2(term != QLatin1String("fury") && term != QLatin1String("disaster"), qPrintable(term));
    }
    QVERIFY(o.value(QLatin1String("shared_passages")).toArray().isEmpty());
}

void TestCliCompare::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing documents") << QStringList { QStringLiteral("compare"), kSample, kA }
                                       << QStringLiteral("expected CORPUS_DIR DOC_A DOC_B");
    QTest::addRow("unknown document") << QStringList { QStringLiteral("compare"), kSample, kA,
        QStringLiteral("nope.txt") } << QStringLiteral("nope.txt: no such document");
    QTest::addRow("missing corpus") << QStringList { QStringLiteral("compare"), QStringLiteral("/nonexistent-corpus"),
        kA, kB } << QStringLiteral("does not exist");
}

void TestCliCompare::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliCompare::pdfIsWritten()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("a-vs-b.pdf"));
    const Run r = run({ QStringLiteral("compare"), kSample, kA, kB, QStringLiteral("--pdf"), out });
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(TestUtil::readFile(out).startsWith("%PDF-"));
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("wrote %1").arg(out)), r.out.constData());
    // Only the PDF: the comparison is not printed as well.
    QVERIFY(!r.out.contains("Only in A:"));
}

void TestCliCompare::pdfErrorsWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown document") << QStringList { kA, QStringLiteral("nope.txt") } << 2
                                      << QStringLiteral("nope.txt: no such document");
    QTest::addRow("missing folder") << QStringList { kA, kB } << 1 << QStringLiteral("does not exist");
}

void TestCliCompare::pdfErrorsWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    const Run r
        = run(QStringList { QStringLiteral("compare"), kSample } + args + QStringList { QStringLiteral("--pdf"), out });
    QCOMPARE(r.code, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestCliCompare::pdfFromUnreadableSidecarWritesNothing()
{
    // Printed without the annotations that could not be read, the PDF would
    // look as if the articles had none: nothing is written, and the sidecar is kept.
    QTemporaryDir dir;
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    QVERIFY(TestUtil::copyTree(kSample, corpus));
    const QString sidecar = corpus + QStringLiteral("/marginalia.json");
    QVERIFY(TestUtil::writeFile(sidecar, "{ not json"));
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    const Run r = run({ QStringLiteral("compare"), corpus, kA, kB, QStringLiteral("--pdf"), out });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("nothing written"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(TestUtil::readFile(sidecar), QByteArray("{ not json"));
}

void TestCliCompare::pdfOptionOnOtherCommandsIsAnError()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    const Run r = run({ QStringLiteral("list"), kSample, QStringLiteral("--pdf"), out });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("belong to compare"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
