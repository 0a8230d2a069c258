"""The messages due for each kind of event, as lists read a page at a time.

Each event has a source: the records that call for a message (a booked appointment still to come, a
final decision of the last thirty days, an application waiting for missing documents, a survey owed)
and have none in ``sent_message`` yet.  A page of such records becomes messages here: the person's
name, their mobile in +966 form (or the reason it cannot be used), and the event's template filled in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib.resources import files
from typing import Any

from sqlalchemy import exists, select

from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    Appointment,
    Beneficiary,
    ChecklistItem,
    Decision,
    Meeting,
    Program,
    SentMessage,
    SurveyRequest,
)
from charity_desk.domain.application_flow import State
from charity_desk.domain.clock import format_clock_ar
from charity_desk.domain.dates import format_dual
from charity_desk.domain.messages import DomainError
from charity_desk.domain.phone import normalize_mobile
from charity_desk.domain.wording import fill_wording
from charity_desk.services.appointment_views import kind_label
from charity_desk.services.list_pages import Key, KeysetList

EVENTS = ("appointment", "decision", "missing_document", "survey")
#: The fields each event's template may use.
FIELDS = {
    "appointment": ("name", "association", "date", "time", "kind", "reference"),
    "decision": ("name", "association", "application_number", "program", "outcome"),
    "missing_document": ("name", "association", "application_number", "program", "missing"),
    "survey": ("name", "association", "program"),
}
#: A decision is announced within this many days of being recorded.
DECISION_DAYS = 30
_OUTCOMES = {"accepted": "القبول", "rejected": "الاعتذار", "deferred": "التأجيل لحين استكمال المطلوب"}


@cache
def default_templates() -> dict[str, str]:
    """The first wording of each event's message (data/message_templates.json)."""
    return json.loads((files("charity_desk.data") / "message_templates.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class DueMessage:
    event: str
    source_id: int
    beneficiary_id: int
    name: str
    #: ``+9665XXXXXXXX``, or empty when the stored number is not a Saudi mobile.
    mobile: str
    #: The number as stored, shown when it cannot be used.
    stored_mobile: str
    text: str

    @property
    def can_send(self) -> bool:
        return bool(self.mobile)


def saudi_mobile(stored: str) -> str:
    """The number in +966 form, or "" when it is not a Saudi mobile."""
    try:
        return normalize_mobile(stored)
    except DomainError:
        return ""


def _not_sent(event: str, column) -> Any:
    return ~exists().where(SentMessage.event == event, SentMessage.source_id == column)


def _statement(event: str, today: date):
    """(rows, counted, id column, sort column) of the records that call for ``event``'s message."""
    person = (Beneficiary.id, Beneficiary.full_name, Beneficiary.mobile)
    if event == "appointment":
        where = (Appointment.status == "booked", Appointment.day >= today, _not_sent(event, Appointment.id))
        rows = (select(Appointment.id, *person, Appointment.day, Appointment.starts_at, Appointment.kind,
                       Appointment.reference).join(Beneficiary, Beneficiary.id == Appointment.beneficiary_id)
                .where(*where))
        return rows, select(Appointment.id).where(*where), Appointment.id, Appointment.day
    if event == "decision":
        where = (Meeting.status == "closed", Decision.recorded_at >= datetime.combine(today - timedelta(days=DECISION_DAYS), time(), UTC),
                 _not_sent(event, Decision.id))
        rows = (select(Decision.id, *person, Application.number, Program.name, Decision.outcome)
                .join(Meeting, Meeting.id == Decision.meeting_id)
                .join(Application, Application.id == Decision.application_id)
                .join(Program, Program.id == Application.program_id)
                .join(Beneficiary, Beneficiary.id == Application.beneficiary_id).where(*where))
        return rows, rows.with_only_columns(Decision.id), Decision.id, Decision.id
    if event == "missing_document":
        where = (Application.state == State.INCOMPLETE.value, _not_sent(event, Application.id))
        rows = (select(Application.id, *person, Application.number, Program.name)
                .join(Program, Program.id == Application.program_id)
                .join(Beneficiary, Beneficiary.id == Application.beneficiary_id).where(*where))
        return rows, select(Application.id).where(*where), Application.id, Application.id
    if event == "survey":
        where = (SurveyRequest.status == "pending", _not_sent(event, SurveyRequest.id))
        rows = (select(SurveyRequest.id, *person, Program.name)
                .join(Program, Program.id == SurveyRequest.program_id)
                .join(Beneficiary, Beneficiary.id == SurveyRequest.beneficiary_id).where(*where))
        return rows, select(SurveyRequest.id).where(*where), SurveyRequest.id, SurveyRequest.id
    raise ValueError(f"unknown event {event!r}")


def _values(event: str, row: tuple, missing: dict[int, str]) -> dict[str, str]:
    source_id, _person, name, _mobile, *rest = row
    values = {"name": name}
    if event == "appointment":
        day, starts_at, kind, reference = rest
        values |= {"date": format_dual(day), "time": format_clock_ar(starts_at), "kind": kind_label(kind),
                   "reference": reference}
    elif event == "decision":
        number, program, outcome = rest
        values |= {"application_number": number, "program": program, "outcome": _OUTCOMES.get(outcome, outcome)}
    elif event == "missing_document":
        number, program = rest
        values |= {"application_number": number, "program": program, "missing": missing.get(source_id, "")}
    else:
        values |= {"program": rest[0]}
    return values


class DueMessages:
    """The messages due for one event, read a page at a time (the interface of ``KeysetList``)."""

    def __init__(self, db: Database, event: str, template: str, association: str, today: date,
                 rows: KeysetList | None = None):
        self._db, self.event, self._template, self._association, self._today = db, event, template, association, today
        self._rows_statement, counted, self._id_column, sort = _statement(event, today)
        if rows is None:
            rows = KeysetList(db, self._rows_statement, tuple, self._id_column, {"due": sort}, "due", counted=counted)
        self._rows = rows
        self.sort, self.descending = rows.sort, rows.descending

    def sorted_by(self, sort: str, descending: bool = False) -> DueMessages:
        return DueMessages(self._db, self.event, self._template, self._association, self._today,
                           self._rows.sorted_by(sort, descending))

    def count(self) -> int:
        return self._rows.count()

    def comes_before(self, key: Key, other: Key) -> bool:
        return self._rows.comes_before(key, other)

    def page(self, after: Key | None, limit: int) -> list[tuple[Key, DueMessage]]:
        return self._filled(self._rows.page(after, limit))

    def one(self, row_id: int) -> tuple[Key, DueMessage] | None:
        found = self._filled([r] if (r := self._rows.one(row_id)) else [])
        return found[0] if found else None

    def of(self, source_ids: list[int], chunk: int = 500) -> list[DueMessage]:
        """The messages still due among those of ``source_ids`` (a few queries however many)."""
        found = []
        for start in range(0, len(source_ids), chunk):
            statement = self._rows_statement.where(self._id_column.in_(source_ids[start:start + chunk]))
            with self._db.read_session() as session:
                rows = [tuple(row) for row in session.execute(statement)]
            found += [message for _, message in self._filled([((), row) for row in rows])]
        return found

    def _filled(self, keyed: list[tuple[Key, tuple]]) -> list[tuple[Key, DueMessage]]:
        missing = self._missing([row[0] for _, row in keyed]) if self.event == "missing_document" else {}
        return [(key, self._message(row, missing)) for key, row in keyed]

    def _message(self, row: tuple, missing: dict[int, str]) -> DueMessage:
        values = {"association": self._association, **_values(self.event, row, missing)}
        return DueMessage(self.event, row[0], row[1], row[2], saudi_mobile(row[3] or ""), row[3] or "",
                          fill_wording(self._template, values))

    def _missing(self, application_ids: list[int]) -> dict[int, str]:
        """What each application still lacks: its required items not yet provided, in one query a page."""
        found: dict[int, list[str]] = {}
        statement = (select(ChecklistItem.application_id, ChecklistItem.label)
                     .where(ChecklistItem.application_id.in_(application_ids), ChecklistItem.required,
                            ChecklistItem.status.in_(("pending", "mismatch")))
                     .order_by(ChecklistItem.application_id, ChecklistItem.id))
        with self._db.read_session() as session:
            for application_id, label in session.execute(statement):
                found.setdefault(application_id, []).append(label)
        return {key: "، ".join(labels) for key, labels in found.items()}

    def every(self, page: int = 500, cancelled: Callable[[], bool] | None = None):
        """Every message due, a page at a time (for the export)."""
        after = None
        while True:
            rows = self.page(after, page)
            yield from (message for _, message in rows)
            if len(rows) < page or (cancelled is not None and cancelled()):
                return
            after = rows[-1][0]
