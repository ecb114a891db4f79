#include "similarpanel.h"

#include "corpus/similarityfinder.h"
#include "itemmodels/corpusmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Marginalia {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

SimilarPanel::SimilarPanel(const CorpusModel *corpus, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
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
    connect(corpus, &QAbstractItemModel::modelReset, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
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
    m_list->clear();
    QVector<Document> documents;
    documents.reserve(m_corpus->documentCount());
    for (int row = 0; row < m_corpus->documentCount(); ++row)
        documents.append(m_corpus->document(row));
    const auto pairs = SimilarityFinder::find(documents, MinScore);
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
