"""Letter wording never says a word twice («لجنة لجنة المساعدات»), whatever the names it is filled with."""

import re
from datetime import date, time
from decimal import Decimal

import pytest
from sqlalchemy import select

from charity_desk.db.models import IssuedLetter
from charity_desk.domain.wording import fill_wording, with_kind
from charity_desk.reference import default_letter_templates
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity
from charity_desk.services.demo_applications import DEMO_PROGRAMS
from charity_desk.services.letters import PLACEHOLDERS
from pdf_reading import pdf_text, plain

_CLITICS = ("", "ب", "ل", "و", "ف", "ك")
_WORDS = re.compile(r"[^\W\d_]+")


def doubled_words(text: str) -> list[str]:
    """Pairs of neighbouring words where the first is the second, or the second with a prefix."""
    words = _WORDS.findall(text)
    return [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)
            if len(b) > 2 and any(a == clitic + b for clitic in _CLITICS)]


COMMITTEES = ("لجنة المساعدات", "المساعدات", "لجنة الإسكان والإيجار")
PROGRAMS = tuple(name for _code, name, *_ in DEMO_PROGRAMS) + ("برنامج كفالة الأيتام",)


@pytest.mark.parametrize("kind", sorted(PLACEHOLDERS))
@pytest.mark.parametrize("committee", COMMITTEES)
@pytest.mark.parametrize("program", PROGRAMS)
def test_every_template_filled_with_the_demos_names_says_no_word_twice(kind, committee, program):
    values = {"program": program, "application_number": "1448-000024", "committee": committee,
              "meeting_number": "1448/03", "meeting_date": "14 جمادى الآخرة 1448هـ", "award": "وذلك بصرف مبلغ",
              "reason": "الدخل أعلى من الحد", "missing": "عقد الإيجار", "beneficiary_name": "رقية بدر الأسمري",
              "national_id": "1576018442", "partner": "جمعية الإحسان الأهلية"}
    template = default_letter_templates()[kind]
    for part in (template["subject"], template["body"]):
        filled = fill_wording(part, values)
        assert not doubled_words(filled), filled
        assert committee.split()[-1] in filled or "{committee}" not in part


def test_a_name_without_its_kind_word_keeps_the_templates_word():
    assert fill_wording("نفيدكم بأن لجنة {committee} قررت", {"committee": "المساعدات"}) == \
        "نفيدكم بأن لجنة المساعدات قررت"
    assert fill_wording("للالتحاق ببرنامج {program}،", {"program": "برنامج كفالة الأيتام"}) == \
        "للالتحاق ببرنامج كفالة الأيتام،"
    assert with_kind("لجنة", "لجنة المساعدات") == with_kind("لجنة", "المساعدات") == "لجنة المساعدات"


def test_letters_and_minutes_of_a_demo_meeting_say_no_word_twice(services, admin):
    acting = services.acting_as(admin)
    generate_demo(services.db, admin, 60, seed=5)
    add_demo_activity(services.db, admin, seed=5)
    committee = acting.committees.save_committee("لجنة المساعدات", 1, [
        MemberInput("أحمد السالم", "رئيس اللجنة", "chair"), MemberInput("نورة القحطاني", "عضو")])
    ready = [a.application_id for a in acting.committees.meeting(
        acting.committees.open_meeting(committee, date(2026, 11, 24), "مقر الجمعية", time(10, 30))).agenda]
    meeting_id = acting.committees.meetings()[0][0]
    assert ready, "the demo has applications ready for the committee"
    acting.committees.set_attendance(meeting_id, {m.id: True for m in acting.committees.meeting(meeting_id).members})
    outcomes = [DecisionInput("accepted", amount=Decimal("1500"), duration_months=6, votes_for=2, votes_against=0,
                              votes_abstain=0),
                DecisionInput("rejected", reason_code="income_above_limit", votes_for=2, votes_against=0,
                              votes_abstain=0),
                DecisionInput("deferred", missing="عقد إيجار موثق", votes_for=2, votes_against=0, votes_abstain=0)]
    for application_id, decision in zip(ready, outcomes, strict=False):
        acting.committees.record_decision(meeting_id, application_id, decision)
    acting.committees.close_meeting(meeting_id)
    acting.letters.issue_for_meeting(meeting_id)
    with services.db.read_session() as session:
        letters = list(session.scalars(select(IssuedLetter).where(IssuedLetter.decision_id.is_not(None))))
    assert letters
    for letter in letters:
        assert "لجنة المساعدات" in letter.body and not doubled_words(letter.subject + " " + letter.body), letter.body
    assert any("لمدة 6 أشهر" in letter.body for letter in letters)

    minutes = plain(pdf_text(acting.meeting_documents.minutes(meeting_id)))
    assert not [pair for pair in doubled_words(minutes) if pair.startswith("لجنة")]
    assert "10:30" in minutes and "صباح" in minutes
