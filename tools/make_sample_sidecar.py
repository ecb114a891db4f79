#!/usr/bin/env python3
"""Regenerate resources/sample-corpus/marginalia.json from a declarative list.

Annotations are declared below as (document path, tag name, exact quote,
occurrence index, note).  Offsets, prefix/suffix context, SHA-256 hashes and
uuids are all computed here, never typed by hand, so the sidecar can be
regenerated whenever an article or an annotation changes.

Canonical text (must match the app):
  1. read bytes, strip a leading UTF-8 BOM, decode UTF-8;
  2. replace "\\r\\n" with "\\n", then any remaining "\\r" with "\\n";
  3. .md only: if the text starts with "---\\n", drop everything up to and
     including the next line that is exactly "---" (and its "\\n").
Offsets are Unicode code points into that text (Python str indices).

Usage:
  python3 tools/make_sample_sidecar.py           # write marginalia.json
  python3 tools/make_sample_sidecar.py --check   # exit 1 if it is out of date

Standard library only.
"""

import argparse
import hashlib
import json
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "resources" / "sample-corpus"
SIDECAR = CORPUS / "marginalia.json"

# Fixed namespace so every uuid is deterministic.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://marginalia.example/sample-corpus")

AUTHOR = "Sample Analyst"
CONTEXT = 32  # code points of prefix / suffix context

# ---------------------------------------------------------------------------
# Codebook: (name, colour, description, parent name or "", shortcut)
# Parents must come before their children.
# ---------------------------------------------------------------------------
CODEBOOK = [
    ("Casualties & damage", "#f1948a",
     "Injuries, deaths and physical damage to people, property or infrastructure.",
     "", "1"),
    ("Official response", "#85c1e9",
     "What authorities did, decided or promised in response to the event.",
     "", "2"),
    ("Blame / responsibility", "#f8c471",
     "Passages that attribute fault or responsibility to a person or institution.",
     "", "3"),
    ("Economic cost", "#82e0aa",
     "Money: repair bills, budgets, deficits, fares, lost trade.",
     "", "4"),
    ("Human interest", "#d7bde2",
     "Personal stories and the everyday impact on ordinary people.",
     "", "5"),
    ("Loaded language", "#f4d03f",
     "Emotive or evaluative wording where a neutral alternative exists.",
     "", "6"),
    ("Sources", "#aed6f1",
     "Who is quoted or cited. Use a child tag when the kind of source is clear.",
     "", ""),
    ("Official source", "#a3e4d7",
     "Named officials, agencies and institutional statements.",
     "Sources", ""),
    ("Eyewitness", "#f5b7b1",
     "Residents, commuters and others speaking from direct experience.",
     "Sources", ""),
]

N1 = "Northgate Herald/2026-03-03-harrow-street-bridge-closed-after-storm.txt"
N2 = "Northgate Herald/2026-03-06-council-approves-fare-increase.md"
C1 = "Coastline Wire/2026-03-04-bridge-chaos-strands-eastbank.txt"
C2 = "Coastline Wire/2026-03-06-fare-hike-fiasco.txt"
V1 = "Valley Ledger/2026-03-04-bridge-closure-strands-commuters.md"
V2 = "Valley Ledger/2026-03-06-transit-fares-rise-forty-cents.txt"
M1 = "Meridian Review/2026-03-05-engineers-race-to-repair-harrow-bridge.txt"
M2 = "Meridian Review/2026-03-06-aldera-council-backs-fare-rise.txt"
A1 = "Al-Sahil Today/2026-03-04-harrow-bridge-closure.txt"

# ---------------------------------------------------------------------------
# Annotations: (document path, tag name, exact quote, occurrence, note)
# occurrence is the 0-based index of the match of quote in the canonical text.
# ---------------------------------------------------------------------------
ANNOTATIONS = [
    # --- Event 1: Harrow Street Bridge closure ------------------------------
    (N1, "Casualties & damage",
     "inspectors found a cracked bearing beneath the main span and dozens of damaged rivets",
     0, "Valley Ledger gives an exact count (34 rivets)."),
    (N1, "Economic cost", "She estimated repairs at $4.2 million", 0, ""),
    (N1, "Official source",
     "Dr. Helen Osei-Marsh, director of the city's Department of Public Works", 0,
     "Main official source for the damage and cost figures."),
    (N1, "Eyewitness", "Tom Albrecht, who runs a bakery two blocks from the bridge", 0, ""),

    (C1, "Loaded language", "Bridge chaos", 0,
     "Headline frame; Northgate's headline is neutral (\"closed indefinitely\")."),
    (C1, "Loaded language", "slammed shut", 0, ""),
    (C1, "Casualties & damage",
     "A deckhand aboard the barge was treated for minor injuries", 0,
     "Conflicts with the other outlets:\n"
     "- Northgate Herald: \"No injuries were reported.\"\n"
     "- Valley Ledger: \"No one was hurt.\"\n"
     "Check with the harbor master's office."),
    # Deliberately overlapping spans with different tags.
    (C1, "Loaded language", "slammed City Hall", 0, ""),
    (C1, "Blame / responsibility",
     "City Hall for sitting on a 2019 report that flagged the bridge's central pier as being in poor shape",
     0, ""),
    (C1, "Eyewitness", "Keisha Dunmore, a nurse who lives in Eastbank", 0, ""),

    (V1, "Economic cost",
     "Repairing the storm-damaged Harrow Street Bridge will cost about $4 million", 0,
     "Rounded figure; Northgate and Coastline both report $4.2 million."),
    (V1, "Blame / responsibility",
     "a 2019 inspection rated Pier 3 in \"poor\" condition and recommended $1.8 million in repairs",
     0, ""),
    (V1, "Human interest", "That is not a plan, that is a shrug.", 0, ""),

    (M1, "Official source",
     "Zoë Brannigan-Løvstad, a partner at the Copenhagen firm Løvstad & Kerr", 0,
     "Outside expert hired by the city, not a city employee."),
    (M1, "Economic cost",
     "Roughly €1.1\u00a0million of that — about $1.2 million — will go on specially fabricated steel bearings",
     0, ""),
    (M1, "Human interest", "“People are patient – mostly,” he said with a laugh.", 0, ""),
    (M1, "Eyewitness", "Ana Müller, who owns Café Lindqvist", 0, ""),

    (A1, "Economic cost", "وقدّرت كلفة الإصلاح بنحو 4.2 مليون دولار", 0,
     "Same $4.2 million as Northgate; Valley Ledger rounds to \"about $4 million\"."),
    (A1, "Official response",
     "«لن نعيد فتح الجسر قبل أن أتأكد تمامًا من أنه آمن لكل من يعبره»", 0,
     "Same mayoral quote that Northgate and Coastline carry verbatim in English."),
    (A1, "Blame / responsibility",
     "انتقد السيناتور توبياس رينويك، الذي يمثل حي إيستبانك في مجلس شيوخ الولاية، بلدية المدينة لتأجيلها أعمال صيانة",
     0, ""),

    # --- Event 2: transit fare vote ------------------------------------------
    (N2, "Economic cost", "a projected deficit of $11.8 million", 0,
     "Valley Ledger: \"nearly $12 million\"; Coastline: \"$12 million hole\"."),
    (N2, "Sources", "Simone Adeyemi, an organizer with the union", 0,
     "Advocacy source: neither official nor eyewitness, so coded at the parent level."),

    (C2, "Loaded language", "Fare hike fiasco", 0, ""),
    (C2, "Loaded language", "rammed through a fare hike near midnight", 0,
     "Compare Northgate: \"voted 7-4 shortly after 11 p.m.\""),
    (C2, "Eyewitness", "Luis Ortega, a line cook who commutes from Eastbank", 0, ""),

    (V2, "Official response",
     "State Sen. Tobias Renwick said Friday he would introduce a bill next week seeking $3 million in emergency state aid for PARTA",
     0, "Only Valley Ledger reports the proposed state aid bill."),
    (V2, "Economic cost", "PARTA has budgeted about $410,000", 0,
     "Bridge closure cost spilling into the fare debate."),

    (M2, "Official source", "Dr Marcus Feld, the authority's chief executive", 0,
     "British style: no full stop after \"Dr\"."),
]

BASE_TIME = (2026, 3, 6, 9, 15)  # first annotation timestamp, then +3 min each


def fail(message):
    print("make_sample_sidecar: error: " + message, file=sys.stderr)
    sys.exit(1)


def canonical_text(path):
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(f"{path}: not valid UTF-8 ({exc})")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() == ".md" and text.startswith("---\n"):
        lines = text.split("\n")
        for i in range(1, len(lines)):
            if lines[i] == "---":
                text = "\n".join(lines[i + 1:])
                break
    return text


def find_occurrence(text, quote, occurrence):
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(quote, start + 1)
        if start < 0:
            return -1
    return start


def timestamp(index):
    year, month, day, hour, minute = BASE_TIME
    total = hour * 60 + minute + 3 * index
    return f"{year:04d}-{month:02d}-{day:02d}T{total // 60:02d}:{total % 60:02d}:00Z"


def build():
    tag_ids = {}
    codebook = []
    for name, color, description, parent, shortcut in CODEBOOK:
        if name in tag_ids:
            fail(f"duplicate tag name {name!r}")
        if parent and parent not in tag_ids:
            fail(f"tag {name!r}: parent {parent!r} must be declared first")
        tag_ids[name] = str(uuid.uuid5(NAMESPACE, "tag:" + name))
        codebook.append({
            "color": color,
            "description": description,
            "id": tag_ids[name],
            "name": name,
            "parent": tag_ids[parent] if parent else "",
            "shortcut": shortcut,
        })

    texts = {}
    documents = {}
    seen_ids = set()
    for index, (rel, tag, quote, occurrence, note) in enumerate(ANNOTATIONS):
        if tag not in tag_ids:
            fail(f"{rel}: unknown tag {tag!r}")
        if rel not in texts:
            path = CORPUS / rel
            if not path.is_file():
                fail(f"{rel}: no such article")
            texts[rel] = canonical_text(path)
        text = texts[rel]
        start = find_occurrence(text, quote, occurrence)
        if start < 0:
            fail(f"{rel}: occurrence {occurrence} of {quote!r} not found")
        end = start + len(quote)
        if text[start:end] != quote:
            fail(f"{rel}: span [{start}, {end}) does not match quote {quote!r}")
        assert text[start:end] == quote
        ann_id = str(uuid.uuid5(NAMESPACE, f"annotation:{rel}:{tag}:{occurrence}:{quote}"))
        if ann_id in seen_ids:
            fail(f"{rel}: duplicate annotation {quote!r}")
        seen_ids.add(ann_id)
        stamp = timestamp(index)
        documents.setdefault(rel, []).append({
            "author": AUTHOR,
            "created": stamp,
            "end": end,
            "id": ann_id,
            "modified": stamp,
            "note": note,
            "prefix": text[max(0, start - CONTEXT):start],
            "quote": quote,
            "start": start,
            "suffix": text[end:end + CONTEXT],
            "tag": tag_ids[tag],
        })

    doc_list = []
    for rel in sorted(documents):
        anns = sorted(documents[rel], key=lambda a: (a["start"], a["end"], a["id"]))
        for a in anns:  # final safety net
            if texts[rel][a["start"]:a["end"]] != a["quote"]:
                fail(f"{rel}: quote mismatch at {a['start']}")
        doc_list.append({
            "annotations": anns,
            "path": rel,
            "sha256": hashlib.sha256(texts[rel].encode("utf-8")).hexdigest(),
        })

    sidecar = {
        "codebook": codebook,
        "documents": doc_list,
        "format": "marginalia",
        "unit": "codepoint",
        "version": 1,
    }
    return json.dumps(sidecar, indent=4, ensure_ascii=False, sort_keys=True) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if marginalia.json is out of date")
    args = parser.parse_args()
    output = build()
    if args.check:
        current = SIDECAR.read_text(encoding="utf-8") if SIDECAR.exists() else None
        if current != output:
            fail(f"{SIDECAR.relative_to(ROOT)} is out of date; rerun without --check")
        print(f"{SIDECAR.relative_to(ROOT)} is up to date")
        return
    SIDECAR.write_bytes(output.encode("utf-8"))
    count = sum(len(d["annotations"]) for d in json.loads(output)["documents"])
    print(f"wrote {SIDECAR.relative_to(ROOT)}: {count} annotations")


if __name__ == "__main__":
    main()
