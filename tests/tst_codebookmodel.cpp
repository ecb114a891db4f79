// CodebookModel: the tag tree. A QAbstractItemModelTester (Fatal) watches the
// model from before its first mutation; signals are checked with QSignalSpy.

#include "itemmodels/codebookmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Marginalia;

namespace {

Tag makeTag(const char *id, const char *name, const char *parentId = "", const char *color = "#aabbcc",
    const char *shortcut = "")
{
    Tag t;
    t.id = QLatin1String(id);
    t.name = QString::fromUtf8(name);
    t.color = QColor::fromString(QLatin1String(color));
    t.description = QStringLiteral("About ") + t.name;
    t.parentId = QLatin1String(parentId);
    t.shortcut = QLatin1String(shortcut);
    return t;
}

// Depth-first: every parent before its children, siblings in row order.
QVector<Tag> sampleTree()
{
    return {
        makeTag("cas", "Casualties & damage", "", "#f1948a", "1"),
        makeTag("src", "Sources", "", "#aed6f1"),
        makeTag("off", "Official source", "src", "#a3e4d7"),
        makeTag("eye", "Eyewitness", "src", "#f5b7b1"),
        makeTag("res", "Residents", "eye", "#d7bde2"),
        makeTag("eco", "Economic cost", "", "#82e0aa", "4"),
    };
}

QStringList ids(const QVector<Tag> &tags)
{
    QStringList out;
    for (const Tag &t : tags)
        out.append(t.id);
    return out;
}

QStringList childIds(const CodebookModel &model, const QModelIndex &parent)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out.append(model.index(row, 0, parent).data(CodebookModel::IdRole).toString());
    return out;
}

QStringList split(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestCodebookModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testSetTagsBuildsTree();
    void testSetTagsUnknownParentBecomesTopLevel();
    void testTagsRoundTrip_data();
    void testTagsRoundTrip();
    void testInsertTag_data();
    void testInsertTag();
    void testInsertTagRefused_data();
    void testInsertTagRefused();
    void testRemoveTag_data();
    void testRemoveTag();
    void testRemoveTagRefused_data();
    void testRemoveTagRefused();
    void testUpdateTag();
    void testUpdateTagRefused_data();
    void testUpdateTagRefused();
    void testTagPath_data();
    void testTagPath();
    void testDescendants_data();
    void testDescendants();
    void testFindByName_data();
    void testFindByName();
    void testIndexOfAndRowOf_data();
    void testIndexOfAndRowOf();
    void testRoles();

private:
    CodebookModel *m_model = nullptr;
};

void TestCodebookModel::init()
{
    m_model = new CodebookModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, m_model);
}

void TestCodebookModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TestCodebookModel::testSetTagsBuildsTree()
{
    QSignalSpy aboutToReset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    m_model->setTags(sampleTree());

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->tagCount(), 6);
    QCOMPARE(childIds(*m_model, {}), split("cas,src,eco"));
    const QModelIndex src = m_model->indexOf(QStringLiteral("src"));
    QCOMPARE(childIds(*m_model, src), split("off,eye"));
    const QModelIndex eye = m_model->indexOf(QStringLiteral("eye"));
    QCOMPARE(childIds(*m_model, eye), split("res"));
    QCOMPARE(m_model->parent(eye), src);
    QCOMPARE(m_model->parent(m_model->indexOf(QStringLiteral("res"))), eye);
    QCOMPARE(m_model->parent(src), QModelIndex());
    QCOMPARE(m_model->columnCount(), int(CodebookModel::ColumnCount)); // name, spans here, spans in the corpus
    QVERIFY(m_model->contains(QStringLiteral("res")));

    m_model->setTags({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->tagCount(), 0);
    QVERIFY(!m_model->contains(QStringLiteral("res")));
}

void TestCodebookModel::testSetTagsUnknownParentBecomesTopLevel()
{
    m_model->setTags({ makeTag("a", "A"), makeTag("orphan", "Orphan", "missing") });
    QCOMPARE(childIds(*m_model, {}), split("a,orphan"));
    QCOMPARE(m_model->tag(QStringLiteral("orphan")).parentId, QString());
    QCOMPARE(m_model->tagPath(QStringLiteral("orphan")), QStringLiteral("Orphan"));
}

void TestCodebookModel::testTagsRoundTrip_data()
{
    QTest::addColumn<QVector<Tag>>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("flat") << QVector<Tag> { makeTag("c", "C"), makeTag("a", "A"), makeTag("b", "B") } << split("c,a,b");
    QTest::addRow("tree, depth-first") << sampleTree() << split("cas,src,off,eye,res,eco");
    // Parents first but children listed late: tags() answers depth-first.
    QTest::addRow("children after all parents") << QVector<Tag> { makeTag("p", "P"), makeTag("q", "Q"),
        makeTag("p1", "P1", "p"), makeTag("q1", "Q1", "q"), makeTag("p2", "P2", "p") }
                                                << split("p,p1,p2,q,q1");
    QTest::addRow("empty") << QVector<Tag> {} << QStringList();
}

void TestCodebookModel::testTagsRoundTrip()
{
    QFETCH(QVector<Tag>, input);
    QFETCH(QStringList, expected);

    m_model->setTags(input);
    const QVector<Tag> out = m_model->tags();
    QCOMPARE(ids(out), expected);
    for (const Tag &t : out) {
        const auto it = std::find_if(input.cbegin(), input.cend(), [&](const Tag &i) { return i.id == t.id; });
        QVERIFY(it != input.cend());
        QCOMPARE(t, *it);
    }
    // Depth-first input survives a second round trip unchanged.
    m_model->setTags(out);
    QCOMPARE(m_model->tags(), out);
}

void TestCodebookModel::testInsertTag_data()
{
    QTest::addColumn<QString>("parentId");
    QTest::addColumn<int>("requestedRow");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("siblings");
    QTest::addColumn<QString>("path");

    QTest::addRow("top level, front") << QString() << 0 << 0 << split("new,cas,src,eco") << QStringLiteral("New");
    QTest::addRow("top level, middle") << QString() << 2 << 2 << split("cas,src,new,eco") << QStringLiteral("New");
    QTest::addRow("top level, append") << QString() << -1 << 3 << split("cas,src,eco,new") << QStringLiteral("New");
    QTest::addRow("top level, row past end appends")
        << QString() << 99 << 3 << split("cas,src,eco,new") << QStringLiteral("New");
    QTest::addRow("under parent, front") << QStringLiteral("src") << 0 << 0 << split("new,off,eye")
                                         << QStringLiteral("Sources / New");
    QTest::addRow("under parent, append")
        << QStringLiteral("src") << -1 << 2 << split("off,eye,new") << QStringLiteral("Sources / New");
    QTest::addRow("under a leaf") << QStringLiteral("cas") << -1 << 0 << split("new")
                                  << QStringLiteral("Casualties & damage / New");
    QTest::addRow("third level") << QStringLiteral("eye") << 1 << 1 << split("res,new")
                                 << QStringLiteral("Sources / Eyewitness / New");
}

void TestCodebookModel::testInsertTag()
{
    QFETCH(QString, parentId);
    QFETCH(int, requestedRow);
    QFETCH(int, row);
    QFETCH(QStringList, siblings);
    QFETCH(QString, path);
    m_model->setTags(sampleTree());
    const QModelIndex parent = m_model->indexOf(parentId);
    QCOMPARE(parent.isValid(), !parentId.isEmpty());

    QSignalSpy aboutToInsert(m_model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    Tag t = makeTag("new", "New");
    t.parentId = parentId;
    QVERIFY(m_model->insertTag(t, requestedRow));

    QCOMPARE(aboutToInsert.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), parent);
    QCOMPARE(inserted.at(0).at(1).toInt(), row);
    QCOMPARE(inserted.at(0).at(2).toInt(), row);
    QCOMPARE(childIds(*m_model, parent), siblings);
    QCOMPARE(m_model->rowOf(QStringLiteral("new")), row);
    QCOMPARE(m_model->indexOf(QStringLiteral("new")), m_model->index(row, 0, parent));
    QCOMPARE(m_model->tagPath(QStringLiteral("new")), path);
    QCOMPARE(m_model->tag(QStringLiteral("new")), t);
    QCOMPARE(m_model->tagCount(), 7);
    QVERIFY(ids(m_model->tags()).contains(QStringLiteral("new")));
}

void TestCodebookModel::testInsertTagRefused_data()
{
    QTest::addColumn<Tag>("tag");

    QTest::addRow("duplicate id") << makeTag("eye", "Another");
    QTest::addRow("empty id") << makeTag("", "Nameless id");
    QTest::addRow("unknown parent") << makeTag("new", "New", "missing");
}

void TestCodebookModel::testInsertTagRefused()
{
    QFETCH(Tag, tag);
    m_model->setTags(sampleTree());
    QSignalSpy aboutToInsert(m_model, &QAbstractItemModel::rowsAboutToBeInserted);

    QVERIFY(!m_model->insertTag(tag));

    QCOMPARE(aboutToInsert.count(), 0);
    QCOMPARE(m_model->tagCount(), 6);
    QCOMPARE(m_model->tag(QStringLiteral("eye")).name, QStringLiteral("Eyewitness"));
    QCOMPARE(ids(m_model->tags()), split("cas,src,off,eye,res,eco"));
}

void TestCodebookModel::testRemoveTag_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parentId");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("siblings");

    QTest::addRow("top-level leaf, first") << QStringLiteral("cas") << QString() << 0 << split("src,eco");
    QTest::addRow("top-level leaf, last") << QStringLiteral("eco") << QString() << 2 << split("cas,src");
    QTest::addRow("child leaf") << QStringLiteral("off") << QStringLiteral("src") << 0 << split("eye");
    QTest::addRow("grandchild") << QStringLiteral("res") << QStringLiteral("eye") << 0 << QStringList();
}

void TestCodebookModel::testRemoveTag()
{
    QFETCH(QString, id);
    QFETCH(QString, parentId);
    QFETCH(int, row);
    QFETCH(QStringList, siblings);
    m_model->setTags(sampleTree());
    const QModelIndex parent = m_model->indexOf(parentId);

    QSignalSpy aboutToRemove(m_model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(m_model->removeTag(id));

    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), parent);
    QCOMPARE(removed.at(0).at(1).toInt(), row);
    QCOMPARE(removed.at(0).at(2).toInt(), row);
    QCOMPARE(childIds(*m_model, parent), siblings);
    QVERIFY(!m_model->contains(id));
    QCOMPARE(m_model->tagCount(), 5);
    QCOMPARE(m_model->indexOf(id), QModelIndex());
    QCOMPARE(m_model->rowOf(id), -1);
    QVERIFY(!ids(m_model->tags()).contains(id));
}

void TestCodebookModel::testRemoveTagRefused_data()
{
    QTest::addColumn<QString>("id");

    QTest::addRow("has children") << QStringLiteral("src");
    QTest::addRow("has a grandchild below") << QStringLiteral("eye");
    QTest::addRow("unknown") << QStringLiteral("missing");
}

void TestCodebookModel::testRemoveTagRefused()
{
    QFETCH(QString, id);
    m_model->setTags(sampleTree());
    QSignalSpy aboutToRemove(m_model, &QAbstractItemModel::rowsAboutToBeRemoved);

    QVERIFY(!m_model->removeTag(id));

    QCOMPARE(aboutToRemove.count(), 0);
    QCOMPARE(m_model->tagCount(), 6);
    QCOMPARE(ids(m_model->tags()), split("cas,src,off,eye,res,eco"));
}

void TestCodebookModel::testUpdateTag()
{
    m_model->setTags(sampleTree());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    Tag eye = m_model->tag(QStringLiteral("eye"));
    eye.name = QStringLiteral("Witness");
    eye.color = QColor(0x12, 0x34, 0x56);
    eye.description = QStringLiteral("Saw it happen.");
    eye.shortcut = QStringLiteral("7");
    QVERIFY(m_model->updateTag(eye));

    const QModelIndex idx = m_model->indexOf(QStringLiteral("eye"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), idx);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), idx.siblingAtColumn(CodebookModel::ColumnCount - 1));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->tag(QStringLiteral("eye")), eye);
    QCOMPARE(idx.data(CodebookModel::NameRole).toString(), QStringLiteral("Witness"));
    QCOMPARE(idx.data(CodebookModel::ColorRole).value<QColor>(), QColor(0x12, 0x34, 0x56));
    QCOMPARE(idx.data(CodebookModel::ShortcutRole).toString(), QStringLiteral("7"));
    QCOMPARE(idx.row(), 1); // same place in the tree
    // A renamed parent renames its descendants' paths.
    QCOMPARE(m_model->tagPath(QStringLiteral("res")), QStringLiteral("Sources / Witness / Residents"));

    // Unchanged: accepted, no signal.
    QVERIFY(m_model->updateTag(eye));
    QCOMPARE(changed.count(), 1);
}

void TestCodebookModel::testUpdateTagRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("newParent");

    QTest::addRow("child moved to top level") << QStringLiteral("eye") << QString();
    QTest::addRow("child moved to another parent") << QStringLiteral("off") << QStringLiteral("cas");
    QTest::addRow("top level moved under a tag") << QStringLiteral("eco") << QStringLiteral("src");
    QTest::addRow("unknown tag") << QStringLiteral("missing") << QString();
}

void TestCodebookModel::testUpdateTagRefused()
{
    QFETCH(QString, id);
    QFETCH(QString, newParent);
    m_model->setTags(sampleTree());
    const QVector<Tag> before = m_model->tags();
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);

    Tag t = m_model->contains(id) ? m_model->tag(id) : makeTag("missing", "Missing");
    t.parentId = newParent;
    t.name = QStringLiteral("Renamed");
    QVERIFY(!m_model->updateTag(t));

    QCOMPARE(changed.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(m_model->tags(), before);
}

void TestCodebookModel::testTagPath_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");

    QTest::addRow("top level") << QStringLiteral("src") << QStringLiteral("Sources");
    QTest::addRow("child") << QStringLiteral("eye") << QStringLiteral("Sources / Eyewitness");
    QTest::addRow("grandchild") << QStringLiteral("res") << QStringLiteral("Sources / Eyewitness / Residents");
    QTest::addRow("unknown") << QStringLiteral("missing") << QString();
}

void TestCodebookModel::testTagPath()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    m_model->setTags(sampleTree());
    QCOMPARE(m_model->tagPath(id), path);
    if (!path.isEmpty())
        QCOMPARE(m_model->indexOf(id).data(CodebookModel::PathRole).toString(), path);
}

void TestCodebookModel::testDescendants_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("parent of a subtree") << QStringLiteral("src") << split("off,eye,res");
    QTest::addRow("middle level") << QStringLiteral("eye") << split("res");
    QTest::addRow("leaf") << QStringLiteral("cas") << QStringList();
    QTest::addRow("unknown") << QStringLiteral("missing") << QStringList();
}

void TestCodebookModel::testDescendants()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);
    m_model->setTags(sampleTree());
    QStringList got = m_model->descendants(id);
    QVERIFY(!got.contains(id));
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void TestCodebookModel::testFindByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");

    QTest::addRow("exact") << QStringLiteral("Eyewitness") << QStringLiteral("eye");
    QTest::addRow("other case") << QStringLiteral("eYeWiTnEsS") << QStringLiteral("eye");
    QTest::addRow("full path") << QStringLiteral("sources / eyewitness") << QStringLiteral("eye");
    QTest::addRow("with ampersand") << QStringLiteral("casualties & damage") << QStringLiteral("cas");
    QTest::addRow("first of two equal names") << QStringLiteral("Residents") << QStringLiteral("res");
    QTest::addRow("partial name is no match") << QStringLiteral("Eye") << QString();
    QTest::addRow("unknown") << QStringLiteral("Nothing") << QString();
}

void TestCodebookModel::testFindByName()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QVector<Tag> tags = sampleTree();
    tags.append(makeTag("res2", "Residents")); // same name, later in order
    m_model->setTags(tags);
    QCOMPARE(m_model->findByName(name), id);
}

void TestCodebookModel::testIndexOfAndRowOf_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("parentId");

    QTest::addRow("first top level") << QStringLiteral("cas") << 0 << QString();
    QTest::addRow("last top level") << QStringLiteral("eco") << 2 << QString();
    QTest::addRow("second child") << QStringLiteral("eye") << 1 << QStringLiteral("src");
    QTest::addRow("grandchild") << QStringLiteral("res") << 0 << QStringLiteral("eye");
    QTest::addRow("unknown") << QStringLiteral("missing") << -1 << QString();
}

void TestCodebookModel::testIndexOfAndRowOf()
{
    QFETCH(QString, id);
    QFETCH(int, row);
    QFETCH(QString, parentId);
    m_model->setTags(sampleTree());

    QCOMPARE(m_model->rowOf(id), row);
    const QModelIndex idx = m_model->indexOf(id);
    QCOMPARE(idx.isValid(), row >= 0);
    if (row < 0)
        return;
    QCOMPARE(idx.row(), row);
    QCOMPARE(idx.column(), 0);
    QCOMPARE(idx.data(CodebookModel::IdRole).toString(), id);
    QCOMPARE(idx.parent(), m_model->indexOf(parentId));
    QCOMPARE(idx.data(CodebookModel::ParentIdRole).toString(), parentId);
    QCOMPARE(m_model->index(row, 0, m_model->indexOf(parentId)), idx);
}

void TestCodebookModel::testRoles()
{
    m_model->setTags(sampleTree());
    const QModelIndex idx = m_model->indexOf(QStringLiteral("cas"));
    QCOMPARE(idx.data(Qt::DisplayRole).toString(), QStringLiteral("Casualties & damage"));
    QCOMPARE(idx.data(CodebookModel::NameRole).toString(), QStringLiteral("Casualties & damage"));
    QCOMPARE(idx.data(CodebookModel::ColorRole).value<QColor>(), QColor(0xf1, 0x94, 0x8a));
    QCOMPARE(idx.data(Qt::DecorationRole).value<QColor>(), QColor(0xf1, 0x94, 0x8a));
    QCOMPARE(idx.data(CodebookModel::DescriptionRole).toString(), QStringLiteral("About Casualties & damage"));
    QCOMPARE(idx.data(CodebookModel::ShortcutRole).toString(), QStringLiteral("1"));
    QCOMPARE(idx.data(CodebookModel::ParentIdRole).toString(), QString());
    QCOMPARE(idx.data(Qt::ToolTipRole).toString(), QStringLiteral("Casualties & damage\nAbout Casualties & damage"));
    QCOMPARE(m_model->indexOf(QStringLiteral("res")).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Sources / Eyewitness / Residents\nAbout Residents"));
    QCOMPARE(idx.data(Qt::UserRole + 1000), QVariant());
    QCOMPARE(m_model->roleNames().value(CodebookModel::PathRole), QByteArray("path"));
    QVERIFY(m_model->flags(idx).testFlag(Qt::ItemIsSelectable));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Tag"));
}

QTEST_GUILESS_MAIN(TestCodebookModel)
#include "tst_codebookmodel.moc"
