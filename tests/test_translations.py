"""Every visible string has its Arabic translation, and the compiled catalogue is up to date."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402  (scripts/translations.py)


def test_every_source_string_has_arabic(tmp_path):
    """Re-extract the strings from today's sources into a copy of the catalogue: nothing may be unfinished."""
    copy = tmp_path / "charity_desk_ar.ts"
    shutil.copy(translations.TS_FILE, copy)
    subprocess.run(["pyside6-lupdate", *translations.source_files(), "-no-obsolete", "-locations", "none",
                    "-target-language", "ar", "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
    missing = translations.unfinished(ET.parse(copy))
    assert missing == [], "strings without Arabic (run python scripts/translations.py): " + "; ".join(
        f"[{context}] {source}" for context, source in missing[:20])


def test_compiled_catalogue_matches_the_source(tmp_path):
    compiled = tmp_path / "ar.qm"
    subprocess.run(["pyside6-lrelease", str(translations.TS_FILE), "-qm", str(compiled)], check=True,
                   capture_output=True)
    assert compiled.read_bytes() == translations.QM_FILE.read_bytes(), "run python scripts/translations.py"


def test_placeholders_survive_translation():
    for context in ET.parse(translations.TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            # A plural message's own text is only the indentation around its forms.
            texts = [(translation.text or "").strip()] + [f.text or "" for f in translation.iter("numerusform")]
            for name in translations.placeholders(source):
                assert all(f"{{{name}}}" in text for text in texts if text), (context.findtext("name"), source)
