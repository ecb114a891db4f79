#!/usr/bin/env python3
"""Validate Marginalia sidecar files (marginalia.json) against docs/sidecar.schema.json.

Usage:
    validate_sidecar.py [--schema FILE] [--schema-only] [--expect-invalid] SIDECAR...

Besides the JSON Schema, it checks the rules of the app's reader that a schema
cannot express (see docs/sidecar-format.md, "Rules across fields"): tag,
document path and annotation ids are unique, a tag's parent exists and comes
before it, an annotation's tag is in the codebook, end >= start (annotations and
clutter marks).
--schema-only skips those and checks the schema alone.

Exit status: 0 when every file is valid (with --expect-invalid: when every file
is invalid), 1 when not, 2 for usage errors, an unusable schema, or a missing
jsonschema module (Debian: apt-get install python3-jsonschema).
"""

import argparse
import json
import os
import sys

DEFAULT_SCHEMA = os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "sidecar.schema.json"))


def json_path(parts):
    out = "$"
    for p in parts:
        out += "[%d]" % p if isinstance(p, int) else ".%s" % p
    return out


def reject_constant(name):
    raise ValueError("%s is not valid JSON" % name)


def load_json(path):
    """Returns (data, None) or (None, message). BOM tolerated like the app does."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        return None, "cannot be read: %s" % e.strerror
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return None, "not UTF-8: invalid byte at offset %d" % e.start
    try:
        return json.loads(text, parse_constant=reject_constant), None
    except ValueError as e:
        return None, "not valid JSON: %s" % e


def rule_errors(data):
    """The reader's cross-field rules (SidecarCodec::parse) a JSON Schema cannot state."""
    errors = []
    if not isinstance(data, dict):
        return errors
    tag_ids = set()
    codebook = data.get("codebook")
    for i, tag in enumerate(codebook if isinstance(codebook, list) else []):
        if not isinstance(tag, dict):
            continue
        where = "$.codebook[%d]" % i
        tid = tag.get("id")
        parent = tag.get("parent") or ""
        if tid in tag_ids:
            errors.append('%s: the tag id "%s" is used twice' % (where, tid))
        if parent and parent == tid:
            errors.append('%s: the tag "%s" is its own parent' % (where, tid))
        elif parent and parent not in tag_ids:
            # The reader accepts a parent listed later, but the app then silently
            # makes the tag top-level, so such a file loses its hierarchy on save.
            errors.append('%s: the parent "%s" is not a tag listed before this one' % (where, parent))
        tag_ids.add(tid)
    paths = set()
    span_ids = set()
    documents = data.get("documents")
    for i, doc in enumerate(documents if isinstance(documents, list) else []):
        if not isinstance(doc, dict):
            continue
        where = "$.documents[%d]" % i
        path = doc.get("path")
        if path in paths:
            errors.append('%s: the document "%s" is listed twice' % (where, path))
        paths.add(path)
        annotations = doc.get("annotations")
        for j, span in enumerate(annotations if isinstance(annotations, list) else []):
            if not isinstance(span, dict):
                continue
            swhere = "%s.annotations[%d]" % (where, j)
            sid = span.get("id")
            if sid in span_ids:
                errors.append('%s: the annotation id "%s" is used twice in the file' % (swhere, sid))
            span_ids.add(sid)
            if span.get("tag") not in tag_ids:
                errors.append('%s: the tag "%s" is not in the codebook' % (swhere, span.get("tag")))
            start, end = span.get("start"), span.get("end")
            if isinstance(start, (int, float)) and isinstance(end, (int, float)) and end < start:
                errors.append('%s: "end" (%s) is before "start" (%s)' % (swhere, end, start))
        marks = doc.get("boilerplate")
        for j, mark in enumerate(marks if isinstance(marks, list) else []):
            if not isinstance(mark, dict):
                continue
            start, end = mark.get("start"), mark.get("end")
            if isinstance(start, (int, float)) and isinstance(end, (int, float)) and end < start:
                errors.append('%s.boilerplate[%d]: "end" (%s) is before "start" (%s)' % (where, j, end, start))
    return errors


def main():
    parser = argparse.ArgumentParser(description="Validate Marginalia sidecar files against the JSON Schema.")
    parser.add_argument("files", nargs="+", metavar="SIDECAR", help="marginalia.json files to check")
    parser.add_argument("--schema", default=DEFAULT_SCHEMA, help="schema file (default: %(default)s)")
    parser.add_argument("--schema-only", action="store_true",
                        help="check the JSON Schema only, not the rules across fields")
    parser.add_argument("--expect-invalid", action="store_true",
                        help="negative self-check: succeed only if every file is rejected")
    args = parser.parse_args()

    try:
        import jsonschema
    except ImportError:
        print("validate_sidecar: the Python module jsonschema is missing "
              "(Debian/Ubuntu: apt-get install python3-jsonschema)", file=sys.stderr)
        return 2

    schema, problem = load_json(args.schema)
    if problem:
        print("validate_sidecar: %s: %s" % (args.schema, problem), file=sys.stderr)
        return 2
    try:
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print("validate_sidecar: %s is not a valid JSON Schema: %s" % (args.schema, e.message), file=sys.stderr)
        return 2
    validator = validator_class(schema)

    failures = 0
    for path in args.files:
        data, problem = load_json(path)
        if problem:
            messages = [problem]
        else:
            errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
            messages = ["%s: %s" % (json_path(e.absolute_path), e.message) for e in errors]
            if not args.schema_only and not messages:
                messages = rule_errors(data)
        if args.expect_invalid:
            if messages:
                print("%s: rejected as expected (%s)" % (path, messages[0]))
            else:
                print("%s: FAIL: expected to be invalid, but it is a valid sidecar" % path, file=sys.stderr)
                failures += 1
        elif messages:
            failures += 1
            print("%s: INVALID (%d problem%s):" % (path, len(messages), "" if len(messages) == 1 else "s"),
                  file=sys.stderr)
            for m in messages:
                print("  " + m, file=sys.stderr)
        else:
            print("%s: valid" % path)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
