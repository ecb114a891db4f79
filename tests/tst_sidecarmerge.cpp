#include "annotation/sidecarcodec.h"
#include "annotation/sidecarmerge.h"

#include <QTest>

using namespace Marginalia;

namespace {
Tag tag(const QString &id, const QString &name, const QString &parent = {})
{
    Tag t;
    t.id = id;
    t.name = name;
    t.color = QColor(QStringLiteral("#85c1e9"));
    t.parentId = parent;
    return t;
}

Span span(const QString &id, const QString &tagId, int start, int end, const QString &note = {},
    const QString &author = QStringLiteral("ana"))
{
    Span s;
    s.id = id;
    s.tagId = tagId;
    s.start = start;
    s.end = end;
    s.note = note;
    s.author = author;
    s.quote = QStringLiteral("x").repeated(end - start);
    return s;
}

SidecarData::DocumentEntry doc(const QString &path, QVector<Span> spans)
{
    return { path, QByteArray(64, 'a'), std::move(spans) };
}

SidecarData base()
{
    SidecarData d;
    d.codebook
        = { tag(QStringLiteral("t1"), QStringLiteral("Blame")), tag(QStringLiteral("t2"), QStringLiteral("Cost")) };
    d.documents = { doc(QStringLiteral("a.txt"),
                        { span(QStringLiteral("s1"), QStringLiteral("t1"), 0, 5),
                            span(QStringLiteral("s2"), QStringLiteral("t2"), 10, 20) }),
        doc(QStringLiteral("b.txt"), { span(QStringLiteral("s3"), QStringLiteral("t1"), 3, 9) }) };
    return d;
}

const Span *find(const SidecarData &d, const QString &id)
{
    for (const auto &e : d.documents) {
        for (const Span &s : e.spans) {
            if (s.id == id)
                return &s;
        }
    }
    return nullptr;
}

// Byte-level equality through the codec: order-independent where the format is.
QByteArray bytes(const SidecarData &d)
{
    return SidecarCodec::serialize(d);
}
} // namespace

class TestSidecarMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testIdenticalSidesMergeToThemselves();
    void testDisjointChangesBothKept();
    void testSameSpanEditedDifferentlyKeepsBothAndIsListed();
    void testSameChangeOnBothSidesIsNoConflict();
    void testDeleteAgainstEditKeepsTheEdit();
    void testDeleteOnOneSideOnlyDeletes();
    void testDeletedTagStillUsedIsKept();
    void testNewChildTagOfTheirsFollowsItsParent();
    void testFoldKeepsBothAuthors();
    void testResultAlwaysReadsBack();
};

void TestSidecarMerge::testIdenticalSidesMergeToThemselves()
{
    const auto r = SidecarMerge::threeWay(base(), base(), base());
    QVERIFY(!r.hasConflicts());
    QCOMPARE(bytes(r.data), bytes(base()));
}

void TestSidecarMerge::testDisjointChangesBothKept()
{
    SidecarData ours = base();
    ours.documents[0].spans[0].note = QStringLiteral("ours note");
    ours.documents[1].spans.append(span(QStringLiteral("s4"), QStringLiteral("t2"), 30, 35));
    SidecarData theirs = base();
    theirs.documents[0].spans[1].tagId = QStringLiteral("t1");
    theirs.codebook.append(tag(QStringLiteral("t3"), QStringLiteral("Hope")));
    theirs.documents.append(doc(QStringLiteral("c.txt"), { span(QStringLiteral("s5"), QStringLiteral("t3"), 1, 2) }));

    const auto r = SidecarMerge::threeWay(base(), ours, theirs);
    QVERIFY2(!r.hasConflicts(), qPrintable(r.conflicts.join(QLatin1Char('\n'))));
    QCOMPARE(find(r.data, QStringLiteral("s1"))->note, QStringLiteral("ours note"));
    QCOMPARE(find(r.data, QStringLiteral("s2"))->tagId, QStringLiteral("t1"));
    QVERIFY(find(r.data, QStringLiteral("s4")));
    QVERIFY(find(r.data, QStringLiteral("s5")));
    QCOMPARE(r.data.codebook.size(), 3);
    QCOMPARE(r.data.annotationCount(), 5);
}

void TestSidecarMerge::testSameSpanEditedDifferentlyKeepsBothAndIsListed()
{
    SidecarData ours = base();
    ours.documents[0].spans[0].note = QStringLiteral("mine");
    SidecarData theirs = base();
    theirs.documents[0].spans[0].note = QStringLiteral("yours");
    const auto r = SidecarMerge::threeWay(base(), ours, theirs);
    QCOMPARE(r.conflicts.size(), 1);
    QVERIFY(r.conflicts.first().contains(QLatin1String("s1")));
    QCOMPARE(find(r.data, QStringLiteral("s1"))->note, QStringLiteral("mine"));
    const Span *copy = find(r.data, QStringLiteral("s1.theirs"));
    QVERIFY(copy);
    QCOMPARE(copy->note, QStringLiteral("yours"));
    QCOMPARE(copy->extra.value(QLatin1String("mergeConflict")).toString(), QStringLiteral("s1"));
}

void TestSidecarMerge::testSameChangeOnBothSidesIsNoConflict()
{
    SidecarData ours = base();
    ours.documents[0].spans[0].note = QStringLiteral("same");
    const auto r = SidecarMerge::threeWay(base(), ours, ours);
    QVERIFY(!r.hasConflicts());
    QCOMPARE(bytes(r.data), bytes(ours));
}

void TestSidecarMerge::testDeleteAgainstEditKeepsTheEdit()
{
    SidecarData ours = base();
    ours.documents[0].spans.removeFirst(); // s1 deleted
    SidecarData theirs = base();
    theirs.documents[0].spans[0].note = QStringLiteral("important");
    const auto r = SidecarMerge::threeWay(base(), ours, theirs);
    QCOMPARE(r.conflicts.size(), 1);
    QVERIFY(find(r.data, QStringLiteral("s1")));
    QCOMPARE(find(r.data, QStringLiteral("s1"))->note, QStringLiteral("important"));
}

void TestSidecarMerge::testDeleteOnOneSideOnlyDeletes()
{
    SidecarData theirs = base();
    theirs.documents[1].spans.clear();
    theirs.documents.removeLast();
    const auto r = SidecarMerge::threeWay(base(), base(), theirs);
    QVERIFY(!r.hasConflicts());
    QVERIFY(!find(r.data, QStringLiteral("s3")));
    QCOMPARE(r.data.annotationCount(), 2);
}

void TestSidecarMerge::testDeletedTagStillUsedIsKept()
{
    SidecarData ours = base();
    ours.codebook.removeLast(); // t2 deleted with its span s2
    ours.documents[0].spans.removeLast();
    SidecarData theirs = base();
    theirs.documents[1].spans.append(span(QStringLiteral("s9"), QStringLiteral("t2"), 40, 44)); // new use of t2
    const auto r = SidecarMerge::threeWay(base(), ours, theirs);
    QVERIFY(find(r.data, QStringLiteral("s9")));
    bool hasT2 = false;
    for (const Tag &t : r.data.codebook)
        hasT2 = hasT2 || t.id == QLatin1String("t2");
    QVERIFY(hasT2);
    QVERIFY(r.hasConflicts());
    QVERIFY(SidecarCodec::parse(bytes(r.data)).ok);
}

void TestSidecarMerge::testNewChildTagOfTheirsFollowsItsParent()
{
    SidecarData ours = base();
    ours.codebook.prepend(tag(QStringLiteral("t0"), QStringLiteral("Ours first")));
    SidecarData theirs = base();
    theirs.codebook.append(tag(QStringLiteral("p"), QStringLiteral("Parent")));
    theirs.codebook.append(tag(QStringLiteral("c"), QStringLiteral("Child"), QStringLiteral("p")));
    const auto r = SidecarMerge::threeWay(base(), ours, theirs);
    QVERIFY(!r.hasConflicts());
    QStringList ids;
    for (const Tag &t : r.data.codebook)
        ids.append(t.id);
    QCOMPARE(ids,
        (QStringList { QStringLiteral("t0"), QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("p"),
            QStringLiteral("c") }));
}

void TestSidecarMerge::testFoldKeepsBothAuthors()
{
    SidecarData mine = base();
    SidecarData other;
    other.codebook = { tag(QStringLiteral("t1"), QStringLiteral("Blame")) };
    other.documents = { doc(QStringLiteral("a.txt"),
        { span(QStringLiteral("o1"), QStringLiteral("t1"), 7, 9, {}, QStringLiteral("bo")) }) };
    const auto r = SidecarMerge::fold(mine, other);
    QVERIFY(!r.hasConflicts());
    QCOMPARE(r.data.annotationCount(), 4);
    QCOMPARE(find(r.data, QStringLiteral("o1"))->author, QStringLiteral("bo"));
    QCOMPARE(find(r.data, QStringLiteral("s1"))->author, QStringLiteral("ana"));
}

void TestSidecarMerge::testResultAlwaysReadsBack()
{
    // A conflict-heavy merge still makes a valid file: unique ids, tags before use.
    SidecarData ours = base(), theirs = base();
    for (int i = 0; i < 3; ++i) {
        ours.documents[0].spans[0].note = QStringLiteral("o%1").arg(i);
        theirs.documents[0].spans[0].note = QStringLiteral("t%1").arg(i);
        const auto r = SidecarMerge::threeWay(base(), ours, theirs);
        const auto parsed = SidecarCodec::parse(bytes(r.data));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        ours = r.data;
    }
}

QTEST_GUILESS_MAIN(TestSidecarMerge)
#include "tst_sidecarmerge.moc"
