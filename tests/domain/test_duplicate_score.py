"""The duplicate scorer: one person written twice scores high whatever the spelling, the ID typo or the
mobile's form; two unrelated people score low; the score never depends on which file comes first."""

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from charity_desk.domain.dates import from_hijri
from charity_desk.domain.duplicate_score import (
    CANDIDATE_SCORE,
    PersonFacts,
    blocking_keys,
    compare_ids,
    facts_fingerprint,
    id_variants,
    reasons_sentence,
    score_pair,
)
from charity_desk.domain.national_id import complete_with_check_digit

FIRST = ["أحمد", "إبراهيم", "عبدالله", "عبد الرحمن", "أسامة", "مؤمن", "يحيى", "عائشة", "فاطمة", "هدى", "سلطان", "بندر"]
FATHER = ["محمد", "عبدالعزيز", "سعد", "ناصر", "إسماعيل", "أنور"]
FAMILY = ["الشمري", "العتيبي", "القحطاني", "الدوسري", "الغامدي", "الزهراني", "آل سعود", "المطيري"]

ids = st.from_regex(r"[12][0-9]{8}", fullmatch=True).map(complete_with_check_digit)
locals_ = st.from_regex(r"5[0-9]{8}", fullmatch=True)
births = st.dates(date(1940, 1, 1), date(2010, 12, 31))


@st.composite
def people(draw) -> PersonFacts:
    name = (draw(st.sampled_from(FIRST)), draw(st.sampled_from(FATHER)), draw(st.sampled_from(FATHER)),
            draw(st.sampled_from(FAMILY)))
    return PersonFacts(name, draw(ids), draw(st.none() | births), draw(st.sampled_from(["male", "female"])),
                       ("+966" + draw(locals_),))


def _respell(word: str, draw) -> str:
    """Another way the same name is written: hamza dropped, ta marbuta as ha, alef maqsura as ya,
    a compound joined or apart, tashkeel added, the article dropped."""
    changes = draw(st.lists(st.sampled_from(["hamza", "ta", "ya", "compound", "tashkeel", "article"]),
                            max_size=4))
    for change in changes:
        if change == "hamza":
            word = word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
        elif change == "ta":
            word = word.replace("ة", "ه")
        elif change == "ya":
            word = word.replace("ى", "ي")
        elif change == "compound":
            word = word.replace("عبد ", "عبد") if "عبد " in word else word.replace("عبد", "عبد ", 1)
        elif change == "tashkeel" and len(word) > 1:
            word = word[0] + "\u064e" + word[1:]
        elif change == "article" and word.startswith("ال") and " " not in word and len(word) > 4:
            word = word[2:]
    return word


def _mistype(national_id: str, draw) -> str:
    index = draw(st.integers(0, len(national_id) - 2))
    if draw(st.booleans()) and national_id[index] != national_id[index + 1]:
        return national_id[:index] + national_id[index + 1] + national_id[index] + national_id[index + 2:]
    digit = draw(st.sampled_from([d for d in "0123456789" if d != national_id[index]]))
    return national_id[:index] + digit + national_id[index + 1:]


def _another_form(mobile: str, draw) -> str:
    local = mobile.removeprefix("+966")
    return draw(st.sampled_from(["0" + local, "966" + local, "00966" + local, f"05{local[1]} {local[2:5]} {local[5:]}"]))


@st.composite
def twice_registered(draw) -> tuple[PersonFacts, PersonFacts]:
    """One person and the same person registered again with spelling, ID and mobile variants."""
    person = draw(people())
    name = [_respell(part, draw) for part in person.name_parts]
    if draw(st.booleans()):  # the family name written first
        name = [name[-1], *name[:-1]]
    birth = person.birth_date or draw(births)
    person = PersonFacts(person.name_parts, person.national_id, birth, person.gender, person.mobiles)
    typo = draw(st.booleans())
    again = PersonFacts(tuple(name), _mistype(person.national_id, draw) if typo else draw(ids), birth, person.gender,
                        (_another_form(person.mobiles[0], draw),) if draw(st.booleans()) or not typo else ())
    return person, again


@given(people(), people())
def test_the_score_does_not_depend_on_which_file_comes_first(a, b):
    assert score_pair(a, b) == score_pair(b, a)


@given(twice_registered())
def test_one_person_registered_twice_with_spelling_id_and_mobile_variants_is_a_candidate(pair):
    first, again = pair
    result = score_pair(first, again)
    assert result.candidate, (first, again, result)
    assert result.score >= CANDIDATE_SCORE
    assert "name_same" in result.reasons
    assert blocking_keys(first) & blocking_keys(again)


@given(people(), st.data())
def test_a_mistyped_or_swapped_id_digit_with_the_same_name_scores_high(person, data):
    again = PersonFacts(person.name_parts, _mistype(person.national_id, data.draw), person.birth_date, person.gender)
    assert compare_ids(person.national_id, again.national_id) in {"id_one_digit", "id_swapped"}
    assert again.national_id in id_variants(person.national_id)
    assert score_pair(person, again).score >= 80


@given(people(), people())
def test_unrelated_people_score_low(a, b):
    assume(a.name_parts[0] != b.name_parts[0] and a.name_parts[-1] != b.name_parts[-1])
    assume(a.name_parts[0] not in b.name_parts and b.name_parts[0] not in a.name_parts)
    assume(compare_ids(a.national_id, b.national_id) is None and a.mobiles != b.mobiles)
    result = score_pair(a, b)
    assert not result.candidate
    assert result.score < CANDIDATE_SCORE


def test_a_birth_date_entered_in_hijri_is_the_same_day_entered_in_gregorian():
    hijri = from_hijri(1410, 6, 14)
    a = PersonFacts(("سارة", "محمد", "سعد", "القحطاني"), "1000000008", hijri, "female")
    b = PersonFacts(("ساره", "محمد", "سعد", "القحطاني"), "1012345672", date(hijri.year, hijri.month, hijri.day),
                    "female")
    assert score_pair(a, b).reasons == ("name_same", "birth_same")


def test_a_close_spelling_of_the_first_name_is_similar_a_different_first_name_is_not():
    born = date(1980, 5, 1)
    mohammed = PersonFacts(("محمد", "علي", "", "الحربي"), "1000000008", born, "male", ("0551234567",))
    mahmoud = PersonFacts(("محمود", "علي", "", "الحربي"), "1012345672", born, "male", ("0551234567",))
    khalid = PersonFacts(("خالد", "علي", "", "الحربي"), "1058529940", born, "male", ("0551234567",))
    assert score_pair(mohammed, mahmoud).reasons == ("mobile_same", "name_similar", "birth_same")
    # Twins sharing the family's phone and birthday: much in common, nothing that says one person.
    twins = score_pair(mohammed, khalid)
    assert twins.reasons == ("mobile_same", "birth_same") and not twins.candidate


def test_a_person_listed_in_the_others_family_is_not_the_same_person():
    born = date(1980, 5, 1)
    father = PersonFacts(("سعد", "علي", "محمد", "الحربي"), "1000000008", born, "male", ("0551234567",),
                         frozenset({"1012345672"}))
    son = PersonFacts(("سعد", "علي", "محمد", "الحربي"), "1012345672", born, "male", ("0551234567",))
    result = score_pair(father, son)
    assert "family_of_other" in result.reasons and not result.candidate


@pytest.mark.parametrize("field", ["name_parts", "national_id", "birth_date", "mobiles", "family_ids"])
def test_the_fingerprint_changes_with_what_is_compared(field):
    person = PersonFacts(("هدى", "محمد", "سعد", "الدوسري"), "1000000008", date(1990, 1, 1), "female", ("0551234567",))
    changed = {"name_parts": ("هند", "محمد", "سعد", "الدوسري"), "national_id": "1012345672",
               "birth_date": date(1990, 1, 2), "mobiles": ("0551234568",), "family_ids": frozenset({"1058529940"})}
    other = PersonFacts(**{**person.__dict__, field: changed[field]})
    assert facts_fingerprint(other) != facts_fingerprint(person)
    respelled = PersonFacts(("هدي", "مُحمد", "سعد", "دوسري"), "1000000008", date(1990, 1, 1), "female",
                            ("+966551234567",))
    assert facts_fingerprint(respelled) == facts_fingerprint(person)


def test_the_reasons_read_as_one_line():
    assert reasons_sentence(("mobile_same", "name_similar", "birth_same")) == (
        "same mobile, similar name, same birth date")
