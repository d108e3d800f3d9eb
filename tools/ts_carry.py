"""Carry translations to strings that moved to another context.

When code moves a string to a new translation context, lupdate marks the old entry obsolete and
adds an untranslated one. Run after `pyside6-lupdate` (without -no-obsolete): every unfinished
message takes the translation of a finished or obsolete message with the same source text; the
result still goes through `make translations` (which drops the obsolete entries).

    python tools/ts_carry.py assets/i18n/qorgau_ru.ts assets/i18n/qorgau_kk.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def carry(path: Path) -> int:
    tree = ET.parse(path)
    known: dict[str, ET.Element] = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished" and (translation.text or len(translation)):
            known.setdefault(message.findtext("source") or "", translation)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        donor = known.get(message.findtext("source") or "")
        if donor is None:
            continue
        translation.text = donor.text
        for child in list(translation):
            translation.remove(child)
        for child in donor:
            translation.append(child)
        del translation.attrib["type"]
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {carry(Path(name))} translations carried over")
