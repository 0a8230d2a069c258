"""Eligibility rules of a program (clause 5-8), as data, checked against a person's file.

Each rule that is set gives one result: passed or not, with the actual value and what the rule
asks, so the reasons can be shown to staff and stored with the application.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

from charity_desk.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class EligibilityRules:
    """Empty or None means "no rule"; every rule that is set must pass."""

    max_income_per_person: Decimal | None = None
    regions: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    min_family_size: int | None = None
    max_family_size: int | None = None
    nationalities: tuple[str, ...] = ()
    requires_disability: bool = False
    needs_bands: tuple[str, ...] = ()
    not_already_receiving: bool = True
    #: Income per person and family size are the household's: every linked file counted, each person once
    #: (domain.household_links), instead of the applicant's own file.
    household_counts: bool = False

    def to_data(self) -> dict:
        data = asdict(self)
        if self.max_income_per_person is not None:
            data["max_income_per_person"] = str(self.max_income_per_person)
        return data

    @classmethod
    def from_data(cls, data: dict) -> EligibilityRules:
        values = dict(data)
        if values.get("max_income_per_person") is not None:
            values["max_income_per_person"] = Decimal(values["max_income_per_person"])
        for name in ("regions", "genders", "nationalities", "needs_bands"):
            values[name] = tuple(values.get(name) or ())
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in values.items() if k in known})


@dataclass(frozen=True)
class Facts:
    """What the file says, gathered by the service."""

    income_per_person: Decimal
    region: str
    gender: str
    age: int | None
    family_size: int
    nationality: str
    has_disability: bool
    needs_band: str | None
    already_receiving: bool
    #: Income and family size were counted over the whole household.
    household_wide: bool = False


@dataclass(frozen=True)
class RuleResult:
    code: str
    #: English source text, translated in context "Eligibility" when shown.
    label: str
    passed: bool
    actual: str
    expected: str


@dataclass(frozen=True)
class EligibilityResult:
    results: tuple[RuleResult, ...] = field(default_factory=tuple)

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.results)


LABELS = {
    "income": QT_TRANSLATE_NOOP("Eligibility", "Monthly income per person"),
    "region": QT_TRANSLATE_NOOP("Eligibility", "Region"),
    "gender": QT_TRANSLATE_NOOP("Eligibility", "Gender"),
    "min_age": QT_TRANSLATE_NOOP("Eligibility", "Minimum age"),
    "max_age": QT_TRANSLATE_NOOP("Eligibility", "Maximum age"),
    "min_family": QT_TRANSLATE_NOOP("Eligibility", "Minimum family size"),
    "max_family": QT_TRANSLATE_NOOP("Eligibility", "Maximum family size"),
    "nationality": QT_TRANSLATE_NOOP("Eligibility", "Nationality"),
    "disability": QT_TRANSLATE_NOOP("Eligibility", "Disability in the family"),
    "needs": QT_TRANSLATE_NOOP("Eligibility", "Needs-assessment band"),
    "not_receiving": QT_TRANSLATE_NOOP("Eligibility", "Not already receiving this program"),
}
#: The same rules when the program counts the whole household.
HOUSEHOLD_LABELS = {
    "income": QT_TRANSLATE_NOOP("Eligibility", "Monthly income per person in the household (linked files)"),
    "min_family": QT_TRANSLATE_NOOP("Eligibility", "Minimum household size (linked files)"),
    "max_family": QT_TRANSLATE_NOOP("Eligibility", "Maximum household size (linked files)"),
}


def _result(code: str, passed: bool, actual: object, expected: object, household: bool = False) -> RuleResult:
    label = HOUSEHOLD_LABELS.get(code, LABELS[code]) if household else LABELS[code]
    return RuleResult(code, label, passed, "" if actual is None else str(actual), str(expected))


def evaluate(rules: EligibilityRules, facts: Facts) -> EligibilityResult:
    results = []
    wide = facts.household_wide
    if rules.max_income_per_person is not None:
        results.append(_result("income", facts.income_per_person <= rules.max_income_per_person,
                               facts.income_per_person, f"≤ {rules.max_income_per_person}", wide))
    if rules.regions:
        results.append(_result("region", facts.region in rules.regions, facts.region, "، ".join(rules.regions)))
    if rules.genders:
        results.append(_result("gender", facts.gender in rules.genders, facts.gender, ", ".join(rules.genders)))
    if rules.min_age is not None:
        results.append(_result("min_age", facts.age is not None and facts.age >= rules.min_age, facts.age,
                               f"≥ {rules.min_age}"))
    if rules.max_age is not None:
        results.append(_result("max_age", facts.age is not None and facts.age <= rules.max_age, facts.age,
                               f"≤ {rules.max_age}"))
    if rules.min_family_size is not None:
        results.append(_result("min_family", facts.family_size >= rules.min_family_size, facts.family_size,
                               f"≥ {rules.min_family_size}", wide))
    if rules.max_family_size is not None:
        results.append(_result("max_family", facts.family_size <= rules.max_family_size, facts.family_size,
                               f"≤ {rules.max_family_size}", wide))
    if rules.nationalities:
        results.append(_result("nationality", facts.nationality in rules.nationalities, facts.nationality,
                               "، ".join(rules.nationalities)))
    if rules.requires_disability:
        results.append(_result("disability", facts.has_disability, facts.has_disability, True))
    if rules.needs_bands:
        results.append(_result("needs", facts.needs_band in rules.needs_bands, facts.needs_band,
                               ", ".join(rules.needs_bands)))
    if rules.not_already_receiving:
        results.append(_result("not_receiving", not facts.already_receiving, facts.already_receiving, False))
    return EligibilityResult(tuple(results))
