#include "importerregistry.h"

#include "docximporter.h"
#include "epubimporter.h"
#include "htmlimporter.h"
#include "importcache.h"
#include "pdfimporter.h"
#include "plaintextimporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::ImporterRegistry", text);
}

} // namespace

ImporterRegistry::ImporterRegistry()
{
    m_importers.push_back(std::make_unique<PlainTextImporter>());
    m_importers.push_back(std::make_unique<HtmlImporter>());
    m_importers.push_back(std::make_unique<DocxImporter>());
    m_importers.push_back(std::make_unique<EpubImporter>());
    m_importers.push_back(std::make_unique<PdfImporter>());
    for (const auto &importer : m_importers) {
        for (const QString &suffix : importer->suffixes())
            m_bySuffix.emplace(suffix, importer.get()); // the first importer of a suffix wins
    }
}

const ImporterRegistry &ImporterRegistry::instance()
{
    static const ImporterRegistry registry;
    return registry;
}

QStringList ImporterRegistry::suffixes() const
{
    QStringList all;
    for (const auto &importer : m_importers)
        all += importer->suffixes();
    return all;
}

const Importer *ImporterRegistry::forFile(const QString &fileName) const
{
    // QFileInfo::suffix() without a QFileInfo, and a hash instead of each
    // importer's list: this runs for every file of every folder scanned.
    const qsizetype slash = fileName.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || dot < slash)
        return nullptr;
    const QString suffix = fileName.mid(dot + 1).toLower();
    const auto it = m_bySuffix.find(suffix);
    return it != m_bySuffix.end() ? it->second : nullptr;
}

bool ImporterRegistry::canImport(const QString &fileName) const
{
    return forFile(fileName) != nullptr;
}

ImportResult ImporterRegistry::importFile(
    const QString &root, const QString &relativePath, const ImportCache::Stamp *known) const
{
    ImportResult result;
    QFile file(root + QLatin1Char('/') + relativePath);
    // One stat(), times in UTC (QFileInfo's local times cost a time zone
    // look-up per file; see ImportCache::Stamp).
    const ImportCache::Stamp info = known ? *known : ImportCache::Stamp::of(file.fileName());
    if (info.size > MaxFileSize) {
        result.error = tr("the file is %1 MB, larger than the %2 MB an article may have")
                           .arg(info.size / (1024 * 1024))
                           .arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot be read: %1").arg(file.errorString());
        return result;
    }
    // Read at most one byte past the cap: the file may have grown since stat().
    // Asking QIODevice::read() for the cap itself would allocate all of it
    // for every file; start with what stat() said.
    QByteArray bytes = file.read(std::min(std::max<qint64>(info.size, 0), MaxFileSize) + 1);
    if (!file.atEnd() && bytes.size() <= MaxFileSize && file.error() == QFileDevice::NoError)
        bytes += file.read(MaxFileSize + 1 - bytes.size());
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("reading failed: %1").arg(file.errorString());
        return result;
    }
    if (bytes.size() > MaxFileSize) {
        result.error = tr("the file is larger than the %1 MB an article may have").arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    result = importBytes(bytes, relativePath);
    result.document.fileSize = std::max<qint64>(info.size, 0);
    result.document.fileModified = QDateTime::fromMSecsSinceEpoch(info.modifiedMs, Qt::UTC);
    return result;
}

ImportResult ImporterRegistry::importBytes(const QByteArray &bytes, const QString &relativePath) const
{
    const Importer *importer = forFile(relativePath);
    if (!importer) {
        ImportResult result;
        result.error = tr("is not in a format Marginalia reads");
        return result;
    }
    ImportResult result = importer->importBytes(bytes, relativePath);
    result.document.fileSize = bytes.size();
    if (result.ok) {
        result.document.format = result.document.format.isEmpty() ? importer->name() : result.document.format;
        result.document.extractorVersion = importer->version();
    } else {
        result.document = Document();
    }
    return result;
}

} // namespace Marginalia
