"""A new walk-in at the front desk, typed key by key: errors at the field, duplicates, drafts, the file."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea
from tests.ui.test_form_keyboard import answer_next_question, tab_to
from tests.ui.test_wheel_guard import wheel

from charity_desk.domain.roles import Role
from charity_desk.drafts import load_draft
from charity_desk.ui.dialogs.walk_in import DRAFT_KEY, WalkInDialog
from charity_desk.ui.screens.beneficiary_file import BeneficiaryFilePage

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def fill(dialog, type_text, national_id="1012345672", mobile="٠٥٥١٢٣٤٥٦٧"):
    type_text(dialog.person.first_name, "نورة")
    type_text(dialog.person.father_name, "سعد")
    type_text(dialog.person.grandfather_name, "علي")
    type_text(dialog.person.family_name, "الدوسري")
    type_text(dialog.person.national_id, national_id)
    dialog.person.gender.set_code("female")
    type_text(dialog.person.birth_date.text, "١٤/٠٦/١٤٠٥")  # Hijri, Arabic-Indic digits
    type_text(dialog.person.mobile, mobile)
    dialog.person.region.setCurrentIndex(dialog.person.region.findData("الرياض"))
    type_text(dialog.reason, "طلب مساعدة إيجار")
    dialog.notice_acknowledged.setChecked(True)  # the privacy notice was shown and acknowledged (PDPL)


def make_dialog(qtbot, services, admin):
    dialog = WalkInDialog(services, services.acting_as(admin))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_walk_in_saved_and_file_opened(gui_app, qtbot, services, admin, type_text):
    dialog = make_dialog(qtbot, services, admin)
    fill(dialog, type_text)
    assert "05/03/1985" in dialog.person.birth_date.equivalent.text()  # the Gregorian equivalent is shown
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "walk-in.png"))
    with qtbot.waitSignal(dialog.open_file) as opened:
        dialog.save()
    assert load_draft(DRAFT_KEY) is None

    page = BeneficiaryFilePage(services.acting_as(admin))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show_file(opened.args[0])
    assert page.name.text() == "نورة سعد علي الدوسري"
    assert page.tabs.count() == 13  # the administrator sees health and income
    assert page.contacts.table.rowCount() == 1
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        page.grab().save(str(SCREENSHOTS / f"file-tab-{index}.png"))

    # The administrator hands the file to a social researcher from its header.
    researcher = services.acting_as(admin).users.create("res", "الباحثة هند", Role.SOCIAL_RESEARCHER, "researcher 1")
    page.reload()
    assert page.researcher.isVisibleTo(page) and page.researcher.currentText() == "لم يُسند بعد"
    page.researcher.setCurrentIndex(page.researcher.findData(researcher.id))
    page.researcher.activated.emit(page.researcher.currentIndex())
    assert services.acting_as(admin).files.open(opened.args[0]).person.assigned_researcher_id == researcher.id
    assert page.researcher.currentText() == "الباحثة هند"


def test_errors_are_shown_at_each_field_and_nothing_is_lost(gui_app, qtbot, services, admin, type_text):
    dialog = make_dialog(qtbot, services, admin)
    fill(dialog, type_text, national_id="12345", mobile="0112")
    dialog.save()
    assert dialog.isVisible()
    for field in ("national_id", "mobile"):
        assert dialog.person.form._errors[field].isVisibleTo(dialog)
    assert "10" in dialog.person.form._errors["national_id"].text()
    assert dialog.person.first_name.text() == "نورة"  # what was typed is still there
    assert services.acting_as(admin).beneficiaries.count() == 0


def test_duplicate_national_id_is_refused(gui_app, qtbot, services, admin, type_text, monkeypatch):
    first = make_dialog(qtbot, services, admin)
    fill(first, type_text)
    first.save()
    offered = []
    monkeypatch.setattr(WalkInDialog, "_offer_existing", lambda self, duplicate: offered.append(duplicate.existing))
    second = make_dialog(qtbot, services, admin)
    fill(second, type_text, mobile="0500000009")
    second.save()
    assert offered and offered[0].full_name == "نورة سعد علي الدوسري"
    assert services.acting_as(admin).beneficiaries.count() == 1


def test_draft_survives_closing_the_window(gui_app, qtbot, services, admin, type_text):
    dialog = make_dialog(qtbot, services, admin)
    type_text(dialog.person.first_name, "مريم")
    type_text(dialog.person.national_id, "2034567897")
    asked = answer_next_question(qtbot, QMessageBox.StandardButton.Yes)  # keep it as a draft
    qtbot.keyClick(dialog.person.national_id, Qt.Key.Key_Escape)
    assert asked and not dialog.isVisible()
    assert load_draft(DRAFT_KEY)["first_name"] == "مريم"
    again = make_dialog(qtbot, services, admin)
    assert again.person.first_name.text() == "مريم"
    assert again.person.national_id.text() == "2034567897"
    assert again.notice.text()


def test_draft_written_while_typing(gui_app, qtbot, services, admin, type_text):
    dialog = make_dialog(qtbot, services, admin)
    type_text(dialog.person.family_name, "الحربي")
    qtbot.waitUntil(lambda: (load_draft(DRAFT_KEY) or {}).get("family_name") == "الحربي", timeout=3000)


def active(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_whole_walk_in_by_keyboard_only(gui_app, qtbot, services, admin, type_text):
    dialog = active(qtbot, make_dialog(qtbot, services, admin))
    assert dialog.focusWidget() is dialog.person.first_name

    def typed(text, then=Qt.Key.Key_Tab):
        type_text(dialog.focusWidget(), text)
        qtbot.keyClick(dialog.focusWidget(), then)

    for part in ("نورة", "سعد", "علي", "الدوسري"):
        typed(part)
    tab_to(qtbot, dialog, dialog.person.national_id)
    typed("1012345672")
    tab_to(qtbot, dialog, dialog.person.gender)
    qtbot.keyClick(dialog.person.gender, Qt.Key.Key_Down)
    tab_to(qtbot, dialog, dialog.person.birth_date.text)
    typed("١٤/٠٦/١٤٠٥")
    tab_to(qtbot, dialog, dialog.person.mobile)
    typed("٠٥٥١٢٣٤٥٦٧")
    tab_to(qtbot, dialog, dialog.person.region)
    qtbot.keyClick(dialog.person.region, Qt.Key.Key_Down)
    tab_to(qtbot, dialog, dialog.reason)
    typed("طلب مساعدة إيجار")
    assert dialog.focusWidget() is dialog.asked
    typed("متى يصدر القرار؟")  # Tab leaves the multi-line box instead of typing a tab
    assert dialog.focusWidget() is dialog.answered and "\t" not in dialog.asked.toPlainText()
    tab_to(qtbot, dialog, dialog.notice_acknowledged)
    qtbot.keyClick(dialog.notice_acknowledged, Qt.Key.Key_Space)
    assert dialog.notice_acknowledged.isChecked()
    with qtbot.waitSignal(dialog.open_file) as opened:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    person = services.acting_as(admin).files.open(opened.args[0]).person
    assert (person.first_name, person.national_id, person.mobile) == ("نورة", "1012345672", "+966551234567")


def test_the_id_is_checked_on_leaving_it_and_its_mark_goes_once_corrected(gui_app, qtbot, services, admin,
                                                                            type_text):
    dialog = active(qtbot, make_dialog(qtbot, services, admin))
    id_error = dialog.person.form.error_label("national_id")
    tab_to(qtbot, dialog, dialog.person.national_id)
    type_text(dialog.person.national_id, "1012345673")  # wrong check digit
    assert id_error.isHidden()
    qtbot.keyClick(dialog.person.national_id, Qt.Key.Key_Tab)
    assert not id_error.isHidden() and "تحقق" in id_error.text()
    assert dialog.error.invalid_fields() == [dialog.person.national_id]  # listed under the form too
    dialog.person.national_id.setFocus()
    qtbot.keyClick(dialog.person.national_id, Qt.Key.Key_Backspace)
    type_text(dialog.person.national_id, "2")
    assert id_error.isHidden() and dialog.error.invalid_fields() == []  # valid now: the mark is gone


def test_an_id_already_registered_links_to_its_file(gui_app, qtbot, services, admin, type_text):
    first = make_dialog(qtbot, services, admin)
    fill(first, type_text)
    with qtbot.waitSignal(first.open_file) as saved:
        first.save()
    dialog = active(qtbot, make_dialog(qtbot, services, admin))
    tab_to(qtbot, dialog, dialog.person.national_id)
    type_text(dialog.person.national_id, "١٠١٢٣٤٥٦٧٢")
    qtbot.keyClick(dialog.person.national_id, Qt.Key.Key_Tab)
    id_error = dialog.person.form.error_label("national_id")
    assert "نورة سعد علي الدوسري" in id_error.text() and "<a " in id_error.text()
    assert dialog.focusWidget() is dialog.person.gender
    tab_to(qtbot, dialog, id_error, backwards=True)  # the link sits right after the ID field
    qtbot.keyClick(id_error, Qt.Key.Key_Tab)
    with qtbot.waitSignal(dialog.open_file) as opened:
        qtbot.keyClick(id_error, Qt.Key.Key_Return)
    assert opened.args == saved.args and not dialog.isVisible()


def test_the_wheel_over_came_by_scrolls_the_form_and_keeps_the_choice(gui_app, qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    dialog.resize(1366, 600)
    chosen = dialog.channel.currentIndex()
    scroll = dialog.findChild(QScrollArea)
    before = scroll.verticalScrollBar().value()
    for _ in range(3):
        wheel(dialog.channel)
    assert dialog.channel.currentIndex() == chosen
    assert scroll.verticalScrollBar().value() > before
