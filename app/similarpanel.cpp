#include "similarpanel.h"

#include "corpus/importpool.h"
#include "itemmodels/corpusmodel.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Marginalia {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

SimilarPanel::SimilarPanel(const CorpusModel *corpus, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("similarPanel"));
    m_list->setObjectName(QStringLiteral("similarList"));
    m_list->setAccessibleName(tr("Similar articles"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Score"), tr("Article"), tr("Similar article"), tr("Kind") });
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_summary->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &SimilarPanel::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(refreshButton, 0, Qt::AlignRight);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT pairRequested(item->data(1, PathRole).toString(), item->data(2, PathRole).toString());
        Q_EMIT documentRequested(item->data(1, PathRole).toString());
    });
    // Batches of a loading corpus come every 25 ms: the pairs are computed
    // once they stop.
    m_settle->setSingleShot(true);
    m_settle->setInterval(500);
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(corpus, &QAbstractItemModel::modelReset, this, &SimilarPanel::articlesChanged);
    connect(corpus, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &at) {
        if (!at.isValid())
            articlesChanged();
    });
    connect(corpus, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &at) {
        if (!at.isValid())
            articlesChanged();
    });
}

SimilarPanel::~SimilarPanel()
{
    // The computation reads copies of the documents only, but must not run on
    // while the process ends.
    for (QFuture<Found> &f : m_running)
        f.waitForFinished();
}

void SimilarPanel::articlesChanged()
{
    m_stale = true;
    ++m_generation; // a computation under way is of other articles
    if (isVisible())
        m_settle->start();
}

int SimilarPanel::pairCount() const
{
    return m_list->topLevelItemCount();
}

void SimilarPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SimilarPanel::refresh()
{
    m_stale = false;
    m_settle->stop();
    const quint64 generation = ++m_generation;
    m_started = generation;
    QVector<Document> documents;
    documents.reserve(m_corpus->documentCount());
    for (int row = 0; row < m_corpus->documentCount(); ++row)
        documents.append(m_corpus->document(row)); // texts stay in the corpus's store
    m_computing = true;
    m_summary->setText(tr("Looking for articles on the same story among %n article(s)…", nullptr, int(documents.size())));
    // The import threads, not Qt's global pool (the raster paint engine waits
    // for a thread of that one).
    const QFuture<Found> future = QtConcurrent::run(importPool(), [documents = std::move(documents)] {
        Found found;
        found.pairs = SimilarityFinder::find(documents, MinScore);
        found.documents = documents;
        return found;
    });
    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcher<Found>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_started)
            m_computing = false;
        if (generation == m_generation) // else the articles changed meanwhile
            showPairs(watcher->result());
    });
    m_running.removeIf([](const QFuture<Found> &f) { return f.isFinished(); });
    m_running.append(future);
    watcher->setFuture(future);
}

void SimilarPanel::showPairs(const Found &found)
{
    const QVector<Document> &documents = found.documents;
    const QVector<SimilarityFinder::Pair> &pairs = found.pairs;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const auto &p : pairs) {
        if (items.size() >= MaxPairs)
            break;
        const Document &a = documents.at(p.first);
        const Document &b = documents.at(p.second);
        auto *item = new QTreeWidgetItem;
        item->setText(0, QString::number(p.score, 'f', 2));
        item->setText(1, tr("%1 (%2)").arg(a.meta.title, a.meta.outlet));
        item->setText(2, tr("%1 (%2)").arg(b.meta.title, b.meta.outlet));
        item->setText(3, p.nearDuplicate ? tr("near-duplicate") : p.wireCopy ? tr("wire copy") : QString());
        item->setData(1, PathRole, a.path);
        item->setData(2, PathRole, b.path);
        item->setToolTip(1, a.path);
        item->setToolTip(2, b.path);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(3);
    m_summary->setText(pairs.isEmpty()
            ? tr("No two articles cover the same story closely enough.")
            : tr("%n pair(s) of articles on the same story, best first.", nullptr, int(pairs.size())));
}

} // namespace Marginalia
