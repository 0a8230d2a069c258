"""Suspected duplicate files: one pair's two files to compare, «ليسا نفس الشخص» (remembered and
audited), the whole-register scan, and the candidates for a person being typed in at the desk.

The review queue itself is ``ListService.duplicate_pairs`` (services.duplicate_lists); the merge is
the merge service's, which marks its pair through ``duplicate_candidates.mark_merged``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, DuplicatePair, FamilyMember
from charity_desk.db.models.duplicates import DISMISSED, MERGED, OPEN
from charity_desk.domain.duplicate_score import PersonFacts, blocking_keys
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.duplicate_candidates import scored_matches
from charity_desk.services.duplicate_lists import PairView, pair_statement, to_pair_view
from charity_desk.services.duplicate_scan import Cancelled, Progress, ScanResult, scan_register
from charity_desk.services.errors import NotFound, ServiceError
from charity_desk.services.permission_guard import requires

CONTEXT = "Duplicates"
WALK_IN_LIMIT = 5


@dataclass(frozen=True)
class PersonCard:
    """One side of the comparison: what the two files say, field by field."""

    id: int
    full_name: str
    first_name: str
    father_name: str
    grandfather_name: str
    family_name: str
    national_id: str
    birth_date: date | None
    gender: str
    mobile: str
    mobile_alt: str
    region: str
    city: str
    status: str
    family_member_ids: tuple[str, ...]


@dataclass(frozen=True)
class PairComparison:
    pair: PairView
    lower: PersonCard
    higher: PersonCard


@dataclass(frozen=True)
class PersonDraft:
    """What has been typed so far for a new person (any field may still be empty)."""

    first_name: str = ""
    father_name: str = ""
    grandfather_name: str = ""
    family_name: str = ""
    national_id: str = ""
    birth_date: date | None = None
    mobile: str = ""
    gender: str = ""


@dataclass(frozen=True)
class Candidate:
    """A registered file the person being typed in may already have."""

    beneficiary_id: int
    full_name: str
    national_id: str
    mobile: str
    score: int
    reasons: tuple[str, ...]


class PairAlreadyMerged(ServiceError):
    def __init__(self):
        super().__init__(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Duplicates", "These two files have already been merged; there is nothing to dismiss.")))


def _card(session, beneficiary_id: int) -> PersonCard:
    person = session.get(Beneficiary, beneficiary_id)
    if person is None:
        raise NotFound("beneficiary", beneficiary_id)
    family = tuple(session.scalars(select(FamilyMember.national_id).where(
        FamilyMember.beneficiary_id == beneficiary_id, FamilyMember.national_id != "").order_by(FamilyMember.id)))
    return PersonCard(person.id, person.full_name, person.first_name, person.father_name, person.grandfather_name,
                      person.family_name, person.national_id, person.birth_date, person.gender, person.mobile,
                      person.mobile_alt, person.region, person.city, person.status, family)


def _pair_view(session, pair_id: int) -> PairView:
    row = session.execute(pair_statement().where(DuplicatePair.id == pair_id)).first()
    if row is None:
        raise NotFound("duplicate_pair", pair_id)
    return to_pair_view(row)


class DuplicateService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.DUPLICATES_REVIEW)
    def pair(self, pair_id: int) -> PairComparison:
        """One pair with both files' compared facts, for the side-by-side comparison."""
        with self._db.read_session() as session:
            view = _pair_view(session, pair_id)
            return PairComparison(view, _card(session, view.lower_id), _card(session, view.higher_id))

    @requires(Permission.DUPLICATES_REVIEW)
    def dismiss(self, pair_id: int) -> PairView:
        """«ليسا نفس الشخص»: the pair leaves the queue until either file changes in what is compared."""
        with self._db.session() as session:
            pair = session.get(DuplicatePair, pair_id)
            if pair is None:
                raise NotFound("duplicate_pair", pair_id)
            if pair.status == MERGED:
                raise PairAlreadyMerged()
            if pair.status == OPEN:
                pair.status, pair.decided_at, pair.decided_by_id = DISMISSED, utcnow(), self._actor.user_id
                session.flush()
                audit.record(session, self._actor, "duplicate.dismissed", "beneficiary", pair.lower_id,
                             other=pair.higher_id, score=pair.score)
            return _pair_view(session, pair_id)

    @requires(Permission.DUPLICATES_REVIEW)
    def scan(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> ScanResult:
        """Check the whole register at once, in one transaction (cancelling changes nothing)."""
        with self._db.session() as session:
            result = scan_register(session, progress, cancelled)
            audit.record(session, self._actor, "duplicates.scanned", "", "", files=result.files,
                         open_pairs=result.open_pairs, new_pairs=result.new_pairs, reopened=result.reopened,
                         cleared=result.cleared)
        return result

    @requires(Permission.BENEFICIARY_EDIT)
    def candidates_for(self, draft: PersonDraft, limit: int = WALK_IN_LIMIT) -> list[Candidate]:
        """The registered files a person being typed in may already have, the likeliest first; only files
        the signed-in user may open are named."""
        facts = PersonFacts((draft.first_name, draft.father_name, draft.grandfather_name, draft.family_name),
                            draft.national_id, draft.birth_date, draft.gender, (draft.mobile,) if draft.mobile else ())
        with self._db.read_session() as session:
            matches = scored_matches(session, facts, blocking_keys(facts))
            shown = session.execute(select(Beneficiary.id, Beneficiary.full_name, Beneficiary.national_id,
                                           Beneficiary.mobile).where(Beneficiary.id.in_(matches))).all()
        found = [Candidate(file_id, name, national_id, mobile, matches[file_id][0].score, matches[file_id][0].reasons)
                 for file_id, name, national_id, mobile in shown]
        return sorted(found, key=lambda c: (-c.score, c.beneficiary_id))[:limit]
