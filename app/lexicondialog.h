#pragma once

#include "compare/lexicon.h"
#include "corpus/corpus.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Marginalia {

/// Edits the corpus's own loaded-term lexicon (`marginalia-lexicon.tsv` in
/// the corpus folder, a project file like the sidecar; articles are never
/// touched): a table of term and category, Add and Remove, Restore Default,
/// and Save, which writes the file atomically through Lexicon::saveForCorpus.
/// A corpus without a lexicon starts from the built-in default. A corpus
/// lexicon that cannot be read is shown as an error and not overwritten.
/// After a save every open comparison of the corpus is recomputed.
class LexiconDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LexiconDialog(Corpus *corpus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The rows as edited (empty rows included).
    QVector<Lexicon::Row> rows() const;

    /// Opens the dialog (window-modal, not blocking) for the corpus.
    static LexiconDialog *edit(Corpus *corpus, QWidget *parent);

Q_SIGNALS:
    void saved();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setRows(const Lexicon &lexicon);
    void addRow();
    void removeRows();
    void save();
    void showError(const QString &message);

    QPointer<Corpus> m_corpus;
    QLabel *m_source;
    QLabel *m_error;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
};

} // namespace Marginalia
