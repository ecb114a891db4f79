#pragma once

#include <QPlainTextEdit>
#include <QPointer>

namespace Marginalia {

class CodingStripeArea;
class Corpus;
class SpanHighlighter;

/// The reading pane: an article's canonical text, read-only but selectable,
/// with its spans drawn by a SpanHighlighter. It reports what the analyst
/// selects, clicks and types; it never changes data itself.
class ReadingView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReadingView(QWidget *parent = nullptr);

    void setCorpus(Corpus *corpus);
    /// Shows a document of the corpus (empty path: nothing).
    void showDocument(const QString &path);
    QString documentPath() const { return m_path; }
    SpanHighlighter *highlighter() const { return m_highlighter; }

    /// The selected UTF-16 range, or {-1, -1} when nothing is selected.
    QPair<int, int> selectionRange() const;
    /// Selects the span's text and scrolls to it.
    void revealSpan(const QString &spanId);
    /// Selects [start, end) (UTF-16) and scrolls to it.
    void selectRange(int start, int end);

    /// The tooltip for a text position: every tag and note of the spans covering it.
    QString toolTipAt(int position) const;
    /// Tag (with its colour) and note of each span, for tooltips; empty for none.
    QString toolTipForSpans(const QStringList &spanIds) const;

    // Coding stripes: a margin beside the text with one lane per tag used in
    // the article, and a bar in the tag's colour next to the lines of each span.
    bool stripesVisible() const { return m_stripesVisible; }
    void setStripesVisible(bool visible);
    CodingStripeArea *stripeArea() const { return m_stripeArea; }
    /// Width of the stripe margin (0 when hidden).
    int stripeAreaWidth() const;
    /// The tag of each lane, in codebook order (tags used in this article).
    QStringList stripeTags() const;
    /// A lane's column in the stripe area's coordinates (x and width; full height).
    QRect stripeLaneRect(int lane) const;
    /// The colour a tag's stripe is drawn in.
    static QColor stripeColor(const QColor &tagColor);
    /// Spans whose stripes are at this point of the stripe area (any lane when
    /// the point is between lanes), in lane order.
    QStringList stripeSpansAt(const QPoint &areaPos) const;

Q_SIGNALS:
    /// The analyst clicked on text covered by these spans (innermost last).
    void spansClicked(const QStringList &spanIds);
    /// A digit key 1-9 was pressed while text was selected.
    void tagShortcutPressed(const QString &key);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    friend class CodingStripeArea;
    struct StripePiece
    {
        QRectF rect; ///< in stripe area coordinates
        QString spanId;
        QColor color;
    };
    /// The stripe pieces of the blocks visible in `area` (stripe area coordinates).
    QVector<StripePiece> stripePieces(const QRect &area) const;
    void paintStripes(QWidget *area, const QRect &rect);
    void stripeClicked(const QPoint &areaPos);
    void invalidateStripes();
    /// Spans of this article changed between UTF-16 positions from and to.
    void spansChanged(int from, int to);
    /// The viewport rectangle of the blocks on screen holding any of [from, to) (empty: none).
    QRect shownRect(int from, int to) const;
    /// Is this block of the shown document on screen now?
    bool isBlockShown(const QTextBlock &block) const;
    void updateStripeGeometry();
    /// Counts the article's spans per tag from scratch (opening, reset).
    void recountTags();
    /// Whether a change of the corpus model under `parent` is about spans of this article.
    bool isThisArticle(const QModelIndex &parent) const;
    void countSpans(const QModelIndex &parent, int first, int last, int delta);

    QPointer<Corpus> m_corpus;
    QString m_path;
    SpanHighlighter *m_highlighter = nullptr;
    CodingStripeArea *m_stripeArea = nullptr;
    bool m_stripesVisible = true;
    mutable bool m_lanesDirty = true;
    mutable QStringList m_lanes;
    // Spans per tag in this article, and each span's tag, kept up to date one
    // change at a time: a recount of 10,000 spans on every change cost ~7 ms.
    QHash<QString, int> m_tagCounts;
    QHash<QString, QString> m_spanTags;
};

} // namespace Marginalia
