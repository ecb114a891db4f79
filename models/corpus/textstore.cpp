#include "textstore.h"

#include "document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <limits>
#include <utility>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::TextStore", text);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// A file nobody else can name: made with mkstemp() and unlinked at once.
int makeUnlinkedFile(const QString &directory)
{
    if (directory.isEmpty() || !QDir().mkpath(directory))
        return -1;
    QByteArray pattern = QFile::encodeName(QDir(directory).filePath(QStringLiteral("marginalia-texts-XXXXXX")));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0)
        return -1;
    ::unlink(pattern.constData());
    return fd;
}

} // namespace

std::shared_ptr<TextStore> TextStore::create(qint64 cacheBytes, const QString &directory)
{
    QStringList candidates;
    if (!directory.isEmpty()) {
        candidates << directory;
    } else {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        if (!cache.isEmpty())
            candidates << cache;
        candidates << QDir::tempPath();
    }
    for (const QString &dir : std::as_const(candidates)) {
        const int fd = makeUnlinkedFile(dir);
        if (fd >= 0)
            return std::shared_ptr<TextStore>(new TextStore(fd, cacheBytes, dir));
    }
    return nullptr;
}

TextStore::TextStore(int fd, qint64 cacheBytes, const QString &directory)
    : m_fd(fd)
    , m_directory(directory)
{
    // QCache counts cost in ints; count kibibytes so that budgets above 2 GiB fit.
    m_cache.setMaxCost(int(qMin<qint64>(cacheBytes / 1024, std::numeric_limits<int>::max())));
}

TextStore::~TextStore()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 TextStore::put(const QString &text)
{
    const qint64 bytes = qint64(text.size()) * qint64(sizeof(QChar));
    qint64 at;
    {
        // Reserve the range; the write itself runs outside the lock (pwrite
        // at distinct offsets may run concurrently).
        QMutexLocker lock(&m_mutex);
        at = m_end;
        m_end += bytes;
    }
    const char *data = reinterpret_cast<const char *>(text.constData());
    qint64 done = 0;
    while (done < bytes) {
        const ssize_t n = ::pwrite(m_fd, data + done, size_t(bytes - done), off_t(at + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = n < 0 ? systemError() : tr("no space left"); // errno first
            noteError(tr("article texts cannot be written to a file in %1 (%2); they are kept in memory")
                          .arg(QDir::toNativeSeparators(m_directory), why));
            return -1;
        }
        done += n;
    }
    return at;
}

void TextStore::noteError(const QString &message)
{
    QMutexLocker lock(&m_mutex);
    if (!m_error.isEmpty())
        return; // the first one says it
    m_error = message;
    qWarning("%s", qPrintable(message));
}

bool TextStore::take(Document &document, const std::shared_ptr<TextStore> &self)
{
    Q_ASSERT(self.get() == this);
    if (!document.holdsText())
        return false;
    const QString text = document.text();
    const qint64 key = put(text);
    if (key < 0)
        return false;
    document.setStoredText(self, key);
    return true;
}

QString TextStore::text(qint64 key, int length, bool remember)
{
    // An empty text takes no room: its key is that of the next text.
    if (length <= 0)
        return {};
    {
        QMutexLocker lock(&m_mutex);
        if (const QString *cached = m_cache.object(key))
            return *cached;
        ++m_reads;
    }
    QString text(length, Qt::Uninitialized);
    const qint64 bytes = qint64(length) * qint64(sizeof(QChar));
    char *data = reinterpret_cast<char *>(text.data());
    qint64 done = 0;
    while (done < bytes) {
        const ssize_t n = ::pread(m_fd, data + done, size_t(bytes - done), off_t(key + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = n < 0 ? systemError() : tr("the file is shorter than written"); // errno first
            noteError(tr("an article text cannot be read back from its file in %1 (%2)")
                          .arg(QDir::toNativeSeparators(m_directory), why));
            return {};
        }
        done += n;
    }
    if (!remember)
        return text;
    QMutexLocker lock(&m_mutex);
    // Two threads may read the same text at once; the cache keeps one.
    const int cost = int((bytes + 1023) / 1024); // KiB, rounded up
    if (cost <= m_cache.maxCost())
        m_cache.insert(key, new QString(text), cost);
    return text;
}

qint64 TextStore::fileBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_end;
}

qint64 TextStore::cachedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return qint64(m_cache.totalCost()) * 1024;
}

qint64 TextStore::reads() const
{
    QMutexLocker lock(&m_mutex);
    return m_reads;
}

QString TextStore::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

// Document's text accessors live here, next to the store they read from.

QString Document::text() const
{
    if (!m_textStore)
        return m_text;
    return m_textStore->text(m_textKey, m_textLength);
}

QString Document::scanText() const
{
    if (!m_textStore)
        return m_text;
    return m_textStore->text(m_textKey, m_textLength, false);
}

QString Document::takeText()
{
    m_textLength = 0;
    return std::exchange(m_text, QString());
}

void Document::setText(const QString &text)
{
    m_text = text;
    m_textLength = int(text.size());
    m_textStore.reset();
    m_textKey = -1;
}

bool Document::adoptStoredText(const Document &other)
{
    if (!other.m_textStore || sha256.isEmpty() || other.sha256 != sha256 || other.m_textLength != m_textLength)
        return false;
    m_textStore = other.m_textStore;
    m_textKey = other.m_textKey;
    m_text = QString();
    return true;
}

void Document::setStoredText(std::shared_ptr<TextStore> store, qint64 key)
{
    m_textStore = std::move(store);
    m_textKey = key;
    m_text = QString();
}

} // namespace Marginalia
