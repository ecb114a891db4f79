#pragma once

#include "compare/comparisonresult.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;

namespace Marginalia {

class ConnectorStrip;
class Corpus;
class DifferencesPanel;
class OverviewRuler;
class ReadingView;

/// Two articles side by side: both panes are ReadingViews (annotations shown
/// and editable as in the main window), a ConnectorStrip links each sentence
/// to its partner, an OverviewRuler per side shows where the differences are,
/// and a DifferencesPanel lists numbers, quotes, loaded terms and omissions.
/// Scrolling keeps partners level (or, toggled off, scrolls both panes in
/// proportion). The analyst can link two sentences by hand or remove a link;
/// such links are stored in the sidecar through ManualLinkStore and the
/// alignment is recomputed, respecting them, after every change to the corpus.
class CompareWindow : public QMainWindow
{
    Q_OBJECT
public:
    CompareWindow(Corpus *corpus, const QString &pathA, const QString &pathB, QWidget *parent = nullptr);

    ReadingView *paneA() const { return m_paneA; }
    ReadingView *paneB() const { return m_paneB; }
    ConnectorStrip *connectorStrip() const { return m_strip; }
    DifferencesPanel *differencesPanel() const { return m_differences; }
    const ComparisonResult &result() const { return m_result; }
    Corpus *corpus() const { return m_corpus; }
    /// Recomputes every open comparison of the corpus (after its lexicon changed).
    static void recomputeAll(Corpus *corpus);
    QAction *keepLevelAction() const { return m_keepLevel; }

public Q_SLOTS:
    void recompute();
    /// Scrolls both panes to these ranges (an empty range leaves that pane).
    void reveal(const Marginalia::TextRange &a, const Marginalia::TextRange &b);
    /// Links the sentences at the cursor (or selection) of both panes.
    void linkSentences();
    /// Removes the link of the pair at the cursor of pane A (or else of pane B).
    void unlinkSentences();
    void tagSelection();
    /// Opens the Export PDF dialog (ComparePdfDialog) for this comparison.
    void exportPdf();

private:
    void syncScroll(ReadingView *from, ReadingView *to, bool fromIsA);
    TextRange sentencesAt(ReadingView *pane, const QVector<TextRange> &sentences) const;
    void applyTag(ReadingView *pane, const QString &tagId, const QString &note = {});
    void updateMarks();

    QPointer<Corpus> m_corpus;
    QString m_pathA;
    QString m_pathB;
    ReadingView *m_paneA;
    ReadingView *m_paneB;
    ConnectorStrip *m_strip;
    OverviewRuler *m_rulerA;
    OverviewRuler *m_rulerB;
    DifferencesPanel *m_differences;
    QLabel *m_summary;
    QAction *m_keepLevel;
    ComparisonResult m_result;
    bool m_syncing = false;
};

} // namespace Marginalia
