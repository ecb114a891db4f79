// Sentence alignment against the hand-aligned gold set in
// tests/data/compare-gold (see its README): precision, recall and F1 of the
// sentence links over all pairs; fails below F1 0.85.

#include "compare/comparator.h"
#include "compare/sentencesimilarity.h"
#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace Marginalia;

class TestCompareGold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goldPair_data();
    void goldPair();
    void overallF1();

private:
    struct Counts
    {
        int predicted = 0;
        int gold = 0;
        int correct = 0; ///< predicted links that are gold
        int found = 0; ///< gold links that were predicted
    };
    static void report(const char *name, const Counts &c);
    Corpus m_corpus;
    Counts m_total;
    QMap<QString, Counts> m_bySet; ///< "development" (tuned on) and "held-out" (written before tuning)
};

void TestCompareGold::initTestCase()
{
    QCOMPARE(m_corpus.open(QStringLiteral(MARGINALIA_SAMPLE_CORPUS)), Corpus::OpenStatus::Ok);
}

void TestCompareGold::goldPair_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(MARGINALIA_TEST_DATA "/compare-gold"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
}

void TestCompareGold::goldPair()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject gold = QJsonDocument::fromJson(f.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const CorpusModel *docs = m_corpus.documents();
    const int rowA = docs->rowOfPath(gold.value(QLatin1String("a")).toString());
    const int rowB = docs->rowOfPath(gold.value(QLatin1String("b")).toString());
    QVERIFY(rowA >= 0 && rowB >= 0);
    const QString &textA = docs->document(rowA).text();
    const QString &textB = docs->document(rowB).text();

    // As the window and the command line do: the importer's clutter lines out.
    const ComparisonResult r
        = Comparator::compare(Comparator::inputOf(docs->document(rowA)), Comparator::inputOf(docs->document(rowB)));
    const SentenceSimilarity similarity(textA, r.sentencesA, textB, r.sentencesB);
    auto sentence = [](const QString &text, const TextRange &s) { return text.mid(s.start, s.end - s.start); };

    // Every prefix must name at least one sentence (or segmentation broke).
    auto matching = [&](const QString &text, const QVector<TextRange> &sentences, const QString &prefix) {
        QVector<int> out;
        for (int i = 0; i < sentences.size(); ++i) {
            if (sentence(text, sentences.at(i)).startsWith(prefix))
                out.append(i);
        }
        return out;
    };
    // Gold links as (set of A sentences, set of B sentences) per prefix pair.
    struct GoldLink
    {
        QVector<int> a;
        QVector<int> b;
    };
    QVector<GoldLink> goldLinks;
    for (const QJsonValue &pv : gold.value(QLatin1String("pairs")).toArray()) {
        const QJsonObject p = pv.toObject();
        for (const QJsonValue &av : p.value(QLatin1String("a")).toArray()) {
            const QVector<int> as = matching(textA, r.sentencesA, av.toString());
            if (as.isEmpty())
                QFAIL(qPrintable(QStringLiteral("no sentence of A starts with: %1").arg(av.toString())));
            for (const QJsonValue &bv : p.value(QLatin1String("b")).toArray()) {
                const QVector<int> bs = matching(textB, r.sentencesB, bv.toString());
                if (bs.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("no sentence of B starts with: %1").arg(bv.toString())));
                goldLinks.append({ as, bs });
            }
        }
    }
    // "possible" links count as correct when predicted, never as missed.
    QVector<GoldLink> possibleLinks;
    for (const QJsonValue &pv : gold.value(QLatin1String("possible")).toArray()) {
        const QJsonObject p = pv.toObject();
        for (const QJsonValue &av : p.value(QLatin1String("a")).toArray()) {
            for (const QJsonValue &bv : p.value(QLatin1String("b")).toArray()) {
                const QVector<int> as = matching(textA, r.sentencesA, av.toString());
                const QVector<int> bs = matching(textB, r.sentencesB, bv.toString());
                if (as.isEmpty() || bs.isEmpty())
                    QFAIL(qPrintable(
                        QStringLiteral("possible link names no sentence: %1 / %2").arg(av.toString(), bv.toString())));
                possibleLinks.append({ as, bs });
            }
        }
    }
    auto isGold = [&](int a, int b) {
        for (const GoldLink &g : goldLinks + possibleLinks) {
            if (g.a.contains(a) && g.b.contains(b))
                return true;
        }
        return false;
    };
    Counts c;
    c.gold = int(goldLinks.size());
    QVector<QPair<int, int>> predicted;
    for (const AlignedPair &p : r.pairs) {
        for (int a : p.a) {
            for (int b : p.b) {
                predicted.append({ a, b });
                ++c.predicted;
                if (isGold(a, b)) {
                    ++c.correct;
                } else {
                    qInfo().noquote() << "  extra: " << QString::number(similarity.similarity(a, b), 'f', 2)
                                      << sentence(textA, r.sentencesA.at(a)).left(60) << " <-> "
                                      << sentence(textB, r.sentencesB.at(b)).left(60);
                }
            }
        }
    }
    for (const GoldLink &g : goldLinks) {
        bool hit = false;
        for (const auto &p : predicted)
            hit = hit || (g.a.contains(p.first) && g.b.contains(p.second));
        if (hit) {
            ++c.found;
        } else {
            qInfo().noquote() << "  missed:" << QString::number(similarity.similarity(g.a, g.b), 'f', 2)
                              << sentence(textA, r.sentencesA.at(g.a.first())).left(60) << " <-> "
                              << sentence(textB, r.sentencesB.at(g.b.first())).left(60);
        }
    }
    qInfo("%s: %d predicted links, %d gold, precision %.3f, recall %.3f", qPrintable(QFileInfo(file).fileName()),
        c.predicted, c.gold, c.predicted ? double(c.correct) / c.predicted : 0.0,
        c.gold ? double(c.found) / c.gold : 0.0);
    const QString set = gold.value(QLatin1String("set")).toString(QStringLiteral("development"));
    for (Counts *t : { &m_total, &m_bySet[set] }) {
        t->predicted += c.predicted;
        t->gold += c.gold;
        t->correct += c.correct;
        t->found += c.found;
    }
}

void TestCompareGold::report(const char *name, const Counts &c)
{
    const double precision = c.predicted ? double(c.correct) / c.predicted : 0;
    const double recall = c.gold ? double(c.found) / c.gold : 0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    qInfo("%s: precision %.3f, recall %.3f, F1 %.3f (%d gold links, %d predicted)", name, precision, recall, f1, c.gold,
        c.predicted);
}

void TestCompareGold::overallF1()
{
    QVERIFY(m_total.gold > 30);
    QVERIFY(m_bySet.value(QStringLiteral("held-out")).gold > 20);
    for (auto it = m_bySet.cbegin(); it != m_bySet.cend(); ++it)
        report(qPrintable(it.key()), it.value());
    const double precision = m_total.predicted ? double(m_total.correct) / m_total.predicted : 0;
    const double recall = double(m_total.found) / m_total.gold;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    qInfo("overall: precision %.3f, recall %.3f, F1 %.3f (%d gold links, %d predicted)", precision, recall, f1,
        m_total.gold, m_total.predicted);
    // The target. The aligner reaches 0.882 on the combined set
    // (development 0.872, held-out 0.906; docs/performance.md).
    QVERIFY2(f1 >= 0.85, qPrintable(QStringLiteral("F1 %1 is below 0.85").arg(f1, 0, 'f', 3)));
}

QTEST_GUILESS_MAIN(TestCompareGold)
#include "tst_comparegold.moc"
