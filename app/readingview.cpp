#include "readingview.h"

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "render/spanhighlighter.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QToolTip>

namespace Marginalia {

ReadingView::ReadingView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // Read-only, yet the analyst selects with mouse and keyboard (Shift+arrows).
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
    setAccessibleName(tr("Article text"));
    document()->setDocumentMargin(18);
}

void ReadingView::setCorpus(Corpus *corpus)
{
    m_corpus = corpus;
    showDocument({});
}

void ReadingView::showDocument(const QString &path)
{
    const int row = m_corpus ? m_corpus->documents()->rowOfPath(path) : -1;
    m_path = row < 0 ? QString() : path;
    // A fresh QTextDocument per article: its highlighter belongs to it alone.
    auto *doc = new QTextDocument(this);
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
    doc->setDefaultFont(font());
    doc->setDocumentMargin(18);
    QTextOption option = doc->defaultTextOption();
    // Each paragraph takes its direction from its own text (Arabic lines run right to left).
    option.setTextDirection(Qt::LayoutDirectionAuto);
    doc->setDefaultTextOption(option);
    if (row >= 0)
        doc->setPlainText(m_corpus->documents()->document(row).text);
    // Decide before setDocument(): the editor's built-in first document is owned by
    // its internal control and deleted inside setDocument(), so it must not be touched after.
    QTextDocument *old = document();
    const bool oldIsOurs = old && old->parent() == this;
    m_highlighter = nullptr;
    if (row >= 0)
        m_highlighter = new SpanHighlighter(doc, m_corpus->documents(), m_corpus->codebook(), m_path);
    setDocument(doc);
    if (oldIsOurs)
        old->deleteLater();
}

QPair<int, int> ReadingView::selectionRange() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return {-1, -1};
    return {c.selectionStart(), c.selectionEnd()};
}

void ReadingView::revealSpan(const QString &spanId)
{
    if (!m_corpus)
        return;
    const Span s = m_corpus->documents()->span(m_path, spanId);
    if (s.id.isEmpty())
        return;
    QTextCursor c(document());
    c.setPosition(s.start);
    c.setPosition(s.end, QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

void ReadingView::selectRange(int start, int end)
{
    const int length = document()->characterCount() - 1;
    if (start < 0 || end > length || end < start)
        return;
    QTextCursor c(document());
    c.setPosition(start);
    c.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

bool ReadingView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_highlighter && m_corpus) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor c = cursorForPosition(viewport()->mapFrom(this, help->pos()));
        QStringList lines;
        for (const QString &id : m_highlighter->spansAt(c.position())) {
            const Span s = m_corpus->documents()->span(m_path, id);
            const QString tag = m_corpus->codebook()->tagPath(s.tagId).toHtmlEscaped();
            const QString color = m_corpus->codebook()->tag(s.tagId).color.name();
            QString line = QStringLiteral("<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;</span> <b>%2</b>")
                               .arg(color, tag);
            if (!s.note.isEmpty())
                line += QLatin1String("<br/>") + s.note.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
            lines.append(line);
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QLatin1String("<hr/>")), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void ReadingView::keyPressEvent(QKeyEvent *event)
{
    const QString key = event->text();
    if (event->modifiers() == Qt::NoModifier && key.size() == 1 && key.at(0) >= QLatin1Char('1')
        && key.at(0) <= QLatin1Char('9') && textCursor().hasSelection()) {
        Q_EMIT tagShortcutPressed(key);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ReadingView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (!m_highlighter || textCursor().hasSelection())
        return;
    const QStringList ids = m_highlighter->spansAt(textCursor().position());
    if (!ids.isEmpty())
        Q_EMIT spansClicked(ids);
}

void ReadingView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right click outside the selection puts the cursor there, so that the
    // line actions (Mark Line as Clutter) act on the line that was clicked.
    const int clicked = cursorForPosition(event->pos()).position();
    const QTextCursor current = textCursor();
    if (event->reason() == QContextMenuEvent::Mouse
        && (!current.hasSelection() || clicked < current.selectionStart() || clicked > current.selectionEnd())) {
        QTextCursor c(document());
        c.setPosition(clicked);
        setTextCursor(c);
    }
    QMenu *menu = createStandardContextMenu(event->pos());
    // The window's actions (Tag Selection…, New Tag…) are added as the view's own actions.
    if (!actions().isEmpty()) {
        menu->addSeparator();
        menu->addActions(actions());
    }
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace Marginalia
