"""The Audit page names, in Arabic, what the keyed seal caught: a cut tail, a rewritten entry."""

from PySide6.QtCore import Qt
from sqlalchemy import select, text

from charity_desk.db.models import AuditEntry
from charity_desk.services import audit
from charity_desk.ui.screens.audit import AuditPage


def _check_by_keyboard(qtbot, page: AuditPage) -> None:
    page.check_button.setFocus()
    qtbot.keyClick(page.check_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.running, timeout=30_000)


def test_a_cut_tail_is_named_with_the_entry_the_desk_last_wrote(gui_app, qtbot, services, admin, tmp_path):
    with services.db.engine.connect() as connection:
        last = connection.execute(text("SELECT max(id) FROM audit_entry")).scalar()
    with services.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry WHERE id > :id"), {"id": last - 2})
    page = AuditPage(services.acting_as(admin))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    _check_by_keyboard(qtbot, page)
    shown = page.error.text()
    assert page.error.isVisibleTo(page)
    assert "حُذفت" in shown and str(last - 2) in shown and str(last) in shown
    assert "tampered" not in shown
    page.grab().save(str(tmp_path / "audit-cut-tail.png"))


def test_an_entry_rewritten_with_a_plain_hash_is_named(gui_app, qtbot, services, admin):
    with services.db.read_session() as session:
        row = session.execute(select(*audit._COLUMNS).order_by(AuditEntry.id.desc()).limit(1)).one()
    with services.db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET hash = :h WHERE id = :id"),
                           {"h": audit.row_hash(row), "id": row.id})
    page = AuditPage(services.acting_as(admin))
    qtbot.addWidget(page)
    _check_by_keyboard(qtbot, page)
    assert str(row.id) in page.error.text() and "السرّ" in page.error.text()
