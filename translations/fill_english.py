#!/usr/bin/env python3
"""Completes campagna_en.ts: English is the source language, so each entry's
translation is its source text. Plural entries (%n) written "item(s)" get the
singular and plural forms. Run after `cmake --build build --target
update_translations`; Italian entries are translated by people."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/campagna_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") != "unfinished" and (translation.text or len(translation)):
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        one = re.sub(r"\((s|es)\)", "", re.sub(r"y\(ies\)", "y", source))
        other = re.sub(r"\((s|es)\)", r"\1", re.sub(r"y\(ies\)", "ies", source))
        for form in (one, other):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
