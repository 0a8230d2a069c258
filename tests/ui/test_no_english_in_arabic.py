"""In Arabic, nothing on screen is in English: every navigation page (and each of its tabs, with the
first row of its lists chosen), every tab of a beneficiary's file and every dialog, on demo data.

A Latin word fails the test unless it is on a short list of names written in Latin everywhere
(Excel, PDF, QR, file formats, keyboard shortcuts, the name of the English language), or is a code the
association typed itself (a user name, a program's or a required document's code), a letter's
verification code, an e-mail or web address, or the database's address.
"""

from __future__ import annotations

import re

import pytest
from screen_catalogue import build_demo_association
from screen_walk import every_screen
from visible_text import visible_texts

from charity_desk.ui.main_window import MainWindow

ALLOWED = {"excel", "pdf", "qr", "csv", "xlsx", "json", "png", "jpeg", "jpg", "sha-256", "ctrl", "shift", "alt",
           "esc", "english"}
_NOT_WORDS = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+|(?:[A-Za-z]:)?[/\\]\S+"  # addresses and paths
                        r"|(?:Ctrl|Shift|Alt)\+\w+"  # keyboard shortcuts
                        r"|\b[A-Z0-9X]{4}-[A-Z0-9X]{4}\b")  # letter verification codes
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:['-][A-Za-z0-9_]+)*")


def latin_words(texts: list[tuple[str, str]], own_codes: set[str]) -> list[tuple[str, str, list[str]]]:
    found = []
    for where, text in texts:
        words = [w for w in _WORD.findall(_NOT_WORDS.sub(" ", text))
                 if w.lower() not in ALLOWED and w not in own_codes]
        if words:
            found.append((where, text[:120], words))
    return found


@pytest.fixture
def demo(services, admin):
    return build_demo_association(services, admin)


def test_every_page_tab_and_dialog_is_arabic_only(gui_app, qtbot, services, admin, demo):
    user_names = {u.username for u in demo.users.list()}
    for program in demo.programs.list():
        user_names |= {program.code, *(r.code for r in program.requirements)}
    window = MainWindow(services, demo, services.setup.association_name(), "ar", 3_600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems = [(where, *p) for where, root in every_screen(qtbot, window, demo, services)
                for p in latin_words(visible_texts(root), user_names)]
    assert not problems, "\n".join(f"{where}: {who}: {text!r} {words}" for where, who, text, words in problems)
