#pragma once

#include "corpus/document.h"
#include "corpus/similarityfinder.h"

#include <QFuture>
#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;

namespace Marginalia {

class CorpusModel;

/// The "Similar articles" panel: pairs of articles of the open corpus that
/// cover the same story (SimilarityFinder), best first, with near-duplicates
/// and wire copies marked. Computed off the window's thread (10,000 articles
/// take seconds) when the panel is shown, and again half a second after the
/// articles stop arriving or leaving (a corpus loading in the background, a
/// folder change) while it is visible. Activating a pair asks to show its
/// first article; the comparison view (issue 5) can take both.
class SimilarPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SimilarPanel(const CorpusModel *corpus, QWidget *parent = nullptr);

    ~SimilarPanel() override;

    /// Starts computing the pairs of the articles in the corpus now; the list
    /// shows them when done (a computation under way is superseded).
    void refresh();
    int pairCount() const;
    /// Whether pairs are being computed.
    bool isComputing() const { return m_computing; }

    static constexpr double MinScore = 0.15;
    static constexpr int MaxPairs = 500;

Q_SIGNALS:
    void documentRequested(const QString &path);
    void pairRequested(const QString &first, const QString &second);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Found
    {
        QVector<Document> documents;
        QVector<SimilarityFinder::Pair> pairs;
    };
    void articlesChanged();
    void showPairs(const Found &found);

    const CorpusModel *m_corpus;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QTimer *m_settle;
    QList<QFuture<Found>> m_running; ///< waited for by the destructor
    quint64 m_generation = 0; ///< of the articles: changes when they do
    quint64 m_started = 0; ///< the generation of the last computation started
    bool m_stale = true;
    bool m_computing = false;
};

} // namespace Marginalia
