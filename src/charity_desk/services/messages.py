"""Text messages without a network: a template per event, the messages due, a file an SMS provider
accepts, and the messages marked sent and logged in each person's contact log.

Sending happens outside the application (the provider's web page takes the file); the desk records
what it handed over.  A message is marked sent once: its event and record are unique in
``sent_message``, so marking the same file twice logs each message once.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import AssociationProfile, ContactEntry, MessageTemplate, SentMessage
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.domain.template_fields import fields_in
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput
from charity_desk.services.free_text_entry import refuse_formulas
from charity_desk.services.message_sources import EVENTS, FIELDS, DueMessage, DueMessages, default_templates
from charity_desk.services.permission_guard import open_to_signed_in, requires

CONTEXT = "Messages"
#: The contact log's channel for a text message (data/channels.json: «اتصال هاتفي أو خطاب»).
CHANNEL = "phone_letter"
HEADERS = ("الاسم", "الجوال", "نص الرسالة")
EVENT_REASONS = {"appointment": "رسالة تذكير بموعد", "decision": "رسالة بقرار اللجنة",
                 "missing_document": "رسالة بالمستندات الناقصة", "survey": "رسالة دعوة إلى استبانة الرضا"}


@dataclass(frozen=True)
class ExportReport:
    """What the file holds: the records whose messages it carries, and the people left out, with why."""

    path: Path
    event: str
    exported: tuple[int, ...]
    #: (name, number as stored) of each person whose number is not a Saudi mobile.
    refused: tuple[tuple[str, str], ...]


def _error(text: str, field: str, **params) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), field=field)


def _check_event(event: str) -> None:
    if event not in EVENTS:
        raise InvalidInput([_error(QT_TRANSLATE_NOOP("Messages", "Choose the kind of message."), "event")])


class MessageService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @open_to_signed_in("the messages' wording, shown before messages are prepared; no one's data")
    def templates(self) -> dict[str, str]:
        """Each event's wording, with {fields} by their code names."""
        with self._db.read_session() as session:
            saved = {row.event: row.body for row in session.scalars(select(MessageTemplate))}
        return {event: saved.get(event, default_templates()[event]) for event in EVENTS}

    @requires(Permission.SETTINGS_MANAGE)
    def save_template(self, event: str, body: str) -> None:
        """Change an event's wording; only the fields that event knows may be used."""
        _check_event(event)
        refuse_formulas(("body", body))
        unknown = [name for name in fields_in(body) if name not in FIELDS[event]]
        if unknown or not body.strip():
            raise InvalidInput([_error(QT_TRANSLATE_NOOP(
                "Messages", "The message may use only these fields: {allowed}. Unknown: {unknown}."), "body",
                allowed=", ".join(FIELDS[event]), unknown=", ".join(unknown) or "—")])
        with self._db.session() as session:
            row = session.get(MessageTemplate, event) or MessageTemplate(event=event)
            row.body = body.strip()
            session.add(row)
            audit.record(session, self._actor, "message_template.saved", "message_template", event)

    @requires(Permission.BENEFICIARY_VIEW)
    def due(self, event: str, today: date | None = None) -> DueMessages:
        """The messages ``event`` calls for and nobody has sent, a page at a time, text filled in."""
        _check_event(event)
        with self._db.read_session() as session:
            association = session.scalar(select(AssociationProfile.name).limit(1)) or ""
        return DueMessages(self._db, event, self.templates()[event], association, today or date.today())

    @requires(Permission.EXPORT)
    def export(self, event: str, path: Path, today: date | None = None,
               cancelled: Callable[[], bool] | None = None) -> ExportReport:
        """Write the messages due to ``path`` (.csv or .xlsx) for the SMS provider: name, +966 mobile, text.

        A person whose number is not a Saudi mobile is reported, not written.  Nothing is marked sent
        here: that is ``mark_sent``, once the provider has taken the file.
        """
        messages = self.due(event, today)
        good, refused = [], []
        for message in messages.every(cancelled=cancelled):
            (good if message.can_send else refused).append(message)
        path = Path(path)
        if path.suffix.lower() == ".csv":
            _write_csv(path, good)
        else:
            _write_xlsx(path, good)
        with self._db.session() as session:
            audit.record(session, self._actor, "messages.exported", "message", event, count=len(good),
                         refused=len(refused))
        return ExportReport(path, event, tuple(m.source_id for m in good),
                            tuple((m.name, m.stored_mobile) for m in refused))

    @requires(Permission.EXPORT)
    def mark_sent(self, event: str, source_ids: Iterable[int], today: date | None = None) -> int:
        """Record the messages of these records as sent, each once, in the person's contact log too.

        Returns how many were recorded now (those marked before are left as they are).  The text is
        filled again here, from the records, not taken from the caller.
        """
        _check_event(event)
        wanted = set(source_ids)
        with self._db.read_session() as session:
            already = set(session.scalars(select(SentMessage.source_id).where(
                SentMessage.event == event, SentMessage.source_id.in_(wanted))))
        to_log = [m for m in self.due(event, today).of(sorted(wanted - already)) if m.can_send]
        with self._db.session() as session:
            entries = [ContactEntry(beneficiary_id=m.beneficiary_id, kind="message", channel=CHANNEL,
                                    reason=EVENT_REASONS[event], answered=m.text, staff_id=self._actor.user_id)
                       for m in to_log]
            session.add_all(entries)
            session.flush()  # the entries' ids, for the sent messages to point at
            session.add_all([SentMessage(event=event, source_id=m.source_id, beneficiary_id=m.beneficiary_id,
                                         mobile=m.mobile, text=m.text, sent_by_id=self._actor.user_id,
                                         contact_entry_id=entry.id) for m, entry in zip(to_log, entries, strict=True)])
            audit.record(session, self._actor, "messages.sent", "message", event, count=len(to_log))
        return len(to_log)


def _rows(messages: list[DueMessage]) -> Iterable[tuple[str, str, str]]:
    from charity_desk.documents.spreadsheet_cells import safe_text

    for message in messages:
        yield safe_text(message.name), message.mobile, safe_text(message.text)


def _write_csv(path: Path, messages: list[DueMessage]) -> None:
    """UTF-8 with its mark (so spreadsheet programs read the Arabic), one message a line."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        writer.writerows(_rows(messages))


def _write_xlsx(path: Path, messages: list[DueMessage]) -> None:
    """Through the one spreadsheet writer (text cells never read as formulas, right to left)."""
    from charity_desk.documents.xlsx_export import ExportColumn, write_xlsx

    columns = [ExportColumn(key, header, width=width)
               for key, header, width in zip(("name", "mobile", "text"), HEADERS, (30, 16, 80), strict=True)]
    write_xlsx(path, "الرسائل", columns, _rows(messages), mask_sensitive=False)
