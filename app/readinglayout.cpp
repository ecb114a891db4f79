#include "readinglayout.h"

#include <QTextBlock>
#include <QTextDocument>

namespace Marginalia {

ReadingLayout::ReadingLayout(QTextDocument *document, std::function<bool(const QTextBlock &)> isShown)
    : QPlainTextDocumentLayout(document)
    , m_isShown(std::move(isShown))
{
}

void ReadingLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    QTextDocument *doc = document();
    // A format change removes and adds the same characters and keeps the
    // blocks; anything else (setPlainText when an article opens) is Qt's.
    const bool formatsOnly = charsRemoved == charsAdded && charsAdded > 0 && doc->blockCount() == m_blockCount;
    if (!formatsOnly) {
        m_blockCount = doc->blockCount();
        QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
        return;
    }
    // The characters changed are [from, from + charsAdded), not removed + added.
    const QTextBlock first = doc->findBlock(from);
    const QTextBlock last = doc->findBlock(from + charsAdded - 1);
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        if (!block.isVisible()) {
            // Hidden blocks change the line count; Qt's general path handles them.
            QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
            return;
        }
        if (block == last)
            break;
    }
    bool linesChanged = false;
    bool passedShown = false;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        // New formats have already dropped the block's lines (QTextLayout::setFormats);
        // a block off screen is laid out when it is scrolled to, like any other.
        // One on screen is laid out now, once (Qt's path for one block lays it
        // out twice), and its rectangle alone is repainted.
        if (m_isShown && m_isShown(block)) {
            passedShown = true;
            const int lines = block.lineCount(); // as last laid out
            ensureBlockLayout(block);
            if (block.lineCount() == lines)
                Q_EMIT updateBlock(block);
            else
                linesChanged = true;
        } else if (passedShown) {
            break; // the blocks on screen are consecutive: the rest are below it
        }
        if (block == last)
            break;
    }
    // The blocks below moved: repaint everything (the formats drawn here change
    // colours and decorations, never fonts, so a block keeps its line heights).
    if (linesChanged)
        requestUpdate();
}

} // namespace Marginalia
