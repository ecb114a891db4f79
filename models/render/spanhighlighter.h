#pragma once

#include "annotation/intervalindex.h"
#include "corpus/document.h"

#include <QColor>
#include <QHash>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Marginalia {

class CodebookModel;
class CorpusModel;

/// Draws a document's annotation spans into its QTextDocument in tag colours.
///
/// One highlighter per document: two QSyntaxHighlighters on one document
/// overwrite each other, so anything else that colours the text must be merged
/// into highlightBlock() here. Spans are found per block through an
/// IntervalIndex, and a span change rehighlights only the blocks it touches.
/// Overlapping spans blend their colours and the later ones add an underline
/// in their own colour, so two codes on the same words stay distinguishable.
/// Boilerplate lines (Document::boilerplate: share prompts, cookie notices...)
/// are drawn dimmed, spans on them keep their colours.
class SpanHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SpanHighlighter(
        QTextDocument *document, const CorpusModel *corpus, const CodebookModel *codebook, const QString &path);

    QString path() const { return m_path; }
    /// Ids of the spans covering a UTF-16 position, ordered by start.
    QStringList spansAt(int position) const;
    /// Spans overlapping [from, to): what the index answers (used by views and tests).
    QVector<IntervalIndex::Interval> spansIn(int from, int to) const;

    /// How many times the index was built from all of the document's spans
    /// (a span added or removed updates it in place instead).
    int indexBuilds() const { return m_indexBuilds; }

    /// Is the line at this UTF-16 position marked as boilerplate?
    bool isBoilerplate(int position) const;
    /// Text colour of boilerplate lines.
    static QColor dimmedColor() { return QColor(0x99, 0x99, 0x99); }

    /// The background a set of tag colours blends to over a base colour.
    static QColor blend(const QVector<QColor> &colors, const QColor &base = Qt::white);

    struct Piece
    {
        int start = 0;
        int end = 0;
        QTextCharFormat format;
    };
    /// How [from, to) is drawn: cut at every boundary of the spans in hits and
    /// formatted by the spans covering each piece (colors indexed by payload).
    /// The reading view and the PDF export both draw with this, so they agree.
    static QVector<Piece> pieces(
        int from, int to, const QVector<IntervalIndex::Interval> &hits, const QVector<QColor> &colors);

protected:
    void highlightBlock(const QString &text) override;

private:
    void rebuildIndex();
    bool isThisDocument(const QModelIndex &parent) const;
    void spansInserted(int first, int last);
    void spansAboutToBeRemoved(int first, int last);
    QColor colorOfRow(int spanRow) const;
    void onSpanRangeChanged(const QString &path, int from, int to);
    void rehighlightRange(int from, int to);

    QPointer<const CorpusModel> m_corpus;
    QPointer<const CodebookModel> m_codebook;
    QString m_path;
    IntervalIndex m_index; ///< payload: span row in the document
    int m_row = -1; ///< the document's row in the corpus model
    bool m_indexStale = false; ///< rebuild before the next rehighlight
    int m_indexBuilds = 0;
    mutable QHash<QString, QColor> m_colorOf; ///< tag colours looked up while drawing; cleared on every change
    QVector<TextRange> m_boilerplate; ///< sorted line ranges
};

} // namespace Marginalia
