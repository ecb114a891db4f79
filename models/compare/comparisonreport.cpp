#include "comparisonreport.h"

#include "annotation/textoffsets.h"
#include "corpus/corpus.h"
#include "itemmodels/codebookmodel.h"
#include "itemmodels/corpusmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace Marginalia {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Marginalia::ComparisonReport", text, nullptr, n);
}

struct Side
{
    const QString &text;
    TextOffsets offsets;
    Side(const QString &t)
        : text(t)
        , offsets(t)
    {
    }
    QJsonObject span(const TextRange &r) const
    {
        return { { QStringLiteral("start"), offsets.toCodePoint(r.start) },
            { QStringLiteral("end"), offsets.toCodePoint(r.end) },
            { QStringLiteral("text"), text.mid(r.start, r.end - r.start) } };
    }
};

QJsonValue number(const NumberMention &n, const Side &side, const QVector<TextRange> &sentences)
{
    QJsonObject o = side.span(n.range);
    o.insert(QStringLiteral("value"), std::isnan(n.value) ? QJsonValue() : QJsonValue(n.value));
    o.insert(QStringLiteral("qualifier"), n.qualifier);
    o.insert(QStringLiteral("unit"), n.unit);
    o.insert(QStringLiteral("sentence"), side.span(sentences.at(n.sentence)));
    return o;
}

QJsonValue quote(const Quotation &q, const Side &side)
{
    QJsonObject o = side.span(q.range);
    o.insert(QStringLiteral("speaker"), q.speaker);
    o.insert(QStringLiteral("speaker_resolved"), q.resolvedSpeaker);
    o.insert(QStringLiteral("verb"), q.verb);
    return o;
}

QJsonArray unmatchedJson(const QVector<UnmatchedSentence> &list, const QVector<TextRange> &sentences, const Side &side)
{
    QJsonArray out;
    for (const UnmatchedSentence &u : list) {
        QJsonObject o = side.span(sentences.at(u.sentence));
        o.insert(QStringLiteral("position"), u.lede ? QStringLiteral("lede") : QStringLiteral("later"));
        o.insert(QStringLiteral("relative_position"), std::round(u.position * 1000) / 1000);
        out.append(o);
    }
    return out;
}

QMap<QString, int> tagCounts(const Corpus &corpus, const QString &path)
{
    QMap<QString, int> counts;
    const int row = corpus.documents()->rowOfPath(path);
    if (row < 0)
        return counts;
    for (const Span &s : corpus.documents()->spans(row))
        ++counts[s.tagId];
    return counts;
}

} // namespace

QString ComparisonReport::kindName(AlignedPair::Kind kind)
{
    switch (kind) {
    case AlignedPair::Kind::Identical:
        return QStringLiteral("identical");
    case AlignedPair::Kind::Moved:
        return QStringLiteral("moved");
    case AlignedPair::Kind::Paraphrase:
        break;
    }
    return QStringLiteral("paraphrase");
}

QJsonObject ComparisonReport::toJson(
    const ComparisonResult &r, const Corpus &corpus, const QString &pathA, const QString &pathB)
{
    const CorpusModel *docs = corpus.documents();
    const QString &textA = docs->document(docs->rowOfPath(pathA)).text();
    const QString &textB = docs->document(docs->rowOfPath(pathB)).text();
    const Side a(textA), b(textB);

    QJsonArray pairs;
    for (const AlignedPair &p : r.pairs) {
        QJsonArray diff;
        for (const WordDiffOp &op : p.diff) {
            if (op.kind == WordDiffOp::Kind::Same)
                continue;
            diff.append(QJsonObject {
                { QStringLiteral("op"),
                    op.kind == WordDiffOp::Kind::OnlyA ? QStringLiteral("only_a") : QStringLiteral("only_b") },
                { QStringLiteral("a"), op.a.isEmpty() ? QJsonValue() : QJsonValue(a.span(op.a)) },
                { QStringLiteral("b"), op.b.isEmpty() ? QJsonValue() : QJsonValue(b.span(op.b)) } });
        }
        pairs.append(
            QJsonObject { { QStringLiteral("a"), a.span(r.rangeA(p)) }, { QStringLiteral("b"), b.span(r.rangeB(p)) },
                { QStringLiteral("sentences_a"), int(p.a.size()) }, { QStringLiteral("sentences_b"), int(p.b.size()) },
                { QStringLiteral("similarity"), std::round(p.similarity * 1000) / 1000 },
                { QStringLiteral("kind"), kindName(p.kind) }, { QStringLiteral("same_wording"), p.sameWording },
                { QStringLiteral("moved"), p.moved }, { QStringLiteral("manual"), p.manual },
                { QStringLiteral("changes"), diff } });
    }
    QJsonArray passages;
    for (const SharedPassage &s : r.sharedPassages)
        passages.append(QJsonObject { { QStringLiteral("a"), a.span(s.a) }, { QStringLiteral("b"), b.span(s.b) },
            { QStringLiteral("words"), s.words } });
    QJsonArray numbers;
    for (const NumberComparison &n : r.numbers) {
        numbers.append(
            QJsonObject { { QStringLiteral("a"), n.a < 0 ? QJsonValue() : number(r.numbersA.at(n.a), a, r.sentencesA) },
                { QStringLiteral("b"), n.b < 0 ? QJsonValue() : number(r.numbersB.at(n.b), b, r.sentencesB) },
                { QStringLiteral("agree"), n.agree } });
    }
    QJsonArray quotes;
    for (const QuotationMatch &q : r.quotes) {
        quotes.append(QJsonObject { { QStringLiteral("a"), q.a < 0 ? QJsonValue() : quote(r.quotesA.at(q.a), a) },
            { QStringLiteral("b"), q.b < 0 ? QJsonValue() : quote(r.quotesB.at(q.b), b) },
            { QStringLiteral("where"),
                q.a >= 0 && q.b >= 0 ? QStringLiteral("both")
                                     : (q.a >= 0 ? QStringLiteral("only_a") : QStringLiteral("only_b")) } });
    }
    QJsonArray lexicon;
    for (const LexiconCount &l : r.lexicon)
        lexicon.append(QJsonObject { { QStringLiteral("term"), l.term }, { QStringLiteral("category"), l.category },
            { QStringLiteral("a"), int(l.hitsA.size()) }, { QStringLiteral("b"), int(l.hitsB.size()) } });
    QJsonArray tags;
    const QMap<QString, int> tagsA = tagCounts(corpus, pathA);
    const QMap<QString, int> tagsB = tagCounts(corpus, pathB);
    for (const Tag &t : corpus.codebook()->tags()) {
        const int ca = tagsA.value(t.id), cb = tagsB.value(t.id);
        if (ca || cb)
            tags.append(QJsonObject { { QStringLiteral("tag"), t.id }, { QStringLiteral("name"), t.name },
                { QStringLiteral("a"), ca }, { QStringLiteral("b"), cb } });
    }
    return { { QStringLiteral("document_a"), pathA }, { QStringLiteral("document_b"), pathB },
        { QStringLiteral("sentences_a"), int(r.sentencesA.size()) },
        { QStringLiteral("sentences_b"), int(r.sentencesB.size()) }, { QStringLiteral("pairs"), pairs },
        { QStringLiteral("only_a"), unmatchedJson(r.onlyA, r.sentencesA, a) },
        { QStringLiteral("only_b"), unmatchedJson(r.onlyB, r.sentencesB, b) },
        { QStringLiteral("shared_passages"), passages }, { QStringLiteral("numbers"), numbers },
        { QStringLiteral("quotes"), quotes }, { QStringLiteral("lexicon"), lexicon }, { QStringLiteral("tags"), tags },
        { QStringLiteral("elapsed_ms"), std::round(r.elapsedMs * 1000) / 1000 } };
}

QString ComparisonReport::summary(
    const ComparisonResult &r, const Corpus &corpus, const QString &pathA, const QString &pathB)
{
    const CorpusModel *docs = corpus.documents();
    const QString &textA = docs->document(docs->rowOfPath(pathA)).text();
    const QString &textB = docs->document(docs->rowOfPath(pathB)).text();
    auto cut = [](const QString &text, const TextRange &range) {
        QString s = text.mid(range.start, range.end - range.start).simplified();
        if (s.size() > 100)
            s = s.left(97) + QStringLiteral("...");
        return s;
    };
    int identical = 0, paraphrase = 0, moved = 0;
    for (const AlignedPair &p : r.pairs) {
        if (p.kind == AlignedPair::Kind::Identical)
            ++identical;
        else if (p.kind == AlignedPair::Kind::Moved)
            ++moved;
        else
            ++paraphrase;
    }
    QString out;
    out += tr("A: %1 (%2 sentences)\n").arg(pathA).arg(r.sentencesA.size());
    out += tr("B: %1 (%2 sentences)\n").arg(pathB).arg(r.sentencesB.size());
    out += tr("%1 aligned pairs: %2 identical, %3 paraphrased, %4 moved; %5 only in A, %6 only in B\n")
               .arg(r.pairs.size())
               .arg(identical)
               .arg(paraphrase)
               .arg(moved)
               .arg(r.onlyA.size())
               .arg(r.onlyB.size());
    out += QLatin1Char('\n') + tr("Aligned sentences:\n");
    for (const AlignedPair &p : r.pairs) {
        out += QStringLiteral("  [%1 %2%3]\n    A: %4\n    B: %5\n")
                   .arg(kindName(p.kind))
                   .arg(p.similarity, 0, 'f', 2)
                   .arg(p.manual ? tr(", manual") : QString())
                   .arg(cut(textA, r.rangeA(p)), cut(textB, r.rangeB(p)));
    }
    out += QLatin1Char('\n') + tr("Only in A:\n");
    for (const UnmatchedSentence &u : r.onlyA)
        out += QStringLiteral("  %1%2\n")
                   .arg(u.lede ? tr("(lede) ") : QString(), cut(textA, r.sentencesA.at(u.sentence)));
    out += QLatin1Char('\n') + tr("Only in B:\n");
    for (const UnmatchedSentence &u : r.onlyB)
        out += QStringLiteral("  %1%2\n")
                   .arg(u.lede ? tr("(lede) ") : QString(), cut(textB, r.sentencesB.at(u.sentence)));
    out += QLatin1Char('\n') + tr("Numbers that differ:\n");
    for (const NumberComparison &n : r.numbers) {
        if (n.agree)
            continue;
        out += QStringLiteral("  A: %1    B: %2\n")
                   .arg(n.a < 0 ? tr("(none)") : r.numbersA.at(n.a).text,
                       n.b < 0 ? tr("(none)") : r.numbersB.at(n.b).text);
    }
    out += QLatin1Char('\n') + tr("Quotes:\n");
    for (const QuotationMatch &q : r.quotes) {
        const Quotation &x = q.a >= 0 ? r.quotesA.at(q.a) : r.quotesB.at(q.b);
        const QString where = q.a >= 0 && q.b >= 0 ? tr("both") : (q.a >= 0 ? tr("only A") : tr("only B"));
        // "she [Council President Ruth Castellanos] said": the pronoun as written, then whom it refers to.
        const QString who
            = x.resolvedSpeaker.isEmpty() ? x.speaker : QStringLiteral("%1 [%2]").arg(x.speaker, x.resolvedSpeaker);
        out += QStringLiteral("  [%1] \"%2\" (%3 %4)\n")
                   .arg(where, cut(x.text, { 0, int(x.text.size()) }), who, x.verb);
    }
    out += QLatin1Char('\n') + tr("Shared passages: %1\n").arg(r.sharedPassages.size());
    for (const SharedPassage &s : r.sharedPassages)
        out += QStringLiteral("  (%1) %2\n").arg(s.words).arg(cut(textA, s.a));
    out += QLatin1Char('\n') + tr("Loaded terms (A / B):\n");
    for (const LexiconCount &l : r.lexicon)
        out += QStringLiteral("  %1: %2 / %3\n").arg(l.term).arg(l.hitsA.size()).arg(l.hitsB.size());
    out += QLatin1Char('\n') + tr("Compared in %1 ms\n").arg(r.elapsedMs, 0, 'f', 1);
    return out;
}

} // namespace Marginalia
