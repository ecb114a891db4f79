#pragma once

#include <QString>
#include <QVector>

namespace Marginalia {

/// Something wrong with one file of a corpus, reported to the user by name.
/// A problem never stops the rest of the corpus from loading.
struct Problem {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file; ///< path relative to the corpus root (or the sidecar's name)
    QString message; ///< translated, complete sentence

    static Problem error(const QString &file, const QString &message) { return {Severity::Error, file, message}; }
    static Problem warning(const QString &file, const QString &message) { return {Severity::Warning, file, message}; }
};

using Problems = QVector<Problem>;

} // namespace Marginalia
