// Times the window opening a corpus (MainWindow::openCorpus, which loads the
// articles in the background): until openCorpus() returns, until the first
// articles are painted in the document list, and until all are in; then the
// peak memory of the process. Offscreen, so nothing is drawn on a screen, but
// the list's viewport paints as it would (the paint event is what is timed).
//
//   python3 bench/genmixed.py /tmp/mixed10k
//   QT_QPA_PLATFORM=offscreen build/bench/bench_open /tmp/mixed10k [runs]
//
// Each run opens the corpus in a new window; the import cache is what the
// corpus folder holds (remove /tmp/mixed10k/.marginalia-cache for a cold run).
// Once all are in and the import cache is written, each run prints what the
// process holds then (VmRSS after malloc_trim, so freed memory is not
// counted) and what the corpus's TextStore holds. With --texts-in-memory the
// corpus keeps every text in memory instead (Corpus::setTextsOnDisk(false)),
// for comparison.

#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"
#include "similarpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <QFile>
#include <QThread>

#include "corpus/textstore.h"

#include <malloc.h>
#include <sys/resource.h>

using namespace Marginalia;

namespace {

// Notes the first paint of the list's viewport that shows at least one row.
class FirstPaint : public QObject
{
public:
    FirstPaint(QTreeView *view, QElapsedTimer *clock)
        : m_view(view)
        , m_clock(clock)
    {
        view->viewport()->installEventFilter(this);
    }
    qint64 at = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (at < 0 && event->type() == QEvent::Paint && m_view->model()->rowCount() > 0)
            at = m_clock->elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView *m_view;
    QElapsedTimer *m_clock;
};

/// Resident memory now, in MiB, after handing freed heap back to the system.
double residentMiB()
{
    malloc_trim(0);
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaBench"));
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_open CORPUS_DIR [runs]\n";
        return 2;
    }
    QStringList positional = args;
    const bool textsInMemory = positional.removeAll(QStringLiteral("--texts-in-memory")) > 0;
    const int runs = positional.size() > 2 ? positional.at(2).toInt() : 3;
    for (int run = 1; run <= runs; ++run) {
        MainWindow window;
        window.setAutosaveDelay(60 * 60 * 1000);
        window.resize(1400, 900);
        window.show();
        window.corpus()->setTextsOnDisk(!textsInMemory);
        QApplication::processEvents();
        auto *list = window.findChild<QTreeView *>(QStringLiteral("documentList"));
        QElapsedTimer clock;
        FirstPaint firstPaint(list, &clock);
        qint64 firstRows = -1;
        QObject::connect(window.corpus()->documents(), &QAbstractItemModel::rowsInserted, &window,
            [&firstRows, &clock] {
                if (firstRows < 0)
                    firstRows = clock.elapsed();
            });
        const bool trace = qEnvironmentVariableIsSet("BENCH_OPEN_TRACE");
        QObject::connect(window.corpus(), &Corpus::loadingProgress, &window, [&clock, trace](int done, int total) {
            if (trace)
                QTextStream(stderr) << clock.elapsed() << " ms: " << done << " of " << total << "\n";
        });
        QTimer tick;
        qint64 lastTick = 0, worstGap = 0;
        QObject::connect(&tick, &QTimer::timeout, &window, [&] {
            worstGap = std::max(worstGap, clock.elapsed() - lastTick);
            lastTick = clock.elapsed();
        });
        tick.start(10);
        clock.start();
        if (!window.openCorpus(positional.at(1))) {
            out << "cannot open " << positional.at(1) << "\n";
            return 1;
        }
        const qint64 returned = clock.elapsed();
        while (firstPaint.at < 0 && clock.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        const int rowsAtFirstPaint = list->model()->rowCount();
        while (window.isLoading() && clock.elapsed() < 600000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        const qint64 all = clock.elapsed();
        if (trace)
            QTextStream(stderr) << "longest gap between 10 ms ticks: " << worstGap << " ms\n";
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            box->close();
        out << "run " << run << ": openCorpus returned " << returned << " ms, first rows in the model "
            << firstRows << " ms, first " << rowsAtFirstPaint << " articles painted " << firstPaint.at << " ms, all " << window.corpus()->documents()->documentCount()
            << " in " << all << " ms\n";
        // The Similar Articles panel computes the pairs of the whole corpus
        // once the articles stop arriving (on an import thread): wait for it.
        qint64 pairsAt = -1;
        if (auto *panel = window.findChild<SimilarPanel *>()) {
            const qint64 until = clock.elapsed() + 120000;
            // It starts half a second after the last batch.
            while (!panel->isComputing() && clock.elapsed() < all + 1500)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            while (panel->isComputing() && clock.elapsed() < until)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            pairsAt = clock.elapsed();
            out << "run " << run << ": " << panel->pairCount() << " similar pairs shown at " << pairsAt << " ms\n";
        }
        // The import cache is written on a pool thread after the last article
        // is in; its entries hold texts until then. Let it finish (untimed).
        const qint64 settleUntil = clock.elapsed() + 3000;
        while (clock.elapsed() < settleUntil) {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(20);
        }
        const auto &store = window.corpus()->documents()->textStore();
        out << "run " << run << ": resident " << QString::number(residentMiB(), 'f', 1) << " MiB after loading; texts "
            << (store ? QStringLiteral("in a file of %1 MiB, %2 MiB of them cached")
                            .arg(double(store->fileBytes()) / (1 << 20), 0, 'f', 1)
                            .arg(double(store->cachedBytes()) / (1 << 20), 0, 'f', 1)
                      : QStringLiteral("in memory"))
            << "\n";
        out.flush();
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "peak RSS " << usage.ru_maxrss / 1024 << " MB\n";
    return 0;
}
