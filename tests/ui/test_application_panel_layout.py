"""The application panel at 1366x768 in Arabic: a long checklist is readable, and after a state change
only the buttons of the new state are left (no slivers of the previous row)."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from charity_desk.domain.application_flow import State
from charity_desk.services.applications import ConsentInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput, Requirement
from charity_desk.ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
DOCUMENTS = ("صورة الهوية الوطنية", "سجل الأسرة", "عقد الإيجار الموثق", "إثبات الدخل", "تقرير طبي",
             "شهادة الراتب", "كشف حساب بنكي لآخر ثلاثة أشهر")


def _application(acting) -> int:
    person = acting.registration.register(PersonInput(
        first_name="سلمى", father_name="فهد", grandfather_name="علي", family_name="الشهري",
        national_id="1012345672", gender="female", birth_date=date(1980, 1, 1), mobile="0551234567",
        region="عسير", city="أبها"), today=date(2026, 11, 25))
    program = acting.programs.save(ProgramInput(
        code="RENT", name="مساعدة سداد الإيجار", kind="cash", instructions="تصرف مرة في السنة",
        requirements=tuple(Requirement(f"doc{n}", label) for n, label in enumerate(DOCUMENTS))))
    return acting.applications.apply(person, program, "in_person", ConsentInput("written"))


def test_checklist_and_action_row_at_1366_by_768(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    application_id = _application(acting)
    window = MainWindow(services, acting, "جمعية البر", "ar", 3_600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_application(application_id)
    panel = window.pages["applications"].panel
    qtbot.waitUntil(lambda: panel.checklist.rowCount() == len(DOCUMENTS))
    assert window.width() <= 1366 and window.height() <= 768

    table = panel.checklist
    visible_rows = table.viewport().height() // table.rowHeight(0)
    assert visible_rows >= 6, visible_rows
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    assert header.sectionViewportPosition(last) >= 0  # the time column is inside the table, not cut off
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width() + 1
    assert "(كتابةً)" in panel.facts.text() and "written" not in panel.facts.text()

    def shown_moves() -> set[str]:
        return {b.objectName() for b in panel.findChildren(QPushButton)
                if b.objectName().startswith("move_") and b.isVisibleTo(panel)}

    qtbot.waitUntil(lambda: bool(shown_moves()))
    before = shown_moves()
    assert "move_under_verification" in before
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        qtbot.mouseClick(panel.findChild(QPushButton, "move_under_verification"), Qt.MouseButton.LeftButton)
    expected = {f"move_{s.value}" for s in acting.applications.view(application_id).next_states
                if s not in (State.ENROLLED, State.REFERRED)}
    assert shown_moves() == expected  # nothing of the previous row is still shown
    assert "move_under_verification" not in shown_moves()
    acting.applications.transition(application_id, State.INCOMPLETE, "ينقص عقد الإيجار")
    panel.show_application(application_id)  # no event processed in between: the row is right at once
    assert shown_moves() == {f"move_{s.value}" for s in acting.applications.view(application_id).next_states
                             if s not in (State.ENROLLED, State.REFERRED)}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "application-panel-1366.png"))
