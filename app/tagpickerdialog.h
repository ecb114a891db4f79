#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Marginalia {

class Corpus;

/// The tag palette: type to filter the codebook, Enter to apply the current
/// tag, with an optional note; "New Tag…" creates one (with a colour) on the
/// spot. It only chooses: the caller applies the tag.
class TagPickerDialog : public QDialog
{
    Q_OBJECT
public:
    TagPickerDialog(Corpus *corpus, QWidget *parent = nullptr);

    QString tagId() const;
    QString note() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createTag();
    void selectFirstMatch();

    Corpus *m_corpus;
    QLineEdit *m_filter;
    QTreeView *m_tags;
    QSortFilterProxyModel *m_proxy;
    QPlainTextEdit *m_note;
};

} // namespace Marginalia
