#pragma once

#include <QCoreApplication>
#include <QString>

namespace Marginalia {

/// Reads an article's original file (or the sidecar) as text for the
/// read-only source views. It only reads: the views show exactly what is on
/// disk, decoded as UTF-8 (bytes that are not UTF-8 show as U+FFFD), line
/// endings kept. Large files are cut at maxBytes and say so.
class SourceFile
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::SourceFile)
public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString error; ///< translated; names the file and the problem
        bool truncated = false;
    };

    static Result read(const QString &path, qint64 maxBytes = DefaultMaxBytes);

    /// More than this is not useful to read in a source view.
    static constexpr qint64 DefaultMaxBytes = 4 * 1024 * 1024;
};

} // namespace Marginalia
