"""The Arabic still waiting in translations/pending/*.json, compiled into a catalogue for a test.

New strings reach charity_desk_ar.ts only when the translations are merged; until then a
screenshot would show them in English. This compiles the pending files as they are (with
pyside6-lrelease, as scripts/translations.py does) so the screenshots show the screens as they
will read once merged.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

PENDING = Path(__file__).resolve().parents[2] / "translations" / "pending"
ARABIC_PLURAL_FORMS = 6


def _ts(catalogue: dict[str, dict[str, str]]) -> ET.ElementTree:
    root = ET.Element("TS", version="2.1", language="ar")
    for name, messages in catalogue.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, arabic in messages.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if "%n" in source:
                message.set("numerus", "yes")
                for _ in range(ARABIC_PLURAL_FORMS):
                    ET.SubElement(translation, "numerusform").text = arabic
            else:
                translation.text = arabic
    return ET.ElementTree(root)


@contextlib.contextmanager
def pending_arabic(folder: Path):
    """Install the pending translations on top of the application's catalogue while in the block."""
    catalogue: dict[str, dict[str, str]] = {}
    for path in sorted(PENDING.glob("*.json")):
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            catalogue.setdefault(context, {}).update(messages)
    ts, qm = folder / "pending_ar.ts", folder / "pending_ar.qm"
    _ts(catalogue).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)
