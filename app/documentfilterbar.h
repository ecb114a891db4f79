#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Marginalia {

class Corpus;
class DocumentFilterProxy;

/// Filters above the document list: text (title, outlet, path or article
/// text), outlet and tag (with its sub-tags). It only sets the criteria of a
/// DocumentFilterProxy; the list itself is never copied.
class DocumentFilterBar : public QWidget
{
    Q_OBJECT
public:
    DocumentFilterBar(Corpus *corpus, DocumentFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *outletBox() const { return m_outlet; }
    QComboBox *tagBox() const { return m_tag; }

private:
    void refill();

    Corpus *m_corpus;
    DocumentFilterProxy *m_proxy;
    QLineEdit *m_text;
    QComboBox *m_outlet;
    QComboBox *m_tag;
};

} // namespace Marginalia
