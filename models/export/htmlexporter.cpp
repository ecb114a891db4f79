#include "htmlexporter.h"

#include "annotation/intervalindex.h"
#include "render/spanhighlighter.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Marginalia {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

QByteArray HtmlExporter::exportSnapshot(const ExportSnapshot &snapshot)
{
    QString h;
    const QString title = snapshot.entries.size() == 1 ? snapshot.entries.constFirst().document.meta.title
                                                       : tr("Corpus report: %1").arg(snapshot.corpusName);
    h += QLatin1String("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>") + esc(title)
        + QLatin1String("</title>\n<style>\n"
                        "body{font-family:'Noto Serif','DejaVu Serif',serif;max-width:44em;margin:2em auto;"
                        "line-height:1.5;color:#111}\n"
                        "h1,h2{font-family:'Noto Sans','DejaVu Sans',sans-serif}\n"
                        ".meta{color:#555;font-size:.9em;margin:0}\n"
                        ".chip{padding:0 .3em;font-size:.85em}\n"
                        "sup.m{color:#1a3c8c;font-weight:bold}\n"
                        ".note{background:#f3f1ea;font-size:.85em;margin:0 1.5em .4em;padding:.2em .5em}\n"
                        ".boiler{color:#9a9a9a}\n"
                        ".memo{border-left:3px solid #b8a878;padding:.2em .8em;white-space:pre-wrap}\n"
                        "article{border-top:1px solid #ccc;margin-top:2em}\n"
                        "</style></head><body>\n<h1>")
        + esc(title) + QLatin1String("</h1>\n");

    for (const ExportSnapshot::Entry &e : snapshot.entries) {
        const Document &d = e.document;
        h += QLatin1String("<article>\n<h2 dir=\"auto\">") + esc(d.meta.title.isEmpty() ? d.path : d.meta.title)
            + QLatin1String("</h2>\n<p class=\"meta\">")
            + esc(QStringList { d.meta.outlet,
                d.meta.date.isValid() ? QLocale().toString(d.meta.date, QLocale::LongFormat) : QString(),
                d.meta.author }
                      .filter(QRegularExpression(QStringLiteral("\\S")))
                      .join(QStringLiteral(" · ")))
            + QLatin1String("</p>\n<p class=\"meta\">")
            + esc(tr("Source: %1").arg(d.meta.url.isEmpty() ? d.path : d.meta.url)) + QLatin1String("</p>\n<p>");
        for (const Tag &t : snapshot.tagsUsed(e.spans)) {
            h += QLatin1String("<span class=\"chip\" style=\"background:") + snapshot.tagColor(t.id).name()
                + QLatin1String("\">") + esc(snapshot.tagPath(t.id)) + QLatin1String("</span> ");
        }
        h += QLatin1String("</p>\n");
        if (!e.memo.trimmed().isEmpty()) {
            h += QLatin1String("<div class=\"memo\" dir=\"auto\"><b>") + esc(tr("Memo")) + QLatin1String("</b>\n")
                + esc(e.memo.trimmed()) + QLatin1String("</div>\n");
        }

        QVector<IntervalIndex::Interval> intervals;
        QVector<QColor> colors;
        QVector<int> marker(e.spans.size(), 0);
        int notes = 0;
        for (int i = 0; i < e.spans.size(); ++i) {
            intervals.append({ e.spans.at(i).start, e.spans.at(i).end, i });
            colors.append(snapshot.tagColor(e.spans.at(i).tagId));
            if (!e.spans.at(i).note.trimmed().isEmpty())
                marker[i] = ++notes;
        }
        IntervalIndex index;
        index.build(intervals);
        const QString text = d.scanText();
        int lineStart = 0;
        while (lineStart <= text.size()) {
            int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
            if (lineEnd < 0)
                lineEnd = int(text.size());
            const auto hits = index.overlapping(lineStart, std::max(lineEnd, lineStart + 1));
            QVector<std::pair<int, int>> markers;
            for (const auto &iv : hits) {
                if (marker.at(iv.payload) && iv.end > lineStart && iv.end <= lineEnd + 1)
                    markers.append({ std::min(iv.end, lineEnd), iv.payload });
            }
            std::sort(markers.begin(), markers.end());
            if (!text.mid(lineStart, lineEnd - lineStart).trimmed().isEmpty() || !markers.isEmpty()) {
                // Cut points: piece boundaries and marker positions.
                const auto pieces = SpanHighlighter::pieces(lineStart, lineEnd, hits, colors);
                QVector<int> cuts { lineStart, lineEnd };
                for (const auto &p : pieces)
                    cuts << p.start << p.end;
                for (const auto &m : markers)
                    cuts << m.first;
                std::sort(cuts.begin(), cuts.end());
                cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
                h += QLatin1String("<p dir=\"auto\">");
                int m = 0;
                for (int i = 0; i < cuts.size(); ++i) {
                    const int at = cuts.at(i);
                    for (; m < markers.size() && markers.at(m).first == at; ++m)
                        h += QLatin1String("<sup class=\"m\">") + QString::number(marker.at(markers.at(m).second))
                            + QLatin1String("</sup>");
                    if (i + 1 == cuts.size())
                        break;
                    const int to = cuts.at(i + 1);
                    const QString piece = esc(text.mid(at, to - at));
                    const auto it = std::find_if(pieces.cbegin(), pieces.cend(),
                        [&](const SpanHighlighter::Piece &p) { return p.start <= at && p.end >= to; });
                    if (it == pieces.cend()) {
                        h += piece;
                        continue;
                    }
                    QStringList tags;
                    for (const auto &iv : hits) {
                        if (iv.start <= at && iv.end >= to)
                            tags.append(snapshot.tagPath(e.spans.at(iv.payload).tagId));
                    }
                    QString style = QLatin1String("background:") + it->format.background().color().name();
                    if (it->format.fontUnderline())
                        style += QLatin1String(";text-decoration:underline ") + it->format.underlineColor().name();
                    h += QLatin1String("<mark style=\"") + style + QLatin1String("\" title=\"")
                        + esc(tags.join(QLatin1String(", "))) + QLatin1String("\">") + piece + QLatin1String("</mark>");
                }
                h += QLatin1String("</p>\n");
                for (const auto &mk : markers) {
                    const Span &s = e.spans.at(mk.second);
                    h += QLatin1String("<p class=\"note\" dir=\"auto\"><b>") + QString::number(marker.at(mk.second))
                        + QLatin1String("</b> ") + esc(tr("%1: %2").arg(snapshot.tagPath(s.tagId), s.note.trimmed()))
                        + (s.author.isEmpty() ? QString() : esc(QStringLiteral(" (") + s.author + QLatin1Char(')')))
                        + QLatin1String("</p>\n");
                }
            }
            if (lineEnd >= text.size())
                break;
            lineStart = lineEnd + 1;
        }
        h += QLatin1String("</article>\n");
    }
    h += QLatin1String("</body></html>\n");
    return h.toUtf8();
}

} // namespace Marginalia
