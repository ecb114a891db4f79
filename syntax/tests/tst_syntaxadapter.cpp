// Tests of the KSyntaxHighlighting adapter. The same source runs in the Qt 6
// app build (where Debian 12 has no KF6, so the plain fallback is what is
// tested) and in the CI leg against Qt 5.15 + KF5SyntaxHighlighting, where
// every engine test runs for real.

#include "syntaxadapter.h"

#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#if HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Marginalia;

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    return p;
}

// The foreground colour the highlighter gave to the character at (line, column),
// or an invalid colour when that character has no format of its own.
[[maybe_unused]] QColor foregroundAt(QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    const auto ranges = block.layout()->formats();
    QColor found;
    for (const QTextLayout::FormatRange &r : ranges) {
        if (column >= r.start && column < r.start + r.length && r.format.hasProperty(QTextFormat::ForegroundBrush))
            found = r.format.foreground().color();
    }
    return found;
}

} // namespace

class TestSyntaxAdapter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testThemeChoiceFollowsPalette();
    void testTagPaletteKeepsTextReadable();
    void testNamedThemeIsUsed();
    void testCustomDefinitionIsEmbedded();
    void testDefinitionsForSourceFormats_data();
    void testDefinitionsForSourceFormats();
    void testCustomDefinitionLoadsFromResources();
    void testSidecarFormatsLandOnRanges();
    void testSourceFormatsLandOnRanges_data();
    void testSourceFormatsLandOnRanges();
    void testWithoutEngineViewsArePlain();
};

void TestSyntaxAdapter::testThemeChoiceFollowsPalette()
{
    QVERIFY(!SyntaxAdapter::prefersDarkTheme(lightPalette()));
    QVERIFY(SyntaxAdapter::prefersDarkTheme(darkPalette()));

    SyntaxAdapter adapter;
    const ThemeColors light = adapter.themeColors(QString(), lightPalette());
    const ThemeColors dark = adapter.themeColors(QString(), darkPalette());
    QVERIFY(!light.dark);
    QVERIFY(dark.dark);
    QVERIFY(light.name != dark.name);
    QVERIFY(light.background.lightness() > light.text.lightness());
    QVERIFY(dark.background.lightness() < dark.text.lightness());
    QCOMPARE(light.fromKSyntaxHighlighting, SyntaxAdapter::isAvailable());
#if HAVE_KSYNTAXHIGHLIGHTING
    // The engine's own default themes, not our fallback.
    KSyntaxHighlighting::Repository repo;
    QCOMPARE(dark.name, repo.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme).name());
    QCOMPARE(light.name, repo.defaultTheme(KSyntaxHighlighting::Repository::LightTheme).name());
    const KSyntaxHighlighting::Theme theme = repo.theme(dark.name);
    QCOMPARE(dark.background, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    QCOMPARE(dark.selection, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
#else
    QCOMPARE(light.name, SyntaxAdapter::builtinLightThemeName());
    QCOMPARE(dark.name, SyntaxAdapter::builtinDarkThemeName());
#endif
}

void TestSyntaxAdapter::testTagPaletteKeepsTextReadable()
{
    SyntaxAdapter adapter;
    const QStringList names = adapter.themeNames();
    QVERIFY(names.size() >= 2);
    for (const QString &name : names) {
        const ThemeColors colors = adapter.themeColors(name, lightPalette());
        QVERIFY2(colors.tagPalette.size() >= 6, qPrintable(name));
        for (const QColor &c : colors.tagPalette) {
            // Highlight backgrounds must stay on the background's side of the text.
            const int gap
                = colors.dark ? colors.text.lightness() - c.lightness() : c.lightness() - colors.text.lightness();
            QVERIFY2(gap > 60, qPrintable(name + QLatin1Char(' ') + c.name()));
        }
    }
}

void TestSyntaxAdapter::testNamedThemeIsUsed()
{
    SyntaxAdapter adapter;
    const QStringList names = adapter.themeNames();
    // A named theme wins over the palette, in both directions.
    for (const QString &name : names) {
        QCOMPARE(adapter.themeColors(name, darkPalette()).name, name);
        QCOMPARE(adapter.themeColors(name, lightPalette()).name, name);
    }
    // An unknown name falls back to following the palette.
    QVERIFY(adapter.themeColors(QStringLiteral("No Such Theme"), darkPalette()).dark);
}

void TestSyntaxAdapter::testCustomDefinitionIsEmbedded()
{
    SyntaxAdapter adapter; // registers the resources
    QFile file(SyntaxAdapter::customSearchPath() + QStringLiteral("/syntax/marginalia-sidecar.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("name=\"Marginalia Sidecar\""));
}

void TestSyntaxAdapter::testDefinitionsForSourceFormats_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("definition");
    QTest::addRow("html") << QStringLiteral("2026-03-04-harbour.html") << QStringLiteral("HTML");
    QTest::addRow("htm") << QStringLiteral("story.htm") << QStringLiteral("HTML");
    QTest::addRow("markdown") << QStringLiteral("Valley Ledger/fares.md") << QStringLiteral("Markdown");
    QTest::addRow("xml") << QStringLiteral("feed.xml") << QStringLiteral("XML");
    QTest::addRow("json") << QStringLiteral("export.json") << QStringLiteral("JSON");
}

void TestSyntaxAdapter::testDefinitionsForSourceFormats()
{
    if (!SyntaxAdapter::isAvailable())
        QSKIP("built without KSyntaxHighlighting (testWithoutEngineViewsArePlain covers this build)");
    QFETCH(QString, fileName);
    QFETCH(QString, definition);
    SyntaxAdapter adapter;
    QCOMPARE(adapter.definitionForFileName(fileName), definition);
    QVERIFY(adapter.hasDefinition(definition));
}

void TestSyntaxAdapter::testCustomDefinitionLoadsFromResources()
{
    if (!SyntaxAdapter::isAvailable())
        QSKIP("built without KSyntaxHighlighting");
    SyntaxAdapter adapter;
    QVERIFY(adapter.hasDefinition(SyntaxAdapter::sidecarDefinitionName()));
    QCOMPARE(adapter.definitionForFileName(QStringLiteral("/corpus/marginalia.json")),
        SyntaxAdapter::sidecarDefinitionName());
    // Other JSON files keep the stock definition.
    QCOMPARE(adapter.definitionForFileName(QStringLiteral("/corpus/other.json")), QStringLiteral("JSON"));
#if HAVE_KSYNTAXHIGHLIGHTING
    // Only our search path provides it: a bare repository does not know it.
    KSyntaxHighlighting::Repository bare;
    QVERIFY(!bare.definitionForName(SyntaxAdapter::sidecarDefinitionName()).isValid());
#endif
}

void TestSyntaxAdapter::testSidecarFormatsLandOnRanges()
{
#if HAVE_KSYNTAXHIGHLIGHTING
    SyntaxAdapter adapter;
    const QString themeName = adapter.themeColors(QString(), lightPalette()).name;
    KSyntaxHighlighting::Repository repo;
    const KSyntaxHighlighting::Theme theme = repo.theme(themeName);
    auto color = [&theme](KSyntaxHighlighting::Theme::TextStyle s) { return QColor::fromRgba(theme.textColor(s)); };

    QTextDocument doc;
    doc.setPlainText(QStringLiteral("{\n"
                                    "    \"format\": \"marginalia\",\n"
                                    "    \"start\": 120,\n"
                                    "    \"color\": \"#f1948a\",\n"
                                    "    \"id\": \"686b0579-09f0-55c5-9c7e-6f49abb557a9\",\n"
                                    "    \"note\": \"a \\\"quote\\\"\"\n"
                                    "}\n"));
    QVERIFY(adapter.attachHighlighter(&doc, SyntaxAdapter::sidecarDefinitionName(), themeName));
    // line 1: "format" is a structure key, its value a plain string
    QCOMPARE(foregroundAt(doc, 1, 4), color(KSyntaxHighlighting::Theme::Keyword));
    QCOMPARE(foregroundAt(doc, 1, 11), color(KSyntaxHighlighting::Theme::Keyword));
    QCOMPARE(foregroundAt(doc, 1, 15), color(KSyntaxHighlighting::Theme::String));
    // line 2: "start" is an offset key, 120 a number
    QCOMPARE(foregroundAt(doc, 2, 5), color(KSyntaxHighlighting::Theme::DataType));
    QCOMPARE(foregroundAt(doc, 2, 13), color(KSyntaxHighlighting::Theme::DecVal));
    // line 3: a tag colour
    QCOMPARE(foregroundAt(doc, 3, 14), color(KSyntaxHighlighting::Theme::SpecialString));
    // line 4: an identifier
    QCOMPARE(foregroundAt(doc, 4, 12), color(KSyntaxHighlighting::Theme::Constant));
    // line 5: an escaped quote inside a string
    QCOMPARE(foregroundAt(doc, 5, 15), color(KSyntaxHighlighting::Theme::SpecialChar));
    QCOMPARE(foregroundAt(doc, 5, 13), color(KSyntaxHighlighting::Theme::String));
#else
    QSKIP("built without KSyntaxHighlighting");
#endif
}

void TestSyntaxAdapter::testSourceFormatsLandOnRanges_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("style"); // KSyntaxHighlighting::Theme::TextStyle
    // Styles are those the stock definitions give (html.xml, markdown.xml, xml.xml, json.xml).
#if HAVE_KSYNTAXHIGHLIGHTING
    using T = KSyntaxHighlighting::Theme;
    const QString html = QStringLiteral("<p class=\"lead\">Harbour <!-- check --> news</p>");
    QTest::addRow("html element") << QStringLiteral("HTML") << html << 0 << 1 << int(T::Keyword);
    QTest::addRow("html attribute value") << QStringLiteral("HTML") << html << 0 << 11 << int(T::String);
    QTest::addRow("html comment") << QStringLiteral("HTML") << html << 0 << 28 << int(T::Comment);
    QTest::addRow("html text") << QStringLiteral("HTML") << html << 0 << 17 << int(T::Normal);
    const QString xml = QStringLiteral("<?xml version=\"1.0\"?>\n<item id=\"7\"><!-- c --></item>");
    QTest::addRow("xml element") << QStringLiteral("XML") << xml << 1 << 2 << int(T::Keyword);
    QTest::addRow("xml comment") << QStringLiteral("XML") << xml << 1 << 17 << int(T::Comment);
    const QString json = QStringLiteral("{\"title\": \"Bridge\", \"words\": 412, \"ok\": true}");
    QTest::addRow("json number") << QStringLiteral("JSON") << json << 0 << 30 << int(T::DecVal);
    const QString md = QStringLiteral("Intro line\n\n# Harbour Bridge\n\n> a quote");
    QTest::addRow("markdown plain") << QStringLiteral("Markdown") << md << 0 << 2 << int(T::Normal);
#endif
}

void TestSyntaxAdapter::testSourceFormatsLandOnRanges()
{
#if HAVE_KSYNTAXHIGHLIGHTING
    QFETCH(QString, definition);
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, style);
    SyntaxAdapter adapter;
    const QString themeName = adapter.themeColors(QString(), lightPalette()).name;
    KSyntaxHighlighting::Repository repo;
    const KSyntaxHighlighting::Theme theme = repo.theme(themeName);
    QTextDocument doc;
    doc.setPlainText(text);
    QVERIFY(adapter.attachHighlighter(&doc, definition, themeName));
    const QColor expected
        = style < 0 ? QColor() : QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::TextStyle(style)));
    QCOMPARE(foregroundAt(doc, line, column), expected);
#else
    QSKIP("built without KSyntaxHighlighting");
#endif
}

void TestSyntaxAdapter::testWithoutEngineViewsArePlain()
{
    if (SyntaxAdapter::isAvailable())
        QSKIP("built with KSyntaxHighlighting (the engine tests cover this build)");
    SyntaxAdapter adapter;
    QVERIFY(SyntaxAdapter::engineName().isEmpty());
    QVERIFY(adapter.definitionForFileName(QStringLiteral("a.html")).isEmpty());
    QVERIFY(!adapter.hasDefinition(QStringLiteral("HTML")));
    QTextDocument doc;
    doc.setPlainText(QStringLiteral("<p>x</p>"));
    QCOMPARE(adapter.attachHighlighter(&doc, QStringLiteral("HTML"), QString()), nullptr);
    QCOMPARE(adapter.themeNames(),
        QStringList({ SyntaxAdapter::builtinDarkThemeName(), SyntaxAdapter::builtinLightThemeName() }));
}

QTEST_MAIN(TestSyntaxAdapter)
#include "tst_syntaxadapter.moc"
