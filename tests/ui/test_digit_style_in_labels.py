"""With Arabic-Indic digits chosen in Settings, no Western digit shows: every navigation page (each of
its tabs, with the first row of its lists chosen), every tab of a beneficiary's file (its header:
national ID, mobile, file number) and every dialog, on demo data.

Allowed to stay Western, because they are read or typed exactly as written:
- digits inside a word written in Latin letters (a user name, a letter's verification code such as
  «5QIJ-OWNA», «SHA-256», a program's code): ``localize_digits`` keeps them by design;
- e-mail and web addresses and file paths (the database's address, an export folder);
- what a person types into an entry field or a note box, shown as typed (stored values are always
  Western; the field is being edited, not displayed);
- the Western choice of the digit style itself in Settings, «غربية (0123)», which shows what it means.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from screen_catalogue import build_demo_association
from screen_walk import every_screen
from visible_text import visible_texts

from charity_desk.domain.numerals import ARABIC_INDIC, WESTERN
from charity_desk.ui.formatting import apply_digit_style
from charity_desk.ui.main_window import MainWindow

_READ_AS_WRITTEN = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+|(?:[A-Za-z]:)?[/\\]\S+"  # addresses and paths
                              r"|\S*[A-Za-z]\S*")  # a word with Latin letters keeps its digits
_WESTERN_DIGIT = re.compile(r"[0-9]")
_TYPED = (QLineEdit, QPlainTextEdit, QTextEdit)
_SHOWN_AS_AN_EXAMPLE = {"غربية (0123)"}


def western_digits(root) -> list[tuple[str, str]]:
    typed = {type(w).__name__ for w in root.findChildren(QWidget) if isinstance(w, _TYPED)}
    found = []
    for where, text in visible_texts(root):
        kind, _, rest = where.partition(":")
        if kind in typed and not rest.endswith(" placeholder"):  # an entry field's content, as typed
            continue
        if rest.endswith(" header") and kind == "QListWidget":  # a list's header is never shown
            continue
        if text in _SHOWN_AS_AN_EXAMPLE:
            continue
        if _WESTERN_DIGIT.search(_READ_AS_WRITTEN.sub(" ", text)):
            found.append((where, text[:120]))
    return found


@pytest.fixture
def arabic_indic(services, admin):
    apply_digit_style(ARABIC_INDIC)
    yield
    apply_digit_style(WESTERN)


def test_no_western_digit_shows_when_arabic_indic_is_chosen(gui_app, qtbot, services, admin, arabic_indic):
    demo = build_demo_association(services, admin)
    window = MainWindow(services, demo, services.setup.association_name(), "ar", 3_600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems = [(where, *p) for where, root in every_screen(qtbot, window, demo, services)
                for p in western_digits(root)]
    QApplication.processEvents()
    assert not problems, "\n".join(f"{where}: {who}: {text!r}" for where, who, text in problems)


def test_a_failed_save_names_its_errors_in_the_chosen_digits(gui_app, qtbot, services, admin, arabic_indic):
    from datetime import date

    from PySide6.QtCore import Qt
    from test_form_keyboard import open_dialog

    from charity_desk.services.person_input import PersonInput
    from charity_desk.services.referral_views import PartnerInput
    from charity_desk.ui.dialogs.referral import ReferralDialog

    acting = services.acting_as(admin)
    acting.referrals.save_partner(PartnerInput("جمعية الإسكان الخيري", "ترميم المنازل", "الرياض"))
    person = acting.registration.register(PersonInput("سعد", "محمد", "علي", "الحربي", "1012345672", "male",
                                                      date(1980, 1, 1), "0551234567"))
    dialog = open_dialog(qtbot, ReferralDialog(acting, person))
    qtbot.keyClick(dialog.partner, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.isVisible() and "٥" in dialog.error.text()  # «البند ٥-١٠» of the policy
    assert not western_digits(dialog), western_digits(dialog)
