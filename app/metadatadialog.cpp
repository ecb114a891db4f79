#include "metadatadialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Marginalia {

namespace {

// "" (no date) or a valid YYYY-MM-DD.
bool parseDate(const QString &text, QDate *date)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *date = QDate();
        return true;
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    *date = QDate::fromString(t, Qt::ISODate);
    return shape.match(t).hasMatch() && date->isValid();
}

} // namespace

MetadataDialog::MetadataDialog(const DocumentMetadata &current, const DocumentMetadata &imported, QWidget *parent)
    : QDialog(parent)
    , m_imported(imported)
    , m_title(new QLineEdit(this))
    , m_outlet(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_dateError(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore Imported Values"), this))
{
    setObjectName(QStringLiteral("metadataDialog"));
    setWindowTitle(tr("Edit Metadata"));
    m_title->setObjectName(QStringLiteral("metadataTitle"));
    m_outlet->setObjectName(QStringLiteral("metadataOutlet"));
    m_date->setObjectName(QStringLiteral("metadataDate"));
    m_author->setObjectName(QStringLiteral("metadataAuthor"));
    m_url->setObjectName(QStringLiteral("metadataUrl"));
    m_restore->setObjectName(QStringLiteral("metadataRestore"));
    m_title->setAccessibleName(tr("Title"));
    m_outlet->setAccessibleName(tr("Outlet"));
    m_date->setAccessibleName(tr("Date"));
    m_author->setAccessibleName(tr("Author"));
    m_url->setAccessibleName(tr("URL"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD, or empty for no date"));
    m_dateError->setObjectName(QStringLiteral("metadataDateError"));
    m_dateError->setText(tr("Enter the date as YYYY-MM-DD, e.g. 2026-03-05, or leave it empty."));
    m_dateError->setWordWrap(true);
    m_dateError->setForegroundRole(QPalette::PlaceholderText);
    m_dateError->hide();
    // What the importer found, so the analyst sees what an edit replaces.
    auto importedTip
        = [](const QString &value) { return value.isEmpty() ? tr("Imported: (none)") : tr("Imported: %1").arg(value); };
    m_title->setToolTip(importedTip(imported.title));
    m_outlet->setToolTip(importedTip(imported.outlet));
    m_date->setToolTip(importedTip(imported.date.isValid() ? imported.date.toString(Qt::ISODate) : QString()));
    m_author->setToolTip(importedTip(imported.author));
    m_url->setToolTip(importedTip(imported.url));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dateError);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&URL:"), m_url);
    auto *note
        = new QLabel(tr("Changes are kept in the corpus's annotation file; the article file is not changed."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_restore, QDialogButtonBox::ResetRole);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { fill(m_imported); });
    connect(m_date, &QLineEdit::textChanged, this, &MetadataDialog::updateOk);
    fill(current);
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

void MetadataDialog::fill(const DocumentMetadata &meta)
{
    m_title->setText(meta.title);
    m_outlet->setText(meta.outlet);
    m_date->setText(meta.date.isValid() ? meta.date.toString(Qt::ISODate) : QString());
    m_author->setText(meta.author);
    m_url->setText(meta.url);
    updateOk();
}

void MetadataDialog::updateOk()
{
    QDate date;
    const bool ok = parseDate(m_date->text(), &date);
    m_dateError->setVisible(!ok);
    if (m_ok)
        m_ok->setEnabled(ok);
}

DocumentMetadata MetadataDialog::metadata() const
{
    DocumentMetadata m;
    m.title = m_title->text();
    m.outlet = m_outlet->text();
    m.author = m_author->text();
    m.url = m_url->text();
    parseDate(m_date->text(), &m.date);
    return m;
}

} // namespace Marginalia
