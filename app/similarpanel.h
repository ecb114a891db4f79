#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Marginalia {

class CorpusModel;

/// The "Similar articles" panel: pairs of articles of the open corpus that
/// cover the same story (SimilarityFinder), best first, with near-duplicates
/// and wire copies marked. Computed when the panel is shown and whenever the
/// corpus is (re)loaded while it is visible. Activating a pair asks to show
/// its first article; the comparison view (issue 5) can take both.
class SimilarPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SimilarPanel(const CorpusModel *corpus, QWidget *parent = nullptr);

    /// Recomputes the pairs now.
    void refresh();
    int pairCount() const;

    static constexpr double MinScore = 0.15;
    static constexpr int MaxPairs = 500;

Q_SIGNALS:
    void documentRequested(const QString &path);
    void pairRequested(const QString &first, const QString &second);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const CorpusModel *m_corpus;
    QTreeWidget *m_list;
    QLabel *m_summary;
    bool m_stale = true;
};

} // namespace Marginalia
