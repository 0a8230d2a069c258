"""Refresh the Arabic catalogue from the sources and compile it.

    python scripts/translations.py                 # lupdate, then lrelease
    python scripts/translations.py --fill new.json # also fill unfinished entries from a JSON file
    python scripts/translations.py --check         # exit 1 if any visible string lacks Arabic

The JSON file maps ``{context: {english source: arabic}}``; a translator may send one instead of
editing the .ts file in Qt Linguist.  Existing translations are never overwritten by --fill.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "charity_desk"
TS_FILE = ROOT / "translations" / "charity_desk_ar.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "migrations" not in p.parts)


def lupdate() -> None:
    subprocess.run(
        [
            "pyside6-lupdate",
            *source_files(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "ar",
            "-ts",
            str(TS_FILE.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease() -> None:
    """Compile the catalogue beside it, then put it in place with one rename: a running application maps
    the .qm file into memory, and one rewritten in place under it crashes it (SIGBUS)."""
    partial = QM_FILE.with_suffix(".qm.partial")
    subprocess.run(["pyside6-lrelease", str(TS_FILE), "-qm", str(partial)], check=True, capture_output=True)
    os.replace(partial, QM_FILE)


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(tree: ET.ElementTree) -> list[tuple[str, str]]:
    """(context, source) of every message with no Arabic yet."""
    missing = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        has_text = bool(translation.text) or any(form.text for form in translation.iter("numerusform"))
        if translation.get("type") == "unfinished" or not has_text:
            missing.append((context, message.findtext("source")))
    return missing


def placeholders(text: str) -> set[str]:
    """The {name} fields of a message, which a translation must keep."""
    return set(re.findall(r"{(\w+)}", text))


def fill(tree: ET.ElementTree, catalogue: dict[str, dict[str, str]]) -> int:
    filled = 0
    for context, message in _messages(tree):
        translation = message.find("translation")
        arabic = catalogue.get(context, {}).get(message.findtext("source"))
        if arabic and translation.get("type") == "unfinished":
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for _ in range(6):  # Arabic has six plural forms; the same text serves them all.
                    ET.SubElement(translation, "numerusform").text = arabic
            else:
                translation.text = arabic
            del translation.attrib["type"]
            filled += 1
    return filled


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--fill", type=Path, action="append", default=[])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        missing = unfinished(ET.parse(TS_FILE))
        for context, source in missing:
            print(f"untranslated: [{context}] {source}")
        return 1 if missing else 0
    lupdate()
    tree = ET.parse(TS_FILE)
    for path in args.fill:
        print(f"{path}: filled {fill(tree, json.loads(path.read_text(encoding='utf-8')))}")
    tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)
    lrelease()
    missing = unfinished(tree)
    print(f"{TS_FILE.name}: {len(missing)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
