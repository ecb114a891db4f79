#pragma once

#include "tag.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Marginalia {

/// A codebook on its own, as a small JSON file (docs/codebook-format.md), so
/// that a team can share one codebook across corpora: the tags with their
/// ids, names, colours, descriptions, parents and shortcuts, in the same form
/// as the sidecar's "codebook". Reading is as strict as the sidecar's; every
/// error names the file and the place in it. A whole sidecar
/// (marginalia.json of another corpus) is accepted too: its codebook is read.
class CodebookFile
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::CodebookFile)
public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxSize = 16 * 1024 * 1024;

    struct ParseResult
    {
        bool ok = false;
        QString error; ///< translated; names the place in the file, not the file
        QVector<Tag> tags; ///< parents before children
        bool fromSidecar = false; ///< the bytes were a whole sidecar
    };
    static ParseResult parse(const QByteArray &bytes);
    /// Stable output: the tags in the given order (parents first), object
    /// keys sorted, 4-space indentation, trailing newline.
    static QByteArray serialize(const QVector<Tag> &tags);

    /// Reads and parses a file; on failure the error starts with the file name.
    static ParseResult load(const QString &path);
    /// Writes the file whole or not at all (QSaveFile); false with "PATH: problem".
    static bool save(const QString &path, const QVector<Tag> &tags, QString *error);
};

} // namespace Marginalia
