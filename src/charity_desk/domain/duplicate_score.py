"""How alike two registered people are: a score out of 100 and its reasons, to find one person
registered twice.

What is compared, each the way staff write it:

* the name, folded as the search folds it (hamza, ta marbuta, tashkeel, the article, compound names
  joined or apart — ``domain.arabic``); the same parts in any order are the same name; a name whose
  first and family names are close spellings (one letter apart), in the written order or with the
  family name written first, is "similar";
* the birth date (stored Gregorian, so a date entered in Hijri equals the same day entered in
  Gregorian);
* the mobiles, in any form (``domain.phone``);
* the national ID one mistyped digit, or two swapped neighbouring digits, away;
* family links: one file listing the other among its family members says they are two people of
  one household; both listing the same family member says they may be one person.

``score_pair`` is symmetric by construction: every part compares its two sides in a fixed order.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from charity_desk.domain.arabic import query_tokens
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.national_id import LENGTH, luhn_ok, normalize_national_id
from charity_desk.domain.phone import normalize_mobile

CONTEXT = "DuplicateScore"
#: A pair scoring this much or more is a candidate for the review queue.
CANDIDATE_SCORE = 45
#: How close two spellings of one name part must be (difflib's ratio over the folded letters).
_CLOSE_SPELLING = 0.75


@dataclass(frozen=True)
class PersonFacts:
    """What the comparison reads about one person."""

    name_parts: tuple[str, ...]  # first, father, grandfather, family (as typed; folded here)
    national_id: str
    birth_date: date | None
    gender: str
    mobiles: tuple[str, ...] = ()
    #: National IDs of the family members listed in the person's file.
    family_ids: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class DuplicateScore:
    score: int
    #: Reason codes (``REASONS``), the strongest evidence first.
    reasons: tuple[str, ...]

    @property
    def candidate(self) -> bool:
        """Enough evidence, and some of it about who the person is (their name or ID): two people
        sharing a phone and a birthday (twins) are not one person."""
        return self.score >= CANDIDATE_SCORE and bool(_IDENTIFYING.intersection(self.reasons))


#: Reason code → (points, Arabic-catalogue text).  Negative points argue for two different people.
REASONS: dict[str, tuple[int, str]] = {
    "id_same": (100, QT_TRANSLATE_NOOP("DuplicateScore", "same national ID")),
    "id_one_digit": (40, QT_TRANSLATE_NOOP("DuplicateScore", "national ID one digit apart")),
    "id_swapped": (40, QT_TRANSLATE_NOOP("DuplicateScore", "national ID with two digits swapped")),
    "mobile_same": (25, QT_TRANSLATE_NOOP("DuplicateScore", "same mobile")),
    "name_same": (40, QT_TRANSLATE_NOOP("DuplicateScore", "same name")),
    "name_similar": (25, QT_TRANSLATE_NOOP("DuplicateScore", "similar name")),
    "birth_same": (20, QT_TRANSLATE_NOOP("DuplicateScore", "same birth date")),
    "family_shared": (10, QT_TRANSLATE_NOOP("DuplicateScore", "the same family member listed in both files")),
    "birth_differs": (-20, QT_TRANSLATE_NOOP("DuplicateScore", "different birth date")),
    "gender_differs": (-30, QT_TRANSLATE_NOOP("DuplicateScore", "different gender")),
    "family_of_other": (-50, QT_TRANSLATE_NOOP("DuplicateScore", "one is listed as a family member of the other")),
}
_ORDER = {code: index for index, code in enumerate(REASONS)}
_IDENTIFYING = frozenset({"id_same", "id_one_digit", "id_swapped", "name_same", "name_similar"})
_SEPARATOR = QT_TRANSLATE_NOOP("DuplicateScore", ", ")


@lru_cache(maxsize=65_536)
def fold_part(part: str) -> str:
    """One name part as the comparison sees it: folded words, compounds joined, without the article."""
    return " ".join(query_tokens(part))


def folded_name(name_parts: tuple[str, ...]) -> tuple[str, ...]:
    """The name's non-empty parts, folded, in the written order."""
    return tuple(folded for part in name_parts if (folded := fold_part(part)))


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 3:
        return False
    first, second = sorted((a, b))
    return SequenceMatcher(None, first, second, autojunk=False).ratio() >= _CLOSE_SPELLING


def _similar_in_order(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """First and family names close; the father's name close too when both give one."""
    if len(a) < 2 or len(b) < 2 or not (_close(a[0], b[0]) and _close(a[-1], b[-1])):
        return False
    return len(a) < 3 or len(b) < 3 or _close(a[1], b[1])


def _family_first(name: tuple[str, ...]) -> tuple[str, ...]:
    """The name as it reads when its first part was really the family name."""
    return (*name[1:], name[0])


def compare_names(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """"name_same", "name_similar" or None, for two folded names (``folded_name``)."""
    if not a or not b:
        return None
    if sorted(a) == sorted(b):
        return "name_same"
    orders = ((a, b), (_family_first(a), b), (a, _family_first(b)))
    return "name_similar" if any(_similar_in_order(x, y) for x, y in orders) else None


def _swapped_neighbours(a: str, b: str) -> bool:
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]


def compare_ids(a: str, b: str) -> str | None:
    """"id_same", "id_one_digit", "id_swapped" or None for two national IDs (a registered pair never
    has the same ID; a person being typed in at the desk may)."""
    return _compare_normalized_ids(normalize_national_id(a), normalize_national_id(b))


def _compare_normalized_ids(a: str, b: str) -> str | None:
    if not a or len(a) != len(b):
        return None
    if a == b:
        return "id_same"
    if sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return "id_one_digit"
    return "id_swapped" if _swapped_neighbours(a, b) else None


def id_variants(national_id: str) -> set[str]:
    """Every ID one mistyped digit or one swap of neighbouring digits away (what ``compare_ids`` finds)."""
    value = normalize_national_id(national_id)
    found: set[str] = set()
    for index, digit in enumerate(value):
        for other in "0123456789":
            if other != digit:
                found.add(value[:index] + other + value[index + 1:])
        if index + 1 < len(value) and value[index + 1] != digit:
            found.add(value[:index] + value[index + 1] + digit + value[index + 2:])
    return found


def id_keys(national_id: str) -> set[str]:
    """Where an ID accepted by a supervisor's override (it fails the check digit) is stored: under every
    ID one digit or one swap away.  Luhn catches every single mistyped digit and every swap but 09/90,
    so a correct ID one typo away from it finds it under its own key (``id_probes``)."""
    value = normalize_national_id(national_id)
    if len(value) != LENGTH or luhn_ok(value):
        return set()
    return {"i:" + variant for variant in id_variants(value)}


def id_probes(national_id: str) -> tuple[set[str], set[str]]:
    """What to look up to find the files whose ID is this one, or one digit or one swap away: (stored keys,
    national IDs).  A correct ID: its own key, itself and its 09/90 swaps; one failing the check: all its
    variants."""
    value = normalize_national_id(national_id)
    if len(value) != LENGTH:
        return set(), set()
    if not luhn_ok(value):
        return set(), id_variants(value) | {value}
    swaps = {value[:i] + value[i + 1] + value[i] + value[i + 2:] for i in range(LENGTH - 1)
             if {value[i], value[i + 1]} == {"0", "9"}}
    return {"i:" + value}, swaps | {value}


def mobile_forms(mobiles: tuple[str, ...]) -> frozenset[str]:
    """The stored form of each mobile that is one; a number that is not a mobile is left out."""
    found = set()
    for mobile in mobiles:
        try:
            found.add(normalize_mobile(mobile))
        except DomainError:
            continue
    return frozenset(found)


@dataclass(frozen=True)
class Prepared:
    """A person's facts folded once, for comparing with many others (``prepare``)."""

    name: tuple[str, ...]
    national_id: str
    birth_date: date | None
    gender: str
    mobiles: frozenset[str]
    family_ids: frozenset[str]


def prepare(facts: PersonFacts) -> Prepared:
    return Prepared(folded_name(facts.name_parts), normalize_national_id(facts.national_id), facts.birth_date,
                    facts.gender, mobile_forms(facts.mobiles), facts.family_ids)


def score_prepared(a: Prepared, b: Prepared) -> DuplicateScore:
    """``score_pair`` for facts already prepared."""
    codes: list[str] = []
    if ids := _compare_normalized_ids(a.national_id, b.national_id):
        codes.append(ids)
    if a.mobiles & b.mobiles:
        codes.append("mobile_same")
    if names := compare_names(a.name, b.name):
        codes.append(names)
    if a.birth_date and b.birth_date:
        codes.append("birth_same" if a.birth_date == b.birth_date else "birth_differs")
    if a.gender and b.gender and a.gender != b.gender:
        codes.append("gender_differs")
    if a.national_id in b.family_ids or b.national_id in a.family_ids:
        codes.append("family_of_other")
    elif a.family_ids & b.family_ids:
        codes.append("family_shared")
    codes.sort(key=_ORDER.__getitem__)
    total = sum(REASONS[code][0] for code in codes)
    return DuplicateScore(max(0, min(100, total)), tuple(codes))


def score_pair(a: PersonFacts, b: PersonFacts) -> DuplicateScore:
    """How alike ``a`` and ``b`` are (0–100), with the reasons; ``score_pair(a, b) == score_pair(b, a)``."""
    return score_prepared(prepare(a), prepare(b))


def reason_messages(codes) -> tuple[Message, ...]:
    """The reasons as translatable messages (unknown codes, from a later release, are left out)."""
    return tuple(Message(CONTEXT, REASONS[code][1]) for code in codes if code in REASONS)


def reasons_sentence(codes, translate=None) -> str:
    """The reasons in one line, «نفس الجوال، الاسم متقارب، تاريخ الميلاد مطابق» in Arabic."""
    separator = translate(CONTEXT, _SEPARATOR) if translate else _SEPARATOR
    return separator.join(message.render(translate) for message in reason_messages(codes))


def facts_fingerprint(facts: PersonFacts) -> str:
    """A digest of what the comparison reads: it changes exactly when a comparison could."""
    prepared = prepare(facts)
    parts = (
        "|".join(prepared.name),
        prepared.national_id,
        facts.birth_date.isoformat() if facts.birth_date else "",
        facts.gender,
        ",".join(sorted(prepared.mobiles)),
        ",".join(sorted(facts.family_ids)),
    )
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def blocking_keys(facts: PersonFacts | Prepared) -> set[str]:
    """The keys under which a possible duplicate of this person is looked for (besides its mobiles and
    its ID's variants): the whole name in any order, alone (the birth date missing or mistyped) and
    with the birth date; the first and family name in either order with the birth date; the first, or
    the family, name with the birth date (the other misspelled)."""
    name = facts.name if isinstance(facts, Prepared) else folded_name(facts.name_parts)
    if not name:
        return set()
    first, family = name[0], name[-1]
    keys = {_key("nn", *sorted(name))} if len(name) >= 3 else set()
    if facts.birth_date:
        born = facts.birth_date.isoformat()
        keys |= {_key("nb", *sorted((first, family)), born), _key("fb", first, born), _key("gb", family, born),
                 _key("ns", *sorted(name), born)}
    return keys


def _key(kind: str, *values: str) -> str:
    """A short fixed-length key (names may be long; the key column is indexed)."""
    return kind + ":" + hashlib.blake2b("|".join(values).encode(), digest_size=8).hexdigest()
