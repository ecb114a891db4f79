#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Marginalia {

class CodebookModel;
class CorpusModel;

/// Keeps the codebook's count columns (spans per tag in the current document
/// and in the whole corpus) in step with the corpus model. Added and removed
/// spans are counted one by one (an auto-code run of thousands of spans costs
/// one step each, not a recount each); a re-coded span recounts only its
/// document; a reset or a document added or removed recounts everything.
/// Counts are of each tag's own spans, not of its sub-tags.
class TagSpanCounter : public QObject
{
    Q_OBJECT
public:
    TagSpanCounter(CorpusModel *corpus, CodebookModel *codebook, QObject *parent = nullptr);

    /// The document whose counts fill the "Here" column (empty: none).
    void setCurrentDocument(const QString &path);
    QString currentDocument() const { return m_current; }

private:
    using Counts = QHash<QString, int>; ///< tag id -> spans
    void recountAll();
    void recountDocument(const QString &path);
    void add(const QString &path, const QString &tagId, int delta);
    /// Writes the counts of these tags (or of every tag) to the codebook.
    void publish(const QStringList &tagIds);
    void publishAll();

    QPointer<CorpusModel> m_corpus;
    QPointer<CodebookModel> m_codebook;
    QString m_current;
    QHash<QString, Counts> m_perDocument; ///< path -> counts
    Counts m_total;
};

} // namespace Marginalia
