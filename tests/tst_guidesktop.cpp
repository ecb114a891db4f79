// The desktop-citizen parts of the window: preferences (shared settings keys),
// theme colours following the system palette live, the source and sidecar
// views, Help's shortcut list, the About box, accessible names, --lang.

#include "apptheme.h"
#include "buildinfo.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "readingview.h"
#include "shortcutsdialog.h"
#include "sourceview.h"
#include "syntaxadapter.h"
#include "testutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFontComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace Marginalia;

namespace {
const QString kSample = QStringLiteral(MARGINALIA_SAMPLE_CORPUS);
const QString kMarkdown = QStringLiteral("Northgate Herald/2026-03-06-council-approves-fare-increase.md");

QPalette systemPalette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, dark ? QColor(0x20, 0x23, 0x26) : QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, dark ? QColor(0xfc, 0xfc, 0xfc) : QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, dark ? QColor(0x14, 0x16, 0x18) : Qt::white);
    p.setColor(QPalette::Text, dark ? QColor(0xfc, 0xfc, 0xfc) : Qt::black);
    return p;
}
} // namespace

class TestGuiDesktop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testPreferencesDialogWritesSharedKeys();
    void testPreferencesDialogShowsStoredValues();
    void testPreferencesApplyToWindow();
    void testThemeFollowsSystemPaletteLive();
    void testNamedThemeIgnoresSystemPalette();
    void testNewTagColourComesFromTheme();
    void testSourceViewShowsFileAndSidecar();
    void testSourceViewSaysWhyItIsPlain();
    void testShortcutsListedInHelp();
    void testEveryMenuActionHasAShortcut();
    void testAboutNamesVersionAndFeatures();
    void testAccessibleNamesOnMainWidgets();
    void testLangOptionIsTakenFromArguments_data();
    void testLangOptionIsTakenFromArguments();
    void testLanguageResolution();

private:
    QPalette m_original;
};

void TestGuiDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guidesktop"));
    m_original = QApplication::palette();
}

void TestGuiDesktop::init()
{
    QSettings().clear();
    QApplication::setPalette(systemPalette(false));
}

void TestGuiDesktop::cleanup()
{
    QSettings().clear();
    QApplication::setPalette(m_original);
}

void TestGuiDesktop::testPreferencesDialogWritesSharedKeys()
{
    PreferencesDialog dialog(SyntaxAdapter().themeNames(), QFont());
    dialog.authorEdit()->setText(QStringLiteral("  R. Okafor "));
    dialog.autosaveSpin()->setValue(5000);
    const QString theme = SyntaxAdapter().themeNames().constLast();
    dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData(theme));
    dialog.fontSizeSpin()->setValue(17);
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("de")));
    dialog.snapCheck()->setChecked(false);
    dialog.accept();

    QSettings s;
    QCOMPARE(s.value(QStringLiteral("author")).toString(), QStringLiteral("R. Okafor"));
    QCOMPARE(s.value(QStringLiteral("autosaveDelayMs")).toInt(), 5000);
    QCOMPARE(s.value(QStringLiteral("theme")).toString(), theme);
    QFont font;
    QVERIFY(font.fromString(s.value(QStringLiteral("readingFont")).toString()));
    QCOMPARE(font.pointSize(), 17);
    QCOMPARE(s.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(s.value(QStringLiteral("snapToWords")).toBool(), false);
}

void TestGuiDesktop::testPreferencesDialogShowsStoredValues()
{
    QSettings s;
    s.setValue(QStringLiteral("author"), QStringLiteral("L. Haddad"));
    s.setValue(QStringLiteral("autosaveDelayMs"), 750);
    s.setValue(QStringLiteral("language"), QStringLiteral("ar"));
    s.setValue(QStringLiteral("snapToWords"), false);
    PreferencesDialog dialog(SyntaxAdapter().themeNames(), QFont());
    QCOMPARE(dialog.authorEdit()->text(), QStringLiteral("L. Haddad"));
    QCOMPARE(dialog.autosaveSpin()->value(), 750);
    QCOMPARE(dialog.languageCombo()->currentData().toString(), QStringLiteral("ar"));
    QVERIFY(!dialog.snapCheck()->isChecked());
    // Defaults: follow the system theme, snap on, two seconds.
    QSettings().clear();
    PreferencesDialog fresh(SyntaxAdapter().themeNames(), QFont());
    QCOMPARE(fresh.themeCombo()->currentData().toString(), QString());
    QVERIFY(fresh.snapCheck()->isChecked());
    QCOMPARE(fresh.autosaveSpin()->value(), 2000);
    // Cancel writes nothing.
    fresh.autosaveSpin()->setValue(9000);
    fresh.reject();
    QVERIFY(!QSettings().contains(QStringLiteral("autosaveDelayMs")));
}

void TestGuiDesktop::testPreferencesApplyToWindow()
{
    MainWindow window;
    QCOMPARE(window.autosaveDelay(), 2000);
    const int defaultSize = window.readingView()->font().pointSize();
    QFont font = window.readingView()->font();
    font.setPointSize(defaultSize + 5);
    QSettings s;
    s.setValue(QStringLiteral("author"), QStringLiteral("K. Brandt"));
    s.setValue(QStringLiteral("autosaveDelayMs"), 400);
    s.setValue(QStringLiteral("readingFont"), font.toString());
    s.setValue(QStringLiteral("theme"),
        SyntaxAdapter::isAvailable() ? QStringLiteral("Breeze Dark") : SyntaxAdapter::builtinDarkThemeName());
    window.applyPreferences();
    QCOMPARE(window.autosaveDelay(), 400);
    QCOMPARE(window.corpus()->author(), QStringLiteral("K. Brandt"));
    QCOMPARE(window.readingView()->font().pointSize(), defaultSize + 5);
    QVERIFY(window.theme()->colors().dark);
    QCOMPARE(window.readingView()->palette().color(QPalette::Base), window.theme()->colors().background);
}

void TestGuiDesktop::testThemeFollowsSystemPaletteLive()
{
    MainWindow window;
    ReadingView *reader = window.readingView();
    QVERIFY(!window.theme()->colors().dark);
    const QColor lightBase = reader->palette().color(QPalette::Base);
    QVERIFY(lightBase.lightness() > 200);

    QApplication::setPalette(systemPalette(true)); // the desktop switches to dark
    QVERIFY(window.theme()->colors().dark);
    QCOMPARE(reader->palette().color(QPalette::Base), window.theme()->colors().background);
    QVERIFY(reader->palette().color(QPalette::Base).lightness() < 80);
    QVERIFY(reader->palette().color(QPalette::Text).lightness() > 180);
    QCOMPARE(reader->palette().color(QPalette::Highlight), window.theme()->colors().selection);
    // The source views follow too.
    QCOMPARE(
        window.sourceView()->articleSource()->palette().color(QPalette::Base), window.theme()->colors().background);

    QApplication::setPalette(systemPalette(false)); // and back
    QVERIFY(!window.theme()->colors().dark);
    QCOMPARE(reader->palette().color(QPalette::Base), lightBase);
}

void TestGuiDesktop::testNamedThemeIgnoresSystemPalette()
{
    QSettings().setValue(QStringLiteral("theme"),
        SyntaxAdapter::isAvailable() ? QStringLiteral("Breeze Light") : SyntaxAdapter::builtinLightThemeName());
    MainWindow window;
    QApplication::setPalette(systemPalette(true));
    QVERIFY(!window.theme()->colors().dark);
    QVERIFY(window.readingView()->palette().color(QPalette::Base).lightness() > 200);
}

void TestGuiDesktop::testNewTagColourComesFromTheme()
{
    QTemporaryDir dir;
    const QString corpus = dir.path() + QStringLiteral("/corpus");
    QVERIFY(TestUtil::copyTree(kSample, corpus));
    QSettings().setValue(QStringLiteral("theme"), SyntaxAdapter::builtinDarkThemeName());
    MainWindow window;
    QVERIFY(TestUtil::openCorpusAndWait(&window, corpus));
    const QColor suggested = window.corpus()->suggestTagColor();
    QVERIFY2(window.theme()->colors().tagPalette.contains(suggested), qPrintable(suggested.name()));
    // Dark theme: a dark highlight under light text.
    QVERIFY(suggested.lightness() < window.theme()->colors().text.lightness() - 60);
}

void TestGuiDesktop::testSourceViewShowsFileAndSidecar()
{
    QTemporaryDir dir;
    const QString corpus = dir.path() + QStringLiteral("/corpus");
    QVERIFY(TestUtil::copyTree(kSample, corpus));
    MainWindow window;
    window.show();
    QVERIFY(TestUtil::openCorpusAndWait(&window, corpus));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("sourceDock"));
    QVERIFY(dock);
    dock->show();
    window.showDocument(kMarkdown);
    SourceView *source = window.sourceView();
    // Exactly the file on disk, front matter included (the reading view shows the canonical text without it).
    const QString onDisk = QString::fromUtf8(TestUtil::readFile(corpus + QLatin1Char('/') + kMarkdown));
    QCOMPARE(source->articleSource()->toPlainText(), onDisk);
    QVERIFY(onDisk.startsWith(QStringLiteral("---")));
    QVERIFY(!window.readingView()->toPlainText().startsWith(QStringLiteral("---")));
    QVERIFY(source->articleSource()->isReadOnly());
    QVERIFY(source->sidecar()->isReadOnly());
    QVERIFY(source->sidecar()->toPlainText().contains(QStringLiteral("\"format\": \"marginalia\"")));
    QCOMPARE(source->sidecarDefinition().isEmpty(), !SyntaxAdapter::isAvailable());

    // After a save the sidecar view shows the new state.
    const QString tagId = window.corpus()->codebook()->tags().constFirst().id;
    const QString spanId = window.corpus()->addSpan(kMarkdown, 0, 7, tagId, QStringLiteral("unmistakable-note-4711"));
    QVERIFY(!spanId.isEmpty());
    QVERIFY(!source->sidecar()->toPlainText().contains(QStringLiteral("unmistakable-note-4711")));
    QVERIFY(window.save());
    QVERIFY(source->sidecar()->toPlainText().contains(QStringLiteral("unmistakable-note-4711")));
}

void TestGuiDesktop::testSourceViewSaysWhyItIsPlain()
{
    MainWindow window;
    QLabel *notice = window.sourceView()->notice();
    if (SyntaxAdapter::isAvailable()) {
        QVERIFY(notice->isHidden());
    } else {
        QVERIFY(!notice->isHidden());
        QVERIFY(notice->text().contains(QStringLiteral("KF6SyntaxHighlighting")));
    }
}

void TestGuiDesktop::testShortcutsListedInHelp()
{
    MainWindow window;
    ShortcutsDialog dialog(window.menuBar());
    const QStringList rows = dialog.rows();
    const auto hasRow = [&rows](const QString &action, const QKeySequence &keys) {
        return rows.contains(action + QLatin1Char('\t') + keys.toString(QKeySequence::NativeText));
    };
    QVERIFY2(hasRow(QStringLiteral("Tag Selection"), QKeySequence(Qt::CTRL | Qt::Key_T)), qPrintable(rows.join(u'\n')));
    QVERIFY(hasRow(QStringLiteral("Preferences"), QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QVERIFY(hasRow(QStringLiteral("Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_F1)));
    QVERIFY(hasRow(QStringLiteral("Save the note being edited"), QKeySequence(Qt::CTRL | Qt::Key_Return)));
    // Every menu action with a shortcut is listed (so features added later are, too).
    // Sub-menus (Edit › Codebook) included.
    int withShortcut = 0;
    std::function<void(QMenu *)> count = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                count(a->menu());
            else
                withShortcut += a->shortcut().isEmpty() ? 0 : 1;
        }
    };
    for (QAction *menu : window.menuBar()->actions())
        count(menu->menu());
    QCOMPARE(rows.size(), withShortcut + 2);
}

// Every action of the menus (sub-menus included) has a keyboard shortcut,
// and no two share one. Two exceptions, named: About, and the triage list's
// Delete, which is the Delete key inside that list (the window's Delete
// deletes the selected highlight).
void TestGuiDesktop::testEveryMenuActionHasAShortcut()
{
    MainWindow window;
    const QSet<QString> without { QStringLiteral("deleteListedAction") };
    QStringList missing;
    QHash<QKeySequence, QString> used;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu()) {
                walk(a->menu());
                continue;
            }
            if (a->menuRole() == QAction::AboutRole || without.contains(a->objectName()))
                continue;
            const QString name = a->text().remove(QLatin1Char('&'));
            if (a->shortcut().isEmpty()) {
                missing.append(name);
                continue;
            }
            QVERIFY2(!used.contains(a->shortcut()),
                qPrintable(QStringLiteral("%1 and %2 share %3").arg(used.value(a->shortcut()), name, a->shortcut().toString())));
            used.insert(a->shortcut(), name);
        }
    };
    for (QAction *menu : window.menuBar()->actions())
        walk(menu->menu());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QVERIFY(used.size() > 40);
}

void TestGuiDesktop::testAboutNamesVersionAndFeatures()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const QString html = BuildInfo::aboutHtml();
    QVERIFY(html.contains(QStringLiteral("Marginalia 9.8.7")));
    QVERIFY(html.contains(QString::fromLatin1(qVersion())));
    QVERIFY(html.contains(QStringLiteral("Syntax highlighting")));
    QCOMPARE(html.contains(QStringLiteral("not available")), !SyntaxAdapter::isAvailable());
    QVERIFY(html.contains(QStringLiteral("Deutsch")));
}

void TestGuiDesktop::testAccessibleNamesOnMainWidgets()
{
    MainWindow window;
    const QStringList names = { QStringLiteral("documentList"), QStringLiteral("codebookView"),
        QStringLiteral("spanList"), QStringLiteral("noteEditor"), QStringLiteral("readingView"),
        QStringLiteral("articleSource"), QStringLiteral("sidecarSource"), QStringLiteral("readOnlyBanner") };
    for (const QString &name : names) {
        auto *w = window.findChild<QWidget *>(name);
        QVERIFY2(w, qPrintable(name));
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
    }
}

void TestGuiDesktop::testLangOptionIsTakenFromArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("rest");
    const QString m = QStringLiteral("marginalia");
    QTest::addRow("separate") << QStringList {
        m, QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check"), QStringLiteral("c")
    } << QStringLiteral("de") << QStringList { m, QStringLiteral("check"), QStringLiteral("c") };
    QTest::addRow("equals") << QStringList { m, QStringLiteral("list"), QStringLiteral("c"),
        QStringLiteral("--lang=ar") }
                            << QStringLiteral("ar") << QStringList { m, QStringLiteral("list"), QStringLiteral("c") };
    QTest::addRow("none") << QStringList { m, QStringLiteral("c") } << QString()
                          << QStringList { m, QStringLiteral("c") };
    QTest::addRow("after --") << QStringList { m, QStringLiteral("--"), QStringLiteral("--lang") } << QString()
                              << QStringList { m, QStringLiteral("--"), QStringLiteral("--lang") };
}

void TestGuiDesktop::testLangOptionIsTakenFromArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, code);
    QFETCH(QStringList, rest);
    QCOMPARE(Language::takeOption(arguments), code);
    QCOMPARE(arguments, rest);
}

void TestGuiDesktop::testLanguageResolution()
{
    QCOMPARE(Language::resolve(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Language::resolve(QStringLiteral("de_AT")), QStringLiteral("de"));
    QCOMPARE(Language::resolve(QStringLiteral("ar-EG")), QStringLiteral("ar"));
    QCOMPARE(Language::resolve(QStringLiteral("fr")), QStringLiteral("en")); // no French: the source language
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("ar"));
    QCOMPARE(Language::resolve(QString()), QStringLiteral("ar")); // the preference
    QCOMPARE(Language::resolve(QStringLiteral("de")), QStringLiteral("de")); // --lang wins
}

QTEST_MAIN(TestGuiDesktop)
#include "tst_guidesktop.moc"
