#pragma once

#include "document.h"

#include <QStringView>
#include <QVector>

namespace Marginalia {

/// Finds clutter lines in canonical text: what pages and browser pastes add
/// around an article (share prompts, "Read more", "Loading...", cookie and
/// newsletter notices, photo credits, copyright lines, a headline repeated).
/// Two sources: generic rules over one short line (ruleLines), and per-corpus
/// statistics (applyCorpusStatistics: a line that recurs in several articles
/// of one outlet is that outlet's furniture, not news). Lines are marked, never
/// removed. Ranges are whole lines without their "\n", in UTF-16 offsets.
class BoilerplateDetector
{
public:
    /// Bumped when the rules change (marks may differ for the same text).
    static constexpr int Version = 1;

    /// Does this single line look like clutter by itself?
    static bool isClutterLine(QStringView line);
    /// Rule-based marks for one text (clutter lines, the repeated headline).
    static QVector<TextRange> ruleLines(const QString &text);
    /// Adds marks for lines that repeat in at least MinRepeats articles of the
    /// same outlet (compared after trimming, lower-casing and folding digits).
    static void applyCorpusStatistics(QVector<Document> &documents);
    /// Every line of text as a range (without "\n"), empty lines included.
    static QVector<TextRange> lines(const QString &text);
    /// Sorted, duplicate-free union.
    static QVector<TextRange> merged(QVector<TextRange> a, const QVector<TextRange> &b);
    /// Key under which a line is compared across articles.
    static QString statisticsKey(QStringView line);

    static constexpr int MinRepeats = 3;
    /// Longer lines are paragraphs; a wire story reprinted three times is not clutter.
    static constexpr int MaxStatisticsLineLength = 160;
};

} // namespace Marginalia
