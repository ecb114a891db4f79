#include "cliprogress.h"

#include "corpus/corpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <mutex>

#include <unistd.h>

namespace Marginalia {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::CliProgress", text);
}

} // namespace

void CliProgress::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("progress"), tr("Print the progress on standard error (the default on a terminal).") });
    parser.addOption({ QStringLiteral("no-progress"), tr("Print no progress, also on a terminal.") });
}

bool CliProgress::wanted(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("progress"))
        || (!parser.isSet(QStringLiteral("no-progress")) && isatty(fileno(stderr)));
}

std::function<void(int, int)> CliProgress::printer(const QString &format)
{
    struct State
    {
        std::mutex mutex;
        int shown = -1; ///< percent last printed
    };
    auto state = std::make_shared<State>();
    const bool terminal = isatty(fileno(stderr));
    return [state, terminal, format](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        const std::lock_guard<std::mutex> lock(state->mutex);
        if (percent <= state->shown)
            return;
        state->shown = percent;
        const QByteArray line = format.arg(done).arg(total).arg(percent).toLocal8Bit();
        if (terminal && done == total)
            std::fputs("\r\033[K", stderr);
        else if (terminal)
            std::fprintf(stderr, "\r%s\033[K", line.constData());
        else
            std::fprintf(stderr, "%s\n", line.constData());
        std::fflush(stderr);
    };
}

void CliProgress::setUpImport(const QCommandLineParser &parser, Corpus &corpus)
{
    if (!wanted(parser))
        return;
    // Translated once, here: the callback runs on the importing threads.
    corpus.setImportProgress(printer(tr("Importing articles: %1 of %2 (%3%)")));
}

} // namespace Marginalia
