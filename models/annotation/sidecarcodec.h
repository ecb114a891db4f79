#pragma once

#include "sidecardata.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace Marginalia {

class SidecarStream;

/// Reads and writes the sidecar JSON (docs/sidecar-format.md). Parsing is
/// strict: anything that is not a well-formed Marginalia sidecar of a version
/// this build understands is refused with a message that names the problem
/// and where it is, so the caller can open the corpus read-only instead of
/// overwriting a file it does not understand.
///
/// The JSON is read with RapidJSON's SAX reader and written by hand in the
/// layout QJsonDocument::Indented has always produced (byte for byte, so that
/// files written by earlier builds do not change on the next save); no other
/// class sees the JSON library. Members this version does not know are kept
/// as QJsonValue.
class SidecarCodec
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxSize = 256 * 1024 * 1024;
    /// Deepest nesting of arrays and objects accepted (QJsonDocument's limit).
    static constexpr int MaxDepth = 1024;

    struct ParseResult
    {
        bool ok = false;
        bool newerVersion = false; ///< valid file of a later format version
        QString error; ///< translated; does not include the file name
        SidecarData data;
    };

    static ParseResult parse(const QByteArray &bytes);

    /// What check() found: the same verdict parse() gives, without the data.
    struct CheckResult
    {
        bool ok = false;
        bool newerVersion = false;
        QString error; ///< as parse() words it
        int tagCount = 0;
        int annotationCount = 0;
    };
    /// Validates bytes exactly as parse() does (syntax, UTF-8, every type,
    /// every rule across fields) but does not build the strings of the data:
    /// what SidecarStore runs on its own output before it replaces a file.
    /// Accepts exactly what parse() accepts.
    static CheckResult check(const QByteArray &bytes);
    /// check() of the bytes serialize(data, stream) is writing, run on another
    /// thread while they are written: it reads each unit once the one after
    /// it is published. The same checks; a false result may also mean only
    /// "not decided here" (two ids with one hash, or a problem that check()
    /// words better), so the caller runs check() on the finished bytes
    /// before it reports anything.
    static CheckResult check(SidecarStream *stream);

    /// Stable output: documents sorted by path, spans by (start, end, id),
    /// object keys sorted, 4-space indentation, trailing newline.
    static QByteArray serialize(const SidecarData &data);
    /// The same bytes, published to `stream` as they are written (see
    /// SidecarStream); the stream is closed when this returns.
    static QByteArray serialize(const SidecarData &data, SidecarStream *stream);

    /// Reads an array of tags as the sidecar's "codebook" holds them: every
    /// field type-checked, ids unique, names not empty, each parent listed
    /// before its children. `field` names the array in the error (also used
    /// for codebook files, whose array is "tags"). False and a translated
    /// error at the first problem.
    static bool parseTags(const QJsonValue &value, const QString &field, QVector<Tag> *tags, QString *error);
    /// Tags as written in the sidecar (unknown members kept), in the given order.
    static QJsonArray tagsToJson(const QVector<Tag> &tags);
};

} // namespace Marginalia
