#pragma once

#include "sidecardata.h"

#include <QByteArray>
#include <QString>

namespace Marginalia {

/// Reads and writes the sidecar JSON (docs/sidecar-format.md). Parsing is
/// strict: anything that is not a well-formed Marginalia sidecar of a version
/// this build understands is refused with a message that names the problem
/// and where it is, so the caller can open the corpus read-only instead of
/// overwriting a file it does not understand.
class SidecarCodec
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxSize = 256 * 1024 * 1024;

    struct ParseResult {
        bool ok = false;
        bool newerVersion = false; ///< valid file of a later format version
        QString error; ///< translated; does not include the file name
        SidecarData data;
    };

    static ParseResult parse(const QByteArray &bytes);
    /// Stable output: documents sorted by path, spans by (start, end, id),
    /// object keys sorted, 4-space indentation, trailing newline.
    static QByteArray serialize(const SidecarData &data);
};

} // namespace Marginalia
