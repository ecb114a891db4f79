#include "lexicondialog.h"

#include "comparewindow.h"
#include "corpus/corpus.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia {

namespace {
enum Column { TermColumn, CategoryColumn };
} // namespace

LexiconDialog::LexiconDialog(Corpus *corpus, QWidget *parent)
    : QDialog(parent)
    , m_corpus(corpus)
    , m_source(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("lexiconDialog"));
    setWindowTitle(tr("Loaded-Term Lexicon"));
    m_table->setObjectName(QStringLiteral("lexiconTable"));
    m_table->setHorizontalHeaderLabels({ tr("Term"), tr("Category") });
    m_table->horizontalHeader()->setSectionResizeMode(TermColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Loaded terms"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("lexiconError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *help = new QLabel(
        tr("One term per row. Case is ignored; a term of several words matches them in a row; a final * matches "
           "any ending (slam* finds slams and slammed). The category is free text (drama, conflict, \u2026)."),
        this);
    help->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add Term"), this);
    add->setObjectName(QStringLiteral("addTermButton"));
    m_remove->setObjectName(QStringLiteral("removeTermButton"));
    auto *restore = new QPushButton(tr("Restore &Default"), this);
    restore->setObjectName(QStringLiteral("restoreDefaultButton"));
    restore->setToolTip(tr("Replace the rows with the built-in list (nothing is written until you save)"));
    connect(add, &QPushButton::clicked, this, &LexiconDialog::addRow);
    connect(m_remove, &QPushButton::clicked, this, &LexiconDialog::removeRows);
    connect(restore, &QPushButton::clicked, this, [this] { setRows(Lexicon::defaultLexicon()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    m_remove->setEnabled(false);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    rowButtons->addWidget(restore);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LexiconDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(560, 520);

    const QString root = corpus ? corpus->rootPath() : QString();
    const QString path = QDir::toNativeSeparators(root + QLatin1Char('/') + Lexicon::corpusFileName());
    if (!QFileInfo::exists(root + QLatin1Char('/') + Lexicon::corpusFileName())) {
        m_source->setText(tr("This corpus has no lexicon of its own yet: the list below is the built-in default. "
                             "Saving writes it to %1, which the comparison then uses.")
                              .arg(path));
        setRows(Lexicon::defaultLexicon());
        return;
    }
    Lexicon own;
    QString error;
    if (Lexicon::load(root + QLatin1Char('/') + Lexicon::corpusFileName(), &own, &error)) {
        m_source->setText(tr("The lexicon of this corpus, %1.").arg(path));
        setRows(own);
        return;
    }
    // Never overwrite what cannot be read: it is the analyst's file to fix.
    m_source->setText(tr("The built-in default is shown, because this corpus's lexicon cannot be read."));
    showError(tr("%1\nFix or remove the file to edit the lexicon here; saving is off so that it is not replaced.")
                  .arg(error));
    setRows(Lexicon::defaultLexicon());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
}

LexiconDialog *LexiconDialog::edit(Corpus *corpus, QWidget *parent)
{
    auto *dialog = new LexiconDialog(corpus, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LexiconDialog::saved, [corpus] { CompareWindow::recomputeAll(corpus); });
    dialog->open();
    return dialog;
}

void LexiconDialog::setRows(const Lexicon &lexicon)
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(lexicon.terms().size()));
    for (int r = 0; r < lexicon.terms().size(); ++r) {
        m_table->setItem(r, TermColumn, new QTableWidgetItem(lexicon.terms().at(r).text));
        m_table->setItem(r, CategoryColumn, new QTableWidgetItem(lexicon.terms().at(r).category));
    }
}

QVector<Lexicon::Row> LexiconDialog::rows() const
{
    QVector<Lexicon::Row> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *term = m_table->item(r, TermColumn);
        const QTableWidgetItem *category = m_table->item(r, CategoryColumn);
        out.append({ term ? term->text() : QString(), category ? category->text() : QString() });
    }
    return out;
}

void LexiconDialog::addRow()
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_table->setItem(r, TermColumn, new QTableWidgetItem);
    m_table->setItem(r, CategoryColumn, new QTableWidgetItem);
    m_table->setCurrentCell(r, TermColumn);
    m_table->scrollToItem(m_table->item(r, TermColumn));
    m_table->setFocus();
    m_table->editItem(m_table->item(r, TermColumn));
}

void LexiconDialog::removeRows()
{
    QVector<int> selected;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        selected.append(i.row());
    if (selected.isEmpty()) {
        for (const QTableWidgetItem *item : m_table->selectedItems())
            selected.append(item->row());
    }
    std::sort(selected.begin(), selected.end());
    selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
    for (auto it = selected.crbegin(); it != selected.crend(); ++it)
        m_table->removeRow(*it);
}

void LexiconDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter finishes a cell (the editor ignores the key after committing);
    // it must not reach the default button and save the whole list.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QWidget *focus = QApplication::focusWidget();
    if (enter && focus && (focus == m_table || m_table->isAncestorOf(focus))) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void LexiconDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LexiconDialog::save()
{
    if (!m_corpus)
        return;
    // A cell still being edited counts: taking the focus from its editor commits it.
    if (QWidget *focus = QApplication::focusWidget(); focus && m_table->isAncestorOf(focus))
        focus->clearFocus();
    QString error;
    const Lexicon lexicon = Lexicon::fromRows(rows(), &error);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    if (!Lexicon::saveForCorpus(m_corpus->rootPath(), lexicon, &error)) {
        showError(error);
        return;
    }
    showError({});
    Q_EMIT saved();
    accept();
}

} // namespace Marginalia
