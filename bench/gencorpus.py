#!/usr/bin/env python3
"""Generates a synthetic Marginalia corpus for benchmarks.

Articles are news-like word soup (deterministic for a seed) in per-outlet
folders; the sidecar gets a codebook and random spans whose quotes, prefixes,
suffixes and SHA-256 match the text, exactly as the app computes them.

    bench/gencorpus.py OUT_DIR --documents 1000 --annotations 100000 [--words 600]
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import uuid

WORDS = ("the council bridge storm mayor said commuters repair million police river "
         "residents officials report ferry transit vote fare budget emergency crews "
         "engineers damage closed traffic city harbour witness statement according "
         "minister inquiry funding protest week morning evening district service").split()
ASTRAL = ["\U0001F309", "\U0001F4F0", "\U0001F6A2"]  # a few astral characters keep offset conversion honest


def article(rng, words):
    out, line = [], []
    for i in range(words):
        w = rng.choice(WORDS)
        if rng.random() < 0.002:
            w += rng.choice(ASTRAL)
        line.append(w)
        if len(line) > 12 and rng.random() < 0.15:
            out.append(" ".join(line).capitalize() + ".")
            line = []
            if rng.random() < 0.3:
                out.append("")
    if line:
        out.append(" ".join(line).capitalize() + ".")
    return "Headline " + str(rng.randrange(10**6)) + "\n\n" + "\n".join(out) + "\n"


def stamp(t):
    """As Marginalia writes a time: UTC, milliseconds only when there are any."""
    ms = t.microsecond // 1000
    base = t.strftime("%Y-%m-%dT%H:%M:%S")
    return base + (".%03dZ" % ms if ms else "Z")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--documents", type=int, default=1000)
    ap.add_argument("--annotations", type=int, default=100000)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ns = uuid.UUID("6f1c9a52-5b0e-4c43-9d7e-2f1f0f7a0b11")
    # Time stamps from their own generator, so that the articles and spans stay
    # those of earlier versions of this script for the same seed.
    trng = random.Random(args.seed + 1)
    coding_start = datetime.datetime(2026, 1, 5, 9, 0, 0, tzinfo=datetime.timezone.utc)

    tags = []
    for i in range(12):
        tags.append({"id": str(uuid.uuid5(ns, "tag%d" % i)), "name": "Tag %d" % i,
                     "color": "#%02x%02x%02x" % (150 + i * 8, 200 - i * 5, 180),
                     "description": "", "parent": "", "shortcut": str(i + 1) if i < 9 else ""})
    docs = []
    for d in range(args.documents):
        outlet = "Outlet %02d" % (d % 20)
        rel = "%s/2026-01-%02d-article-%05d.txt" % (outlet, 1 + d % 28, d)
        text = article(rng, args.words)
        os.makedirs(os.path.join(args.out, outlet), exist_ok=True)
        with open(os.path.join(args.out, rel), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        docs.append((rel, text))

    per_doc = [args.annotations // args.documents] * args.documents
    for i in range(args.annotations - sum(per_doc)):
        per_doc[i] += 1
    entries = []
    n = 0
    for (rel, text), count in zip(docs, per_doc):
        spans = []
        for _ in range(count):
            start = rng.randrange(0, max(1, len(text) - 60))
            end = start + rng.randrange(5, 60)
            sid = str(uuid.uuid5(ns, "span%d" % n))
            # Every annotation has its own time, to the millisecond, as the app
            # records it (weeks of coding); about a third were edited later.
            created = coding_start + datetime.timedelta(seconds=n * 23 + trng.random() * 20)
            modified = created
            if trng.random() < 0.3:
                modified += datetime.timedelta(seconds=trng.random() * 14 * 86400)
            n += 1
            spans.append({"id": sid, "tag": rng.choice(tags)["id"], "start": start, "end": end,
                          "quote": text[start:end], "prefix": text[max(0, start - 32):start],
                          "suffix": text[end:end + 32], "note": "note %d" % n if n % 5 == 0 else "",
                          "author": "bench", "created": stamp(created),
                          "modified": stamp(modified)})
        spans.sort(key=lambda s: (s["start"], s["end"], s["id"]))
        entries.append({"path": rel, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                        "annotations": spans})
    entries.sort(key=lambda e: e["path"])
    sidecar = {"format": "marginalia", "version": 1, "unit": "codepoint", "codebook": tags, "documents": entries}
    with open(os.path.join(args.out, "marginalia.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(sidecar, indent=4, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d documents, %d annotations to %s" % (len(docs), n, args.out))


if __name__ == "__main__":
    main()
