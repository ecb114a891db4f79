#pragma once

#include "compare/comparisonresult.h"

#include <QTreeWidget>

namespace Marginalia {

/// What differs between the two articles of a comparison, grouped: numbers
/// that differ, quotations (shared or only on one side, with speaker and
/// attribution verb), loaded terms per side, and what only one side reports.
/// Activating an entry asks both panes to show it.
class DifferencesPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit DifferencesPanel(QWidget *parent = nullptr);
    /// Annotation counts of one tag on each side.
    struct TagCount
    {
        QString name;
        int a = 0;
        int b = 0;
    };
    void setResult(
        const ComparisonResult &result, const QString &textA, const QString &textB, const QVector<TagCount> &tags = {});
    /// The group items, in order: numbers, quotes, loaded terms, only A, only B, tags.
    QTreeWidgetItem *group(int index) const { return topLevelItem(index); }
    enum Group { Numbers, Quotes, LoadedTerms, OnlyA, OnlyB, Tags };

Q_SIGNALS:
    /// Ranges to show (UTF-16; an empty range: nothing on that side).
    void showRequested(const Marginalia::TextRange &a, const Marginalia::TextRange &b);

private:
    void onActivated(QTreeWidgetItem *item);
};

} // namespace Marginalia
