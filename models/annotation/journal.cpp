#include "journal.h"

#include "sidecarcodec.h"
#include "sidecarstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <openssl/sha.h>
#include <unistd.h>

namespace Marginalia {

namespace {

// libcrypto's SHA-256 (with the CPU's SHA extensions): each change is
// journaled with the whole state of its documents, 4.7 MB for an article with
// 10,000 spans, which QCryptographicHash took ~30 ms to hash (~145 MB/s).
QByteArray sha256Hex(const QByteArray &bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), digest);
    return QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH).toHex();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::Journal", text);
}

const QByteArray Magic = QByteArrayLiteral("marginalia-journal 1\n");
// "<length> <64 hex digits>": a header line longer than this is damage.
constexpr qsizetype MaxFrameLine = 96;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

bool toStringList(const QJsonValue &v, QStringList *out)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString())
            return false;
        out->append(e.toString());
    }
    return true;
}

// One framed record at `pos`; on success moves pos past it.
bool unframe(const QByteArray &bytes, qsizetype *pos, QByteArray *payload, QString *why)
{
    const qsizetype eol = bytes.indexOf('\n', *pos);
    if (eol < 0 || eol - *pos > MaxFrameLine) {
        *why = eol < 0 && bytes.size() - *pos <= MaxFrameLine ? tr("it is cut off") : tr("its frame is damaged");
        return false;
    }
    const QList<QByteArray> parts = bytes.mid(*pos, eol - *pos).split(' ');
    bool ok = false;
    const qint64 length = parts.size() == 2 ? parts.at(0).toLongLong(&ok) : -1;
    if (!ok || length < 0 || length > Journal::MaxSize || parts.at(1).size() != 64) {
        *why = tr("its frame is damaged");
        return false;
    }
    const qsizetype start = eol + 1;
    if (bytes.size() - start < length + 1) {
        *why = tr("it is cut off");
        return false;
    }
    if (bytes.at(start + length) != '\n') {
        *why = tr("its frame is damaged");
        return false;
    }
    QByteArray body = bytes.mid(start, length);
    if (sha256Hex(body) != parts.at(1)) {
        *why = tr("its checksum does not match");
        return false;
    }
    *payload = std::move(body);
    *pos = start + length + 1;
    return true;
}

bool decodeHeader(const QByteArray &payload, Journal::Header *header)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String("marginalia-journal")
        || o.value(QLatin1String("version")).toInt() != Journal::FormatVersion
        || !o.value(QLatin1String("sidecar_sha256")).isString() || !o.value(QLatin1String("created")).isString())
        return false;
    header->sidecarSha256 = o.value(QLatin1String("sidecar_sha256")).toString().toLatin1();
    header->created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    return header->created.isValid();
}

bool decodeChange(const QByteArray &payload, Journal::Change *change, QString *why)
{
    const qsizetype eol = payload.indexOf('\n');
    QJsonParseError error;
    const QJsonDocument meta = QJsonDocument::fromJson(payload.left(eol), &error);
    const QJsonObject o = meta.object();
    if (eol < 0 || error.error != QJsonParseError::NoError || !meta.isObject() || !o.value(QLatin1String("time")).isString()
        || !o.value(QLatin1String("text")).isString() || !toStringList(o.value(QLatin1String("paths")), &change->paths)
        || !toStringList(o.value(QLatin1String("members")), &change->members)) {
        *why = tr("its description is not valid");
        return false;
    }
    change->time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    change->text = o.value(QLatin1String("text")).toString();
    SidecarCodec::ParseResult parsed = SidecarCodec::parse(payload.mid(eol + 1));
    if (!parsed.ok || !change->time.isValid()) {
        *why = parsed.ok ? tr("its description is not valid") : parsed.error;
        return false;
    }
    // Everything it carries must be something it says it replaces.
    const QSet<QString> paths(change->paths.cbegin(), change->paths.cend());
    const QSet<QString> members(change->members.cbegin(), change->members.cend());
    for (const SidecarData::DocumentEntry &e : std::as_const(parsed.data.documents)) {
        if (!paths.contains(e.path)) {
            *why = tr("its description is not valid");
            return false;
        }
    }
    for (auto it = parsed.data.extra.constBegin(); it != parsed.data.extra.constEnd(); ++it) {
        if (!members.contains(it.key())) {
            *why = tr("its description is not valid");
            return false;
        }
    }
    change->data = std::move(parsed.data);
    return true;
}

bool fsyncFolder(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString Journal::pathFor(const QString &corpusRoot)
{
    return corpusRoot + QLatin1Char('/') + SidecarStore::backupFolderName() + QLatin1Char('/') + fileName();
}

QByteArray Journal::frame(const QByteArray &payload)
{
    QByteArray out = QByteArray::number(payload.size());
    out += ' ';
    out += sha256Hex(payload);
    out += '\n';
    out += payload;
    out += '\n';
    return out;
}

QByteArray Journal::encodeHeader(const Header &header)
{
    QJsonObject o;
    o.insert(QLatin1String("format"), QStringLiteral("marginalia-journal"));
    o.insert(QLatin1String("version"), FormatVersion);
    o.insert(QLatin1String("sidecar_sha256"), QString::fromLatin1(header.sidecarSha256));
    o.insert(QLatin1String("created"), isoTime(header.created));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray Journal::encodeChange(const Change &change)
{
    QJsonObject o;
    o.insert(QLatin1String("time"), isoTime(change.time));
    o.insert(QLatin1String("text"), change.text);
    o.insert(QLatin1String("paths"), toArray(change.paths));
    o.insert(QLatin1String("members"), toArray(change.members));
    // The state itself in the sidecar's own format, read back by its strict reader.
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n' + SidecarCodec::serialize(change.data);
}

Journal::Contents Journal::read(const QString &path)
{
    Contents result;
    QFile file(path);
    if (!file.exists())
        return result;
    const QString name = QDir::toNativeSeparators(path);
    result.status = Status::Unreadable;
    // A FIFO would block the open, a device (a link to /dev/zero) never ends.
    if (!QFileInfo(file).isFile()) {
        result.error
            = tr("%1: the journal of unsaved changes cannot be read: %2").arg(name, tr("it is not a regular file"));
        return result;
    }
    if (file.size() > MaxSize) {
        result.error = tr("%1: the journal of unsaved changes is larger than %2 MB; it is not read")
                           .arg(name)
                           .arg(MaxSize / (1024 * 1024));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: the journal of unsaved changes cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("%1: the journal of unsaved changes cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    QByteArray payload;
    QString why;
    qsizetype pos = Magic.size();
    if (!bytes.startsWith(Magic)) {
        result.error = tr("%1: not a journal of unsaved changes that this version can read").arg(name);
        return result;
    }
    if (!unframe(bytes, &pos, &payload, &why) || !decodeHeader(payload, &result.header)) {
        result.error = tr("%1: the header of the journal of unsaved changes is damaged").arg(name);
        return result;
    }
    result.status = Status::Ok;
    result.goodSize = pos;
    while (pos < bytes.size()) {
        const qsizetype at = pos;
        Change change;
        if (!unframe(bytes, &pos, &payload, &why) || !decodeChange(payload, &change, &why)) {
            result.warnings.append(tr("%1: change %2 (at byte %3) is not used, nor anything after it: %4")
                                       .arg(name)
                                       .arg(result.changes.size() + 1)
                                       .arg(at)
                                       .arg(why));
            break;
        }
        result.changes.append(std::move(change));
        result.goodSize = pos;
    }
    return result;
}

SidecarData Journal::replay(SidecarData base, const QVector<Change> &changes)
{
    for (const Change &c : changes) {
        base.codebook = c.data.codebook;
        const QSet<QString> paths(c.paths.cbegin(), c.paths.cend());
        base.documents.erase(std::remove_if(base.documents.begin(), base.documents.end(),
                                 [&paths](const SidecarData::DocumentEntry &e) { return paths.contains(e.path); }),
            base.documents.end());
        base.documents += c.data.documents;
        for (const QString &key : c.members) {
            if (c.data.extra.contains(key))
                base.extra.insert(key, c.data.extra.value(key));
            else
                base.extra.remove(key);
        }
    }
    return base;
}

Journal::Journal(const QString &path)
    : m_path(path)
{
}

Journal::~Journal()
{
    close();
}

void Journal::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool Journal::create(const Header &header, QString *error)
{
    close();
    const QString name = QDir::toNativeSeparators(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("%1: the journal of unsaved changes cannot be written: the folder cannot be created").arg(name);
        return false;
    }
    // Never over an existing journal: the caller sets that aside first.
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        if (error)
            *error = tr("%1: the journal of unsaved changes cannot be written: %2").arg(name, systemError());
        return false;
    }
    m_size = 0;
    if (!writeRecord(Magic + frame(encodeHeader(header)), error)) {
        close();
        QFile::remove(m_path);
        return false;
    }
    // The folder entry too, or a power cut could lose the whole file.
    fsyncFolder(folder);
    return true;
}

bool Journal::reopen(qint64 goodSize, QString *error)
{
    close();
    const QString name = QDir::toNativeSeparators(m_path);
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (m_fd < 0 || ::ftruncate(m_fd, goodSize) != 0 || ::fdatasync(m_fd) != 0) {
        if (error)
            *error = tr("%1: the journal of unsaved changes cannot be written: %2").arg(name, systemError());
        close();
        return false;
    }
    m_size = goodSize;
    return true;
}

bool Journal::append(const Change &change, QString *error)
{
    if (m_fd < 0) {
        if (error)
            *error = tr("%1: the journal of unsaved changes is not open").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return writeRecord(frame(encodeChange(change)), error);
}

bool Journal::writeRecord(const QByteArray &record, QString *error)
{
    const char *data = record.constData();
    qsizetype left = record.size();
    bool ok = true;
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        data += n;
        left -= n;
    }
    // Durable before the change counts as journaled: a kill only needs the
    // write (the page cache outlives the process), a power cut needs the sync.
    ok = ok && ::fdatasync(m_fd) == 0;
    if (!ok) {
        const QString why = systemError();
        // Leave whole records only, so that later appends are not hidden behind a torn one.
        if (::ftruncate(m_fd, m_size) != 0)
            qWarning("journal: cannot cut back %s", qPrintable(m_path));
        if (error)
            *error = tr("%1: the journal of unsaved changes cannot be written: %2")
                         .arg(QDir::toNativeSeparators(m_path), why);
        return false;
    }
    m_size += record.size();
    return true;
}

bool Journal::remove(QString *error)
{
    close();
    if (!QFile::exists(m_path) || QFile::remove(m_path))
        return true;
    if (error)
        *error = tr("%1: the journal of unsaved changes cannot be deleted").arg(QDir::toNativeSeparators(m_path));
    return false;
}

} // namespace Marginalia
