// The loaded-term lexicon editor driven offscreen: it starts from the
// built-in list when the corpus has none, rows are added by typing and
// removed by selection, Save writes the corpus's marginalia-lexicon.tsv
// (articles untouched) and open comparisons pick the new terms up; a file
// that cannot be read is shown and never overwritten; a bad row is named.

#include "compare/lexicon.h"
#include "comparewindow.h"
#include "corpus/corpus.h"
#include "lexicondialog.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;

namespace {
const QString kA = QStringLiteral("Northgate Herald/2026-03-06-council-approves-fare-increase.md");
const QString kB = QStringLiteral("Valley Ledger/2026-03-06-transit-fares-rise-forty-cents.txt");

// Hashes of every file of the corpus but the project files.
QMap<QString, QByteArray> articleHashes(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        if (name != QLatin1String("marginalia.json") && name != Lexicon::corpusFileName())
            out.insert(path, TestUtil::sha256(path));
    }
    return out;
}

const LexiconCount *termIn(const ComparisonResult &r, const QString &term)
{
    for (const LexiconCount &l : r.lexicon) {
        if (l.term == term)
            return &l;
    }
    return nullptr;
}

int rowOf(QTableWidget *table, const QString &term)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == term)
            return r;
    }
    return -1;
}
} // namespace

class TestGuiLexicon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void editorStartsFromDefaultAndSaveRefreshesComparison();
    void compareWindowOpensTheEditorToo();
    void existingLexiconIsLoaded();
    void unreadableLexiconIsNotOverwritten();
    void badRowIsNamedAndNothingIsWritten();

private:
    LexiconDialog *openEditor();
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_main = nullptr;
};

void TestGuiLexicon::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(TestUtil::copyTree(QStringLiteral(MARGINALIA_SAMPLE_CORPUS), m_dir->path()));
    QFile::remove(m_dir->filePath(Lexicon::corpusFileName()));
    m_main = new MainWindow;
    m_main->setAutosaveDelay(60000);
    m_main->show();
    QVERIFY(TestUtil::openCorpusAndWait(&*m_main, m_dir->path()));
    for (QMessageBox *box : m_main->findChildren<QMessageBox *>())
        box->close();
}

void TestGuiLexicon::cleanup()
{
    m_main->corpus()->undoStack()->setClean(); // no save prompt
    delete m_main;
    m_main = nullptr;
    delete m_dir;
}

LexiconDialog *TestGuiLexicon::openEditor()
{
    auto *action = m_main->findChild<QAction *>(QStringLiteral("editLexiconAction"));
    if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K))
        return nullptr;
    action->trigger();
    auto *dialog = m_main->findChild<LexiconDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestGuiLexicon::editorStartsFromDefaultAndSaveRefreshesComparison()
{
    auto *compare = new CompareWindow(m_main->corpus(), kA, kB, m_main);
    compare->setWindowFlag(Qt::Window);
    compare->show();
    QVERIFY(!termIn(compare->result(), QStringLiteral("divided")));
    const QMap<QString, QByteArray> before = articleHashes(m_dir->path());
    QVERIFY(before.size() >= 10);

    LexiconDialog *dialog = openEditor();
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    const Lexicon builtIn = Lexicon::defaultLexicon();
    QCOMPARE(table->rowCount(), int(builtIn.terms().size()));
    QCOMPARE(table->item(0, 0)->text(), builtIn.terms().first().text);
    QCOMPARE(table->item(0, 1)->text(), builtIn.terms().first().category);

    // Add a term by typing it: Add opens the new row's term cell for editing.
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addTermButton"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), int(builtIn.terms().size()) + 1);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && table->isAncestorOf(editor));
    QTest::keyClicks(editor, QStringLiteral("divided"));
    QTest::keyClick(editor, Qt::Key_Tab); // on to the category cell
    editor = QApplication::focusWidget();
    QVERIFY(editor && table->isAncestorOf(editor));
    QTest::keyClicks(editor, QStringLiteral("conflict"));
    QTest::keyClick(editor, Qt::Key_Return); // finishes the cell, does not save
    const int added = table->rowCount() - 1;
    QCOMPARE(table->item(added, 0)->text(), QStringLiteral("divided"));
    QTRY_COMPARE(table->item(added, 1)->text(), QStringLiteral("conflict"));
    QVERIFY(dialog->isVisible());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(Lexicon::corpusFileName())));

    // Remove a term by selecting its row.
    const int fiasco = rowOf(table, QStringLiteral("fiasco"));
    QVERIFY(fiasco >= 0);
    table->selectRow(fiasco);
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removeTermButton"));
    QVERIFY(remove && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(rowOf(table, QStringLiteral("fiasco")), -1);

    QSignalSpy savedSpy(dialog, &LexiconDialog::saved);
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(savedSpy.count(), 1);

    // The corpus's file holds the edited list; the articles are as they were.
    const QString path = m_dir->filePath(Lexicon::corpusFileName());
    Lexicon own;
    QString error;
    QVERIFY2(Lexicon::load(path, &own, &error), qPrintable(error));
    QCOMPARE(own.terms().size(), builtIn.terms().size());
    QVERIFY(TestUtil::readFile(path).contains("\ndivided\tconflict\n"));
    QVERIFY(!TestUtil::readFile(path).contains("\nfiasco\t"));
    QCOMPARE(articleHashes(m_dir->path()), before);

    // The open comparison was recomputed with the new term ("divided council vote" in B).
    const LexiconCount *divided = termIn(compare->result(), QStringLiteral("divided"));
    QVERIFY(divided);
    QCOMPARE(divided->category, QStringLiteral("conflict"));
    QCOMPARE(divided->hitsA.size(), 0);
    QCOMPARE(divided->hitsB.size(), 1);
    QTRY_VERIFY(!m_main->findChild<LexiconDialog *>()); // closed and deleted
}

void TestGuiLexicon::compareWindowOpensTheEditorToo()
{
    auto *compare = new CompareWindow(m_main->corpus(), kA, kB, m_main);
    compare->setWindowFlag(Qt::Window);
    compare->show();
    auto *action = compare->findChild<QAction *>(QStringLiteral("editLexiconAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    action->trigger();
    auto *dialog = compare->findChild<LexiconDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QVERIFY(!QFileInfo::exists(m_dir->filePath(Lexicon::corpusFileName())));
}

void TestGuiLexicon::existingLexiconIsLoaded()
{
    QVERIFY(TestUtil::writeFile(m_dir->filePath(Lexicon::corpusFileName()), "# mine\nshrug\tdismissal\nred tape\n"));
    LexiconDialog *dialog = openEditor();
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), 2);
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("shrug"));
    QCOMPARE(dialog->table()->item(0, 1)->text(), QStringLiteral("dismissal"));
    QCOMPARE(dialog->table()->item(1, 1)->text(), QString());
    auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreDefaultButton"));
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(dialog->table()->rowCount(), int(Lexicon::defaultLexicon().terms().size()));
    dialog->reject();
    // Cancel writes nothing.
    QCOMPARE(TestUtil::readFile(m_dir->filePath(Lexicon::corpusFileName())),
        QByteArray("# mine\nshrug\tdismissal\nred tape\n"));
}

void TestGuiLexicon::unreadableLexiconIsNotOverwritten()
{
    const QByteArray broken = "fiasco\tdrama\ttoo many fields\n";
    QVERIFY(TestUtil::writeFile(m_dir->filePath(Lexicon::corpusFileName()), broken));
    LexiconDialog *dialog = openEditor();
    QVERIFY(dialog);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("lexiconError"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("line 1")), qPrintable(error->text()));
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(!box->button(QDialogButtonBox::Save)->isEnabled());
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(TestUtil::readFile(m_dir->filePath(Lexicon::corpusFileName())), broken);
    dialog->reject();
}

void TestGuiLexicon::badRowIsNamedAndNothingIsWritten()
{
    LexiconDialog *dialog = openEditor();
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addTermButton")), Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("!!!"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("lexiconError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("row %1").arg(table->rowCount())), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(Lexicon::corpusFileName())));
    dialog->reject();
}

QTEST_MAIN(TestGuiLexicon)
#include "tst_guilexicon.moc"
