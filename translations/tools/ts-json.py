#!/usr/bin/env python3
"""Translator's helper: moves unfinished messages of a Qt Linguist .ts file out to JSON and finished ones back.

  ts-json.py export daymark_cy.ts todo.json [--limit N] [--offset K]
      writes [{"id": ..., "context": ..., "source": ..., "numerus": bool}, ...] for unfinished messages (a text
      used in several places is written once, and its translation fills every place)
  ts-json.py import daymark_cy.ts done.json
      done.json: [{"id": ..., "translation": "..."} or {"id": ..., "forms": ["...", ...]}]; fills those
      messages and marks them finished (placeholders such as %1 must match the source, or the entry is refused)

The id is the message's position among all messages of the file, so export and import must use the same .ts
without running lupdate in between.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(\d{1,2}|L\d{1,2})")


def load(path):
    tree = ET.parse(path)
    messages = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages.append((name, message))
    return tree, messages


def unfinished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
    return any(not t.strip() for t in texts)


def export(path, out, limit, offset):
    _, messages = load(path)
    todo = []
    seen = set()
    for index, (context, message) in enumerate(messages):
        key = (message.findtext("source"), message.get("numerus"))
        if unfinished(message) and key not in seen:
            seen.add(key)
            todo.append({"id": index, "context": context, "source": message.findtext("source"),
                         "numerus": message.get("numerus") == "yes"})
    todo = todo[offset:offset + limit] if limit else todo[offset:]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(todo, f, ensure_ascii=False, indent=1)
    print(f"{len(todo)} unfinished messages written to {out}")


def write_tree(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def import_(path, done):
    tree, messages = load(path)
    with open(done, encoding="utf-8") as f:
        entries = json.load(f)
    same_source = {}
    for _, message in messages:
        same_source.setdefault((message.findtext("source"), message.get("numerus")), []).append(message)
    filled = refused = 0
    for entry in entries:
        context, first = messages[entry["id"]]
        source = first.findtext("source")
        forms = entry.get("forms") or [entry.get("translation", "")]
        if any(not t.strip() for t in forms) or any(
                sorted(set(PLACEHOLDER.findall(t))) != sorted(set(PLACEHOLDER.findall(source))) for t in forms):
            print(f"refused (empty or placeholders differ): {source[:60]!r}", file=sys.stderr)
            refused += 1
            continue
        for message in same_source[(source, first.get("numerus"))]:
            if unfinished(message) or message is first:
                fill(message, forms)
                filled += 1
    write_tree(tree, path)
    print(f"{filled} filled, {refused} refused")
    return 1 if refused else 0


def fill(message, forms):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def main(argv):
    if len(argv) >= 4 and argv[1] == "export":
        limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 0
        offset = int(argv[argv.index("--offset") + 1]) if "--offset" in argv else 0
        export(argv[2], argv[3], limit, offset)
        return 0
    if len(argv) == 4 and argv[1] == "import":
        return import_(argv[2], argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
