#include "comparewindow.h"

#include "compare/comparator.h"
#include "compare/manuallinkstore.h"
#include "comparepdfdialog.h"
#include "connectorstrip.h"
#include "corpus/corpus.h"
#include "differencespanel.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "lexicondialog.h"
#include "overviewruler.h"
#include "readingview.h"
#include "tagpickerdialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QToolBar>
#include <QUndoStack>

namespace Marginalia {

namespace {
QWidget *titled(ReadingView *pane, const QString &title, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(4);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    layout->addWidget(label);
    layout->addWidget(pane, 1);
    return box;
}
} // namespace

CompareWindow::CompareWindow(Corpus *corpus, const QString &pathA, const QString &pathB, QWidget *parent)
    : QMainWindow(parent)
    , m_corpus(corpus)
    , m_pathA(pathA)
    , m_pathB(pathB)
    , m_paneA(new ReadingView(this))
    , m_paneB(new ReadingView(this))
    , m_strip(new ConnectorStrip(m_paneA, m_paneB, this))
    , m_rulerA(new OverviewRuler(OverviewRuler::Side::A, this))
    , m_rulerB(new OverviewRuler(OverviewRuler::Side::B, this))
    , m_differences(new DifferencesPanel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    const CorpusModel *docs = corpus->documents();
    const DocumentMetadata &ma = docs->document(docs->rowOfPath(pathA)).meta;
    const DocumentMetadata &mb = docs->document(docs->rowOfPath(pathB)).meta;
    setWindowTitle(tr("Compare: %1 \u2194 %2")
                       .arg(ma.outlet.isEmpty() ? pathA : ma.outlet, mb.outlet.isEmpty() ? pathB : mb.outlet));
    m_paneA->setObjectName(QStringLiteral("comparePaneA"));
    m_paneB->setObjectName(QStringLiteral("comparePaneB"));
    m_paneA->setCorpus(corpus);
    m_paneB->setCorpus(corpus);
    m_paneA->showDocument(pathA);
    m_paneB->showDocument(pathB);
    m_strip->setObjectName(QStringLiteral("connectorStrip"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rulerA);
    layout->addWidget(titled(m_paneA, tr("A: %1").arg(ma.title), central), 1);
    layout->addWidget(m_strip);
    layout->addWidget(titled(m_paneB, tr("B: %1").arg(mb.title), central), 1);
    layout->addWidget(m_rulerB);
    setCentralWidget(central);

    auto *dock = new QDockWidget(tr("Differences"), this);
    dock->setObjectName(QStringLiteral("differencesDock"));
    dock->setWidget(m_differences);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    statusBar()->addWidget(m_summary, 1);

    QMenu *compare = menuBar()->addMenu(tr("&Compare"));
    QAction *link = compare->addAction(tr("&Link Sentences"), this, &CompareWindow::linkSentences);
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *unlink = compare->addAction(tr("&Remove Link"), this, &CompareWindow::unlinkSentences);
    unlink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    compare->addSeparator();
    m_keepLevel = compare->addAction(tr("&Keep Partners Level"));
    m_keepLevel->setCheckable(true);
    m_keepLevel->setChecked(true);
    m_keepLevel->setToolTip(tr("Scroll so that linked sentences stay side by side (off: plain linked scrolling)"));
    compare->addSeparator();
    compare->addSeparator();
    QAction *lexicon = compare->addAction(tr("Edit Loaded-Term &Lexicon\u2026"), this, [this] {
        if (m_corpus)
            LexiconDialog::edit(m_corpus, this);
    });
    lexicon->setObjectName(QStringLiteral("editLexiconAction"));
    lexicon->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QAction *exportPdf = compare->addAction(tr("&Export PDF\u2026"), this, &CompareWindow::exportPdf);
    exportPdf->setObjectName(QStringLiteral("exportPdf"));
    QAction *close = compare->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = corpus->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = corpus->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *tag = edit->addAction(tr("&Tag Selection\u2026"), this, &CompareWindow::tagSelection);
    tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    auto *tools = addToolBar(tr("Compare"));
    tools->setObjectName(QStringLiteral("compareToolBar"));
    tools->addActions({ link, unlink, m_keepLevel });

    connect(
        m_paneA->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(m_paneA, m_paneB, true); });
    connect(
        m_paneB->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(m_paneB, m_paneA, false); });
    connect(m_differences, &DifferencesPanel::showRequested, this, &CompareWindow::reveal);
    connect(m_rulerA, &OverviewRuler::positionClicked, this, [this](int pos) { reveal({ pos, pos }, {}); });
    connect(m_rulerB, &OverviewRuler::positionClicked, this, [this](int pos) { reveal({}, { pos, pos }); });
    for (ReadingView *pane : { m_paneA, m_paneB }) {
        connect(pane, &ReadingView::tagShortcutPressed, this, [this, pane](const QString &key) {
            for (const Tag &t : m_corpus->codebook()->tags()) {
                if (t.shortcut == key) {
                    applyTag(pane, t.id);
                    return;
                }
            }
        });
    }
    // Manual links live in the sidecar: any undoable change may add or remove one.
    connect(corpus->undoStack(), &QUndoStack::indexChanged, this, &CompareWindow::recompute);
    // So may a sidecar someone else wrote (reloaded, or merged on save); the
    // undo stack is cleared before the new state is attached, so that alone
    // would show the old links.
    connect(corpus, &Corpus::reloaded, this, &CompareWindow::recompute);
    resize(1300, 850);
    recompute();
}

void CompareWindow::recomputeAll(Corpus *corpus)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        QList<CompareWindow *> windows = top->findChildren<CompareWindow *>();
        if (auto *w = qobject_cast<CompareWindow *>(top))
            windows.append(w);
        for (CompareWindow *w : windows) {
            if (w->corpus() == corpus)
                w->recompute();
        }
    }
}

void CompareWindow::recompute()
{
    if (!m_corpus)
        return;
    const CorpusModel *docs = m_corpus->documents();
    const int rowA = docs->rowOfPath(m_pathA), rowB = docs->rowOfPath(m_pathB);
    if (rowA < 0 || rowB < 0)
        return;
    Comparator::Options options;
    QString lexiconError;
    options.lexicon = Lexicon::forCorpus(m_corpus->rootPath(), &lexiconError);
    if (!lexiconError.isEmpty())
        statusBar()->showMessage(tr("%1; the default lexicon is used").arg(lexiconError), 10000);
    options.manualLinks = ManualLinkStore::links(*m_corpus, m_pathA, m_pathB);
    m_result = Comparator::compare(
        Comparator::inputOf(docs->document(rowA)), Comparator::inputOf(docs->document(rowB)), options);
    int moved = 0, identical = 0;
    for (const AlignedPair &p : m_result.pairs) {
        moved += p.moved ? 1 : 0;
        identical += p.kind == AlignedPair::Kind::Identical ? 1 : 0;
    }
    m_summary->setText(tr("%1 linked sentences (%2 same wording, %3 moved); %4 only in A, %5 only in B")
                           .arg(m_result.pairs.size())
                           .arg(identical)
                           .arg(moved)
                           .arg(m_result.onlyA.size())
                           .arg(m_result.onlyB.size()));
    // Annotation counts per tag and side, in codebook order.
    QHash<QString, int> countA, countB;
    for (const Span &sp : docs->spans(rowA))
        ++countA[sp.tagId];
    for (const Span &sp : docs->spans(rowB))
        ++countB[sp.tagId];
    QVector<DifferencesPanel::TagCount> tags;
    for (const Tag &t : m_corpus->codebook()->tags()) {
        if (countA.value(t.id) || countB.value(t.id))
            tags.append({ m_corpus->codebook()->tagPath(t.id), countA.value(t.id), countB.value(t.id) });
    }
    m_differences->setResult(m_result, docs->document(rowA).text(), docs->document(rowB).text(), tags);
    m_strip->setResult(&m_result);
    m_rulerA->setResult(&m_result, int(docs->document(rowA).textLength()));
    m_rulerB->setResult(&m_result, int(docs->document(rowB).textLength()));
    updateMarks();
}

// Sentences without a counterpart get a faint background (an overlay, so
// annotation colours from the highlighter stay as they are).
void CompareWindow::updateMarks()
{
    auto marks = [](ReadingView *pane, const QVector<TextRange> &sentences, const QVector<UnmatchedSentence> &only) {
        QList<QTextEdit::ExtraSelection> list;
        for (const UnmatchedSentence &u : only) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(pane->document());
            s.cursor.setPosition(sentences.at(u.sentence).start);
            s.cursor.setPosition(sentences.at(u.sentence).end, QTextCursor::KeepAnchor);
            s.format.setUnderlineStyle(QTextCharFormat::DotLine);
            s.format.setUnderlineColor(QColor(0xc0, 0x39, 0x2b));
            s.format.setToolTip(u.lede ? tr("Only in this article (lede)") : tr("Only in this article"));
            list.append(s);
        }
        pane->setExtraSelections(list);
    };
    marks(m_paneA, m_result.sentencesA, m_result.onlyA);
    marks(m_paneB, m_result.sentencesB, m_result.onlyB);
}

void CompareWindow::syncScroll(ReadingView *from, ReadingView *to, bool fromIsA)
{
    if (m_syncing)
        return;
    m_syncing = true;
    QScrollBar *target = to->verticalScrollBar();
    bool done = false;
    if (m_keepLevel->isChecked()) {
        // The first pair whose sentence on the scrolled side is at or below the
        // top of the viewport: put its partner at the same height.
        const int top = from->cursorForPosition(QPoint(0, 0)).position();
        int best = -1;
        int bestStart = INT_MAX;
        for (int i = 0; i < m_result.pairs.size(); ++i) {
            const TextRange r = fromIsA ? m_result.rangeA(m_result.pairs.at(i)) : m_result.rangeB(m_result.pairs.at(i));
            if (r.end >= top && r.start < bestStart) {
                bestStart = r.start;
                best = i;
            }
        }
        if (best >= 0) {
            const AlignedPair &p = m_result.pairs.at(best);
            const TextRange rf = fromIsA ? m_result.rangeA(p) : m_result.rangeB(p);
            const TextRange rt = fromIsA ? m_result.rangeB(p) : m_result.rangeA(p);
            QTextCursor cf(from->document());
            cf.setPosition(rf.start);
            const int yFrom = from->cursorRect(cf).top();
            QTextCursor ct(to->document());
            ct.setPosition(rt.start);
            // QPlainTextEdit scrolls by lines (and the document margin shifts the
            // first one): move until the partner's line is level.
            const int step = std::max(1, to->fontMetrics().lineSpacing());
            for (int attempt = 0; attempt < 6; ++attempt) {
                const int diff = to->cursorRect(ct).top() - yFrom;
                if (std::abs(diff) < step)
                    break;
                const int before = target->value();
                target->setValue(before + (diff > 0 ? std::max(1, diff / step) : std::min(-1, diff / step)));
                if (target->value() == before)
                    break; // at the end of the scroll range
            }
            done = true;
        }
    }
    if (!done) {
        QScrollBar *source = from->verticalScrollBar();
        const double fraction = source->maximum() > 0 ? double(source->value()) / source->maximum() : 0;
        target->setValue(int(fraction * target->maximum() + 0.5));
    }
    m_strip->update();
    m_syncing = false;
}

void CompareWindow::reveal(const TextRange &a, const TextRange &b)
{
    m_syncing = true; // both panes are placed explicitly
    auto show = [](ReadingView *pane, const TextRange &r) {
        QTextCursor c(pane->document());
        c.setPosition(std::min(r.start, pane->document()->characterCount() - 1));
        c.setPosition(std::min(r.end, pane->document()->characterCount() - 1), QTextCursor::KeepAnchor);
        pane->setTextCursor(c);
        pane->centerCursor();
    };
    if (!a.isEmpty() || a.start > 0)
        show(m_paneA, a);
    if (!b.isEmpty() || b.start > 0)
        show(m_paneB, b);
    m_syncing = false;
    m_strip->update();
}

TextRange CompareWindow::sentencesAt(ReadingView *pane, const QVector<TextRange> &sentences) const
{
    const QTextCursor c = pane->textCursor();
    const TextRange sel { c.selectionStart(), std::max(c.selectionEnd(), c.selectionStart() + 1) };
    TextRange out { -1, -1 };
    for (const TextRange &s : sentences) {
        if (s.overlaps(sel) || (s.start <= sel.start && sel.start <= s.end)) {
            if (out.start < 0)
                out.start = s.start;
            out.end = s.end;
        }
    }
    return out;
}

void CompareWindow::linkSentences()
{
    if (!m_corpus || m_corpus->isReadOnly())
        return;
    const TextRange a = sentencesAt(m_paneA, m_result.sentencesA);
    const TextRange b = sentencesAt(m_paneB, m_result.sentencesB);
    if (a.start < 0 || b.start < 0) {
        statusBar()->showMessage(tr("Put the cursor in a sentence on each side first."), 5000);
        return;
    }
    ManualLinkStore::addLink(*m_corpus, m_pathA, m_pathB, { a, b, true }, tr("Link sentences"));
}

void CompareWindow::unlinkSentences()
{
    if (!m_corpus || m_corpus->isReadOnly())
        return;
    const TextRange a = sentencesAt(m_paneA, m_result.sentencesA);
    const TextRange b = sentencesAt(m_paneB, m_result.sentencesB);
    for (const AlignedPair &p : m_result.pairs) {
        const TextRange ra = m_result.rangeA(p), rb = m_result.rangeB(p);
        if ((a.start >= 0 && ra.overlaps(a)) || (a.start < 0 && b.start >= 0 && rb.overlaps(b))) {
            ManualLinkStore::addLink(*m_corpus, m_pathA, m_pathB, { ra, rb, false }, tr("Remove sentence link"));
            return;
        }
    }
    statusBar()->showMessage(tr("The sentence at the cursor is not linked."), 5000);
}

void CompareWindow::tagSelection()
{
    ReadingView *pane = m_paneB->hasFocus() ? m_paneB : m_paneA;
    if (!m_corpus || m_corpus->isReadOnly() || pane->selectionRange().first < 0) {
        statusBar()->showMessage(tr("Select some text in one of the articles first."), 5000);
        return;
    }
    auto *picker = new TagPickerDialog(m_corpus, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        picker, &QDialog::accepted, this, [this, picker, pane] { applyTag(pane, picker->tagId(), picker->note()); });
    picker->open();
}

void CompareWindow::applyTag(ReadingView *pane, const QString &tagId, const QString &note)
{
    const auto [start, end] = pane->selectionRange();
    if (tagId.isEmpty() || start < 0 || end <= start)
        return;
    if (m_corpus->addSpan(pane->documentPath(), start, end, tagId, note).isEmpty())
        statusBar()->showMessage(tr("The highlight could not be added."), 5000);
}

void CompareWindow::exportPdf()
{
    // The dialog exports the comparison as shown now (manual links included).
    auto *dialog = new ComparePdfDialog(m_corpus, m_pathA, m_pathB, m_result, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Marginalia
