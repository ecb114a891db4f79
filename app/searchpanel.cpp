#include "searchpanel.h"

#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/searchresultmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Marginalia {

SearchPanel::SearchPanel(Corpus *corpus, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_results(new SearchResultModel(corpus->documents(), this))
    , m_pattern(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_wholeWord(new QCheckBox(tr("W&hole words"), this))
    , m_regex(new QCheckBox(tr("Re&gular expression"), this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_tagAll(new QPushButton(tr("Tag &All Results…"), this))
{
    m_pattern->setObjectName(QStringLiteral("searchPattern"));
    m_pattern->setPlaceholderText(tr("Search the corpus (Enter)"));
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setAccessibleName(tr("Search the corpus"));
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_results);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(SearchResultModel::DocumentColumn, 160);
    m_view->setColumnWidth(SearchResultModel::BeforeColumn, 220);
    m_view->setColumnWidth(SearchResultModel::MatchColumn, 110);
    m_tagAll->setObjectName(QStringLiteral("tagAllResults"));
    m_tagAll->setEnabled(false);
    m_status->setObjectName(QStringLiteral("searchStatus"));

    auto *options = new QHBoxLayout;
    options->addWidget(m_case);
    options->addWidget(m_wholeWord);
    options->addWidget(m_regex);
    options->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_tagAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pattern);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_pattern, &QLineEdit::returnPressed, this, &SearchPanel::search);
    for (QCheckBox *box : { m_case, m_wholeWord, m_regex }) {
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_pattern->text().isEmpty())
                search();
        });
    }
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT hitActivated(index.data(SearchResultModel::PathRole).toString(),
            index.data(SearchResultModel::StartRole).toInt(), index.data(SearchResultModel::EndRole).toInt());
    });
    connect(m_tagAll, &QPushButton::clicked, this, &SearchPanel::tagAllRequested);
    connect(m_results, &QAbstractItemModel::modelReset, this,
        [this] { m_tagAll->setEnabled(m_results->rowCount() > 0 && m_corpus->isEditable()); });
}

CorpusSearch::Query SearchPanel::query() const
{
    CorpusSearch::Query q;
    q.pattern = m_pattern->text();
    q.caseSensitive = m_case->isChecked();
    q.wholeWord = m_wholeWord->isChecked();
    q.regex = m_regex->isChecked();
    return q;
}

void SearchPanel::search()
{
    const CorpusSearch search(query());
    if (!search.isValid()) {
        m_results->setHits({});
        m_status->setText(m_pattern->text().isEmpty() ? QString() : search.errorString());
        return;
    }
    const QVector<CorpusSearch::Hit> hits = search.search(m_corpus->documents());
    QSet<QString> documents;
    for (const auto &h : hits)
        documents.insert(h.path);
    m_results->setHits(hits);
    m_status->setText(tr("%n match(es)", nullptr, int(hits.size())) + QStringLiteral(" \u00b7 ")
        + tr("%n document(s)", nullptr, int(documents.size())));
}

} // namespace Marginalia
