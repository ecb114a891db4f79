#pragma once

#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Marginalia {

class CodebookModel;

/// Filters and sorts the flat span list (SpanListProxy over CorpusModel) for
/// the coded-segments browser: the spans coded with one tag, optionally with
/// its sub-tags, and containing a text (in quote, note or document title,
/// ignoring case). An empty tag id lets every tag through. Nothing is copied:
/// the filter reads TagIdRole, QuoteRole, NoteRole through the source.
class CodedSegmentsProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CodedSegmentsProxy(QObject *parent = nullptr);

    /// Where sub-tags come from; the filter follows its changes (a tag moved
    /// under the chosen one joins the list).
    void setCodebook(const CodebookModel *codebook);
    void setTagId(const QString &tagId, bool includeSubTags);
    void setText(const QString &text);
    QString tagId() const { return m_tagId; }
    bool includesSubTags() const { return m_subTags; }
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void updateWanted();

    QPointer<const CodebookModel> m_codebook;
    QString m_tagId;
    bool m_subTags = true;
    QString m_text;
    QSet<QString> m_wanted;
};

} // namespace Marginalia
