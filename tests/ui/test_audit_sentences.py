"""The Audit page reads as Arabic sentences: names instead of user codes, records by their Arabic name,
details in words, never JSON, stored codes, keys or null."""

import re
from dataclasses import replace
from datetime import date

from charity_desk.services import audit
from charity_desk.services.person_input import PersonInput
from charity_desk.ui.screens.audit import AuditPage

PERSON = PersonInput(first_name="سلمى", father_name="فهد", grandfather_name="علي", family_name="الشهري",
                     national_id="1012345672", gender="female", birth_date=date(1980, 1, 1), mobile="0551234567",
                     region="عسير", city="أبها")


def test_entries_are_sentences_without_codes(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    person = acting.registration.register(PERSON, today=date(2026, 11, 25))
    file = acting.files.open(person)
    acting.file_edits.update_person(person, file.person.version, replace(PERSON, city="خميس مشيط",
                                                                          mobile="0557654321"),
                                    reason="انتقلت إلى خميس مشيط")
    with services.db.session() as session:  # a detail nobody has named yet, holding codes and JSON
        audit.record(session, admin, "beneficiary.viewed", "beneficiary", person, health=True, income=False,
                     internal_flag={"raw": "value"}, mode="written")

    page = AuditPage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activate()
    model = page.search.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    entries = [model.entry(r) for r in range(model.rowCount())]

    for row in rows:
        text = " ".join(row[1:])
        assert not re.search(r"[A-Za-z{}\[\]\"]", text), row
    viewed = [row for row, entry in zip(rows, entries, strict=True) if entry.action == "beneficiary.viewed"]
    assert viewed[-1][3] == f"ملف المستفيد رقم {person}"
    assert "شمل العرض: الدخل والصحة" in viewed[-1][4]
    assert viewed[0][4] == "شمل العرض: الصحة، دون: الدخل"  # the unnamed detail and its codes are left out
    assert {row[1] for row in rows} <= {"مدير النظام", "النظام"}, rows  # names, not «admin» or «system»
    changed = next(row for row, entry in zip(rows, entries, strict=True) if entry.action == "beneficiary.changed")
    assert changed[4].startswith("عدّل: ") and "المدينة" in changed[4] and "الجوال" in changed[4]


def test_every_action_the_services_record_has_an_arabic_name():
    """An action without a name would read «إجراء آخر» on the Audit page."""
    from pathlib import Path

    from charity_desk.reference import audit_action_label

    sources = Path(audit.__file__).parent
    recorded = set()
    for path in sources.glob("*.py"):
        recorded |= set(re.findall(r'audit\.record\(\s*\w+,\s*[\w.]+,\s*"([a-z_]+\.[a-z_]+)"', path.read_text()))
    assert len(recorded) > 40
    unnamed = sorted(code for code in recorded if audit_action_label(code, "ar") == code)
    assert not unnamed
