"""Excel exports of the main lists (issue 7): right-to-left sheets, typed cells, and sensitive
columns masked unless the person may see them and confirms the password; every export audited."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import func, select

from charity_desk.db.engine import Database
from charity_desk.db.models import Application, Beneficiary, Program, ServiceDelivery, SurveyResponse
from charity_desk.documents.xlsx_export import ExportColumn, write_xlsx
from charity_desk.domain.application_flow import STATE_LABELS, State
from charity_desk.domain.roles import Permission
from charity_desk.i18n import in_arabic
from charity_desk.reference import choice_label, choices
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.auth import AuthService
from charity_desk.services.permission_guard import requires

C = ExportColumn
LISTS: dict[str, tuple[str, tuple[ExportColumn, ...]]] = {
    "beneficiaries": ("المستفيدون", (
        C("id", "رقم الملف", "int", 10), C("full_name", "الاسم", "text", 34),
        C("national_id", "رقم الهوية", "text", 14, sensitive=True), C("gender", "الجنس", "text", 8),
        C("birth_date", "تاريخ الميلاد", "date", 13), C("nationality", "الجنسية", "text", 10),
        C("mobile", "الجوال", "text", 15, sensitive=True), C("region", "المنطقة", "text", 16),
        C("city", "المدينة", "text", 14), C("status", "الحالة", "text", 10),
        C("verified_on", "آخر تحقق", "date", 13), C("created_at", "تاريخ التسجيل", "datetime", 18))),
    "applications": ("الطلبات", (
        C("number", "رقم الطلب", "text", 14), C("full_name", "الاسم", "text", 34),
        C("national_id", "رقم الهوية", "text", 14, sensitive=True), C("program", "البرنامج", "text", 24),
        C("state", "الحالة", "text", 18), C("channel", "القناة", "text", 14),
        C("submitted_at", "تاريخ الورود", "datetime", 18), C("decided_at", "تاريخ القرار", "datetime", 18))),
    "services": ("الخدمات المقدمة", (
        C("delivered_on", "التاريخ", "date", 13), C("full_name", "المستفيد", "text", 34),
        C("national_id", "رقم الهوية", "text", 14, sensitive=True), C("program", "البرنامج", "text", 24),
        C("kind", "النوع", "text", 10), C("amount", "المبلغ", "decimal", 12, sensitive=True),
        C("items", "الأصناف", "text", 20), C("quantity", "الكمية", "int", 8))),
    "surveys": ("استبانات الرضا", (
        C("answered_on", "التاريخ", "date", 13), C("program", "البرنامج", "text", 24),
        C("channel", "طريقة الإجابة", "text", 12), C("satisfied", "راضٍ", "text", 8),
        C("comment", "الملاحظات", "text", 40))),
}


_STATUS_AR = {"active": "نشط", "suspended": "موقوف"}
_BENEFICIARY_KEYS = [c.key for c in LISTS["beneficiaries"][1]]
_COUNTED = {"beneficiaries": Beneficiary.id, "applications": Application.id, "services": ServiceDelivery.id,
            "surveys": SurveyResponse.id}


def _rows(session, kind: str) -> Iterator[dict]:
    if kind == "beneficiaries":
        # Plain rows of the exported columns, not whole records: this is the list users export most.
        statement = (select(*(getattr(Beneficiary, c.key) for c in LISTS[kind][1]))
                     .where(Beneficiary.merged_into_id.is_(None))  # a merged file is its survivor's (merge_files)
                     .order_by(Beneficiary.id).execution_options(yield_per=2000))
        genders = {c.code: c.label_ar for c in choices("gender")}
        gender, status = _BENEFICIARY_KEYS.index("gender"), _BENEFICIARY_KEYS.index("status")
        for values in session.execute(statement):
            row = list(values)
            row[gender] = genders.get(row[gender], row[gender])
            row[status] = _STATUS_AR.get(row[status], row[status])
            yield row
    elif kind == "applications":
        statement = (select(Application, Beneficiary.full_name, Beneficiary.national_id, Program.name)
                     .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
                     .join(Program, Program.id == Application.program_id).order_by(Application.id)
                     .execution_options(yield_per=2000))
        for application, name, national_id, program in session.execute(statement):
            yield {"number": application.number, "full_name": name, "national_id": national_id, "program": program,
                   "state": in_arabic("ApplicationState", STATE_LABELS[State(application.state)]),
                   "channel": choice_label("channel", application.channel),
                   "submitted_at": application.submitted_at, "decided_at": application.decided_at}
    elif kind == "services":
        statement = (select(ServiceDelivery, Beneficiary.full_name, Beneficiary.national_id, Program.name)
                     .join(Beneficiary, Beneficiary.id == ServiceDelivery.beneficiary_id)
                     .join(Program, Program.id == ServiceDelivery.program_id).order_by(ServiceDelivery.id)
                     .execution_options(yield_per=2000))
        for delivery, name, national_id, program in session.execute(statement):
            yield {"delivered_on": delivery.delivered_on, "full_name": name, "national_id": national_id,
                   "program": program, "kind": delivery.kind, "amount": delivery.amount, "items": delivery.items,
                   "quantity": delivery.quantity}
    else:
        statement = (select(SurveyResponse, Program.name).join(Program, Program.id == SurveyResponse.program_id)
                     .order_by(SurveyResponse.id).execution_options(yield_per=2000))
        for response, program in session.execute(statement):
            yield {"answered_on": response.answered_on, "program": program, "channel": response.channel,
                   "satisfied": "نعم" if response.satisfied else "لا", "comment": response.comment}


class ExportService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.EXPORT)
    def export(self, kind: str, path: Path, reveal_sensitive: bool = False, password: str | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
        """Write the list to ``path``; unmasked only with the permissions and the password again."""
        if reveal_sensitive:
            self._actor.require(Permission.INCOME_VIEW)
            AuthService(self._db).confirm_password(self._actor, password or "")
        title, columns = LISTS[kind]
        with self._db.read_session() as session:
            total = session.scalar(select(func.count(_COUNTED[kind]))) or 0
            written = write_xlsx(path, title, columns, _rows(session, kind), mask_sensitive=not reveal_sensitive,
                                 progress=(lambda done, _unknown: progress(done, total)) if progress else None,
                                 cancelled=cancelled)
        with self._db.session() as session:
            audit.record(session, self._actor, "export", "list", kind, rows=written, masked=not reveal_sensitive)
        return written
