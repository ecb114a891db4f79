#!/usr/bin/env python3
"""Checks that the translations are complete for the code as it is now.

Runs lupdate over app/, models/ and syntax/ into temporary copies of the
committed .ts files, then fails (listing each string) when a message is
unfinished or empty, i.e. a string was added or changed in the source and
not translated, or a numerus message lacks a plural form. Usage:
    check_translations.py LUPDATE SOURCE_DIR TS_FILE...
To fix: `cmake --build build --target update_translations`, translate the
listed strings (Qt Linguist or by hand), commit the .ts files.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"de": 2, "ar": 6, "en": 2}


def main():
    lupdate, source_dir, ts_files = sys.argv[1], sys.argv[2], sys.argv[3:]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            copies.append(copy)
        dirs = [os.path.join(source_dir, d) for d in ("app", "models", "syntax")]
        for copy in copies:
            # English is the source language: its catalogue holds only the plural forms.
            plural_only = ["-pluralonly"] if copy.endswith("_en.ts") else []
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *plural_only, *dirs,
                            "-ts", copy], check=True)
        for ts, copy in zip(ts_files, copies):
            name = os.path.basename(ts)
            root = ET.parse(copy).getroot()
            lang = root.get("language", "").split("_")[0]
            count = 0
            for context in root.findall("context"):
                for message in context.findall("message"):
                    count += 1
                    source = message.findtext("source")
                    where = "%s [%s] %r" % (name, context.findtext("name"), source)
                    t = message.find("translation")
                    if t is None or t.get("type") == "unfinished":
                        problems.append(where + ": not translated (new or changed in the source)")
                        continue
                    if message.get("numerus") == "yes":
                        forms = [f.text for f in t.findall("numerusform")]
                        want = PLURAL_FORMS.get(lang, 2)
                        if len(forms) != want or not all(forms):
                            problems.append(where + ": needs %d plural forms" % want)
                    elif not (t.text or "").strip():
                        problems.append(where + ": empty translation")
            if count == 0:
                problems.append(name + ": no messages at all")
            print("%s: %d messages checked" % (name, count))
    for p in problems:
        print("MISSING " + p)
    if problems:
        print("%d translation problem(s); see the header of %s" % (len(problems), __file__))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
