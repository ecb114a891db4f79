#include "importcache.h"

#include "boilerplatedetector.h"
#include "importerregistry.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <openssl/sha.h>
#include <poppler-version.h>

namespace Marginalia {

namespace {

constexpr quint32 Magic = 0x4D524743; // "MRGC"
constexpr quint32 EndMagic = 0x454E4421; // "END!"

QByteArray sha256Hex(const QByteArray &utf8)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(utf8.constData()), size_t(utf8.size()), digest);
    return QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH).toHex();
}

} // namespace

ImportCache::Stamp ImportCache::Stamp::of(const QFileInfo &info)
{
    Stamp s;
    s.size = info.size();
    s.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    s.changedMs = info.metadataChangeTime().toMSecsSinceEpoch();
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
// is); and a trailer with the index's offset. Texts are read one by one when
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
    quint32 end = 0;
    constexpr qint64 trailerSize = sizeof(quint64) + sizeof(quint32);
    if (file.size() < blobStart + trailerSize || !file.seek(file.size() - trailerSize)) {
        m_reason = QStringLiteral("the cache file is damaged");
        m_modified = true;
        return false;
    }
    in >> indexOffset >> end;
    const qint64 indexEnd = file.size() - trailerSize;
    if (in.status() != QDataStream::Ok || end != EndMagic || qint64(indexOffset) < blobStart
        || qint64(indexOffset) > indexEnd || !file.seek(qint64(indexOffset))) {
        m_reason = QStringLiteral("the cache file is damaged");
        m_modified = true;
        return false;
    }
    quint32 count = 0;
    in >> count;
    std::unordered_map<QString, Entry> entries;
    entries.reserve(std::min<quint32>(count, 1000000));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString path;
        Entry e;
        Document &d = e.document;
        qint32 extractorVersion = 0;
        qint32 wordCount = 0;
        quint32 ranges = 0;
        in >> path >> e.stamp.size >> e.stamp.modifiedMs >> e.stamp.changedMs >> d.format >> extractorVersion
            >> d.encoding >> d.meta.title >> d.meta.outlet >> d.meta.author >> d.meta.url >> d.meta.date >> e.textOffset
            >> e.textLength >> d.sha256 >> wordCount >> e.warnings >> e.language >> ranges;
        if (in.status() != QDataStream::Ok || e.textOffset < blobStart || e.textLength < 0
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
            in >> start >> stop;
            d.boilerplate.append({ start, stop });
        }
        entries.insert_or_assign(path, std::move(e));
    }
    if (in.status() != QDataStream::Ok || quint32(entries.size()) != count || file.pos() != indexEnd) {
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
        e.document.text = text;
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

    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion << key();
    QVector<QPair<qint64, qint64>> where;
    where.reserve(paths.size());
    for (const QString &path : std::as_const(paths)) {
        const QByteArray utf8 = m_entries.at(path).document.text.toUtf8();
        where.append({ file.pos(), utf8.size() });
        if (out.writeRawData(utf8.constData(), int(utf8.size())) != utf8.size())
            return fail(file.errorString());
    }
    const quint64 indexOffset = quint64(file.pos());
    out << quint32(paths.size());
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        Entry &e = m_entries.at(path);
        const Document &d = e.document;
        e.textOffset = where.at(i).first;
        e.textLength = where.at(i).second;
        out << path << e.stamp.size << e.stamp.modifiedMs << e.stamp.changedMs << d.format << qint32(d.extractorVersion)
            << d.encoding << d.meta.title << d.meta.outlet << d.meta.author << d.meta.url << d.meta.date << e.textOffset
            << e.textLength << d.sha256 << qint32(d.wordCount) << e.warnings << e.language
            << quint32(d.boilerplate.size());
        for (const TextRange &r : d.boilerplate)
            out << qint32(r.start) << qint32(r.end);
    }
    out << indexOffset << EndMagic;
    if (out.status() != QDataStream::Ok || !file.commit())
        return fail(file.errorString());
    m_modified = false;
    return true;
}

} // namespace Marginalia
