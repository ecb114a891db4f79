#!/usr/bin/env python3
"""Generates a mixed-format corpus for the import benchmark (docs/performance.md,
"Import"): .txt in UTF-8 and Windows-1252, .md with front matter, .html pages
with navigation, scripts, share bars and metadata, .docx, .epub and .pdf.
Text is news-like word soup, deterministic for a seed; outlets and stories
are invented. Per-outlet footers repeat so the clutter statistics have work.

    bench/genmixed.py OUT_DIR [--documents 10000] [--words 750] [--seed 7]
"""
import argparse
import io
import os
import random
import zipfile

WORDS = ("the council bridge storm mayor said commuters repair million police river "
         "residents officials report ferry transit vote fare budget emergency crews "
         "engineers damage closed traffic city harbour witness statement according "
         "minister inquiry funding protest week morning evening district service "
         "caf\u00e9 na\u00efve r\u00e9sum\u00e9 port quay levee tunnel school hospital").split()
OUTLETS = ["Harbor Courier", "Plains Monitor", "Riverside Ledger", "Coast Signal", "Upland Times",
           "Delta Star", "Lockside News", "Brackwater Post"]
CLUTTER = ["Share this article", "Loading...", "Read more: {h}", "Sign up for our newsletter",
           "Advertisement", "Follow us on:", "\u00a9 2026 {o}. All rights reserved."]


def paragraphs(rng, words):
    out, line = [], []
    for _ in range(words):
        line.append(rng.choice(WORDS))
        if len(line) > 25 and rng.random() < 0.08:
            out.append(" ".join(line).capitalize() + ".")
            line = []
    if line:
        out.append(" ".join(line).capitalize() + ".")
    return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html(title, outlet, date, paras, rng):
    nav = "".join(f'<a href="/s{i}">Section {i}</a>' for i in range(12))
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)} | {outlet}</title>'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{outlet}">'
            f'<meta property="article:published_time" content="{date}T08:00:00Z">'
            f'<link rel="canonical" href="https://news.example/{rng.randrange(10**9)}">'
            f'<style>body{{font:14px serif}}</style><script>var x = {rng.random()};</script></head><body>'
            f'<header><nav>{nav}</nav></header><main><article><h1>{esc(title)}</h1>'
            f'<div class="share-bar"><a>Facebook</a> <a>Tweet</a></div>{body}</article></main>'
            f'<footer><p>{outlet} footer</p></footer></body></html>').encode("utf-8")


def docx(title, paras):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{esc(p)}</w:t></w:r></w:p>" for p in paras)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>')
        z.writestr("docProps/core.xml", '<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" '
                   f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{esc(title)}</dc:title></cp:coreProperties>')
    return buf.getvalue()


def epub(title, outlet, paras):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", '<?xml version="1.0"?><container><rootfiles>'
                   '<rootfile full-path="OEBPS/c.opf"/></rootfiles></container>')
        z.writestr("OEBPS/c.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf">'
                   f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{esc(title)}</dc:title>'
                   f'<dc:publisher>{outlet}</dc:publisher></metadata><manifest><item id="a" href="a.xhtml"/>'
                   '</manifest><spine><itemref idref="a"/></spine></package>')
        z.writestr("OEBPS/a.xhtml", "<html><body>" + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</body></html>")
    return buf.getvalue()


def pdf(paras):
    # A minimal one-page PDF with Helvetica text, ASCII only (WinAnsi), written by hand.
    lines = []
    for p in paras[:6]:
        words, cur = p.encode("ascii", "replace").decode().split(), ""
        for w in words:
            if len(cur) + len(w) > 80:
                lines.append(cur)
                cur = ""
            cur += w + " "
        lines.append(cur)
    lines = lines[:45]
    text = "BT /F1 10 Tf 40 800 Td 12 TL " + " ".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--documents", type=int, default=10000)
    ap.add_argument("--words", type=int, default=750)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    # Shares of each format: mostly text and web pages, as analysts collect them.
    kinds = ["txt"] * 35 + ["latin1"] * 10 + ["md"] * 15 + ["html"] * 30 + ["docx"] * 4 + ["epub"] * 3 + ["pdf"] * 3
    total = 0
    for i in range(args.documents):
        outlet = OUTLETS[i % len(OUTLETS)]
        kind = rng.choice(kinds)
        date = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"
        title = f"Headline {i}: " + " ".join(rng.choice(WORDS) for _ in range(6))
        paras = paragraphs(rng, args.words)
        clutter = [c.format(h=title, o=outlet) for c in rng.sample(CLUTTER, 3)]
        folder = os.path.join(args.out, outlet)
        os.makedirs(folder, exist_ok=True)
        stem = os.path.join(folder, f"{date}-{i:05d}")
        if kind in ("txt", "latin1"):
            text = title + "\n" + "\n".join(clutter[:2]) + "\n\n" + "\n\n".join(paras) + "\n\n" + clutter[2] + "\n"
            data = text.encode("cp1252", "replace") if kind == "latin1" else text.encode("utf-8")
            name = stem + ".txt"
        elif kind == "md":
            data = (f"---\ntitle: \"{title}\"\noutlet: {outlet}\ndate: {date}\n---\n# {title}\n\n"
                    + "\n\n".join(paras) + "\n").encode("utf-8")
            name = stem + ".md"
        elif kind == "html":
            data, name = html(title, outlet, date, paras, rng), stem + ".html"
        elif kind == "docx":
            data, name = docx(title, paras), stem + ".docx"
        elif kind == "epub":
            data, name = epub(title, outlet, paras), stem + ".epub"
        else:
            data, name = pdf(paras), stem + ".pdf"
        with open(name, "wb") as f:
            f.write(data)
        total += len(data)
    print(f"{args.documents} documents, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
