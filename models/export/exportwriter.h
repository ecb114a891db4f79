#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Marginalia {

/// Writes an export's bytes to its file all at once through QSaveFile: the
/// file appears complete or not at all, and an existing file is replaced only
/// when the new one was written in full (a full disk, a missing folder or a
/// read-only place leave it as it was).
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::ExportWriter)
public:
    /// False with error ("PATH: problem") when the file could not be written.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace Marginalia
