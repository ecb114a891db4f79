#include "ziparchive.h"

#include <QCoreApplication>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::ZipArchive", text);
}

} // namespace

ZipArchive::ZipArchive(const QByteArray &bytes)
    : m_bytes(bytes)
    , m_buffer(&m_bytes)
    , m_zip(std::make_unique<QuaZip>(&m_buffer))
{
    if (!m_zip->open(QuaZip::mdUnzip))
        return;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            continue;
        m_names.append(info.name);
        m_compressed.insert(info.name, qint64(info.compressedSize));
        m_encrypted.insert(info.name, (info.flags & 1) != 0);
        if (m_names.size() > 100000)
            break; // no real document has that many parts
    }
    m_valid = true;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        m_zip->close();
}

bool ZipArchive::read(const QString &name, QByteArray *out, QString *error)
{
    out->clear();
    if (!m_valid || !m_compressed.contains(name)) {
        *error = tr("the part \"%1\" is missing").arg(name);
        return false;
    }
    if (m_encrypted.value(name)) {
        *error = tr("the part \"%1\" is encrypted").arg(name);
        return false;
    }
    if (!m_zip->setCurrentFile(name, QuaZip::csSensitive)) {
        *error = tr("the part \"%1\" cannot be found in the archive").arg(name);
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the part \"%1\" cannot be opened (damaged archive)").arg(name);
        return false;
    }
    const qint64 compressed = std::max<qint64>(1, m_compressed.value(name));
    char chunk[65536];
    while (true) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0) {
            *error = tr("the part \"%1\" is damaged").arg(name);
            out->clear();
            return false;
        }
        if (n == 0)
            break;
        out->append(chunk, n);
        m_total += n;
        if (out->size() > MaxEntrySize || m_total > MaxTotalSize
            || (out->size() > 1024 * 1024 && out->size() / compressed > MaxRatio)) {
            *error = tr("the part \"%1\" decompresses to far more than it could hold (a zip bomb?); refused").arg(name);
            out->clear();
            return false;
        }
    }
    file.close(); // checks the CRC
    if (file.getZipError() != 0) {
        *error = tr("the part \"%1\" is damaged (checksum or data error)").arg(name);
        out->clear();
        return false;
    }
    return true;
}

} // namespace Marginalia
