"""The command line speaks the application's language: Arabic by default, English by the settings or
``--lang en``; every option is described; a progress bar only on a terminal."""

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from charity_desk.cli.arguments import build_parser
from charity_desk.cli.catalogue import QmCatalogue
from charity_desk.i18n import catalogue_path
from cli_runs import create_admin, run_as_admin, run_cli


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_option_and_command_is_described():
    for parser in _parsers(build_parser()):
        assert parser.description, parser.prog
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    assert choice.help, (parser.prog, choice.dest)
            else:
                assert action.help and action.help != argparse.SUPPRESS, (parser.prog, action.dest)


def test_help_and_argparse_errors_are_arabic_by_default():
    shown = run_cli("--help")
    assert shown.returncode == 0
    assert "الاستعمال:" in shown.stdout and "usage:" not in shown.stdout
    assert "سجّل الدخول باسم هذا المستخدم" in shown.stdout

    wrong = run_cli("search")
    assert wrong.returncode == 2
    assert "خطأ: هذه المعطيات مطلوبة: النص" in wrong.stderr and "error" not in wrong.stderr
    unknown = run_cli("export", "everything", "x.xlsx")
    assert unknown.returncode == 2 and "اختيار غير صحيح" in unknown.stderr


def test_english_by_option_or_by_the_settings(isolated_data_dir):
    assert "usage:" in run_cli("--lang", "en", "--help").stdout
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    (isolated_data_dir / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    english = run_cli("search")
    assert "the following arguments are required" in english.stderr
    assert "الاستعمال:" in run_cli("--lang", "ar", "--help").stdout


def test_a_search_with_no_match_says_so_and_exits_1(tmp_path):
    url = str(tmp_path / "db.sqlite3")
    create_admin(url)
    nobody = run_as_admin("search", "زيد", "--db", url)
    assert nobody.returncode == 1
    assert nobody.stdout == ""
    assert "لا أحد يطابق «زيد»." in nobody.stderr
    as_json = run_as_admin("search", "زيد", "--json", "--db", url)
    assert as_json.returncode == 1 and json.loads(as_json.stdout) == []
    english = run_as_admin("--lang", "en", "search", "زيد", "--db", url)
    assert "Nobody matches «زيد»." in english.stderr


def test_a_progress_bar_only_on_a_terminal(tmp_path):
    piped = run_cli("demo", "--beneficiaries", "60", "--db", str(tmp_path / "piped.sqlite3"))
    assert piped.returncode == 0, piped.stderr
    assert "█" not in piped.stderr and "%" not in piped.stderr

    pty = pytest.importorskip("pty")  # a pseudo-terminal: POSIX only
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "charity_desk", "demo", "--beneficiaries", "60", "--db",
         str(tmp_path / "watched.sqlite3")],
        stdout=subprocess.PIPE, stderr=terminal, env=dict(os.environ))
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the process closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=300) == 0
    process.stdout.close()
    os.close(controller)
    text = shown.decode("utf-8")
    assert "100%" in text and "█" in text and "جارٍ إضافة البيانات التدريبية" in text


def test_the_catalogue_reader_gives_what_qt_gives(tmp_path):
    copy = tmp_path / "ar.qm"  # one snapshot for both readers, whatever happens to the catalogue meanwhile
    copy.write_bytes(Path(catalogue_path("ar")).read_bytes())
    qt = QTranslator()
    assert qt.load(str(copy))
    table = QmCatalogue(copy.read_bytes())
    messages = list(table.messages())
    assert len(messages) > 1000
    for context, source, arabic in messages:
        assert qt.translate(context, source) == arabic == table.get(context, source), (context, source)
    assert table.get("Cli", "no such source text") is None
    assert table.get("NoSuchContext", "options") is None


def test_a_long_search_says_how_many_match_in_all(tmp_path):
    url = str(tmp_path / "db.sqlite3")
    assert run_cli("demo", "--beneficiaries", "120", "--db", url).returncode == 0
    create_admin(url)
    found = run_as_admin("search", "ال", "--db", url)
    assert found.returncode == 0, found.stderr
    assert len(found.stdout.splitlines()) == 50
    shown, total = re.search(r"عُرض (\d+) من (\d+) نتيجة", found.stderr).groups()
    assert int(shown) == 50 and int(total) > 50
