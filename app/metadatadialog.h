#pragma once

#include "corpus/document.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Marginalia {

/// Edits an article's title, outlet, date, author and URL. It starts from the
/// metadata shown now and offers the values the importer found (as tooltips,
/// and "Restore Imported Values"); the caller turns the result into
/// Corpus::editMetadata, one undo step, stored in the sidecar only.
class MetadataDialog : public QDialog
{
    Q_OBJECT
public:
    MetadataDialog(const DocumentMetadata &current, const DocumentMetadata &imported, QWidget *parent = nullptr);

    /// What the analyst entered; valid only when the dialog was accepted.
    DocumentMetadata metadata() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *outletEdit() const { return m_outlet; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    void fill(const DocumentMetadata &meta);
    void updateOk();

    DocumentMetadata m_imported;
    QLineEdit *m_title;
    QLineEdit *m_outlet;
    QLineEdit *m_date;
    QLineEdit *m_author;
    QLineEdit *m_url;
    QLabel *m_dateError;
    QPushButton *m_restore;
    QPushButton *m_ok = nullptr;
};

} // namespace Marginalia
