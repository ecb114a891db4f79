#include "exportsnapshot.h"

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Marginalia {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::ExportSnapshot", text);
}
} // namespace

bool ExportSnapshot::fromCorpus(const Corpus &corpus, const ExportFilter &filter, ExportSnapshot *out, QString *error)
{
    ExportSnapshot snap;
    snap.corpusName = corpus.name();
    snap.corpusPath = corpus.rootPath();
    snap.author = corpus.author();
    snap.filter = filter;
    const CodebookModel *codebook = corpus.codebook();
    for (const Tag &t : codebook->tags())
        snap.addTag(t);

    QSet<QString> tagIds;
    if (!filter.tag.isEmpty()) {
        QString id;
        for (const Tag &t : snap.tags) {
            if (snap.tagPath(t.id).compare(filter.tag, Qt::CaseInsensitive) == 0) {
                id = t.id;
                break;
            }
        }
        if (id.isEmpty())
            id = codebook->findByName(filter.tag);
        if (id.isEmpty()) {
            if (error)
                *error = tr("no tag named \"%1\" in the codebook").arg(filter.tag);
            return false;
        }
        tagIds.insert(id);
        for (const QString &d : codebook->descendants(id))
            tagIds.insert(d);
    }

    const CorpusModel *docs = corpus.documents();
    for (const QString &path : filter.paths) {
        if (docs->rowOfPath(path) < 0) {
            if (error)
                *error = tr("%1: no such document in the corpus").arg(path);
            return false;
        }
    }
    bool outletSeen = filter.outlet.isEmpty();
    for (int row = 0; row < docs->documentCount(); ++row) {
        const Document &d = docs->document(row);
        if (!filter.paths.isEmpty() && !filter.paths.contains(d.path))
            continue;
        if (!filter.outlet.isEmpty()) {
            if (d.meta.outlet.compare(filter.outlet, Qt::CaseInsensitive) != 0)
                continue;
            outletSeen = true;
        }
        const QVector<Span> &spans = docs->spans(row);
        if (!tagIds.isEmpty()
            && std::none_of(spans.cbegin(), spans.cend(), [&](const Span &s) { return tagIds.contains(s.tagId); }))
            continue;
        Entry e { d, spans, docs->memo(d.path) };
        std::sort(e.spans.begin(), e.spans.end(), Span::lessThan);
        snap.entries.append(std::move(e));
    }
    if (!outletSeen) {
        if (error)
            *error = tr("no document of outlet \"%1\" in the corpus").arg(filter.outlet);
        return false;
    }
    if (snap.entries.isEmpty()) {
        if (error)
            *error = tr("no document matches the selection");
        return false;
    }
    // The order given on the command line is the order of the export.
    if (!filter.paths.isEmpty()) {
        std::stable_sort(snap.entries.begin(), snap.entries.end(), [&](const Entry &a, const Entry &b) {
            return filter.paths.indexOf(a.document.path) < filter.paths.indexOf(b.document.path);
        });
    }
    *out = std::move(snap);
    return true;
}

void ExportSnapshot::addTag(const Tag &tag)
{
    m_tagRow.insert(tag.id, int(tags.size()));
    tags.append(tag);
}

Tag ExportSnapshot::tag(const QString &id) const
{
    const int row = m_tagRow.value(id, -1);
    return row < 0 ? Tag() : tags.at(row);
}

QString ExportSnapshot::tagPath(const QString &id) const
{
    QStringList parts;
    QString current = id;
    for (int guard = 0; !current.isEmpty() && guard < 64; ++guard) {
        const int row = m_tagRow.value(current, -1);
        if (row < 0)
            break;
        parts.prepend(tags.at(row).name);
        current = tags.at(row).parentId;
    }
    return parts.isEmpty() ? id : parts.join(QLatin1String(" / "));
}

QColor ExportSnapshot::tagColor(const QString &id) const
{
    const QColor c = tag(id).color;
    return c.isValid() ? c : QColor(Qt::yellow);
}

int ExportSnapshot::spanCount() const
{
    int n = 0;
    for (const Entry &e : entries)
        n += int(e.spans.size());
    return n;
}

QVector<Tag> ExportSnapshot::tagsUsed(const QVector<Span> &spans) const
{
    QSet<QString> ids;
    for (const Span &s : spans)
        ids.insert(s.tagId);
    QVector<Tag> out;
    for (const Tag &t : tags) {
        if (ids.contains(t.id))
            out.append(t);
    }
    return out;
}

} // namespace Marginalia
