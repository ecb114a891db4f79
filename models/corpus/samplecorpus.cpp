#include "samplecorpus.h"

#include "annotation/sidecarstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace Marginalia {

QString SampleCorpus::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1String("/sample-corpus");
}

bool SampleCorpus::install(const QString &target, QString *error)
{
    const QDir dir(target);
    if (dir.exists(SidecarStore::fileName()))
        return true;
    const QString from = resourceRoot();
    if (!QDir(from).exists()) {
        if (error)
            *error = QCoreApplication::translate("Marginalia::SampleCorpus", "this build has no bundled sample corpus");
        return false;
    }
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString rel = QDir(from).relativeFilePath(src);
        const QString dst = dir.filePath(rel);
        if (QFile::exists(dst))
            continue;
        if (!QDir().mkpath(QFileInfo(dst).absolutePath()) || !QFile::copy(src, dst)) {
            if (error)
                *error = QCoreApplication::translate("Marginalia::SampleCorpus", "%1: cannot be written")
                             .arg(QDir::toNativeSeparators(dst));
            return false;
        }
        // Resource files are read-only; the copy is the analyst's to annotate.
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return true;
}

} // namespace Marginalia
