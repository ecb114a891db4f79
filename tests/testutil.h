#pragma once

// Small helpers shared by the test suites.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace TestUtil {

/// Copies a folder tree (e.g. the sample corpus) into dest.
inline bool copyTree(const QString &from, const QString &dest)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString target = dest + QLatin1Char('/') + QDir(from).relativeFilePath(src);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return false;
        QFile::remove(target);
        if (!QFile::copy(src, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

/// MainWindow::openCorpus() loads the articles in the background: opens the
/// corpus and waits until all of them are in (and the window has reported
/// problems and offered recovery), as the tests of other features expect.
template<typename Window>
bool openCorpusAndWait(Window *window, const QString &directory)
{
    if (!window->openCorpus(directory))
        return false;
    return QTest::qWaitFor([window] { return !window->isLoading(); }, 120000);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

} // namespace TestUtil
