#include "annotation/sidecarcodec.h"
#include "annotation/sidecarmerge.h"

#include <QJsonArray>
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

// A manual link of the comparison window, as ManualLinkStore writes it.
QJsonObject link(int aStart, int aEnd, int bStart, int bEnd, bool linked = true)
{
    return { { QStringLiteral("a_start"), aStart }, { QStringLiteral("a_end"), aEnd },
        { QStringLiteral("b_start"), bStart }, { QStringLiteral("b_end"), bEnd },
        { QStringLiteral("linked"), linked } };
}

QJsonObject pair(const QString &a, const QString &b, const QVector<QJsonObject> &links)
{
    QJsonArray array;
    for (const QJsonObject &l : links)
        array.append(l);
    return { { QStringLiteral("a"), a }, { QStringLiteral("b"), b }, { QStringLiteral("links"), array } };
}

// The links stored for the pair (either order), each as {a_start, a_end,
// b_start, b_end, linked} in the order a, b asked for.
QVector<QJsonObject> linksOf(const SidecarData &d, const QString &a, const QString &b)
{
    QVector<QJsonObject> out;
    for (const QJsonValue &v : d.extra.value(QLatin1String("comparisons")).toArray()) {
        const QJsonObject e = v.toObject();
        const bool forward = e.value(QLatin1String("a")).toString() == a && e.value(QLatin1String("b")).toString() == b;
        const bool backward
            = e.value(QLatin1String("a")).toString() == b && e.value(QLatin1String("b")).toString() == a;
        if (!forward && !backward)
            continue;
        for (const QJsonValue &lv : e.value(QLatin1String("links")).toArray()) {
            const QJsonObject l = lv.toObject();
            out.append(forward ? l
                               : link(l.value(QLatin1String("b_start")).toInt(),
                                   l.value(QLatin1String("b_end")).toInt(), l.value(QLatin1String("a_start")).toInt(),
                                   l.value(QLatin1String("a_end")).toInt(), l.value(QLatin1String("linked")).toBool()));
        }
    }
    return out;
}

SidecarData withLinks(SidecarData d, const QVector<QJsonObject> &pairs)
{
    QJsonArray array;
    for (const QJsonObject &p : pairs)
        array.append(p);
    d.extra.insert(QStringLiteral("comparisons"), array);
    return d;
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
    void testManualLinksOfBothSidesAreKept();
    void testManualLinkRemovedOnOneSideStaysRemoved();
    void testManualLinksOnTheSameSentencesConflict();
    void testFoldKeepsBothAnalystsManualLinks();
    void testOtherTopLevelMembersDecidedOneByOne();
    void testMemos_data();
    void testMemos();
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

void TestSidecarMerge::testManualLinksOfBothSidesAreKept()
{
    const QString a = QStringLiteral("a.txt"), b = QStringLiteral("b.txt"), c = QStringLiteral("c.txt");
    const SidecarData start = withLinks(base(), { pair(a, b, { link(0, 10, 0, 12) }) });
    // Ours links two more sentences of a/b; theirs, who compared the pair the
    // other way round (stored b, a), links others, and links a/c too.
    const SidecarData ours = withLinks(base(), { pair(a, b, { link(0, 10, 0, 12), link(20, 30, 40, 50) }) });
    const SidecarData theirs = withLinks(
        base(), { pair(b, a, { link(0, 12, 0, 10), link(60, 70, 80, 90, false) }), pair(a, c, { link(1, 2, 3, 4) }) });
    const auto r = SidecarMerge::threeWay(start, ours, theirs);
    QVERIFY2(!r.hasConflicts(), qPrintable(r.conflicts.join(QLatin1Char('\n'))));
    const QVector<QJsonObject> ab = linksOf(r.data, a, b);
    QCOMPARE(ab.size(), 3);
    QVERIFY(ab.contains(link(0, 10, 0, 12)));
    QVERIFY(ab.contains(link(20, 30, 40, 50)));
    QVERIFY(ab.contains(link(80, 90, 60, 70, false)));
    QCOMPARE(linksOf(r.data, a, c), QVector<QJsonObject>({ link(1, 2, 3, 4) }));
    // One entry per pair, in ours' order (a, b), theirs' new pair after it.
    const QJsonArray entries = r.data.extra.value(QLatin1String("comparisons")).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(QLatin1String("a")).toString(), a);
    QCOMPARE(entries.at(1).toObject().value(QLatin1String("b")).toString(), c);
    QVERIFY(SidecarCodec::parse(bytes(r.data)).ok);
}

void TestSidecarMerge::testManualLinkRemovedOnOneSideStaysRemoved()
{
    const QString a = QStringLiteral("a.txt"), b = QStringLiteral("b.txt");
    const SidecarData start = withLinks(base(), { pair(a, b, { link(0, 10, 0, 12), link(20, 30, 40, 50) }) });
    // Ours replaced the first link (ManualLinkStore drops the old one on the
    // same sentences); theirs removed the second and its pair's last link goes.
    const SidecarData ours = withLinks(base(), { pair(a, b, { link(20, 30, 40, 50), link(0, 10, 0, 12, false) }) });
    const SidecarData theirs = withLinks(base(), { pair(a, b, { link(0, 10, 0, 12) }) });
    const auto r = SidecarMerge::threeWay(start, ours, theirs);
    QVERIFY2(!r.hasConflicts(), qPrintable(r.conflicts.join(QLatin1Char('\n'))));
    QCOMPARE(linksOf(r.data, a, b), QVector<QJsonObject>({ link(0, 10, 0, 12, false) }));
    // Both sides removing every link leaves no member at all, as ManualLinkStore writes it.
    const auto none = SidecarMerge::threeWay(start, base(), base());
    QVERIFY(!none.hasConflicts());
    QVERIFY(!none.data.extra.contains(QLatin1String("comparisons")));
}

void TestSidecarMerge::testManualLinksOnTheSameSentencesConflict()
{
    const QString a = QStringLiteral("a.txt"), b = QStringLiteral("b.txt");
    const SidecarData ours = withLinks(base(), { pair(a, b, { link(0, 10, 0, 12) }) });
    const SidecarData theirs = withLinks(base(), { pair(a, b, { link(5, 15, 6, 20, false) }) });
    const auto r = SidecarMerge::threeWay(base(), ours, theirs);
    QCOMPARE(r.conflicts.size(), 1);
    QVERIFY(r.conflicts.first().contains(a));
    QCOMPARE(linksOf(r.data, a, b), QVector<QJsonObject>({ link(0, 10, 0, 12) }));
}

void TestSidecarMerge::testFoldKeepsBothAnalystsManualLinks()
{
    const QString a = QStringLiteral("a.txt"), b = QStringLiteral("b.txt");
    const SidecarData mine = withLinks(base(), { pair(a, b, { link(0, 10, 0, 12) }) });
    const SidecarData other = withLinks(base(), { pair(a, b, { link(20, 30, 40, 50) }) });
    const auto r = SidecarMerge::fold(mine, other);
    QVERIFY2(!r.hasConflicts(), qPrintable(r.conflicts.join(QLatin1Char('\n'))));
    QCOMPARE(linksOf(r.data, a, b), QVector<QJsonObject>({ link(0, 10, 0, 12), link(20, 30, 40, 50) }));
}

void TestSidecarMerge::testOtherTopLevelMembersDecidedOneByOne()
{
    SidecarData start = base();
    start.extra.insert(QStringLiteral("x"), 1);
    SidecarData ours = start, theirs = start;
    ours.extra.insert(QStringLiteral("x"), 2);
    theirs.extra.insert(QStringLiteral("y"), QStringLiteral("new"));
    const auto r = SidecarMerge::threeWay(start, ours, theirs);
    QVERIFY2(!r.hasConflicts(), qPrintable(r.conflicts.join(QLatin1Char('\n'))));
    QCOMPARE(r.data.extra.value(QLatin1String("x")).toInt(), 2);
    QCOMPARE(r.data.extra.value(QLatin1String("y")).toString(), QStringLiteral("new"));

    theirs.extra.insert(QStringLiteral("x"), 3);
    const auto c = SidecarMerge::threeWay(start, ours, theirs);
    QCOMPARE(c.conflicts.size(), 1);
    QVERIFY(c.conflicts.first().contains(QLatin1String("\"x\"")));
    QCOMPARE(c.data.extra.value(QLatin1String("x")).toInt(), 2);
}

namespace {
QString memoOf(const SidecarData &d, const QString &path)
{
    for (const auto &e : d.documents) {
        if (e.path == path)
            return e.memo;
    }
    return QStringLiteral("<no entry>");
}

SidecarData withMemo(SidecarData d, const QString &path, const QString &memo)
{
    for (auto &e : d.documents) {
        if (e.path == path) {
            e.memo = memo;
            return d;
        }
    }
    SidecarData::DocumentEntry e { path, QByteArray(64, 'c'), {} };
    e.memo = memo;
    d.documents.append(e);
    return d;
}
} // namespace

void TestSidecarMerge::testMemos_data()
{
    QTest::addColumn<QString>("baseMemo"); // on c.txt, an entry with a memo and no annotation ("" = none)
    QTest::addColumn<QString>("ourMemo");
    QTest::addColumn<QString>("theirMemo");
    QTest::addColumn<QString>("merged"); // "<no entry>": no entry for c.txt
    QTest::addColumn<QString>("memoConflict");
    QTest::addColumn<int>("conflicts");
    const QString none;
    const QString A = QStringLiteral("Frames the council as late.");
    const QString B = QStringLiteral("Frames the council as late.\nCheck the figures.");
    const QString C = QStringLiteral("Wire copy; compare with the Herald.");
    QTest::addRow("only theirs added one") << none << none << A << A << none << 0;
    QTest::addRow("only ours changed it") << A << B << A << B << none << 0;
    QTest::addRow("only theirs changed it") << A << A << B << B << none << 0;
    QTest::addRow("same change on both sides") << A << B << B << B << none << 0;
    QTest::addRow("ours deleted it, theirs untouched") << A << none << A << QStringLiteral("<no entry>") << none << 0;
    QTest::addRow("changed differently: ours kept, theirs in memoConflict") << A << B << C << B << C << 1;
    QTest::addRow("deleted against changed: the change is kept") << A << none << B << B << none << 1;
}

void TestSidecarMerge::testMemos()
{
    QFETCH(QString, baseMemo);
    QFETCH(QString, ourMemo);
    QFETCH(QString, theirMemo);
    QFETCH(QString, merged);
    QFETCH(QString, memoConflict);
    QFETCH(int, conflicts);
    const QString path = QStringLiteral("c.txt");
    // Also a memo beside annotations (a.txt), changed only on our side: kept in every case.
    const SidecarData b = withMemo(
        baseMemo.isEmpty() ? base() : withMemo(base(), path, baseMemo), QStringLiteral("a.txt"), QStringLiteral("old"));
    const SidecarData o = withMemo(
        ourMemo.isEmpty() ? base() : withMemo(base(), path, ourMemo), QStringLiteral("a.txt"), QStringLiteral("new"));
    const SidecarData t = withMemo(theirMemo.isEmpty() ? base() : withMemo(base(), path, theirMemo),
        QStringLiteral("a.txt"), QStringLiteral("old"));
    const SidecarMerge::Result r = SidecarMerge::threeWay(b, o, t);
    QCOMPARE(r.conflicts.size(), conflicts);
    if (conflicts)
        QVERIFY2(r.conflicts.first().contains(QStringLiteral("memo of c.txt")), qPrintable(r.conflicts.first()));
    QCOMPARE(memoOf(r.data, path), merged);
    QCOMPARE(memoOf(r.data, QStringLiteral("a.txt")), QStringLiteral("new"));
    QCOMPARE(find(r.data, QStringLiteral("s1")) != nullptr, true);
    QString conflictMember;
    for (const auto &e : r.data.documents) {
        if (e.path == path)
            conflictMember = e.extra.value(QLatin1String("memoConflict")).toString();
    }
    QCOMPARE(conflictMember, memoConflict);
    // And the result reads back with its memos.
    const SidecarCodec::ParseResult back = SidecarCodec::parse(SidecarCodec::serialize(r.data));
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(memoOf(back.data, path), merged);
}

QTEST_GUILESS_MAIN(TestSidecarMerge)
#include "tst_sidecarmerge.moc"
