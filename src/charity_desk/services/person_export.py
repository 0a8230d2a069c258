"""Export of one person's whole file for a data-subject request (PDPL): a PDF to hand over and a
machine-readable JSON copy, written side by side; asked for with the password again and audited.

Both files are written under temporary names and renamed once complete, so a cancelled or failed
export leaves nothing behind.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary
from charity_desk.documents.pdf import RenderCancelled
from charity_desk.documents.person_file import PersonFile, render_person_file
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.auth import AuthService
from charity_desk.services.errors import NotFound
from charity_desk.services.letterhead import load_letterhead
from charity_desk.services.permission_guard import requires
from charity_desk.services.person_data import collect
from charity_desk.services.person_sections import sections

FORMAT_VERSION = 1


@dataclass(frozen=True)
class PersonExport:
    pdf_path: Path
    json_path: Path
    health_included: bool
    income_included: bool


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def _write(path: Path, content: bytes) -> Path:
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(content)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


class PersonExportService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_VIEW)
    def find(self, national_id: str) -> int:
        with self._db.read_session() as session:
            found = session.scalar(select(Beneficiary.id).where(Beneficiary.national_id == national_id.strip()))
        if found is None:
            raise NotFound("beneficiary", national_id.strip())
        return found

    @requires(Permission.EXPORT, Permission.BENEFICIARY_VIEW)
    def export(self, beneficiary_id: int, folder: Path, password: str, today: date | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> PersonExport:
        AuthService(self._db).confirm_password(self._actor, password)
        health, money = self._actor.can(Permission.HEALTH_VIEW), self._actor.can(Permission.INCOME_VIEW)
        today = today or date.today()
        with self._db.read_session() as session:
            data = collect(session, beneficiary_id, health=health, money=money)
            head, _signatory, _policy = load_letterhead(session)
        person = data["person"]
        document = PersonFile(head, person["full_name"], person["national_id"], today, sections(data))
        total = len(document.sections) + 1
        pdf = render_person_file(document, progress=progress, cancelled=cancelled)
        copy = {"format": "charity-desk-person-file", "format_version": FORMAT_VERSION,
                "generated_on": today, "association": head.association_name,
                "health_included": health, "income_included": money, **data}
        encoded = json.dumps(copy, ensure_ascii=False, indent=2, default=_plain).encode("utf-8")
        if cancelled is not None and cancelled():
            raise RenderCancelled()
        stem = f"person-{beneficiary_id}-{today:%Y%m%d}"
        json_path = _write(folder / f"{stem}.json", encoded)
        try:
            pdf_path = _write(folder / f"{stem}.pdf", pdf)
        except BaseException:
            json_path.unlink(missing_ok=True)
            raise
        if progress is not None:
            progress(total, total)
        with self._db.session() as session:
            audit.record(session, self._actor, "export", "beneficiary", beneficiary_id, kind="person_file",
                         health=health, income=money)
        return PersonExport(pdf_path, json_path, health, money)
