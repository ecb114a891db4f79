#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Marginalia {

/// Turns the bytes of a text file into a QString, detecting the encoding:
/// a byte order mark (UTF-8, UTF-16, UTF-32) wins; then valid UTF-8; then
/// UTF-16 without BOM recognised by its NUL byte pattern; then uchardet's
/// guess (Windows-1252 for ISO-8859-1, as browsers do). Bytes that are invalid
/// in the chosen encoding become U+FFFD with a warning naming the first one.
/// Binary data (NUL bytes that are not UTF-16, many control characters) is
/// refused. Line endings are left as they are.
class TextDecoder
{
public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString encoding; ///< canonical name of what was used, e.g. "UTF-8", "windows-1252"
        QString error; ///< translated, when !ok
        QStringList warnings;
    };

    /// hint: an encoding the container declares (HTML meta charset), used
    /// when there is no BOM and the bytes are not valid UTF-8.
    static Result decode(const QByteArray &bytes, const QByteArray &hint = {});
    /// Byte offset of the first invalid UTF-8 sequence, or bytes.size().
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
    /// uchardet's guess for the bytes, or empty when it has none.
    static QByteArray detect(const QByteArray &bytes);
};

} // namespace Marginalia
