#include "codedsegmentspanel.h"

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/codedsegmentsproxy.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/spanlistproxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace Marginalia {

CodedSegmentsPanel::CodedSegmentsPanel(Corpus *corpus, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_flat(new SpanListProxy(this))
    , m_proxy(new CodedSegmentsProxy(this))
    , m_tag(new QComboBox(this))
    , m_subTags(new QCheckBox(tr("Include s&ub-tags"), this))
    , m_text(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
{
    m_flat->setSourceModel(corpus->documents());
    m_proxy->setCodebook(corpus->codebook());
    m_proxy->setSourceModel(m_flat);

    m_tag->setObjectName(QStringLiteral("segmentsTag"));
    m_tag->setAccessibleName(tr("Tag of the coded segments"));
    m_subTags->setObjectName(QStringLiteral("segmentsSubTags"));
    m_subTags->setChecked(true);
    m_text->setObjectName(QStringLiteral("segmentsFilter"));
    m_text->setPlaceholderText(tr("Filter quotes, notes and titles"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter the coded segments"));
    m_view->setObjectName(QStringLiteral("segmentsView"));
    m_view->setAccessibleName(tr("Coded segments"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SpanListProxy::DocumentColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(SpanListProxy::DocumentColumn, 160);
    m_view->setColumnWidth(SpanListProxy::OutletColumn, 110);
    m_view->setColumnWidth(SpanListProxy::QuoteColumn, 260);
    m_view->setColumnWidth(SpanListProxy::TagColumn, 140);
    m_status->setObjectName(QStringLiteral("segmentsStatus"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_tag, 1);
    top->addWidget(m_subTags);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    fillTags();
    CodebookModel *codebook = corpus->codebook();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(codebook, signal, this, &CodedSegmentsPanel::fillTags);
    connect(codebook, &QAbstractItemModel::rowsMoved, this, &CodedSegmentsPanel::fillTags);
    connect(codebook, &QAbstractItemModel::modelReset, this, &CodedSegmentsPanel::fillTags);
    connect(codebook, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() == CodebookModel::NameColumn) // not the span counts
            fillTags();
    });
    connect(m_tag, qOverload<int>(&QComboBox::currentIndexChanged), this, &CodedSegmentsPanel::applyFilter);
    connect(m_subTags, &QCheckBox::toggled, this, &CodedSegmentsPanel::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_proxy, &CodedSegmentsProxy::setText);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &CodedSegmentsPanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CodedSegmentsPanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CodedSegmentsPanel::updateStatus);
    // A single click jumps, as in the Highlights list; Enter does too.
    const auto jump = [this](const QModelIndex &index) {
        Q_EMIT segmentActivated(
            index.data(CorpusModel::PathRole).toString(), index.data(CorpusModel::SpanIdRole).toString());
    };
    connect(m_view, &QTreeView::clicked, this, jump);
    connect(m_view, &QTreeView::activated, this, jump);
    updateStatus();
}

void CodedSegmentsPanel::setTag(const QString &tagId)
{
    const int i = m_tag->findData(tagId);
    if (i >= 0)
        m_tag->setCurrentIndex(i);
}

void CodedSegmentsPanel::fillTags()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    const CodebookModel *codebook = m_corpus->codebook();
    for (const Tag &t : codebook->tags()) {
        int depth = 0;
        for (QString p = t.parentId; !p.isEmpty(); p = codebook->tag(p).parentId)
            ++depth;
        QPixmap swatch(12, 12);
        swatch.fill(t.color.isValid() ? t.color : QColor(Qt::transparent));
        m_tag->addItem(QIcon(swatch), QString(depth * 4, QLatin1Char(' ')) + t.name, t.id);
    }
    const int i = m_tag->findData(current);
    m_tag->setCurrentIndex(i < 0 ? 0 : i);
    if (i < 0 && !current.isEmpty())
        applyFilter(); // the chosen tag is gone
}

void CodedSegmentsPanel::applyFilter()
{
    m_proxy->setTagId(m_tag->currentData().toString(), m_subTags->isChecked());
    updateStatus();
}

void CodedSegmentsPanel::updateStatus()
{
    m_status->setText(tr("%n segment(s)", nullptr, m_proxy->rowCount()));
}

} // namespace Marginalia
