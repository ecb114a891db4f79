#include "memopanel.h"

#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Marginalia {

MemoPanel::MemoPanel(Corpus *corpus, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_title(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save &Memo"), this))
{
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_edit->setObjectName(QStringLiteral("memoEditor"));
    m_edit->setAccessibleName(tr("Memo of the document"));
    m_edit->setPlaceholderText(tr("Memo on this document: what it is about, how it frames the story…"));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    m_save->setObjectName(QStringLiteral("saveMemoButton"));
    m_save->setToolTip(tr("Save the memo (Ctrl+Return)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    connect(m_save, &QPushButton::clicked, this, &MemoPanel::commit);
    auto *commitShortcut = new QAction(m_edit);
    commitShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    commitShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(commitShortcut, &QAction::triggered, this, &MemoPanel::commit);
    m_edit->addAction(commitShortcut);
    connect(m_corpus->documents(), &CorpusModel::memoChanged, this, [this](const QString &path) {
        if (path == m_path) // undo, redo or our own commit
            load();
    });
    connect(m_corpus->documents(), &QAbstractItemModel::modelReset, this, [this] {
        // Another corpus (the document is gone): what was typed belonged to the old
        // one. The same document after a reload or a merged save: keep the typing.
        if (m_corpus->documents()->rowOfPath(m_path) < 0)
            m_path.clear();
        else if (m_edit->document()->isModified())
            return;
        load();
    });
    connect(m_corpus, &Corpus::editableChanged, this, &MemoPanel::updateEnabled);
    load();
}

void MemoPanel::setDocument(const QString &path)
{
    if (path == m_path)
        return;
    commit();
    m_path = path;
    load();
}

bool MemoPanel::hasPendingEdit() const
{
    // Only what the analyst typed is pending. The editor can show stale text for
    // a moment when the model's memo changed underneath (a recovered journal or
    // a reload resets the model before this panel reloads); comparing text alone
    // then took that stale text for an edit and wrote it over the memo.
    return !m_path.isEmpty() && m_corpus && m_edit->document()->isModified()
        && m_edit->toPlainText() != m_corpus->documentMemo(m_path);
}

bool MemoPanel::commit()
{
    if (!hasPendingEdit())
        return true;
    if (!m_corpus->setDocumentMemo(m_path, m_edit->toPlainText()))
        return false;
    m_edit->document()->setModified(false);
    return true;
}

void MemoPanel::load()
{
    const CorpusModel *docs = m_corpus ? m_corpus->documents() : nullptr;
    const int row = docs ? docs->rowOfPath(m_path) : -1;
    if (row < 0) {
        m_path.clear();
        m_title->setText(tr("No document shown."));
        m_edit->clear();
    } else {
        const Document &d = docs->document(row);
        m_title->setText(tr("Memo: %1").arg(d.meta.title.isEmpty() ? d.path : d.meta.title));
        const QString memo = docs->memo(m_path);
        if (m_edit->toPlainText() != memo) {
            m_edit->setPlainText(memo); // also marks the editor unmodified
            m_edit->moveCursor(QTextCursor::End);
        }
        m_edit->document()->setModified(false);
    }
    updateEnabled();
}

void MemoPanel::updateEnabled()
{
    const bool editable = !m_path.isEmpty() && m_corpus && m_corpus->isEditable();
    m_edit->setReadOnly(!editable);
    m_edit->setEnabled(!m_path.isEmpty());
    m_save->setEnabled(editable);
}

bool MemoPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

} // namespace Marginalia
