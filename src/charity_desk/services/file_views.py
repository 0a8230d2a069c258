"""Plain read models of a beneficiary's file, handed to the screens (no ORM objects leave services)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class PersonView:
    id: int
    version: int
    first_name: str
    father_name: str
    grandfather_name: str
    family_name: str
    full_name: str
    national_id: str
    national_id_override_reason: str
    gender: str
    birth_date: date | None
    nationality: str
    marital_status: str
    mobile: str
    mobile_alt: str
    region: str
    city: str
    building_number: str
    street: str
    district: str
    postal_code: str
    additional_number: str
    unit: str
    short_address: str
    status: str
    created_at: datetime
    #: The social researcher whose caseload holds the file (services.caseload); None: nobody's.
    assigned_researcher_id: int | None


@dataclass(frozen=True)
class FamilyMemberView:
    id: int
    version: int
    full_name: str
    relation: str
    national_id: str
    gender: str
    birth_date: date | None
    monthly_income: Decimal
    disability: str
    schooling: str
    #: The registered file this member is (household link), when the actor may open it.
    file_id: int | None = None


@dataclass(frozen=True)
class MoneyItemView:
    id: int
    direction: str
    category: str
    description: str
    monthly_amount: Decimal


@dataclass(frozen=True)
class MoneySummary:
    items: tuple[MoneyItemView, ...]
    total_income: Decimal
    total_expenses: Decimal
    household_size: int
    income_per_person: Decimal


@dataclass(frozen=True)
class HousingView:
    tenure: str = ""
    kind: str = ""
    rooms: int = 0
    monthly_rent: Decimal = Decimal("0")
    condition: str = ""
    notes: str = ""
    version: int = 0


@dataclass(frozen=True)
class HealthView:
    chronic_conditions: str = ""
    disability: str = ""
    medications: str = ""
    notes: str = ""
    version: int = 0


@dataclass(frozen=True)
class NeedsView:
    assessed_at: datetime
    score: int
    band: str
    answers: dict[str, str]
    questionnaire_version: str


@dataclass(frozen=True)
class DocumentView:
    id: int
    kind: str
    original_name: str
    sha256: str
    size_bytes: int
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class ContactView:
    id: int
    at: datetime
    kind: str
    channel: str
    reason: str
    asked: str
    answered: str
    minutes_spent: int
    staff: str


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    kind: str
    summary: str
    staff: str


@dataclass(frozen=True)
class BeneficiaryFile:
    """Everything the file's tabs show; ``money`` and ``health`` are None without the permission."""

    person: PersonView
    family: tuple[FamilyMemberView, ...]
    money: MoneySummary | None
    housing: HousingView
    health: HealthView | None
    needs: tuple[NeedsView, ...]
    documents: tuple[DocumentView, ...]
    contacts: tuple[ContactView, ...]
    contact_count: int
