#include "newtagdialog.h"

#include "itemmodels/codebookmodel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Marginalia {

NewTagDialog::NewTagDialog(const CodebookModel *codebook, const QColor &suggested, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_colorButton(new QPushButton(this))
    , m_parent(new QComboBox(this))
    , m_description(new QLineEdit(this))
{
    setWindowTitle(tr("New Tag"));
    m_name->setPlaceholderText(tr("e.g. Official response"));
    m_name->setAccessibleName(tr("Tag name"));
    m_colorButton->setAccessibleName(tr("Tag colour"));
    m_parent->addItem(tr("(top level)"), QString());
    for (const Tag &t : codebook->tags())
        m_parent->addItem(codebook->tagPath(t.id), t.id);
    m_description->setPlaceholderText(tr("When to use this tag (optional)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Colour:"), m_colorButton);
    form->addRow(tr("&Parent:"), m_parent);
    form->addRow(tr("&Description:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewTagDialog::updateOk);
    connect(m_colorButton, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(m_color, this, tr("Tag Colour"));
        if (c.isValid())
            setColor(c);
    });
    setColor(suggested);
    updateOk();
}

void NewTagDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString NewTagDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewTagDialog::parentId() const
{
    return m_parent->currentData().toString();
}

QString NewTagDialog::description() const
{
    return m_description->text().trimmed();
}

void NewTagDialog::setColor(const QColor &color)
{
    m_color = color;
    m_colorButton->setText(color.name());
    m_colorButton->setStyleSheet(QStringLiteral("background-color: %1; color: black;").arg(color.name()));
}

void NewTagDialog::updateOk()
{
    m_ok->setEnabled(!name().isEmpty());
}

} // namespace Marginalia
