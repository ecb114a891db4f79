#include "documentfilterbar.h"

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"
#include "itemmodels/documentfilterproxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QVBoxLayout>

namespace Marginalia {

DocumentFilterBar::DocumentFilterBar(Corpus *corpus, DocumentFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_proxy(proxy)
    , m_text(new QLineEdit(this))
    , m_outlet(new QComboBox(this))
    , m_tag(new QComboBox(this))
{
    m_text->setObjectName(QStringLiteral("documentFilterText"));
    m_text->setPlaceholderText(tr("Filter: title, outlet or text"));
    m_text->setAccessibleName(tr("Filter the documents by text"));
    m_text->setClearButtonEnabled(true);
    m_outlet->setObjectName(QStringLiteral("documentFilterOutlet"));
    m_outlet->setAccessibleName(tr("Filter the documents by outlet"));
    m_tag->setObjectName(QStringLiteral("documentFilterTag"));
    m_tag->setAccessibleName(tr("Filter the documents by tag"));
    auto *combos = new QHBoxLayout;
    combos->addWidget(m_outlet, 1);
    combos->addWidget(m_tag, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(combos);

    connect(m_text, &QLineEdit::textChanged, m_proxy, &DocumentFilterProxy::setText);
    connect(m_outlet, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setOutlet(m_outlet->currentData().toString()); });
    connect(
        m_tag, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTagId(m_tag->currentData().toString()); });
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(corpus->documents()),
             static_cast<QAbstractItemModel *>(corpus->codebook()) }) {
        connect(model, &QAbstractItemModel::modelReset, this, &DocumentFilterBar::refill);
        connect(model, &QAbstractItemModel::rowsInserted, this, &DocumentFilterBar::refill);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DocumentFilterBar::refill);
        connect(model, &QAbstractItemModel::rowsMoved, this, &DocumentFilterBar::refill);
    }
    connect(corpus->documents(), &CorpusModel::metadataChanged, this, &DocumentFilterBar::refill); // outlets may change
    connect(corpus->codebook(), &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() == CodebookModel::NameColumn) // not the span counts
            refill();
    });
    refill();
}

void DocumentFilterBar::refill()
{
    // Keep the choices that still exist.
    const QString outlet = m_outlet->currentData().toString();
    const QString tag = m_tag->currentData().toString();
    const QSignalBlocker blockOutlet(m_outlet);
    const QSignalBlocker blockTag(m_tag);
    m_outlet->clear();
    m_outlet->addItem(tr("All outlets"), QString());
    QStringList outlets;
    const CorpusModel *docs = m_corpus->documents();
    for (int row = 0; row < docs->documentCount(); ++row) {
        const QString o = docs->document(row).meta.outlet;
        if (!o.isEmpty() && !outlets.contains(o))
            outlets.append(o);
    }
    outlets.sort(Qt::CaseInsensitive);
    for (const QString &o : std::as_const(outlets))
        m_outlet->addItem(o, o);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const Tag &t : m_corpus->codebook()->tags())
        m_tag->addItem(m_corpus->codebook()->tagPath(t.id), t.id);
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(outlet)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    m_proxy->setOutlet(m_outlet->currentData().toString());
    m_proxy->setTagId(m_tag->currentData().toString());
}

} // namespace Marginalia
