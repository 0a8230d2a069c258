"""At the desk, the files a walk-in may already have appear as the name, the ID and the mobile are
typed key by key, each a link to its file followed by keyboard; the list leaves when nothing matches."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.ui.test_form_keyboard import tab_to

from charity_desk.domain.roles import Role
from charity_desk.services.person_input import PersonInput
from charity_desk.ui.dialogs.walk_in import WalkInDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _desk(services, admin):
    services.acting_as(admin).users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, "desk password 1")
    return services.acting_as(services.auth.login("desk", "desk password 1"))


def test_candidates_appear_while_typing_and_open_the_file(gui_app, qtbot, services, admin, type_text):
    registered = services.acting_as(admin).registration.register(PersonInput(
        first_name="عبد الرحمن", father_name="أحمد", grandfather_name="علي", family_name="الدوسري",
        national_id="1012345672", gender="male", birth_date=date(1985, 3, 2), mobile="0551234567"))
    dialog = WalkInDialog(services, _desk(services, admin))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    panel = dialog.candidates
    assert panel.isHidden()

    type_text(dialog.person.first_name, "عبدالرحمن")
    type_text(dialog.person.father_name, "احمد")
    type_text(dialog.person.family_name, "الدوسري")
    type_text(dialog.person.mobile, "٠٥٥١٢٣٤٥٦٧")
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    assert [c.beneficiary_id for c in panel.candidates] == [registered]
    assert "عبد الرحمن أحمد علي الدوسري" in panel.links.text()
    assert "نفس الجوال، الاسم متقارب" in panel.links.text()
    assert panel.title.text() == "قد يكون هذا الشخص مسجلاً من قبل:"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "walk-in-candidates.png"))

    tab_to(qtbot, dialog, panel.links)
    qtbot.keyClick(panel.links, Qt.Key.Key_Tab)  # onto the link inside the list
    with qtbot.waitSignal(dialog.open_file) as opened:
        qtbot.keyClick(panel.links, Qt.Key.Key_Return)
    assert opened.args == [registered] and not dialog.isVisible()


def test_the_list_leaves_when_the_typing_no_longer_matches(gui_app, qtbot, services, admin, type_text):
    services.acting_as(admin).registration.register(PersonInput(
        first_name="هند", father_name="فهد", grandfather_name="", family_name="القحطاني", national_id="1058529940",
        gender="female", birth_date=date(1970, 1, 1), mobile="0550000050"))
    dialog = WalkInDialog(services, _desk(services, admin))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.person.national_id, "1058529940")
    qtbot.waitUntil(dialog.candidates.isVisible, timeout=5_000)
    assert "نفس رقم الهوية" in dialog.candidates.links.text()
    dialog.person.national_id.setFocus()
    qtbot.keyClick(dialog.person.national_id, Qt.Key.Key_Backspace)
    type_text(dialog.person.national_id, "1")  # one digit off, and nothing else alike: not the same person
    qtbot.waitUntil(dialog.candidates.isHidden, timeout=5_000)
    assert dialog.candidates.candidates == []
