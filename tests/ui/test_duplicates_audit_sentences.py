"""The Audit page tells a dismissed pair and a whole-register scan in Arabic words, with no code."""

import re
from dataclasses import replace
from datetime import date

from charity_desk.services.person_input import PersonInput
from charity_desk.ui.screens.audit import AuditPage

PERSON = PersonInput(first_name="سلمى", father_name="فهد", grandfather_name="علي", family_name="الشهري",
                     national_id="1012345672", gender="female", birth_date=date(1980, 1, 1), mobile="0551234567")


def test_a_dismissal_and_a_scan_read_as_sentences(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    first = acting.registration.register(PERSON)
    again = acting.registration.register(replace(PERSON, national_id="1058529940", first_name="سلمي"),
                                         confirmed_not_duplicate=True)
    [(_, pair)] = acting.lists.duplicate_pairs().page(None, 5)
    acting.duplicates.dismiss(pair.id)
    acting.duplicates.scan()

    page = AuditPage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activate()
    model = page.search.model
    rows = {model.entry(r).action: [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}
    dismissed, scanned = rows["duplicate.dismissed"], rows["duplicates.scanned"]
    assert dismissed[2] == "الملفان ليسا نفس الشخص (استبعاد من قائمة التكرار)"
    assert dismissed[3] == f"ملف المستفيد رقم {first}"
    assert f"الملف الآخر: {again}" in dismissed[4] and "الدرجة: 85" in dismissed[4]
    assert scanned[2] == "فحص السجل كله بحثاً عن الملفات المكررة"
    assert "الملفات: 2" in scanned[4] and "أزواج للمراجعة: 0" in scanned[4]
    for row in (dismissed, scanned):
        assert not re.search(r"[A-Za-z{}\[\]\"]", " ".join(row[1:])), row
