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

#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

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
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    for (int run = 1; run <= runs; ++run) {
        MainWindow window;
        window.setAutosaveDelay(60 * 60 * 1000);
        window.resize(1400, 900);
        window.show();
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
        if (!window.openCorpus(args.at(1))) {
            out << "cannot open " << args.at(1) << "\n";
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
        out.flush();
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "peak RSS " << usage.ru_maxrss / 1024 << " MB\n";
    return 0;
}
