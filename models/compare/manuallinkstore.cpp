#include "manuallinkstore.h"

#include "annotation/textoffsets.h"
#include "corpus/corpus.h"
#include "itemmodels/corpusmodel.h"

#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace Marginalia {

namespace {

std::optional<QString> textOf(const Corpus &corpus, const QString &path)
{
    const int row = corpus.documents()->rowOfPath(path);
    if (row < 0)
        return std::nullopt;
    return corpus.documents()->document(row).text();
}

int intOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt(-1);
}

} // namespace

QVector<ManualLink> ManualLinkStore::links(const Corpus &corpus, const QString &pathA, const QString &pathB)
{
    QVector<ManualLink> out;
    const std::optional<QString> textA = textOf(corpus, pathA);
    const std::optional<QString> textB = textOf(corpus, pathB);
    if (!textA || !textB)
        return out;
    const TextOffsets offA(*textA), offB(*textB);
    const QJsonArray pairs = corpus.sidecarMember(memberName()).toArray();
    for (const QJsonValue &v : pairs) {
        const QJsonObject entry = v.toObject();
        const QString a = entry.value(QLatin1String("a")).toString();
        const QString b = entry.value(QLatin1String("b")).toString();
        const bool forward = a == pathA && b == pathB;
        if (!forward && !(a == pathB && b == pathA))
            continue;
        for (const QJsonValue &lv : entry.value(QLatin1String("links")).toArray()) {
            const QJsonObject l = lv.toObject();
            ManualLink link;
            link.a = { offA.toUtf16(intOf(l, "a_start")), offA.toUtf16(intOf(l, "a_end")) };
            link.b = { offB.toUtf16(intOf(l, "b_start")), offB.toUtf16(intOf(l, "b_end")) };
            if (!forward) {
                link.a = { offA.toUtf16(intOf(l, "b_start")), offA.toUtf16(intOf(l, "b_end")) };
                link.b = { offB.toUtf16(intOf(l, "a_start")), offB.toUtf16(intOf(l, "a_end")) };
            }
            link.linked = l.value(QLatin1String("linked")).toBool(true);
            // Ranges beyond the text (it changed since) are not applied but stay stored.
            if (link.a.start >= 0 && link.a.end >= link.a.start && link.b.start >= 0 && link.b.end >= link.b.start)
                out.append(link);
        }
    }
    return out;
}

bool ManualLinkStore::setLinks(Corpus &corpus, const QString &pathA, const QString &pathB,
    const QVector<ManualLink> &links, const QString &undoText)
{
    const std::optional<QString> textA = textOf(corpus, pathA);
    const std::optional<QString> textB = textOf(corpus, pathB);
    if (!textA || !textB || pathA == pathB)
        return false;
    const TextOffsets offA(*textA), offB(*textB);
    QJsonArray linkArray;
    for (const ManualLink &l : links) {
        linkArray.append(QJsonObject { { QStringLiteral("a_start"), offA.toCodePoint(l.a.start) },
            { QStringLiteral("a_end"), offA.toCodePoint(l.a.end) },
            { QStringLiteral("b_start"), offB.toCodePoint(l.b.start) },
            { QStringLiteral("b_end"), offB.toCodePoint(l.b.end) }, { QStringLiteral("linked"), l.linked } });
    }
    QJsonArray pairs;
    bool placed = false;
    for (const QJsonValue &v : corpus.sidecarMember(memberName()).toArray()) {
        const QJsonObject entry = v.toObject();
        const QString a = entry.value(QLatin1String("a")).toString();
        const QString b = entry.value(QLatin1String("b")).toString();
        if ((a == pathA && b == pathB) || (a == pathB && b == pathA)) {
            if (!placed && !linkArray.isEmpty())
                pairs.append(QJsonObject { { QStringLiteral("a"), pathA }, { QStringLiteral("b"), pathB },
                    { QStringLiteral("links"), linkArray } });
            placed = true;
        } else {
            pairs.append(entry);
        }
    }
    if (!placed && !linkArray.isEmpty())
        pairs.append(QJsonObject {
            { QStringLiteral("a"), pathA }, { QStringLiteral("b"), pathB }, { QStringLiteral("links"), linkArray } });
    return corpus.setSidecarMember(memberName(), pairs.isEmpty() ? QJsonValue() : QJsonValue(pairs), undoText);
}

bool ManualLinkStore::addLink(
    Corpus &corpus, const QString &pathA, const QString &pathB, const ManualLink &link, const QString &undoText)
{
    QVector<ManualLink> all = links(corpus, pathA, pathB);
    all.erase(std::remove_if(all.begin(), all.end(),
                  [&](const ManualLink &l) { return l.a.overlaps(link.a) && l.b.overlaps(link.b); }),
        all.end());
    all.append(link);
    return setLinks(corpus, pathA, pathB, all, undoText);
}

} // namespace Marginalia
