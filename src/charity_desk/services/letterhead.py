"""The association as its documents print it: letterhead, logo and signatory, from the settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from charity_desk.config import data_dir
from charity_desk.db.models import AssociationProfile, DocumentContent
from charity_desk.documents.letter import LetterHead


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str


def _logo_path(session: Session, sha256: str | None) -> str | None:
    """The logo as a file for ReportLab, written once per content into the data folder."""
    if not sha256:
        return None
    path = data_dir() / "cache" / f"logo-{sha256[:16]}.img"
    if not path.exists():
        content = session.get(DocumentContent, sha256)
        if content is None:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.data)
    return str(path)


def load_letterhead(session: Session) -> tuple[LetterHead, Signatory, str]:
    """The letterhead, the signatory, and the policy approval reference (clause 6-1) for footers."""
    profile = session.scalar(select(AssociationProfile).limit(1))
    if profile is None:
        return LetterHead("", "", "", ""), Signatory("", ""), ""
    head = LetterHead(profile.name, profile.licence_number, profile.address, profile.phone,
                      _logo_path(session, profile.logo_sha256), profile.website)
    return head, Signatory(profile.signatory_name, profile.signatory_title), profile.policy_approval_reference
