#include "tagpickerdialog.h"

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "newtagdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Marginalia {

TagPickerDialog::TagPickerDialog(Corpus *corpus, QWidget *parent)
    : QDialog(parent)
    , m_corpus(corpus)
    , m_filter(new QLineEdit(this))
    , m_tags(new QTreeView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Tag Selection"));
    m_filter->setPlaceholderText(tr("Type to filter tags…"));
    m_filter->setAccessibleName(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_note->installEventFilter(this);

    m_proxy->setSourceModel(corpus->codebook());
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setModel(m_proxy);
    m_tags->setHeaderHidden(true);
    // The palette is for choosing: the span counts stay in the Codebook panel.
    m_tags->setColumnHidden(CodebookModel::DocumentCountColumn, true);
    m_tags->setColumnHidden(CodebookModel::CorpusCountColumn, true);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->expandAll();

    m_note->setPlaceholderText(tr("Note (optional)"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply Tag"));
    auto *create = buttons->addButton(tr("&New Tag…"), QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tags, 1);
    layout->addWidget(new QLabel(tr("Note:"), this));
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(380, 440);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!tagId().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, &TagPickerDialog::createTag);
    connect(m_tags, &QTreeView::doubleClicked, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tags->expandAll();
        selectFirstMatch();
    });
    selectFirstMatch();
    m_filter->setFocus();
}

QString TagPickerDialog::tagId() const
{
    return m_tags->currentIndex().data(CodebookModel::IdRole).toString();
}

QString TagPickerDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

bool TagPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down in the filter field move through the tags, so the hands stay on the keyboard.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            QCoreApplication::sendEvent(m_tags, event);
            return true;
        }
    }
    // Enter in the note starts a new line (notes are multi-line); Ctrl+Enter applies.
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            if (!tagId().isEmpty())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TagPickerDialog::selectFirstMatch()
{
    // Prefer a leaf whose name matches; else the first visible row.
    QModelIndex first = m_proxy->index(0, 0);
    const QString text = m_filter->text();
    if (!text.isEmpty()) {
        const QModelIndexList hits = m_proxy->match(m_proxy->index(0, 0), Qt::DisplayRole, text,
                                                    1, Qt::MatchContains | Qt::MatchRecursive);
        if (!hits.isEmpty())
            first = hits.first();
    }
    m_tags->setCurrentIndex(first);
}

void TagPickerDialog::createTag()
{
    NewTagDialog dialog(m_corpus->codebook(), m_corpus->suggestTagColor(), this);
    dialog.setName(m_filter->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = m_corpus->addTag(dialog.name(), dialog.color(), dialog.parentId(), dialog.description());
    if (id.isEmpty())
        return;
    m_filter->clear();
    const QModelIndex source = m_corpus->codebook()->indexOf(id);
    m_tags->setCurrentIndex(m_proxy->mapFromSource(source));
}

} // namespace Marginalia
