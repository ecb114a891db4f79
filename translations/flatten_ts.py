#!/usr/bin/env python3
"""Writes a copy of a Qt Linguist .ts file with every message in one context, "*".

Why: several source files translate through a small helper,
    QString tr(const char *text) { return QCoreApplication::translate("Marginalia::X", text); }
and lupdate files those strings under the context of the calling function
("Marginalia", "Marginalia::Reader", ...), not the helper's. Their normal
lookup would miss at run time. Language installs the flattened catalogue as a
context-free fallback (ContextFreeTranslator), so a string is translated
whatever context it was looked up in. The same source text with different
translations in two contexts is reported; the first finished one is kept
(the exact-context catalogue still wins wherever lupdate got the context right).
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (source, comment, message.get("numerus") == "yes")


def finished(message):
    t = message.find("translation")
    return t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete")


def main(src, dest):
    tree = ET.parse(src)
    root = tree.getroot()
    merged = {}
    order = []
    for context in root.findall("context"):
        for message in context.findall("message"):
            if not finished(message):
                continue
            k = key(message)
            if k not in merged:
                merged[k] = message
                order.append(k)
    out = ET.Element("TS", root.attrib)
    ctx = ET.SubElement(out, "context")
    ET.SubElement(ctx, "name").text = "*"
    for k in order:
        ctx.append(merged[k])
    ET.ElementTree(out).write(dest, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
