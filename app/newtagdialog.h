#pragma once

#include <QColor>
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Marginalia {

class CodebookModel;

/// Asks for a new tag's name, colour and (optional) parent tag.
class NewTagDialog : public QDialog
{
    Q_OBJECT
public:
    NewTagDialog(const CodebookModel *codebook, const QColor &suggested, QWidget *parent = nullptr);

    void setName(const QString &name);
    QString name() const;
    QColor color() const { return m_color; }
    QString parentId() const;
    QString description() const;

private:
    void setColor(const QColor &color);
    void updateOk();

    QLineEdit *m_name;
    QPushButton *m_colorButton;
    QComboBox *m_parent;
    QLineEdit *m_description;
    QPushButton *m_ok = nullptr;
    QColor m_color;
};

} // namespace Marginalia
