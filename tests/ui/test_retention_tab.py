"""The Retention tab driven as an administrator: periods saved, the check run, a record left out,
the wrong password refused, approval destroys, a legal hold placed and lifted."""

from datetime import UTC, date, datetime

from list_cells import cell, choose_row, row_count
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import update

from charity_desk.db.models import Beneficiary, ContactEntry, FieldChange
from charity_desk.services.person_input import PersonInput
from charity_desk.ui.screens.privacy_retention import RetentionTab

OLD = datetime(2012, 3, 4, tzinfo=UTC)


def _old_files(services, acting) -> list[int]:
    ids = [acting.registration.register(PersonInput(first, "سعد", "", "الدوسري", national_id, "female",
                                                    date(1970, 1, day), mobile, region="الرياض"))
           for first, national_id, mobile, day in (("نورة", "1012345672", "0551234567", 1),
                                                   ("سارة", "1058529940", "0501112233", 2))]
    with services.db.session() as session:
        for beneficiary_id in ids:
            session.add(ContactEntry(beneficiary_id=beneficiary_id, kind="call", channel="in_person", at=OLD))
            session.execute(update(Beneficiary).where(Beneficiary.id == beneficiary_id)
                            .values(created_at=OLD, updated_at=OLD))
            session.execute(update(FieldChange).where(FieldChange.beneficiary_id == beneficiary_id)
                            .values(changed_at=OLD))
    return ids


def test_retention_tab_checks_reviews_and_approves(qtbot, gui_app, services, admin, admin_password):
    acting = services.acting_as(admin)
    nora, sara = _old_files(services, acting)
    tab = RetentionTab(acting)
    qtbot.addWidget(tab)
    tab.activate()
    assert tab.rules.rowCount() == 7 and not tab.approve_button.isEnabled()

    tab.rules.cellWidget(1, 3).setValue(6)
    tab.save_rules()
    assert {r.category.code: r.years for r in acting.retention.rules()}["contact_log"] == 6

    tab.find()
    qtbot.waitUntil(lambda: row_count(tab.flags) == 4)
    assert tab.approve_button.isEnabled()
    assert cell(tab.flags, 0, 1).startswith("نورة")
    # Sara's rows are left out of this approval.
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(row_count(tab.flags)):
        if cell(tab.flags, row, 1).startswith("سارة"):
            tab.flags.selectionModel().select(tab.flags.model().index(row, 0), rows)
    tab.leave_out_selected()
    assert row_count(tab.flags) == 2

    tab.password.setText("wrong password")
    tab.approve()
    qtbot.waitUntil(lambda: not tab.error.isHidden())
    assert row_count(tab.flags) == 2 and row_count(tab.destructions) == 0

    tab.password.setText(admin_password)
    tab.approve()
    qtbot.waitUntil(lambda: row_count(tab.destructions) == 1)
    assert tab.error.isHidden()
    assert row_count(tab.flags) == 0
    assert cell(tab.destructions, 0, 3) == "1"
    with services.db.read_session() as session:
        assert session.get(Beneficiary, nora).anonymized_at is not None
        assert session.get(Beneficiary, sara).anonymized_at is None

    tab.hold_id.setText("1058529940")
    tab.hold_reason.setText("مطالبة قضائية قائمة")
    tab.place_hold()
    assert row_count(tab.holds) == 1 and cell(tab.holds, 0, 2) == "مطالبة قضائية قائمة"
    tab.find()
    qtbot.waitUntil(lambda: tab.isEnabled())
    assert row_count(tab.flags) == 0
    choose_row(tab.holds, 0)
    tab.release_selected("")
    assert (not tab.error.isHidden()) and row_count(tab.holds) == 1
    tab.release_selected("انتهت المطالبة")
    assert row_count(tab.holds) == 0
