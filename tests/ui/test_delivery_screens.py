"""Serving accepted applicants through the screens: a session opened on the Programs page, enrolment
from the application panel, deliveries recorded in the file (and refused beyond the decision), and
the session ended into surveys."""

from pathlib import Path

from delivery_data import accepted_applications
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from charity_desk.domain.application_flow import State
from charity_desk.ui.dialogs.enrol_session import EnrolSessionDialog
from charity_desk.ui.dialogs.new_session import NewSessionDialog
from charity_desk.ui.screens.application_panel import ApplicationPanel
from charity_desk.ui.screens.beneficiary_file import BeneficiaryFilePage
from charity_desk.ui.screens.programs import ProgramsPage

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def shot(widget, name: str) -> None:
    """Save what the widget shows once its layout has settled."""
    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / name))


def test_enrol_record_deliveries_and_end_the_session(gui_app, qtbot, services, admin, type_text):
    acting = services.acting_as(admin)
    accepted = accepted_applications(acting)
    (person, app_id), (_other_person, other_app_id) = accepted.applications

    panel = ApplicationPanel(acting)
    qtbot.addWidget(panel)
    panel.show_application(app_id)
    enrol_buttons = [b for b in panel.findChildren(QPushButton) if b.objectName() == "enrol_in_session"]
    assert len(enrol_buttons) == 1 and enrol_buttons[0].isEnabled()
    assert not [b for b in panel.findChildren(QPushButton) if b.objectName() == "move_enrolled"]

    enrol = EnrolSessionDialog(acting, acting.applications.view(app_id))
    qtbot.addWidget(enrol)
    assert enrol.session.count() == 0 and enrol.error.isVisibleTo(enrol)  # no open session yet
    new_session = NewSessionDialog(acting, accepted.program_id, enrol)
    new_session.show()
    new_session.save()
    assert new_session.form._errors["name"].isVisibleTo(new_session)
    shot(new_session, "delivery-new-session.png")
    type_text(new_session.name, "الدفعة الأولى")
    new_session.save()
    assert new_session.result() == QDialog.DialogCode.Accepted
    enrol.load_sessions(new_session.session_id)
    assert enrol.session.currentData() == new_session.session_id and not enrol.error.isVisibleTo(enrol)
    enrol.resize(620, 220)
    enrol.show()
    shot(enrol, "delivery-enrol.png")
    enrol.enrol()
    assert enrol.result() == QDialog.DialogCode.Accepted
    acting.delivery.enrol(other_app_id, new_session.session_id)
    panel.show_application(app_id)
    assert acting.applications.view(app_id).summary.state is State.ENROLLED

    page = BeneficiaryFilePage(acting)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show_file(person)
    tab = page.services_received
    assert page.tabs.indexOf(tab) >= 0
    page.tabs.setCurrentWidget(tab)  # the tab reads the deliveries when it is shown
    dialog = tab.record_dialog()
    qtbot.addWidget(dialog)
    assert dialog.enrolment.count() == 1
    type_text(dialog.amount, "٦٠٠")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    page.reload()
    assert tab.table.rowCount() == 1 and "600.00" in tab.person_totals.text()

    too_much = tab.record_dialog()
    qtbot.addWidget(too_much)
    type_text(too_much.amount, "500")
    type_text(too_much.notes, "دفعة ثانية")
    too_much.show()
    too_much.save()
    assert too_much.result() != QDialog.DialogCode.Accepted and too_much.error.isVisibleTo(too_much)
    assert "1,000.00" in too_much.error.text() and "600.00" in too_much.error.text()
    shot(too_much, "delivery-refused.png")
    too_much.kind.setCurrentIndex(too_much.kind.findData("in_kind"))
    type_text(too_much.items, "سلة غذائية")
    too_much.quantity.setValue(2)
    too_much.save()
    assert too_much.result() == QDialog.DialogCode.Accepted
    page.reload()
    page.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 2
    shot(page, "file-tab-services.png")

    programs = ProgramsPage(acting)
    qtbot.addWidget(programs)
    programs.resize(1300, 900)
    programs.activate(accepted.program_id)
    sessions = programs.sessions
    assert sessions.sessions_model.rowCount() == 1
    sessions.table.choose(sessions.sessions_model.row_id(0))
    sessions.end_selected()
    qtbot.waitUntil(lambda: bool(sessions.result.text()))
    assert "1" in sessions.result.text()  # one person was served in the session
    assert len(acting.surveys.pending()) == 1
    assert acting.delivery.sessions(accepted.program_id)[0][3]
    shot(programs, "programs-sessions.png")
