#include "mergecommand.h"

#include "annotation/sidecarmerge.h"
#include "annotation/sidecarstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::MergeCommand", text);
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// An empty file stands for "no common ancestor" (what git passes as %O then).
bool loadSide(const QString &path, bool emptyAllowed, SidecarData *data)
{
    if (emptyAllowed && QFileInfo(path).isFile() && QFileInfo(path).size() == 0) {
        *data = {};
        return true;
    }
    const SidecarStore::LoadResult loaded = SidecarStore(path).load();
    if (loaded.status == SidecarStore::Status::Ok) {
        *data = loaded.data;
        return true;
    }
    if (loaded.status == SidecarStore::Status::Missing)
        err() << tr("marginalia merge: %1: no such file").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    else
        err() << tr("marginalia merge: %1").arg(loaded.error) << Qt::endl;
    return false;
}

} // namespace

int MergeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Merge Marginalia sidecars by tag and annotation id.\n\n"
           "  marginalia merge BASE OURS THEIRS [-o OUT]\n"
           "      three-way merge; the result replaces OURS unless -o is given (git merge driver: %O %A %B)\n"
           "  marginalia merge --into MINE OTHER\n"
           "      fold another analyst's sidecar of the same corpus into MINE (a backup of MINE is kept)\n\n"
           "Exit code: 0 merged, 1 merged with conflicts (both versions kept and listed), 2 error."));
    parser.addHelpOption();
    const QCommandLineOption outOption(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("Write the result to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption intoOption(QStringLiteral("into"), tr("Fold OTHER into MINE."), QStringLiteral("MINE"));
    parser.addOption(outOption);
    parser.addOption(intoOption);
    parser.addPositionalArgument(QStringLiteral("merge"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILES"), tr("BASE OURS THEIRS, or OTHER with --into."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments().mid(1);

    SidecarMerge::Result merged;
    QString target;
    int backups = 0;
    if (parser.isSet(intoOption)) {
        if (files.size() != 1 || parser.isSet(outOption)) {
            err() << tr("marginalia merge --into MINE OTHER: expected exactly one OTHER file and no -o") << Qt::endl;
            return 2;
        }
        SidecarData mine, other;
        target = parser.value(intoOption);
        if (!loadSide(target, false, &mine) || !loadSide(files.at(0), false, &other))
            return 2;
        merged = SidecarMerge::fold(mine, other);
        backups = SidecarStore(target).backupCount(); // it is the analyst's own file
    } else {
        if (files.size() != 3) {
            err() << tr("marginalia merge: expected BASE OURS THEIRS (see marginalia merge --help)") << Qt::endl;
            return 2;
        }
        SidecarData base, ours, theirs;
        if (!loadSide(files.at(0), true, &base) || !loadSide(files.at(1), false, &ours)
            || !loadSide(files.at(2), false, &theirs))
            return 2;
        merged = SidecarMerge::threeWay(base, ours, theirs);
        target = parser.isSet(outOption) ? parser.value(outOption) : files.at(1);
    }

    SidecarStore store(target);
    store.setBackupCount(backups);
    QString error;
    if (!store.save(merged.data, &error)) {
        err() << tr("marginalia merge: %1").arg(error) << Qt::endl;
        return 2;
    }
    for (const QString &c : std::as_const(merged.conflicts))
        err() << tr("conflict: %1").arg(c) << Qt::endl;
    if (merged.hasConflicts()) {
        err() << QCoreApplication::translate("Marginalia::MergeCommand",
            "marginalia merge: %n conflict(s); both versions are kept in %1", nullptr, int(merged.conflicts.size()))
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Marginalia
