"""The test configuration turns a warning raised from Charity Desk's own modules into an error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]

WARNINGS = """
import warnings

def test_a_deprecated_call_in_our_code():
    warnings.warn_explicit("old call", DeprecationWarning, "dashboard.py", 114,
                           module="charity_desk.services.dashboard")

def test_a_warning_of_another_library():
    warnings.warn_explicit("old call", DeprecationWarning, "core.py", 1, module="somelibrary.core")
"""


def test_warnings_from_our_modules_fail_and_others_do_not(tmp_path):
    (tmp_path / "test_sample.py").write_text(WARNINGS, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(PROJECT / "pyproject.toml"), "--rootdir", str(tmp_path),
         "-p", "no:cacheprovider", "-q", str(tmp_path / "test_sample.py")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert "FAILED test_sample.py::test_a_deprecated_call_in_our_code" in result.stdout
    assert "DeprecationWarning: old call" in result.stdout
    assert "1 failed, 1 passed" in result.stdout, result.stdout
