"""Opening a beneficiary's whole file, and its timeline; every opening is audited."""

from __future__ import annotations

import json
from dataclasses import fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Beneficiary,
    ContactEntry,
    FamilyMember,
    FieldChange,
    HealthRecord,
    HouseholdLink,
    Housing,
    MoneyItem,
    NeedsAssessment,
    StoredDocument,
    UserAccount,
)
from charity_desk.domain.household import income_per_person, monthly_total
from charity_desk.domain.roles import Permission
from charity_desk.i18n import render
from charity_desk.reference import choice_label
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import NotFound
from charity_desk.services.field_names import field_name
from charity_desk.services.file_views import (
    BeneficiaryFile,
    ContactView,
    DocumentView,
    FamilyMemberView,
    HealthView,
    HousingView,
    MoneyItemView,
    MoneySummary,
    NeedsView,
    PersonView,
    TimelineEvent,
)
from charity_desk.services.permission_guard import requires

RECENT_CONTACTS = 50
TIMELINE_LIMIT = 300


def _view(cls, row, **extra):
    """A read model filled from the ORM row's attributes of the same names."""
    names = {f.name for f in fields(cls)} - set(extra)
    values = {name: getattr(row, "version_id" if name == "version" else name) for name in names}
    return cls(**values, **extra)


def _staff_names(session: Session) -> dict[int | None, str]:
    names: dict[int | None, str] = {
        row.id: row.full_name for row in session.execute(select(UserAccount.id, UserAccount.full_name))
    }
    names[None] = ""
    return names


def load_person(session: Session, beneficiary_id: int) -> Beneficiary:
    person = session.get(Beneficiary, beneficiary_id)
    if person is None:
        raise NotFound("beneficiary", beneficiary_id)
    return person


def money_summary(session: Session, beneficiary_id: int) -> MoneySummary:
    items = session.scalars(
        select(MoneyItem).where(MoneyItem.beneficiary_id == beneficiary_id).order_by(MoneyItem.id)
    )
    views = tuple(_view(MoneyItemView, item) for item in items)
    member_incomes = session.scalars(
        select(FamilyMember.monthly_income).where(FamilyMember.beneficiary_id == beneficiary_id)
    ).all()
    income = monthly_total(
        [v.monthly_amount for v in views if v.direction == "income"] + list(member_incomes)
    )
    expenses = monthly_total(v.monthly_amount for v in views if v.direction == "expense")
    size = 1 + len(member_incomes)
    return MoneySummary(views, income, expenses, size, income_per_person(income, size))


class BeneficiaryFileService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_VIEW)
    def open(self, beneficiary_id: int) -> BeneficiaryFile:
        """The whole file; outside a researcher's caseload raises OutsideCaseload (services.caseload)."""
        can_see_money = self._actor.can(Permission.INCOME_VIEW)
        can_see_health = self._actor.can(Permission.HEALTH_VIEW)
        with self._db.session() as session:
            person = load_person(session, beneficiary_id)
            if person.merged_into_id is not None:  # a merged file opens as its survivor (services.merge_files)
                person = load_person(session, person.merged_into_id)
                beneficiary_id = person.id
            staff = _staff_names(session)
            family = session.scalars(
                select(FamilyMember)
                .where(FamilyMember.beneficiary_id == beneficiary_id)
                .order_by(FamilyMember.id)
            )
            # Members who are registered files of their own (a caseload's filter on the file applies).
            own_files = dict(session.execute(
                select(HouseholdLink.family_member_id, HouseholdLink.relative_id)
                .join(Beneficiary, Beneficiary.id == HouseholdLink.relative_id)
                .where(HouseholdLink.beneficiary_id == beneficiary_id)).all())
            housing = session.get(Housing, beneficiary_id)
            health = session.get(HealthRecord, beneficiary_id) if can_see_health else None
            needs = session.scalars(
                select(NeedsAssessment)
                .where(NeedsAssessment.beneficiary_id == beneficiary_id)
                .order_by(NeedsAssessment.assessed_at.desc())
            )
            documents = session.scalars(
                select(StoredDocument)
                .where(StoredDocument.beneficiary_id == beneficiary_id)
                .order_by(StoredDocument.id)
            )
            contacts = session.scalars(
                select(ContactEntry)
                .where(ContactEntry.beneficiary_id == beneficiary_id)
                .order_by(ContactEntry.at.desc())
                .limit(RECENT_CONTACTS)
            )
            contact_count = session.scalar(
                select(func.count(ContactEntry.id)).where(ContactEntry.beneficiary_id == beneficiary_id)
            )
            result = BeneficiaryFile(
                person=_view(PersonView, person),
                family=tuple(_view(FamilyMemberView, m, file_id=own_files.get(m.id)) for m in family),
                money=money_summary(session, beneficiary_id) if can_see_money else None,
                housing=_view(HousingView, housing) if housing else HousingView(),
                health=(_view(HealthView, health) if health else HealthView()) if can_see_health else None,
                needs=tuple(
                    NeedsView(n.assessed_at, n.score, n.band, json.loads(n.answers), n.questionnaire_version)
                    for n in needs
                ),
                documents=tuple(
                    _view(DocumentView, d, added_by=staff.get(d.added_by_id, "")) for d in documents
                ),
                contacts=tuple(_view(ContactView, c, staff=staff.get(c.staff_id, "")) for c in contacts),
                contact_count=contact_count or 0,
            )
            audit.record(
                session,
                self._actor,
                "beneficiary.viewed",
                "beneficiary",
                beneficiary_id,
                health=can_see_health,
                income=can_see_money,
            )
            return result

    @requires(Permission.BENEFICIARY_VIEW)
    def timeline(self, beneficiary_id: int) -> list[TimelineEvent]:
        """What happened to the person, newest first (contacts, changes, documents, assessments)."""
        with self._db.read_session() as session:
            person = load_person(session, beneficiary_id)
            staff = _staff_names(session)
            events = [
                TimelineEvent(
                    person.created_at, "created", person.full_name, staff.get(person.created_by_id, "")
                )
            ]
            for c in session.scalars(
                select(ContactEntry)
                .where(ContactEntry.beneficiary_id == beneficiary_id)
                .order_by(ContactEntry.at.desc())
                .limit(TIMELINE_LIMIT)
            ):
                label = f"{choice_label('contact_kind', c.kind)} — {choice_label('channel', c.channel)}"
                events.append(
                    TimelineEvent(c.at, "contact", f"{label}: {c.reason}", staff.get(c.staff_id, ""))
                )
            for change in session.scalars(
                select(FieldChange)
                .where(FieldChange.beneficiary_id == beneficiary_id)
                .order_by(FieldChange.changed_at.desc())
                .limit(TIMELINE_LIMIT)
            ):
                events.append(
                    TimelineEvent(
                        change.changed_at,
                        "change",
                        render(field_name(change.entity, change.field)),
                        staff.get(change.changed_by_id, ""),
                    )
                )
            for d in session.scalars(
                select(StoredDocument).where(StoredDocument.beneficiary_id == beneficiary_id)
            ):
                events.append(
                    TimelineEvent(
                        d.added_at,
                        "document",
                        f"{choice_label('document_kind', d.kind)}: {d.original_name}",
                        staff.get(d.added_by_id, ""),
                    )
                )
            for n in session.scalars(
                select(NeedsAssessment).where(NeedsAssessment.beneficiary_id == beneficiary_id)
            ):
                events.append(
                    TimelineEvent(
                        n.assessed_at, "needs", f"{n.score} ({n.band})", staff.get(n.assessed_by_id, "")
                    )
                )
        return sorted(events, key=lambda e: _utc(e.at), reverse=True)[:TIMELINE_LIMIT]


def _utc(moment):
    """SQLite hands times back without their zone; they were stored as UTC."""
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
