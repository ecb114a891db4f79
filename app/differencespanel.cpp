#include "differencespanel.h"

#include "compare/numberextractor.h"

#include <QHeaderView>

namespace Marginalia {

namespace {
enum Role { RangeARole = Qt::UserRole + 1, RangeBRole };

QString excerpt(const QString &text, const TextRange &r, int max = 90)
{
    QString s = text.mid(r.start, r.end - r.start).simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QChar(0x2026);
    return s;
}
} // namespace

DifferencesPanel::DifferencesPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("differencesPanel"));
    setAccessibleName(tr("Differences"));
    setColumnCount(2);
    setHeaderLabels({ tr("A"), tr("B") });
    header()->setSectionResizeMode(QHeaderView::Stretch);
    setWordWrap(true);
    setUniformRowHeights(false);
    connect(this, &QTreeWidget::itemActivated, this, &DifferencesPanel::onActivated);
    connect(this, &QTreeWidget::itemClicked, this, &DifferencesPanel::onActivated);
}

void DifferencesPanel::onActivated(QTreeWidgetItem *item)
{
    const QVariant a = item->data(0, RangeARole);
    const QVariant b = item->data(0, RangeBRole);
    if (!a.isValid() && !b.isValid())
        return;
    Q_EMIT showRequested(a.value<TextRange>(), b.value<TextRange>());
}

void DifferencesPanel::setResult(
    const ComparisonResult &r, const QString &textA, const QString &textB, const QVector<TagCount> &tags)
{
    clear();
    auto add
        = [](QTreeWidgetItem *parent, const QString &a, const QString &b, const TextRange &ra, const TextRange &rb) {
              auto *item = new QTreeWidgetItem(parent, { a, b });
              item->setData(0, RangeARole, QVariant::fromValue(ra));
              item->setData(0, RangeBRole, QVariant::fromValue(rb));
              item->setToolTip(0, a);
              item->setToolTip(1, b);
              return item;
          };

    auto *numbers = new QTreeWidgetItem(this, { tr("Numbers that differ") });
    for (const NumberComparison &n : r.numbers) {
        if (n.agree)
            continue;
        const NumberMention *x = n.a >= 0 ? &r.numbersA.at(n.a) : nullptr;
        const NumberMention *y = n.b >= 0 ? &r.numbersB.at(n.b) : nullptr;
        const AlignedPair &p = r.pairs.at(n.pair);
        add(numbers, x ? x->text : tr("(not given)"), y ? y->text : tr("(not given)"), x ? x->range : r.rangeA(p),
            y ? y->range : r.rangeB(p));
    }

    auto *quotes = new QTreeWidgetItem(this, { tr("Quotes") });
    auto quoteLabel = [](const Quotation &q) {
        const QString words = q.text.size() > 70 ? q.text.left(69) + QChar(0x2026) : q.text;
        if (q.speaker.isEmpty())
            return tr("\u201C%1\u201D").arg(words);
        if (!q.resolvedSpeaker.isEmpty()) {
            //: %1 quoted words, %2 pronoun as written ("she"), %3 the person it refers to, %4 verb ("said")
            return tr("\u201C%1\u201D (%2 [%3] %4)").arg(words, q.speaker, q.resolvedSpeaker, q.verb);
        }
        return tr("\u201C%1\u201D (%2 %3)").arg(words, q.speaker, q.verb);
    };
    for (const QuotationMatch &q : r.quotes) {
        add(quotes, q.a >= 0 ? quoteLabel(r.quotesA.at(q.a)) : tr("(only in B)"),
            q.b >= 0 ? quoteLabel(r.quotesB.at(q.b)) : tr("(only in A)"),
            q.a >= 0 ? r.quotesA.at(q.a).range : TextRange {}, q.b >= 0 ? r.quotesB.at(q.b).range : TextRange {});
    }

    auto *terms = new QTreeWidgetItem(this, { tr("Loaded terms") });
    for (const LexiconCount &l : r.lexicon) {
        add(terms, tr("%1: %2").arg(l.term).arg(l.hitsA.size()), tr("%1: %2").arg(l.term).arg(l.hitsB.size()),
            l.hitsA.value(0), l.hitsB.value(0));
    }

    auto *onlyA = new QTreeWidgetItem(this, { tr("Only in A") });
    for (const UnmatchedSentence &u : r.onlyA) {
        const TextRange s = r.sentencesA.at(u.sentence);
        add(onlyA, u.lede ? tr("(lede) %1").arg(excerpt(textA, s)) : excerpt(textA, s), QString(), s, {});
    }
    auto *onlyB = new QTreeWidgetItem(this, { tr("Only in B") });
    for (const UnmatchedSentence &u : r.onlyB) {
        const TextRange s = r.sentencesB.at(u.sentence);
        add(onlyB, QString(), u.lede ? tr("(lede) %1").arg(excerpt(textB, s)) : excerpt(textB, s), {}, s);
    }
    auto *tagGroup = new QTreeWidgetItem(this, { tr("Tags") });
    for (const TagCount &t : tags) {
        auto *item
            = new QTreeWidgetItem(tagGroup, { tr("%1: %2").arg(t.name).arg(t.a), tr("%1: %2").arg(t.name).arg(t.b) });
        item->setToolTip(0, item->text(0));
    }
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = topLevelItem(i);
        g->setFirstColumnSpanned(true);
        g->setText(0, tr("%1 (%2)").arg(g->text(0)).arg(g->childCount()));
        g->setExpanded(i <= LoadedTerms || i == Tags);
    }
}

} // namespace Marginalia
