"""A new walk-in at the front desk, typed key by key: errors at the field, duplicates, drafts, the file."""

from pathlib import Path

from PySide6.QtCore import Qt

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
    assert page.tabs.count() == 12  # the administrator sees health and income
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
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert load_draft(DRAFT_KEY)["first_name"] == "مريم"
    again = make_dialog(qtbot, services, admin)
    assert again.person.first_name.text() == "مريم"
    assert again.person.national_id.text() == "2034567897"
    assert again.notice.text()


def test_draft_written_while_typing(gui_app, qtbot, services, admin, type_text):
    dialog = make_dialog(qtbot, services, admin)
    type_text(dialog.person.family_name, "الحربي")
    qtbot.waitUntil(lambda: (load_draft(DRAFT_KEY) or {}).get("family_name") == "الحربي", timeout=3000)
