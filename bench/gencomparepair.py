#!/usr/bin/env python3
"""Generates a pair of synthetic news articles for the comparison benchmark.

Article A is news-like prose of about WORDS words from a made-up vocabulary
(Zipf-distributed, with names, numbers and quotes). Article B retells it the
way a second outlet would: most sentences paraphrased (words replaced,
dropped, added), some split in two, some left out, some new, numbers changed,
and a tenth of the sentences moved elsewhere. Deterministic for a seed.

    bench/gencomparepair.py OUT_DIR --words 5000 [--seed 1]

writes OUT_DIR/a.txt and OUT_DIR/b.txt.
"""
import argparse
import os
import random

SYLLABLES = "ka lo mi ren ta vos dre ul pha nim sor bel tek mon ari qu ost lin gar fey".split()


def vocabulary(rng, n):
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))))
    return sorted(words)


def zipf_choice(rng, words):
    # Index ~ 1/rank: frequent function-like words and a long tail.
    i = int(len(words) ** rng.random()) - 1
    return words[min(i, len(words) - 1)]


def sentence(rng, words, names):
    n = rng.randint(12, 30)
    toks = [zipf_choice(rng, words) for _ in range(n)]
    if rng.random() < 0.5:
        toks.insert(rng.randrange(len(toks)), rng.choice(names))
    if rng.random() < 0.4:
        toks.insert(rng.randrange(len(toks)), "{:,}".format(rng.randint(2, 20000)))
    text = " ".join(toks)
    text = text[0].upper() + text[1:] + "."
    if rng.random() < 0.15:
        text = '"' + text[:-1] + '," ' + rng.choice(names) + " said."
    return text


def paraphrase(rng, s, words):
    toks = s.split(" ")
    out = []
    for t in toks:
        r = rng.random()
        if r < 0.12:
            out.append(zipf_choice(rng, words))
        elif r < 0.18:
            continue
        else:
            out.append(t)
        if rng.random() < 0.05:
            out.append(zipf_choice(rng, words))
    return " ".join(out) if out else s


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--words", type=int, default=5000)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    words = vocabulary(rng, 4000)
    names = ["Ms. " + w.capitalize() for w in rng.sample(words, 40)] + \
            ["Dr. " + w.capitalize() + " " + v.capitalize() for w, v in zip(rng.sample(words, 40), rng.sample(words, 40))]
    sa, count = [], 0
    while count < a.words:
        s = sentence(rng, words, names)
        sa.append(s)
        count += len(s.split())
    sb = []
    for s in sa:
        r = rng.random()
        if r < 0.08:
            continue  # left out
        if r < 0.16:
            toks = s.split(" ")
            cut = len(toks) // 2
            sb.append(" ".join(toks[:cut]) + ".")
            sb.append(" ".join(toks[cut:]).capitalize())
        else:
            sb.append(paraphrase(rng, s, words))
        if rng.random() < 0.06:
            sb.append(sentence(rng, words, names))  # only in B
    for _ in range(len(sb) // 10):  # moved sentences
        s = sb.pop(rng.randrange(len(sb)))
        sb.insert(rng.randrange(len(sb)), s)

    def paragraphs(ss):
        out, para = [], []
        for s in ss:
            para.append(s)
            if len(para) >= rng.randint(2, 4):
                out.append(" ".join(para))
                para = []
        if para:
            out.append(" ".join(para))
        return "Headline of the story\n\n" + "\n\n".join(out) + "\n"

    os.makedirs(a.out, exist_ok=True)
    for name, ss in (("a.txt", sa), ("b.txt", sb)):
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(paragraphs(ss))


if __name__ == "__main__":
    main()
