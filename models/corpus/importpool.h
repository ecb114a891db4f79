#pragma once

#include <QThreadPool>

namespace Marginalia {

/// The threads that import articles (CorpusLoader, CorpusScanner, the
/// window's look at a changed folder). Not QThreadPool::globalInstance():
/// Qt's raster painting waits for a thread of the global pool, so a window
/// whose import kept the global pool busy could not paint its first articles
/// until every file was imported.
inline QThreadPool *importPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // never destroyed: tasks may still run at exit
        p->setMaxThreadCount(QThread::idealThreadCount());
        return p;
    }();
    return pool;
}

} // namespace Marginalia
