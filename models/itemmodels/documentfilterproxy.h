#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace Marginalia {

class CodebookModel;
class CorpusModel;

/// The document list, filtered without copying: by text (in the title, the
/// outlet, the path or the article itself, ignoring case), by outlet, and by
/// tag (documents with at least one span coded with the tag or one of its
/// sub-tags). Empty criteria let everything through. Span rows follow their
/// document. Set the source with setCorpus().
class DocumentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DocumentFilterProxy(QObject *parent = nullptr);

    void setCorpus(CorpusModel *corpus, const CodebookModel *codebook);
    void setText(const QString &text);
    void setOutlet(const QString &outlet);
    void setTagId(const QString &tagId);
    QString text() const { return m_text; }
    QString outlet() const { return m_outlet; }
    QString tagId() const { return m_tagId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<CorpusModel> m_corpus;
    QPointer<const CodebookModel> m_codebook;
    QString m_text;
    QString m_outlet;
    QString m_tagId;
};

} // namespace Marginalia
