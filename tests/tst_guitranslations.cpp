// The German and Arabic translations: complete, embedded, loaded by
// Language, visible in the widgets, Arabic mirrored, plurals right, and the
// strings looked up through helper functions (whose lupdate context differs
// from their run-time context) translated too.

#include "language.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "sourceview.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Marginalia;

namespace {
const QString kTranslations = QStringLiteral(MARGINALIA_SAMPLE_CORPUS "/../../translations");

QStringList menuTitles(const MainWindow &w)
{
    QStringList titles;
    for (const QAction *a : w.menuBar()->actions())
        titles.append(a->text());
    return titles;
}

QStringList dockTitles(const MainWindow &w)
{
    QStringList titles;
    for (const QDockWidget *d : w.findChildren<QDockWidget *>())
        titles.append(d->windowTitle());
    titles.sort();
    return titles;
}
} // namespace

class TestGuiTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void testCatalogueIsComplete_data();
    void testCatalogueIsComplete();
    void testEmbeddedCataloguesLoad_data();
    void testEmbeddedCataloguesLoad();
    void testWidgetTextsTranslated_data();
    void testWidgetTextsTranslated();
    void testArabicMirrorsLayout();
    void testHelperContextStringsTranslated();
    void testArabicPluralForms();
    void testUnknownLanguageStaysEnglish();
    void testEnglishPlurals();
};

void TestGuiTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guitranslations"));
}

void TestGuiTranslations::cleanup()
{
    Language::install(QStringLiteral("en"));
}

void TestGuiTranslations::testCatalogueIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::addRow("de") << QStringLiteral("marginalia_de.ts") << 2;
    QTest::addRow("ar") << QStringLiteral("marginalia_ar.ts") << 6;
    QTest::addRow("en plurals") << QStringLiteral("marginalia_en.ts") << 2;
}

void TestGuiTranslations::testCatalogueIsComplete()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    QFile ts(kTranslations + QLatin1Char('/') + file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished"))
                problems.append(QStringLiteral("unfinished: ") + source);
            int forms = 0;
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != QLatin1String("translation")) {
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    ++forms;
                    if (xml.readElementText().isEmpty())
                        problems.append(QStringLiteral("empty plural form: ") + source);
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (forms == 0 && text.trimmed().isEmpty())
                problems.append(QStringLiteral("empty: ") + source);
            if (forms != 0 && forms != pluralForms)
                problems.append(QStringLiteral("%1 plural forms: ").arg(forms) + source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > (file.endsWith(QLatin1String("_en.ts")) ? 5 : 150));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestGuiTranslations::testEmbeddedCataloguesLoad_data()
{
    QTest::addColumn<QString>("code");
    QTest::addRow("de") << QStringLiteral("de");
    QTest::addRow("ar") << QStringLiteral("ar");
}

void TestGuiTranslations::testEmbeddedCataloguesLoad()
{
    QFETCH(QString, code);
    for (const QString &name :
        { QStringLiteral(":/i18n/marginalia_%1.qm"), QStringLiteral(":/i18n/marginalia_%1_any.qm") }) {
        QTranslator t;
        QVERIFY2(t.load(name.arg(code)), qPrintable(name.arg(code)));
        QVERIFY(!t.isEmpty());
    }
    QVERIFY(Language::install(code));
    QCOMPARE(Language::current(), code);
}

void TestGuiTranslations::testWidgetTextsTranslated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QStringList>("docks");
    QTest::addColumn<QString>("preferencesTitle");
    QTest::addRow("de") << QStringLiteral("de")
                        << QStringList { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                               QStringLiteral("&Ansicht"), QStringLiteral("&Einstellungen"), QStringLiteral("&Hilfe") }
                        << QStringList { QStringLiteral("Codebuch"), QStringLiteral("Codierte Segmente"),
                               QStringLiteral("Dokumente"), QStringLiteral("Markierungen"), QStringLiteral("Memo"),
                               QStringLiteral("Quelle"), QStringLiteral("Suche"), QStringLiteral("Verlauf"),
                               QStringLiteral("Zu prüfen"), QStringLiteral("Ähnliche Artikel") }
                        << QStringLiteral("Einstellungen");
    QTest::addRow("ar") << QStringLiteral("ar")
                        << QStringList { QStringLiteral("&ملف"), QStringLiteral("&تحرير"), QStringLiteral("&عرض"),
                               QStringLiteral("&إعدادات"), QStringLiteral("&مساعدة") }
                        << QStringList { QStringLiteral("التظليلات"), QStringLiteral("المستندات"),
                               QStringLiteral("المصدر"), QStringLiteral("دليل الترميز"), QStringLiteral("البحث"),
                               QStringLiteral("سجل التغييرات"), QStringLiteral("بحاجة إلى مراجعة"), QStringLiteral("مقالات مشابهة"),
                               QStringLiteral("المقاطع المرمّزة"), QStringLiteral("المذكرة") }
                        << QStringLiteral("التفضيلات");
}

void TestGuiTranslations::testWidgetTextsTranslated()
{
    QFETCH(QString, code);
    QFETCH(QStringList, menus);
    QFETCH(QStringList, docks);
    QFETCH(QString, preferencesTitle);
    QVERIFY(Language::install(code));
    MainWindow window;
    QCOMPARE(menuTitles(window), menus);
    QStringList sortedDocks = docks;
    sortedDocks.sort();
    QCOMPARE(dockTitles(window), sortedDocks);
    PreferencesDialog prefs({}, QFont());
    QCOMPARE(prefs.windowTitle(), preferencesTitle);
    // A sample of texts in English must not remain anywhere among the labels.
    for (const QLabel *label : prefs.findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QStringLiteral("Marginalia starts again")), qPrintable(label->text()));
}

void TestGuiTranslations::testArabicMirrorsLayout()
{
    QVERIFY(Language::install(QStringLiteral("ar")));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    MainWindow window;
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.menuBar()->layoutDirection(), Qt::RightToLeft);
    QVERIFY(Language::install(QStringLiteral("de")));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TestGuiTranslations::testHelperContextStringsTranslated()
{
    // These are looked up by helper functions under their class's context,
    // while lupdate files them under the calling function's context.
    QTranslator exactOnly;
    QVERIFY(exactOnly.load(QStringLiteral(":/i18n/marginalia_de.qm")));
    QVERIFY(exactOnly.translate("Marginalia::CommandLine", "warning").isEmpty()); // why the fallback exists

    QVERIFY(Language::install(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("Marginalia::CommandLine", "warning"), QStringLiteral("Warnung"));
    QCOMPARE(QCoreApplication::translate("Marginalia::SidecarCodec", "line %1, column %2"),
        QStringLiteral("Zeile %1, Spalte %2"));
    QCOMPARE(QCoreApplication::translate("Marginalia::TextImporter", "the article is empty"),
        QStringLiteral("der Artikel ist leer"));
    // Exact contexts still work.
    QCOMPARE(QCoreApplication::translate("Marginalia::MainWindow", "&File"), QStringLiteral("&Datei"));
}

void TestGuiTranslations::testArabicPluralForms()
{
    QVERIFY(Language::install(QStringLiteral("ar")));
    QStringList seen;
    for (int n : { 0, 1, 2, 5, 11, 100 }) {
        const QString text = QCoreApplication::translate("Marginalia::MainWindow", "%n document(s)", nullptr, n);
        QVERIFY2(!text.contains(QStringLiteral("document")), qPrintable(text));
        seen.append(text);
    }
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 6); // zero, one, two, few, many, other
}

void TestGuiTranslations::testUnknownLanguageStaysEnglish()
{
    QVERIFY(Language::install(QStringLiteral("de")));
    QVERIFY(!Language::install(QStringLiteral("fr")));
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Marginalia::MainWindow", "%n tag(s)", nullptr, 1), QStringLiteral("1 tag"));
    QCOMPARE(QCoreApplication::translate("Marginalia::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TestGuiTranslations::testEnglishPlurals()
{
    QVERIFY(Language::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Marginalia::MainWindow", "%n document(s)", nullptr, 1),
        QStringLiteral("1 document"));
    QCOMPARE(QCoreApplication::translate("Marginalia::MainWindow", "%n document(s)", nullptr, 9),
        QStringLiteral("9 documents"));
}

QTEST_MAIN(TestGuiTranslations)
#include "tst_guitranslations.moc"
