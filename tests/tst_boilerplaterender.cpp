// Boilerplate lines in the reading view: SpanHighlighter dims them, and spans
// on them keep their colours (one highlighter per document, merged formats).

#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "render/spanhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Marginalia;

class TestBoilerplateRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testBoilerplateLinesDimmedSpansKeepColour();
};

void TestBoilerplateRender::testBoilerplateLinesDimmedSpansKeepColour()
{
    const QString path = QStringLiteral("o/a.txt");
    const QString text = QStringLiteral("Real headline\nShare this article\nReal body text.");
    CodebookModel codebook;
    Tag t;
    t.id = QStringLiteral("t");
    t.name = QStringLiteral("t");
    t.color = QColor(0xf1, 0x94, 0x8a);
    codebook.setTags({ t });
    CorpusModel corpus;
    corpus.setCodebook(&codebook);
    Document d;
    d.path = path;
    d.setText(text);
    d.boilerplate = { { 14, 32 } };
    Span s;
    s.id = QStringLiteral("s");
    s.tagId = QStringLiteral("t");
    s.start = 20; // "this"
    s.end = 24;
    corpus.setDocuments({ d }, { { path, { s } } });

    QTextDocument doc;
    doc.setPlainText(text);
    auto *h = new SpanHighlighter(&doc, &corpus, &codebook, path);
    h->rehighlight();
    doc.documentLayout()->documentSize();

    QVERIFY(!h->isBoilerplate(0));
    QVERIFY(h->isBoilerplate(14));
    QVERIFY(h->isBoilerplate(31));
    QVERIFY(!h->isBoilerplate(33));
    QVERIFY(doc.findBlockByNumber(0).layout()->formats().isEmpty());
    QVERIFY(doc.findBlockByNumber(2).layout()->formats().isEmpty());
    const auto formats = doc.findBlockByNumber(1).layout()->formats();
    int dimmedChars = 0;
    bool spanSeen = false;
    for (const auto &f : formats) {
        QCOMPARE(f.format.foreground().color(), SpanHighlighter::dimmedColor());
        dimmedChars += f.length;
        if (f.start == 6 && f.length == 4) {
            spanSeen = true;
            QCOMPARE(f.format.background().color(), t.color);
        }
    }
    QCOMPARE(dimmedChars, 18);
    QVERIFY(spanSeen);
}

QTEST_MAIN(TestBoilerplateRender)
#include "tst_boilerplaterender.moc"
