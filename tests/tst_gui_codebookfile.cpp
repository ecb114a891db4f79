// Codebook export and import in the real window, offscreen, through the File
// menu's shortcuts (Ctrl+Alt+E, Ctrl+Alt+I) and the file dialogs they open:
// the import is one undo step (Ctrl+Z takes all of it back), and a bad file
// is refused with a message that names it.

#include "annotation/codebookfile.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "mainwindow.h"
#include "readingview.h"
#include "testutil.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);

// Answers the next file dialog with `path` (the static QFileDialog functions
// run their own event loop). The dialog reads its folder in a thread, so an
// early accept() may find no file yet: retry until it closes; after 5 s give
// up and reject it, so that a failing test fails instead of hanging.
void answerFileDialog(const QString &path, bool *answered)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path, answered, tries] {
        QFileDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QFileDialog *>(w); d && d->isVisible())
                dialog = d;
        }
        if (!dialog) {
            if (*tries > 0) { // it was there and is gone: answered
                *answered = true;
                timer->deleteLater();
            }
            return;
        }
        if (++*tries > 250) {
            dialog->reject();
            timer->deleteLater();
            return;
        }
        // As the analyst would: type the whole path into the file name field, Enter.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name)
            return;
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    timer->start();
}
} // namespace

class TestGuiCodebookFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testExportAndImportFromTheMenu();
    void testBadFileIsReportedByName();
};

void TestGuiCodebookFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_codebookfile"));
    QSettings().clear();
}

void TestGuiCodebookFile::testExportAndImportFromTheMenu()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/corpus");
    QVERIFY(TestUtil::copyTree(kSample, root));
    MainWindow window;
    window.setAutosaveDelay(60 * 60 * 1000);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(TestUtil::openCorpusAndWait(&window, root));
    Corpus *corpus = window.corpus();
    CodebookModel *codebook = corpus->codebook();

    // Export (Ctrl+Alt+E): the whole codebook, as it is.
    const QString exported = dir.path() + QStringLiteral("/exported.json");
    bool answered = false;
    answerFileDialog(exported, &answered);
    QTest::keyClick(window.readingView(), Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(answered);
    const CodebookFile::ParseResult written = CodebookFile::load(exported);
    QVERIFY2(written.ok, qPrintable(written.error));
    QCOMPARE(written.tags, codebook->tags());

    // A team codebook: one tag recoloured (same id), one new sub-tag under an existing tag.
    QVector<Tag> team = written.tags;
    team[0].color = QColor(0x11, 0x22, 0x33);
    Tag added;
    added.id = QStringLiteral("team-new");
    added.name = QStringLiteral("Loaded adjective");
    added.color = QColor(0xee, 0x88, 0x00);
    added.parentId = team.at(0).id;
    team.append(added);
    const QString teamFile = dir.path() + QStringLiteral("/team.json");
    QString error;
    QVERIFY2(CodebookFile::save(teamFile, team, &error), qPrintable(error));

    const QVector<Tag> before = codebook->tags();
    // The closed dialog leaves no window active; the window's shortcuts need it to be.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    answered = false;
    answerFileDialog(teamFile, &answered);
    QTest::keyClick(window.readingView(), Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(answered);
    QCOMPARE(codebook->tag(team.at(0).id).color, QColor(0x11, 0x22, 0x33));
    QCOMPARE(codebook->tag(QStringLiteral("team-new")).parentId, team.at(0).id);
    QCOMPARE(corpus->undoStack()->count(), 1);
    QVERIFY(window.findChildren<QMessageBox *>().isEmpty());

    // Ctrl+Z: both changes go in one step.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.readingView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(codebook->tags(), before);
    QTest::keyClick(window.readingView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(codebook->contains(QStringLiteral("team-new")));
    window.save();
}

void TestGuiCodebookFile::testBadFileIsReportedByName()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/corpus");
    QVERIFY(TestUtil::copyTree(kSample, root));
    MainWindow window;
    window.setAutosaveDelay(60 * 60 * 1000);
    QVERIFY(TestUtil::openCorpusAndWait(&window, root));
    const QString bad = dir.path() + QStringLiteral("/broken codebook.json");
    QVERIFY(TestUtil::writeFile(bad, "{\"format\": \"marginalia-codebook\", \"version\": 1, \"tags\": [{\"id\": 7}]}"));
    const QVector<Tag> before = window.corpus()->codebook()->tags();
    QVERIFY(!window.importCodebook(bad));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("codebookImportError"));
    QVERIFY(box);
    QVERIFY2(
        box->text().contains(bad) && box->text().contains(QStringLiteral("tags[0]: the field \"id\" must be a string")),
        qPrintable(box->text()));
    QCOMPARE(window.corpus()->codebook()->tags(), before);
    QCOMPARE(window.corpus()->undoStack()->count(), 0);
}

QTEST_MAIN(TestGuiCodebookFile)
#include "tst_gui_codebookfile.moc"
