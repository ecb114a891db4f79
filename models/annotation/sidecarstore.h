#pragma once

#include "sidecardata.h"

#include <QString>

namespace Marginalia {

/// The one class that reads and writes a corpus sidecar file.
///
/// A write serialises, re-parses its own bytes to validate them, writes
/// through QSaveFile with an explicit flush and fsync before the atomic
/// rename, then fsyncs the directory so the rename itself is durable. It
/// refuses to replace a file on disk that does not parse: such a file may be
/// a newer format or hand edits, and is the user's to fix.
class SidecarStore
{
public:
    static QString fileName() { return QStringLiteral("marginalia.json"); }

    explicit SidecarStore(const QString &path);
    QString path() const { return m_path; }

    enum class Status { Ok, Missing, Unreadable, Invalid, Newer };
    struct LoadResult {
        Status status = Status::Missing;
        QString error; ///< translated, names the file
        SidecarData data;
    };
    LoadResult load() const;

    /// Returns false and sets *error (naming the file) when anything fails;
    /// the previous file is then untouched.
    bool save(const SidecarData &data, QString *error) const;

private:
    QString m_path;
};

} // namespace Marginalia
