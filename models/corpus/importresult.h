#pragma once

#include "document.h"

#include <QString>
#include <QStringList>

namespace Marginalia {

/// What an importer made of one file: a Document, or an error that says what
/// is wrong (translated; the caller names the file), plus warnings.
struct ImportResult
{
    bool ok = false;
    QString error;
    QStringList warnings;
    Document document;
};

} // namespace Marginalia
