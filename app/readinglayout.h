#pragma once

#include <QPlainTextDocumentLayout>

#include <functional>

namespace Marginalia {

/// The reading view's document layout: a QPlainTextDocumentLayout that, when
/// only the formats of some blocks changed (a span highlighted, removed or
/// recoloured), lays out and repaints just those blocks, and of them only the
/// ones on screen; the others are laid out when they are scrolled to.
///
/// Why: QSyntaxHighlighter reports a block's new formats as `length`
/// characters removed and `length` added at the block, and
/// QPlainTextDocumentLayout::documentChanged() takes removed + added as the
/// changed range, twice the block. That range reaches into the next blocks,
/// so Qt (6.4) clears their layouts and repaints the whole viewport (its
/// source says "optimization potential"). On a 1 MB article every span
/// change then cost a full repaint of the screen, 15-20 ms.
class ReadingLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT
public:
    /// `isShown` tells whether a block is on screen now (laid out and
    /// repainted at once when its formats change).
    ReadingLayout(QTextDocument *document, std::function<bool(const QTextBlock &)> isShown);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    std::function<bool(const QTextBlock &)> m_isShown;
    /// The block count the base class last saw (its own starts at 1 too):
    /// a change of it is never a change of formats only.
    int m_blockCount = 1;
};

} // namespace Marginalia
