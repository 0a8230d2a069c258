"""The association as its letters print it: letterhead, logo, signatory, and the policy's approval (6-1).

The logo is checked when it is chosen, not when a letter is printed: a file that is not really a
PNG or JPEG image would otherwise stop every letter from printing until someone replaced it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, fields

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import AssociationProfile, DocumentContent
from charity_desk.domain.digits import to_western_digits
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput, NotFound, StaleRecord
from charity_desk.services.file_edits import store_document_bytes
from charity_desk.services.free_text_entry import refuse_formulas, texts_of
from charity_desk.services.permission_guard import open_to_signed_in, requires

MAX_LOGO_BYTES = 2 * 1024 * 1024
_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}
_WEBSITE = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?", re.IGNORECASE)
_LIMITS = {"name": 200, "licence_number": 50, "phone": 50, "website": 200, "policy_approval_reference": 200,
           "signatory_name": 200, "signatory_title": 200}


@dataclass(frozen=True)
class ProfileInput:
    """Everything on the form; ``logo`` is the image to print (None: no logo)."""

    name: str
    licence_number: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    #: Clause 6-1, as text: «approved by the board in meeting (7) on 1447/03/12».
    policy_approval_reference: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    logo: bytes | None = None


@dataclass(frozen=True)
class ProfileView:
    version: int
    data: ProfileInput


def _error(text: str, field: str, **params) -> DomainError:
    return DomainError(Message("Association", text, params), field=field)


def check_logo(content: bytes) -> None:
    """Refuse anything but a PNG or JPEG image of at most 2 MB that can really be read."""
    if len(content) > MAX_LOGO_BYTES:
        raise _error(QT_TRANSLATE_NOOP("Association", "The logo must be at most 2 MB."), "logo")
    kind = next((name for magic, name in _MAGIC.items() if content.startswith(magic)), None)
    if kind is None:
        raise _error(QT_TRANSLATE_NOOP("Association", "The logo must be a PNG or JPEG image."), "logo")
    try:
        with Image.open(io.BytesIO(content)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise _error(QT_TRANSLATE_NOOP("Association", "The logo file is damaged and cannot be read."),
                     "logo") from error


def _clean(data: ProfileInput) -> dict[str, str]:
    values = {f.name: getattr(data, f.name).strip() for f in fields(ProfileInput) if f.name != "logo"}
    values["licence_number"] = to_western_digits(values["licence_number"])
    values["phone"] = to_western_digits(values["phone"])
    errors = []
    if not values["name"]:
        errors.append(_error(QT_TRANSLATE_NOOP("Association", "Enter the association's name."), "name"))
    if values["website"] and not _WEBSITE.fullmatch(values["website"]):
        errors.append(_error(QT_TRANSLATE_NOOP("Association", "Write the website as an address, for example "
                                                              "www.example.org.sa."), "website"))
    for field, limit in _LIMITS.items():
        if len(values[field]) > limit:
            errors.append(_error(QT_TRANSLATE_NOOP("Association", "At most {limit} characters."), field,
                                 limit=limit))
    if data.logo is not None:
        try:
            check_logo(data.logo)
        except DomainError as error:
            errors.append(error)
    if errors:
        raise InvalidInput(errors)
    return values


class AssociationService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @open_to_signed_in("the association's letterhead, printed on every document")
    def profile(self) -> ProfileView:
        with self._db.read_session() as session:
            row = session.scalar(select(AssociationProfile).limit(1))
            if row is None:
                raise NotFound("association_profile", "")
            logo = session.get(DocumentContent, row.logo_sha256) if row.logo_sha256 else None
            data = ProfileInput(row.name, row.licence_number, row.address, row.phone, row.website,
                                row.policy_approval_reference, row.signatory_name, row.signatory_title,
                                logo.data if logo is not None else None)
            return ProfileView(row.version_id, data)

    @requires(Permission.SETTINGS_MANAGE)
    def save(self, data: ProfileInput, expected_version: int) -> int:
        """Save the profile opened at ``expected_version``; returns the new version."""
        refuse_formulas(*texts_of(data, "name", "address", "policy_approval_reference", "signatory_name",
                                  "signatory_title"))
        values = _clean(data)
        with self._db.session() as session:
            row = session.scalar(select(AssociationProfile).limit(1))
            if row is None:
                raise NotFound("association_profile", "")
            if row.version_id != expected_version:
                raise StaleRecord()
            values["logo_sha256"] = store_document_bytes(session, data.logo) if data.logo is not None else None
            session.flush()  # the image's row exists before the profile points at it
            changed = sorted(name for name, value in values.items() if getattr(row, name) != value)
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            audit.record(session, self._actor, "association.saved", "association_profile", row.id, fields=changed)
            return row.version_id
