#pragma once

#include <QObject>
#include <QPointer>

class QTimer;

namespace Marginalia {

class Corpus;

/// When to save: a moment after the analyst's last change (the setting
/// "autosaveDelayMs", default 2000 ms), never for a read-only corpus. It only
/// says so (saveDue); the window saves, since only it can tell the analyst
/// when a save fails. Quitting saves too, which the window does on close.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 2000;
    /// The "autosaveDelayMs" setting, or the default when unset or negative.
    static int configuredDelay();

    explicit Autosaver(Corpus *corpus, QObject *parent = nullptr);
    int delay() const;
    void setDelay(int ms);
    bool isPending() const;
    void stop();

Q_SIGNALS:
    void saveDue();

private:
    void onChange();

    /// A QPointer: the corpus's undo stack emits indexChanged from its own
    /// destructor, after the corpus itself is gone (found by the ASan leg).
    QPointer<Corpus> m_corpus;
    QTimer *m_timer;
};

} // namespace Marginalia
