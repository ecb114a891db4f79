#include "autosaver.h"

#include "corpus.h"

#include <QSettings>
#include <QTimer>
#include <QUndoStack>

namespace Marginalia {

int Autosaver::configuredDelay()
{
    bool ok = false;
    const int ms = QSettings().value(QStringLiteral("autosaveDelayMs"), DefaultDelayMs).toInt(&ok);
    return ok && ms >= 0 ? ms : DefaultDelayMs;
}

Autosaver::Autosaver(Corpus *corpus, QObject *parent)
    : QObject(parent)
    , m_corpus(corpus)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(configuredDelay());
    connect(m_timer, &QTimer::timeout, this, &Autosaver::saveDue);
    connect(corpus->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::onChange);
    // A corpus going away takes its pending save with it.
    connect(corpus, &QObject::destroyed, m_timer, &QTimer::stop);
}

int Autosaver::delay() const
{
    return m_timer->interval();
}

void Autosaver::setDelay(int ms)
{
    m_timer->setInterval(std::max(0, ms));
}

bool Autosaver::isPending() const
{
    return m_timer->isActive();
}

void Autosaver::stop()
{
    m_timer->stop();
}

void Autosaver::onChange()
{
    if (!m_corpus) {
        m_timer->stop();
        return;
    }
    // Every change restarts the wait, so a burst of edits is saved once.
    if (!m_corpus->isReadOnly() && m_corpus->isModified())
        m_timer->start();
    else if (!m_corpus->isModified())
        m_timer->stop();
}

} // namespace Marginalia
