// DocumentFilterProxy: the document list filtered by text, outlet and tag
// (with sub-tags), live as spans change, under QAbstractItemModelTester.

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/documentfilterproxy.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString Sources = QStringLiteral("6d20a9bd-e92e-5568-8a91-671af419d3af");
const QString Economic = QStringLiteral("24481c90-ef5d-5e4a-85f4-0f1c09aa81a1");

QStringList paths(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, 0).data(CorpusModel::PathRole).toString());
    out.sort();
    return out;
}

QStringList expected(const Corpus &corpus, const std::function<bool(int)> &accept)
{
    QStringList out;
    for (int row = 0; row < corpus.documents()->documentCount(); ++row) {
        if (accept(row))
            out.append(corpus.documents()->document(row).path);
    }
    out.sort();
    return out;
}
} // namespace

class TestDocumentFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testFilters();
};

void TestDocumentFilterProxy::testFilters()
{
    QTemporaryDir dir;
    QVERIFY(TestUtil::copyTree(kSample, dir.path() + QStringLiteral("/c")));
    Corpus corpus;
    QCOMPARE(corpus.open(dir.path() + QStringLiteral("/c")), Corpus::OpenStatus::Ok);
    DocumentFilterProxy proxy;
    proxy.setCorpus(corpus.documents(), corpus.codebook());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = corpus.documents()->documentCount();
    QCOMPARE(proxy.rowCount(), all);

    proxy.setOutlet(QStringLiteral("Valley Ledger"));
    QCOMPARE(paths(proxy), expected(corpus, [&](int r) {
        return corpus.documents()->document(r).meta.outlet == QStringLiteral("Valley Ledger");
    }));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setOutlet({});

    // Text: in the article itself, ignoring case.
    proxy.setText(QStringLiteral("KESSLER"));
    const QStringList kessler = expected(corpus, [&](int r) {
        return corpus.documents()->document(r).text().contains(QStringLiteral("kessler"), Qt::CaseInsensitive);
    });
    QVERIFY(!kessler.isEmpty() && kessler.size() < all);
    QCOMPARE(paths(proxy), kessler);
    proxy.setText({});

    // Tag with sub-tags: "Sources" matches documents coded only with "Eyewitness" too.
    proxy.setTagId(Sources);
    const QStringList sub = corpus.codebook()->descendants(Sources) + QStringList { Sources };
    const QStringList withSources = expected(corpus, [&](int r) {
        for (const Span &s : corpus.documents()->spans(r)) {
            if (sub.contains(s.tagId))
                return true;
        }
        return false;
    });
    QVERIFY(!withSources.isEmpty() && withSources.size() < all);
    QCOMPARE(paths(proxy), withSources);

    // Live: coding a new document with a sub-tag brings it in; undo takes it out.
    QString outside;
    for (int r = 0; r < all && outside.isEmpty(); ++r) {
        if (!withSources.contains(corpus.documents()->document(r).path))
            outside = corpus.documents()->document(r).path;
    }
    QVERIFY(!outside.isEmpty());
    QVERIFY(!corpus.addSpan(outside, 0, 4, corpus.codebook()->descendants(Sources).first()).isEmpty());
    QCOMPARE(proxy.rowCount(), withSources.size() + 1);
    corpus.undoStack()->undo();
    QCOMPARE(proxy.rowCount(), withSources.size());

    // Criteria combine.
    proxy.setTagId(Economic);
    proxy.setOutlet(QStringLiteral("Coastline Wire"));
    QCOMPARE(paths(proxy), expected(corpus, [&](int r) {
        const auto &d = corpus.documents()->document(r);
        const auto &spans = corpus.documents()->spans(r);
        return d.meta.outlet == QStringLiteral("Coastline Wire")
            && std::any_of(spans.cbegin(), spans.cend(), [](const Span &s) { return s.tagId == Economic; });
    }));
}

QTEST_GUILESS_MAIN(TestDocumentFilterProxy)
#include "tst_documentfilterproxy.moc"
