#pragma once

#include "document.h"
#include "importresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <unordered_map>

class QFileInfo;

namespace Marginalia {

/// A per-corpus cache of what the importers made of each article file, so
/// that opening a corpus again does not parse every HTML page, PDF and zip
/// again. It lives in `<corpus>/.marginalia-cache/documents.cache` (a hidden
/// folder, so the scanner skips it; with a `.gitignore` and a `CACHEDIR.TAG`
/// so that it is neither committed nor backed up). Article files are only
/// ever read.
///
/// An entry is used only when everything that could change the result is the
/// same as when it was made:
/// - the file's size, modification time and status-change time (ctime, which
///   no tool can set back, so a file edited and then given its old mtime is
///   still seen as changed);
/// - key(): the cache format, every importer's name and extractor version, the
///   boilerplate rules' version, the Qt and Poppler versions and the running
///   executable's size and time (a rebuilt or upgraded program starts cold);
/// - the SHA-256 of the cached text, checked against the one stored with it
///   (a damaged cache file is never trusted).
/// Entries are only made for files whose times lie clearly before the scan
/// began (racyMargin): a file written in the same clock tick as it was read
/// could change again without its times changing. Import warnings are kept
/// with their entry, so they are reported on every open; they are in the
/// interface language, so such an entry is used only in that language.
///
/// Anything unreadable about the cache file makes the cache empty; it is
/// rewritten (atomically) after the next scan. Failing to write it is not an
/// error: the corpus opens the same, only not faster next time.
class ImportCache
{
public:
    /// What identifies one version of an article file.
    struct Stamp
    {
        qint64 size = -1;
        qint64 modifiedMs = 0; ///< mtime, ms since the epoch (UTC)
        qint64 changedMs = 0; ///< ctime
        bool operator==(const Stamp &o) const
        {
            return size == o.size && modifiedMs == o.modifiedMs && changedMs == o.changedMs;
        }
        bool operator!=(const Stamp &o) const { return !(*this == o); }
        static Stamp of(const QFileInfo &info);
        /// The same from one stat() of the path; size -1 when it has none.
        static Stamp of(const QString &path);
    };

    explicit ImportCache(const QString &corpusRoot);

    static QString folderName() { return QStringLiteral(".marginalia-cache"); }
    static QString fileName() { return QStringLiteral("documents.cache"); }
    QString filePath() const;

    /// Reads the cache file. False (and an empty cache) when there is none or
    /// it is unusable; reason() says why.
    bool load();
    QString reason() const { return m_reason; }

    int size() const { return int(m_entries.size()); }
    bool contains(const QString &path) const { return m_entries.count(path) != 0; }

    /// The cached document for this file version, its text checked against
    /// its hash; nothing when there is no such entry or it does not check out.
    /// The entry then keeps the decoded text (shared with the returned
    /// document) instead of its UTF-8 form, so a corpus is not held twice.
    /// May run concurrently for different paths, while nothing else changes
    /// the cache.
    std::optional<ImportResult> take(const QString &path, const Stamp &stamp);

    /// Records a successful import (before per-corpus statistics:
    /// `document.boilerplate` holds the rule-based lines only).
    void store(const ImportResult &result, const Stamp &stamp);
    /// Drops every entry whose path is not in `paths`.
    void retainOnly(const QSet<QString> &paths);
    bool isModified() const { return m_modified; }

    /// Writes the cache file when anything changed. False with *error set
    /// when it could not be written (the corpus folder may be read-only).
    bool save(QString *error = nullptr);

    /// Versions and build identity that entries were made under.
    static QByteArray key();
    /// Bumped when the file layout changes.
    static constexpr quint32 FormatVersion = 3;

private:
    struct Entry
    {
        Stamp stamp;
        /// The text is empty until take() read it (or store() gave it).
        Document document;
        bool hasText = false;
        qint64 textOffset = 0; ///< of the UTF-8 text in the cache file
        qint64 textLength = 0;
        QStringList warnings;
        QString language; ///< QLocale().name() the warnings were written in
    };
    /// The UTF-8 text of an entry as the cache file has it (empty on failure).
    QByteArray readText(const Entry &entry, bool *ok) const;
    QString m_root;
    // std::unordered_map: find() on distinct keys may run on several threads at once.
    std::unordered_map<QString, Entry> m_entries;
    QString m_reason;
    bool m_modified = false;
};

} // namespace Marginalia
