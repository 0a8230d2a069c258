"""Eligibility rules as data: each rule set gives a result with the actual value; properties hold."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from charity_desk.domain.eligibility import EligibilityRules, Facts, evaluate

FACTS = Facts(income_per_person=Decimal("800"), region="حائل", gender="female", age=40, family_size=5,
              nationality="سعودي", has_disability=False, needs_band="high", already_receiving=False)


def test_no_rules_but_the_default_passes():
    result = evaluate(EligibilityRules(), FACTS)
    assert result.passed and [r.code for r in result.results] == ["not_receiving"]


def test_each_failing_rule_is_reported_with_values():
    rules = EligibilityRules(max_income_per_person=Decimal("500"), regions=("الرياض",), min_age=60,
                             requires_disability=True)
    result = evaluate(rules, FACTS)
    failed = {r.code: r for r in result.results if not r.passed}
    assert set(failed) == {"income", "region", "min_age", "disability"}
    assert failed["income"].actual == "800" and failed["income"].expected == "≤ 500"
    assert not result.passed


def test_already_receiving_fails_unless_allowed():
    receiving = Facts(**{**FACTS.__dict__, "already_receiving": True})
    assert not evaluate(EligibilityRules(), receiving).passed
    assert evaluate(EligibilityRules(not_already_receiving=False), receiving).passed


def test_rules_round_trip_through_data():
    rules = EligibilityRules(max_income_per_person=Decimal("1200.50"), regions=("حائل", "تبوك"), min_age=18,
                             needs_bands=("high", "urgent"))
    assert EligibilityRules.from_data(rules.to_data()) == rules


@given(st.decimals(min_value=0, max_value=20000, places=2), st.decimals(min_value=0, max_value=20000, places=2))
def test_income_rule_is_a_threshold(income, ceiling):
    facts = Facts(**{**FACTS.__dict__, "income_per_person": income})
    (income_result,) = [r for r in evaluate(EligibilityRules(max_income_per_person=ceiling), facts).results
                        if r.code == "income"]
    assert income_result.passed == (income <= ceiling)


@given(st.integers(0, 100), st.integers(0, 100), st.integers(0, 100))
def test_age_window(age, low, high):
    facts = Facts(**{**FACTS.__dict__, "age": age})
    result = evaluate(EligibilityRules(min_age=low, max_age=high, not_already_receiving=False), facts)
    assert result.passed == (low <= age <= high)
