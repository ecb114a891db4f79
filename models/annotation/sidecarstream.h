#pragma once

#include <QByteArray>

#include <condition_variable>
#include <mutex>
#include <vector>

namespace Marginalia {

/// The bytes of a sidecar while SidecarCodec::serialize() writes them, for
/// readers on other threads that work on each part as soon as it is written
/// (SidecarStore writes it to disk and validates it while the rest is still
/// being serialised), instead of waiting for the whole file.
///
/// One writer publishes how far it got: a byte count and a count of
/// finished *units* (annotation objects and document objects, in the order
/// of the file). Published bytes are never changed again. When the writer's
/// buffer has to grow, the new buffer holds the same bytes and the old one
/// is kept alive until the stream is destroyed, so a reader still using the
/// old pointer reads the same, valid bytes; readers re-read `base` after each
/// wait. The bytes serialize() returns are the last buffer: they must
/// outlive the readers.
class SidecarStream
{
public:
    struct View
    {
        const char *base = nullptr;
        qsizetype size = 0; ///< bytes published, from base
        qint64 units = 0; ///< units finished within those bytes
        bool closed = false; ///< all written; base[size] is a NUL
    };

    SidecarStream() = default;
    SidecarStream(const SidecarStream &) = delete;
    SidecarStream &operator=(const SidecarStream &) = delete;

    // Writer.
    void publish(const char *base, qsizetype size, qint64 units, bool closed = false)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_view = View { base, size, units, closed };
        }
        m_changed.notify_all();
    }
    /// A buffer the writer has replaced; freed with the stream.
    void retire(QByteArray &&old)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_retired.push_back(std::move(old));
    }

    // Readers.
    /// Blocks until at least `units` units are published, or the stream is closed.
    View waitForUnits(qint64 units)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_view.closed || m_view.units >= units; });
        return m_view;
    }
    /// Blocks until more than `bytes` bytes are published, or the stream is closed.
    View waitForBytes(qsizetype bytes)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_view.closed || m_view.size > bytes; });
        return m_view;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    View m_view;
    std::vector<QByteArray> m_retired;
};

} // namespace Marginalia
