#include "autocoder.h"

#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QCoreApplication>
#include <QHash>

namespace Marginalia {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Marginalia::AutoCoder", text);
}
} // namespace

AutoCoder::Result AutoCoder::run(Corpus *corpus, const QString &tagId, const CorpusSearch::Query &query,
    const QStringList &paths, const QString &note)
{
    Result result;
    for (const QString &p : paths) {
        if (corpus->documents()->rowOfPath(p) < 0) {
            result.error = tr("%1: no such document in the corpus").arg(p);
            return result;
        }
    }
    const CorpusSearch search(query);
    if (!search.isValid()) {
        result.error = search.errorString();
        return result;
    }
    return code(corpus, tagId, search.search(corpus->documents(), paths), note);
}

AutoCoder::Result AutoCoder::code(
    Corpus *corpus, const QString &tagId, const QVector<CorpusSearch::Hit> &hits, const QString &note)
{
    Result result;
    if (corpus->isReadOnly()) {
        result.error = corpus->readOnlyReason();
        return result;
    }
    if (!corpus->codebook()->contains(tagId)) {
        result.error = tr("the tag does not exist");
        return result;
    }
    QVector<Corpus::SpanRequest> requests;
    requests.reserve(hits.size());
    QHash<QString, int> matchesPerPath;
    for (const CorpusSearch::Hit &h : hits) {
        requests.append({ h.path, h.start, h.end, tagId, note });
        ++matchesPerPath[h.path];
    }
    QHash<QString, int> addedPerPath;
    result.added
        = corpus->addSpans(requests, tr("Auto-code “%1”").arg(corpus->codebook()->tagPath(tagId)), &addedPerPath);
    result.matches = int(hits.size());
    for (int row = 0; row < corpus->documents()->documentCount(); ++row) {
        const QString path = corpus->documents()->document(row).path;
        if (matchesPerPath.contains(path))
            result.documents.append({ path, matchesPerPath.value(path), addedPerPath.value(path) });
    }
    result.ok = true;
    return result;
}

} // namespace Marginalia
