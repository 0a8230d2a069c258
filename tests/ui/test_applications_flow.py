"""A full application through the screens: program editor, new application, checklist, eligibility,
visit, committee queue."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton

from charity_desk.domain.application_flow import State
from charity_desk.services.file_edits import FamilyMemberInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput, Requirement
from charity_desk.ui.dialogs.new_application import NewApplicationDialog
from charity_desk.ui.screens.applications import ApplicationsPage
from charity_desk.ui.screens.programs import ProgramsPage

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def test_program_editor_creates_a_program_with_rules(gui_app, qtbot, services, admin, type_text):
    page = ProgramsPage(services.acting_as(admin))
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.activate()
    editor = page.editor
    type_text(editor.code, "RENT")
    type_text(editor.name, "مساعدة الإيجار")
    type_text(editor.instructions, "تصرف المساعدة مرة واحدة في السنة")
    editor._add_requirement(Requirement("lease", "عقد الإيجار", True))
    type_text(editor.max_income, "١٠٠٠")
    type_text(editor.min_age, "abc")
    editor.save()
    assert editor.rules_form._errors["min_age"].isVisibleTo(editor)
    editor.min_age.clear()
    editor.visit_required.setChecked(True)
    editor.save()
    (program,) = services.acting_as(admin).programs.list()
    assert program.rules.max_income_per_person == Decimal("1000.00")
    assert [r.code for r in program.requirements] == ["lease"] and program.visit_required
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "programs.png"))


def test_application_through_verification_to_committee(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    person = acting.registration.register(PersonInput(
        first_name="سلمى", father_name="فهد", grandfather_name="علي", family_name="الشهري",
        national_id="1012345672", gender="female", birth_date=date(1980, 1, 1), mobile="0551234567",
        region="عسير", city="أبها"), today=date(2026, 11, 25))
    acting.file_edits.add_family_member(person, FamilyMemberInput("ريم", "daughter"), today=date(2026, 11, 25))
    acting.programs.save(ProgramInput(code="FOOD", name="السلة الغذائية", kind="in_kind",
                                         instructions="تسلم السلة شهريًا", requirements=(
                                             Requirement("national_id", "صورة الهوية"),)))

    dialog = NewApplicationDialog(acting, person)
    qtbot.addWidget(dialog)
    assert "تسلم السلة شهريًا" in dialog.instructions.toPlainText()
    dialog._save()
    assert dialog.result() != QDialog.DialogCode.Accepted  # consent not ticked
    dialog.accepted.setChecked(True)
    dialog._save()
    application_id = dialog.application_id
    assert application_id is not None

    page = ApplicationsPage(acting)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.activate()
    assert page.queue_model.rowCount() == 1
    page.table.choose(application_id)
    panel = page.panel
    assert panel.header.text().endswith("السلة الغذائية")

    def act(button_name: str) -> None:
        """Click the panel's button and wait until its work, run off the GUI thread, is shown."""
        with qtbot.waitSignal(panel.changed, timeout=10_000):
            panel.findChild(QPushButton, button_name).click()
        assert not panel.error.text(), panel.error.text()

    act("move_under_verification")
    assert acting.applications.view(application_id).summary.state is State.UNDER_VERIFICATION
    panel.checklist.setCurrentCell(0, 0)
    act("mark_verified")
    assert acting.applications.view(application_id).checklist_complete
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel._check_eligibility()
    assert acting.applications.view(application_id).eligibility_passed is True
    act("move_verified")
    act("move_ready_for_committee")
    assert acting.applications.view(application_id).summary.state is State.READY_FOR_COMMITTEE
    page.queue.setCurrentIndex(page.queue.findData("committee"))
    assert page.queue_model.rowCount() == 1
    page.table.choose(application_id)
    page.grab().save(str(SCREENSHOTS / "applications.png"))
