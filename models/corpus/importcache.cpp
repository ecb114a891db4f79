#include "importcache.h"

#include "boilerplatedetector.h"
#include "importerregistry.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>

#include <openssl/sha.h>
#include <poppler-version.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>

namespace Marginalia {

namespace {

constexpr quint32 Magic = 0x4D524743; // "MRGC"
constexpr quint32 EndMagic = 0x454E4421; // "END!"

QByteArray sha256(const QByteArray &bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), digest);
    return QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH);
}

QByteArray sha256Hex(const QByteArray &utf8)
{
    return sha256(utf8).toHex();
}

} // namespace

ImportCache::Stamp ImportCache::Stamp::of(const QFileInfo &info)
{
    return of(info.filePath());
}

ImportCache::Stamp ImportCache::Stamp::of(const QString &path)
{
    // stat() itself, not QFileInfo: QFileInfo hands its times out as local
    // time, and converting them back to milliseconds since the epoch ran
    // glibc's tzset() (a stat of /etc/localtime) twice per file, 6 % of a
    // cold import's CPU time. The milliseconds are computed as Qt computes them.
    Stamp s;
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return s;
    s.size = qint64(st.st_size);
    s.modifiedMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    s.changedMs = qint64(st.st_ctim.tv_sec) * 1000 + st.st_ctim.tv_nsec / 1000000;
    return s;
}

ImportCache::ImportCache(const QString &corpusRoot)
    : m_root(corpusRoot)
{
}

QString ImportCache::filePath() const
{
    return m_root + QLatin1Char('/') + folderName() + QLatin1Char('/') + fileName();
}

QByteArray ImportCache::key()
{
    static const QByteArray key = [] {
        QByteArray k = "format=" + QByteArray::number(FormatVersion);
        for (const QString &suffix : ImporterRegistry::instance().suffixes()) {
            const Importer *importer = ImporterRegistry::instance().forFile(QStringLiteral("x.") + suffix);
            k += ';' + suffix.toUtf8() + '=' + importer->name().toUtf8() + '/'
                + QByteArray::number(importer->version());
        }
        k += ";boilerplate=" + QByteArray::number(BoilerplateDetector::Version);
        k += ";qt=" + QByteArray(qVersion());
        k += ";poppler=" + QByteArray(POPPLER_VERSION);
        // A rebuilt or upgraded program may extract differently even where no
        // version was bumped: its executable's size and time are part of the key.
        if (QCoreApplication::instance()) {
            const QFileInfo exe(QCoreApplication::applicationFilePath());
            k += ";exe=" + QByteArray::number(exe.size()) + '@'
                + QByteArray::number(exe.lastModified().toMSecsSinceEpoch());
        }
        return k;
    }();
    return key;
}

// The file: a header (magic, format, key); the canonical texts as UTF-8, one
// after the other; an index of every entry (metadata, stamp, where its text
// is); and a trailer with the index's offset and SHA-256. Texts are read one by one when
// they are taken, on the importing threads, so the cache is never held in
// memory beside the documents made from it.
bool ImportCache::load()
{
    m_entries.clear();
    m_modified = false;
    m_reason.clear();
    QFile file(filePath());
    if (!file.exists()) {
        m_reason = QStringLiteral("no cache file");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_reason = file.errorString();
        return false;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 format = 0;
    QByteArray storedKey;
    in >> magic >> format >> storedKey;
    if (in.status() != QDataStream::Ok || magic != Magic || format != FormatVersion) {
        m_reason = QStringLiteral("not a cache file of this format");
        m_modified = true;
        return false;
    }
    if (storedKey != key()) {
        m_reason = QStringLiteral("made by another version: ") + QString::fromUtf8(storedKey);
        m_modified = true; // stale: the next save replaces it
        return false;
    }
    const qint64 blobStart = file.pos();
    quint64 indexOffset = 0;
    QByteArray indexDigest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    quint32 end = 0;
    constexpr qint64 trailerSize = sizeof(quint64) + SHA256_DIGEST_LENGTH + sizeof(quint32);
    if (file.size() < blobStart + trailerSize || !file.seek(file.size() - trailerSize)) {
        m_reason = QStringLiteral("the cache file is damaged");
        m_modified = true;
        return false;
    }
    in >> indexOffset;
    in.readRawData(indexDigest.data(), SHA256_DIGEST_LENGTH);
    in >> end;
    const qint64 indexEnd = file.size() - trailerSize;
    if (in.status() != QDataStream::Ok || end != EndMagic || qint64(indexOffset) < blobStart
        || qint64(indexOffset) > indexEnd || !file.seek(qint64(indexOffset))) {
        m_reason = QStringLiteral("the cache file is damaged");
        m_modified = true;
        return false;
    }
    // The file is not fsynced (see save()): after a crash its index may be
    // partly written. Its hash makes sure every entry is one that was written
    // whole (the texts have their own hashes, checked in take()).
    const QByteArray index = file.read(indexEnd - qint64(indexOffset));
    if (index.size() != indexEnd - qint64(indexOffset) || sha256(index) != indexDigest) {
        m_reason = QStringLiteral("the cache file is damaged");
        m_modified = true;
        return false;
    }
    in.setDevice(nullptr);
    file.close();
    QDataStream indexIn(index);
    indexIn.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    indexIn >> count;
    std::unordered_map<QString, Entry> entries;
    entries.reserve(std::min<quint32>(count, 1000000));
    for (quint32 i = 0; i < count && indexIn.status() == QDataStream::Ok; ++i) {
        QString path;
        Entry e;
        Document &d = e.document;
        qint32 extractorVersion = 0;
        qint32 wordCount = 0;
        quint32 ranges = 0;
        indexIn >> path >> e.stamp.size >> e.stamp.modifiedMs >> e.stamp.changedMs >> d.format >> extractorVersion
            >> d.encoding >> d.meta.title >> d.meta.outlet >> d.meta.author >> d.meta.url >> d.meta.date >> e.textOffset
            >> e.textLength >> d.sha256 >> wordCount >> e.warnings >> e.language >> ranges;
        if (indexIn.status() != QDataStream::Ok || e.textOffset < blobStart || e.textLength < 0
            || e.textOffset + e.textLength > qint64(indexOffset) || ranges > quint32(e.textLength) + 1)
            break;
        d.path = path;
        d.extractorVersion = extractorVersion;
        d.wordCount = wordCount;
        d.fileSize = e.stamp.size;
        d.fileModified = QDateTime::fromMSecsSinceEpoch(e.stamp.modifiedMs, Qt::UTC);
        d.boilerplate.reserve(int(ranges));
        for (quint32 r = 0; r < ranges; ++r) {
            qint32 start = 0;
            qint32 stop = 0;
            indexIn >> start >> stop;
            d.boilerplate.append({ start, stop });
        }
        entries.insert_or_assign(path, std::move(e));
    }
    if (indexIn.status() != QDataStream::Ok || quint32(entries.size()) != count || !indexIn.atEnd()) {
        m_reason = QStringLiteral("the cache file is damaged");
        m_modified = true;
        return false;
    }
    m_entries = std::move(entries);
    return true;
}

QByteArray ImportCache::readText(const Entry &entry, bool *ok) const
{
    *ok = false;
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly) || !file.seek(entry.textOffset))
        return {};
    QByteArray bytes = file.read(entry.textLength);
    *ok = bytes.size() == entry.textLength;
    return bytes;
}

std::optional<ImportResult> ImportCache::take(const QString &path, const Stamp &stamp)
{
    const auto it = m_entries.find(path);
    if (it == m_entries.end() || it->second.stamp != stamp)
        return std::nullopt;
    Entry &e = it->second;
    if (!e.warnings.isEmpty() && e.language != QLocale().name())
        return std::nullopt;
    if (!e.hasText) {
        bool ok = false;
        const QByteArray utf8 = readText(e, &ok);
        // The file may have been damaged or replaced since its index was read.
        if (!ok || sha256Hex(utf8) != e.document.sha256)
            return std::nullopt;
        const QString text = QString::fromUtf8(utf8);
        for (const TextRange &r : std::as_const(e.document.boilerplate)) {
            if (r.start < 0 || r.end < r.start || r.end > text.size())
                return std::nullopt;
        }
        e.document.setText(text);
        e.hasText = true;
    }
    ImportResult r;
    r.ok = true;
    r.document = e.document;
    r.warnings = e.warnings;
    return r;
}

void ImportCache::store(const ImportResult &result, const Stamp &stamp)
{
    if (!result.ok)
        return;
    Entry e;
    e.stamp = stamp;
    e.document = result.document; // shares the text; encoded when saved
    e.hasText = true;
    e.warnings = result.warnings;
    if (!e.warnings.isEmpty())
        e.language = QLocale().name();
    m_entries.insert_or_assign(result.document.path, std::move(e));
    m_modified = true;
}

void ImportCache::retainOnly(const QSet<QString> &paths)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (paths.contains(it->first)) {
            ++it;
        } else {
            it = m_entries.erase(it);
            m_modified = true;
        }
    }
}

bool ImportCache::save(QString *error)
{
    if (!m_modified)
        return true;
    // The corpus may have been deleted meanwhile (a background save): never re-create it.
    if (!QFileInfo(m_root).isDir()) {
        if (error)
            *error = QStringLiteral("%1: the corpus folder is gone").arg(QDir::toNativeSeparators(m_root));
        return false;
    }
    const QString folder = m_root + QLatin1Char('/') + folderName();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // Keep the cache out of version control and backups (https://bford.info/cachedir/).
    auto writeOnce = [&folder](const QString &name, const QByteArray &content) {
        QFile f(folder + QLatin1Char('/') + name);
        if (!f.exists() && f.open(QIODevice::WriteOnly))
            f.write(content);
    };
    writeOnce(QStringLiteral(".gitignore"), "# Marginalia's import cache; safe to delete.\n*\n");
    writeOnce(QStringLiteral("CACHEDIR.TAG"),
        "Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by Marginalia (import cache).\n");

    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(filePath()), why);
        return false;
    };
    // Sorted by path, so the same corpus gives the same file.
    // Entries whose text was never read (not asked for since load()) would
    // need the old file; dropping them costs only a re-import.
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it->second.hasText ? std::next(it) : m_entries.erase(it);
    QStringList paths;
    paths.reserve(qsizetype(m_entries.size()));
    for (const auto &[path, entry] : m_entries)
        paths.append(path);
    paths.sort();

    // Written under a name of its own, then renamed over the old file, so a
    // reader sees the old file or the new one whole. Not fsynced: the cache
    // can always be made again, and after a crash a file the disk holds only
    // in part is refused on load (the index's hash, each text's hash). The
    // fsync was 60 ms of waiting at the end of every cold open of a large corpus.
    const QString target = filePath();
    // What a writer that was killed left behind (a running one writes for
    // seconds, not minutes).
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-600);
    for (const QFileInfo &left : QDir(folder).entryInfoList({ fileName() + QStringLiteral(".*.tmp") }, QDir::Files | QDir::Hidden)) {
        if (left.lastModified().toUTC() < stale)
            QFile::remove(left.filePath());
    }
    QFile file(target + QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(file.errorString());
    auto discard = [&file, &fail](const QString &why) {
        file.close();
        file.remove();
        return fail(why);
    };
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion << key();
    QVector<QPair<qint64, qint64>> where;
    where.reserve(paths.size());
    qint64 offset = file.pos();
    for (const QString &path : std::as_const(paths)) {
        const QByteArray utf8 = m_entries.at(path).document.text().toUtf8();
        where.append({ offset, utf8.size() });
        if (out.writeRawData(utf8.constData(), int(utf8.size())) != utf8.size())
            return discard(file.errorString());
        offset += utf8.size();
    }
    const quint64 indexOffset = quint64(offset);
    QByteArray index;
    {
        QDataStream indexOut(&index, QIODevice::WriteOnly);
        indexOut.setVersion(QDataStream::Qt_6_4);
        indexOut << quint32(paths.size());
        for (int i = 0; i < paths.size(); ++i) {
            const QString &path = paths.at(i);
            Entry &e = m_entries.at(path);
            const Document &d = e.document;
            e.textOffset = where.at(i).first;
            e.textLength = where.at(i).second;
            indexOut << path << e.stamp.size << e.stamp.modifiedMs << e.stamp.changedMs << d.format
                     << qint32(d.extractorVersion) << d.encoding << d.meta.title << d.meta.outlet << d.meta.author
                     << d.meta.url << d.meta.date << e.textOffset << e.textLength << d.sha256 << qint32(d.wordCount)
                     << e.warnings << e.language << quint32(d.boilerplate.size());
            for (const TextRange &r : d.boilerplate)
                indexOut << qint32(r.start) << qint32(r.end);
        }
    }
    const QByteArray digest = sha256(index);
    out.writeRawData(index.constData(), int(index.size()));
    out << indexOffset;
    out.writeRawData(digest.constData(), int(digest.size()));
    out << EndMagic;
    if (out.status() != QDataStream::Ok || !file.flush())
        return discard(file.errorString());
    file.close();
    if (std::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return discard(QString::fromLocal8Bit(std::strerror(errno)));
    m_modified = false;
    return true;
}

} // namespace Marginalia
