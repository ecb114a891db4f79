#include "findbar.h"

#include "readingview.h"
#include "search/corpussearch.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTextEdit>

namespace Marginalia {

FindBar::FindBar(ReadingView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("findInDocument"));
    m_edit->setPlaceholderText(tr("Find in this article (Enter: next, Shift+Enter: previous, Esc: close)"));
    m_edit->setAccessibleName(tr("Find in this article"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::refresh);
    hide();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
    refresh();
}

void FindBar::refresh()
{
    m_hits.clear();
    m_current = -1;
    QList<QTextEdit::ExtraSelection> selections;
    if (isVisible() && !m_edit->text().isEmpty()) {
        CorpusSearch::Query q;
        q.pattern = m_edit->text();
        const QString text = m_view->document()->toPlainText();
        QTextCharFormat format;
        format.setBackground(QColor(255, 150, 50, 110));
        format.setFontOverline(true);
        format.setForeground(m_view->palette().text());
        for (const auto &hit : CorpusSearch(q).searchText({}, text)) {
            m_hits.append({ hit.start, hit.end });
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(m_view->document());
            s.cursor.setPosition(hit.start);
            s.cursor.setPosition(hit.end, QTextCursor::KeepAnchor);
            s.format = format;
            selections.append(s);
        }
        m_count->setText(tr("%n match(es)", nullptr, int(m_hits.size())));
    } else {
        m_count->clear();
    }
    m_view->setExtraSelections(selections);
}

void FindBar::step(int direction)
{
    if (m_hits.isEmpty())
        return;
    if (m_current < 0) {
        // From the cursor: the first hit after it (or the last before it).
        const int pos = m_view->textCursor().selectionStart();
        m_current = direction > 0 ? 0 : int(m_hits.size()) - 1;
        for (int i = 0; i < m_hits.size(); ++i) {
            if (direction > 0 && m_hits.at(i).first >= pos) {
                m_current = i;
                break;
            }
            if (direction < 0 && m_hits.at(i).first < pos)
                m_current = i;
        }
    } else {
        m_current = int((m_current + direction + m_hits.size()) % m_hits.size());
    }
    m_view->selectRange(m_hits.at(m_current).first, m_hits.at(m_current).second);
}

void FindBar::close()
{
    hide();
    refresh();
    m_view->setFocus();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : +1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Marginalia
