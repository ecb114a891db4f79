#include "comparator.h"

#include "numberextractor.h"
#include "quoteextractor.h"
#include "sentencesegmenter.h"
#include "sentencesimilarity.h"
#include "sharedpassagefinder.h"
#include "worddiff.h"
#include "wordtokenizer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Marginalia {

namespace {

QVector<int> sentencesOverlapping(const QVector<TextRange> &sentences, const TextRange &range)
{
    QVector<int> out;
    for (int i = 0; i < sentences.size(); ++i) {
        if (sentences.at(i).overlaps(range))
            out.append(i);
    }
    return out;
}

QVector<WordTokenizer::Word> wordsOf(const SentenceSimilarity::SentenceWords &words, const QVector<int> &which)
{
    if (which.size() == 1)
        return words.at(which.first());
    QVector<WordTokenizer::Word> out;
    for (int i : which)
        out += words.at(i);
    return out;
}

QVector<WordTokenizer::Word> allWords(const SentenceSimilarity::SentenceWords &words)
{
    QVector<WordTokenizer::Word> out;
    for (const auto &w : words)
        out += w;
    return out;
}

// Body sentences: not headline, byline or dateline lines, i.e. with at least
// eight words and a final stop (or closing quote after one).
bool isBodySentence(const QString &text, const TextRange &s)
{
    const QStringView v = QStringView(text).mid(s.start, s.end - s.start);
    int words = 0;
    bool inWord = false;
    for (QChar c : v) {
        const bool w = c.isLetterOrNumber();
        if (w && !inWord)
            ++words;
        inWord = w;
    }
    QStringView t = v.trimmed();
    while (!t.isEmpty()
        && (t.back() == QLatin1Char('"') || t.back() == QChar(0x201D) || t.back() == QLatin1Char(')')
            || t.back() == QChar(0x2019)))
        t.chop(1);
    const bool stop = !t.isEmpty()
        && (t.back() == QLatin1Char('.') || t.back() == QLatin1Char('!') || t.back() == QLatin1Char('?'));
    // Bylines and datelines ("By … | March 4, 2026 | 6:12 a.m.") are not the lede.
    return words >= 8 && stop && !v.contains(QLatin1String(" | "));
}

QVector<UnmatchedSentence> unmatched(
    const QString &text, const QVector<TextRange> &sentences, const QVector<int> &pairOf, int ledeCount)
{
    QVector<UnmatchedSentence> out;
    int body = 0;
    const double length = std::max<qsizetype>(1, text.size());
    for (int i = 0; i < sentences.size(); ++i) {
        const bool isBody = isBodySentence(text, sentences.at(i));
        if (pairOf.at(i) < 0)
            out.append({ i, isBody && body < ledeCount, sentences.at(i).start / length });
        if (isBody)
            ++body;
    }
    return out;
}

// A line of its own that does not end like a sentence: a heading, a byline,
// a dateline. It is never half of a split sentence.
QVector<bool> standaloneLines(const QString &text, const QVector<TextRange> &sentences)
{
    QVector<bool> out;
    out.reserve(sentences.size());
    for (const TextRange &s : sentences) {
        int start = s.start, end = s.end;
        while (start > 0 && text.at(start - 1) != QLatin1Char('\n') && text.at(start - 1).isSpace())
            --start;
        while (end < text.size() && text.at(end) != QLatin1Char('\n') && text.at(end).isSpace())
            ++end;
        const bool line = (start == 0 || text.at(start - 1) == QLatin1Char('\n'))
            && (end == text.size() || text.at(end) == QLatin1Char('\n'));
        QStringView t = QStringView(text).mid(s.start, s.end - s.start).trimmed();
        while (!t.isEmpty()
            && (t.back() == QLatin1Char('"') || t.back() == QChar(0x201D) || t.back() == QLatin1Char(')')
                || t.back() == QChar(0x2019) || t.back() == QLatin1Char('*')))
            t.chop(1);
        const bool stop = !t.isEmpty()
            && (t.back() == QLatin1Char('.') || t.back() == QLatin1Char('!') || t.back() == QLatin1Char('?'));
        out.append(line && !stop);
    }
    return out;
}

bool inAny(const QVector<TextRange> &ranges, const TextRange &r)
{
    for (const TextRange &x : ranges) {
        if (x.overlaps(r))
            return true;
    }
    return false;
}

} // namespace

const char *Comparator::languageOf(const QString &text)
{
    int arabic = 0, letters = 0;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.script() == QChar::Script_Arabic)
            ++arabic;
    }
    return letters > 0 && arabic * 2 > letters ? "arabic" : "english";
}

ComparisonResult Comparator::compare(const Input &a, const Input &b, const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    ComparisonResult r;
    r.sentencesA = SentenceSegmenter::segment(a.text, a.boilerplate);
    r.sentencesB = SentenceSegmenter::segment(b.text, b.boilerplate);
    const int na = int(r.sentencesA.size());
    const int nb = int(r.sentencesB.size());

    const auto sentenceWordsA = SentenceSimilarity::tokenize(a.text, r.sentencesA);
    const auto sentenceWordsB = SentenceSimilarity::tokenize(b.text, r.sentencesB);
    const SentenceSimilarity similarity(sentenceWordsA, sentenceWordsB, languageOf(a.text));
    QVector<SentenceAligner::SentenceLink> links;
    for (const ManualLink &m : options.manualLinks)
        links.append({ sentencesOverlapping(r.sentencesA, m.a), sentencesOverlapping(r.sentencesB, m.b), m.linked });
    // Headlines pair up only when both articles open with one (a first line
    // without a final stop).
    auto headline = [](const QString &text, const QVector<TextRange> &sentences) {
        if (sentences.isEmpty())
            return false;
        const QStringView s
            = QStringView(text).mid(sentences.first().start, sentences.first().end - sentences.first().start);
        return !s.isEmpty() && !QStringLiteral(".!?\"\u201D").contains(s.back());
    };
    SentenceAligner::Options alignerOptions = options.aligner;
    alignerOptions.pairHeadlines
        = alignerOptions.pairHeadlines && headline(a.text, r.sentencesA) && headline(b.text, r.sentencesB);
    alignerOptions.unmergeableA = standaloneLines(a.text, r.sentencesA);
    alignerOptions.unmergeableB = standaloneLines(b.text, r.sentencesB);
    r.pairs = SentenceAligner::align(similarity, na, nb, links, alignerOptions);

    QVector<int> pairOfA(na, -1), pairOfB(nb, -1);
    for (int p = 0; p < r.pairs.size(); ++p) {
        AlignedPair &pair = r.pairs[p];
        for (int i : pair.a)
            pairOfA[i] = p;
        for (int i : pair.b)
            pairOfB[i] = p;
        const auto wa = wordsOf(sentenceWordsA, pair.a);
        const auto wb = wordsOf(sentenceWordsB, pair.b);
        pair.diff = WordDiff::diff(wa, wb);
        pair.sameWording = std::all_of(pair.diff.cbegin(), pair.diff.cend(),
            [](const WordDiffOp &op) { return op.kind == WordDiffOp::Kind::Same; });
        pair.kind = pair.moved ? AlignedPair::Kind::Moved
                               : (pair.sameWording ? AlignedPair::Kind::Identical : AlignedPair::Kind::Paraphrase);
    }
    r.onlyA = unmatched(a.text, r.sentencesA, pairOfA, options.ledeSentences);
    r.onlyB = unmatched(b.text, r.sentencesB, pairOfB, options.ledeSentences);

    // Whole-document words (boilerplate left out) for passages and the lexicon.
    const auto wordsA = allWords(sentenceWordsA);
    const auto wordsB = allWords(sentenceWordsB);
    r.sharedPassages = SharedPassageFinder::find(wordsA, wordsB, options.sharedPassageWords);

    // Numbers, per sentence, then side by side within aligned pairs.
    QVector<QVector<int>> numbersInA(na), numbersInB(nb);
    for (int i = 0; i < na; ++i) {
        for (NumberMention n : NumberExtractor::find(a.text, r.sentencesA.at(i))) {
            n.sentence = i;
            numbersInA[i].append(int(r.numbersA.size()));
            r.numbersA.append(n);
        }
    }
    for (int i = 0; i < nb; ++i) {
        for (NumberMention n : NumberExtractor::find(b.text, r.sentencesB.at(i))) {
            n.sentence = i;
            numbersInB[i].append(int(r.numbersB.size()));
            r.numbersB.append(n);
        }
    }
    for (int p = 0; p < r.pairs.size(); ++p) {
        QVector<int> left, right;
        for (int i : r.pairs.at(p).a)
            left += numbersInA.at(i);
        for (int i : r.pairs.at(p).b)
            right += numbersInB.at(i);
        QVector<char> usedB(right.size(), 0);
        QVector<int> restA;
        // Same amount first, then the same counted thing, then a lone leftover each.
        for (int x : left) {
            int match = -1;
            for (int k = 0; k < right.size() && match < 0; ++k) {
                if (!usedB.at(k) && NumberExtractor::agree(r.numbersA.at(x), r.numbersB.at(right.at(k))))
                    match = k;
            }
            if (match >= 0) {
                usedB[match] = 1;
                r.numbers.append({ p, x, right.at(match), true });
            } else {
                restA.append(x);
            }
        }
        QVector<int> restA2;
        for (int x : restA) {
            int match = -1;
            const NumberMention &nx = r.numbersA.at(x);
            for (int k = 0; k < right.size() && match < 0; ++k) {
                const NumberMention &ny = r.numbersB.at(right.at(k));
                if (!usedB.at(k) && !nx.unit.isEmpty() && nx.unit == ny.unit)
                    match = k;
            }
            if (match >= 0) {
                usedB[match] = 1;
                r.numbers.append({ p, x, right.at(match), false });
            } else {
                restA2.append(x);
            }
        }
        QVector<int> restB;
        for (int k = 0; k < right.size(); ++k) {
            if (!usedB.at(k))
                restB.append(right.at(k));
        }
        // Then amounts of the same kind (money with money, percent with
        // percent) within a factor of two: the same figure, given differently.
        auto money = [](const NumberMention &n) {
            const QString t = n.text.mid(n.qualifier.size()).trimmed();
            return t.startsWith(QLatin1Char('$')) || t.startsWith(QChar(0x20AC)) || t.startsWith(QChar(0xA3));
        };
        QVector<char> takenB(restB.size(), 0);
        for (int x : restA2) {
            const NumberMention &nx = r.numbersA.at(x);
            int match = -1;
            for (int k = 0; k < restB.size() && match < 0; ++k) {
                const NumberMention &ny = r.numbersB.at(restB.at(k));
                const bool close = !std::isnan(nx.value) && !std::isnan(ny.value) && nx.value > 0 && ny.value > 0
                    && nx.value / ny.value <= 2 && ny.value / nx.value <= 2;
                const bool vague = std::isnan(nx.value) != std::isnan(ny.value); // "dozens" against "34"
                if (!takenB.at(k) && money(nx) == money(ny)
                    && (close || vague || (restA2.size() == 1 && restB.size() == 1)))
                    match = k;
            }
            if (match >= 0) {
                takenB[match] = 1;
                r.numbers.append({ p, x, restB.at(match), false });
            } else {
                r.numbers.append({ p, x, -1, false });
            }
        }
        for (int k = 0; k < restB.size(); ++k) {
            if (!takenB.at(k))
                r.numbers.append({ p, -1, restB.at(k), false });
        }
    }

    // Quotations: shared when the same words appear on both sides.
    r.quotesA = QuoteExtractor::find(a.text, r.sentencesA);
    r.quotesB = QuoteExtractor::find(b.text, r.sentencesB);
    // Quotes inside boilerplate are not the story's.
    r.quotesA.erase(std::remove_if(r.quotesA.begin(), r.quotesA.end(),
                        [&](const Quotation &q) { return inAny(a.boilerplate, q.range); }),
        r.quotesA.end());
    r.quotesB.erase(std::remove_if(r.quotesB.begin(), r.quotesB.end(),
                        [&](const Quotation &q) { return inAny(b.boilerplate, q.range); }),
        r.quotesB.end());
    // Only quotes sharing a word are compared (an index of B's quote words).
    QVector<QSet<QString>> quoteWordsB;
    QHash<QString, QVector<int>> quotesWithWord;
    for (int j = 0; j < r.quotesB.size(); ++j) {
        quoteWordsB.append(QuoteExtractor::wordSet(r.quotesB.at(j).text));
        for (const QString &w : quoteWordsB.last())
            quotesWithWord[w].append(j);
    }
    QVector<char> quotedB(r.quotesB.size(), 0);
    for (int i = 0; i < r.quotesA.size(); ++i) {
        const QSet<QString> wordsQ = QuoteExtractor::wordSet(r.quotesA.at(i).text);
        QVector<int> shared;
        for (const QString &w : wordsQ)
            shared += quotesWithWord.value(w);
        std::sort(shared.begin(), shared.end());
        shared.erase(std::unique(shared.begin(), shared.end()), shared.end());
        int match = -1;
        for (int j : shared) {
            if (!quotedB.at(j) && QuoteExtractor::same(wordsQ, quoteWordsB.at(j))) {
                match = j;
                break;
            }
        }
        if (match >= 0)
            quotedB[match] = 1;
        r.quotes.append({ i, match });
    }
    for (int j = 0; j < r.quotesB.size(); ++j) {
        if (!quotedB.at(j))
            r.quotes.append({ -1, j });
    }

    const auto hitsA = options.lexicon.hits(wordsA);
    const auto hitsB = options.lexicon.hits(wordsB);
    for (int t = 0; t < options.lexicon.terms().size(); ++t) {
        if (hitsA.at(t).isEmpty() && hitsB.at(t).isEmpty())
            continue;
        const Lexicon::Term &term = options.lexicon.terms().at(t);
        r.lexicon.append({ term.text, term.category, hitsA.at(t), hitsB.at(t) });
    }
    r.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace Marginalia
