"""A merge and its undo read as Arabic sentences on the Audit page: what was done, to which file, which
fields the file took from the other and which file was merged into it; no code, key or JSON."""

from __future__ import annotations

import json
import re
from datetime import datetime

from charity_desk.services.audit_search import AuditRow
from charity_desk.ui.audit_sentences import action_text, details_text, record_text


def _row(action: str, **details) -> AuditRow:
    return AuditRow(1, datetime(2026, 12, 6, 8, 0), "admin", action, "beneficiary", "29",
                    json.dumps(details, ensure_ascii=False), "مدير النظام")


def test_a_merge_and_its_undo_in_words(gui_app):
    merged = _row("beneficiary.merged", merged_file=34, merge=7, fields=["mobile", "city"], rows=25)
    assert action_text(merged) == "دمج ملفين مكررين في ملف واحد"
    assert record_text(merged).startswith("ملف المستفيد")
    said = details_text(merged)
    assert "الجوال" in said and "المدينة" in said and "الملف المدموج" in said
    undone = _row("beneficiary.merge_undone", merged_file=34, merge=7, count=1)
    assert action_text(undone) == "التراجع عن دمج ملفين"
    for row in (merged, undone):
        assert not re.search(r"[A-Za-z{}\[\]\"]", action_text(row) + details_text(row)), details_text(row)
