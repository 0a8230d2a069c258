"""Search folding: every common spelling of a name gives the same tokens."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charity_desk.domain.arabic import normalize_arabic, query_tokens, search_tokens

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويء"
VARIANTS = "أإآٱىةؤئ"
TASHKEEL = [
    "\u064b",
    "\u064c",
    "\u064d",
    "\u064e",
    "\u064f",
    "\u0650",
    "\u0651",
    "\u0652",
    "\u0670",
    "\u0640",
]

arabic_text = st.text(alphabet=st.sampled_from(list(LETTERS + VARIANTS + " ١٢٣٤")), max_size=30)
arabic_word = st.text(alphabet=st.sampled_from(list(LETTERS)), min_size=1, max_size=10)
bare_word = arabic_word.filter(lambda w: not w.startswith("ال") and len(w) >= 2)
marks = st.lists(st.tuples(st.integers(0, 30), st.sampled_from(TASHKEEL)), max_size=6)


def insert_marks(text: str, positions) -> str:
    for position, mark in sorted(positions, reverse=True):
        text = text[:position] + mark + text[position:]
    return text


def finds(written: str, typed: str) -> bool:
    """What the index does: every query token starts some index token."""
    indexed = search_tokens(written)
    tokens = query_tokens(typed)
    return bool(tokens) and all(any(word.startswith(token) for word in indexed) for token in tokens)


@pytest.mark.parametrize("spelling", ["أحمد", "احمد", "إحمد", "آحمد", "ٱحمد", "أَحْمَد", "أحـــمد", " أحمد  "])
def test_alef_forms_tashkeel_and_tatweel_fold_together(spelling):
    assert query_tokens(spelling) == ["احمد"]
    assert search_tokens(spelling) == ["احمد"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("فاطمة", "فاطمه"),
        ("مصطفى", "مصطفي"),
        ("مسؤول", "مسوول"),
        ("هيئة", "هييه"),
        ("علی", "علي"),
        ("کریم", "كريم"),
        ("ABC Def", "abc def"),
        ("ﻻ", "لا"),
    ],
)
def test_letter_variants_fold_together(a, b):
    assert normalize_arabic(a) == normalize_arabic(b)


def test_whitespace_is_collapsed_and_trimmed():
    assert normalize_arabic("  محمد\t\n  علي\u00a0 ") == "محمد علي"
    assert normalize_arabic("") == ""


def test_tashkeel_and_tatweel_are_removed():
    assert normalize_arabic("مُحَمَّدٌ الـــعَلِيّ ٱلرَّحْمَٰن") == "محمد العلي الرحمن"


def test_article_query_and_bare_query_are_the_same():
    assert query_tokens("الشمري") == query_tokens("شمري") == ["شمري"]
    assert search_tokens("الشمري") == ["الشمري", "شمري"]


@pytest.mark.parametrize("written", ["الشمري", "شمري"])
@pytest.mark.parametrize("typed", ["الشمري", "شمري", "الشم", "شم"])
def test_article_is_optional_both_ways(written, typed):
    assert finds(written, typed)


def test_two_letters_typed_after_the_article_are_needed_to_drop_it():
    assert finds("الشمري", "الش")
    assert not finds("شمري", "الش")


def test_short_words_keep_their_article():
    assert query_tokens("ال") == ["ال"]
    assert query_tokens("الش") == ["الش"]
    assert query_tokens("الشم") == ["شم"]


@pytest.mark.parametrize("written", ["عبدالله", "عبد الله", "عبدُالله"])
@pytest.mark.parametrize("typed", ["عبدالله", "عبد الله", "عبد", "عبدال", "عبد ال", "الله", "عبدُ اللّٰه"])
def test_compound_abd_names_match_both_ways(written, typed):
    assert finds(written, typed)


def test_compound_abd_tokens():
    assert search_tokens("عبدالرحمن") == ["عبدالرحمن", "عبد", "الرحمن", "رحمن"]
    assert search_tokens("عبد الرحمن") == ["عبدالرحمن", "عبد", "الرحمن", "رحمن"]
    assert search_tokens("عبد") == ["عبد"]
    assert search_tokens("عبده") == ["عبده"]


def test_compound_abd_does_not_match_another_name():
    assert not finds("عبدالرحمن", "عبد الله")
    assert not finds("عبد الله", "عبدالرحمن")


def test_digits_are_western_and_grouped_digits_are_one_token():
    assert query_tokens("٠٥٥١٢٣") == ["055123"]
    assert query_tokens("055 123 4567") == ["0551234567"]
    assert query_tokens("۰۵۵-۱۲۳-۴۵۶۷") == ["0551234567"]
    assert query_tokens("+966 55 123") == ["96655123"]


def test_punctuation_and_underscores_split_words():
    assert query_tokens("محمد، علي_سعد (أحمد)") == ["محمد", "علي", "سعد", "احمد"]


def test_empty_and_blank_queries_have_no_tokens():
    assert query_tokens("") == query_tokens("  \t") == query_tokens("،.-") == []


@given(st.text())
def test_normalize_is_idempotent_on_any_text(text):
    once = normalize_arabic(text)
    assert normalize_arabic(once) == once
    assert search_tokens(once) == search_tokens(text)
    assert query_tokens(once) == query_tokens(text)


@given(arabic_text)
def test_normalized_text_has_no_marks_variants_or_eastern_digits(text):
    assert not re.search("[\u064b-\u065f\u0670\u0640٠-٩۰-۹أإآٱىةؤئ]", normalize_arabic(text))


@given(arabic_text, marks)
def test_tashkeel_never_changes_tokens(text, positions):
    decorated = insert_marks(text, positions)
    assert search_tokens(decorated) == search_tokens(text)
    assert query_tokens(decorated) == query_tokens(text)


@given(arabic_text, st.data())
def test_hamza_forms_of_alef_never_change_tokens(text, data):
    swapped = "".join(data.draw(st.sampled_from("اأإآٱ")) if char == "ا" else char for char in text)
    assert query_tokens(swapped) == query_tokens(text)


@given(st.text(alphabet="0123456789", min_size=1, max_size=12))
def test_digit_mapping(digits):
    arabic = digits.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    eastern = digits.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert normalize_arabic(arabic) == normalize_arabic(eastern) == digits


@given(arabic_text)
def test_every_query_token_is_in_its_own_index(text):
    indexed = search_tokens(text)
    assert all(token in indexed for token in query_tokens(text))


@given(bare_word)
def test_article_never_matters(word):
    assert query_tokens("ال" + word) == query_tokens(word)
    assert finds("ال" + word, word) and finds(word, "ال" + word)


@given(st.lists(arabic_word, min_size=1, max_size=4), st.data())
def test_typing_any_prefix_of_any_word_finds_the_name(words, data):
    word = data.draw(st.sampled_from(words))
    prefix = word[: data.draw(st.integers(1, len(word)))]
    assert finds(" ".join(words), prefix)


@given(bare_word)
def test_abd_compounds_match_joined_or_split(name):
    for written in ("عبد" + name, "عبد " + name):
        for typed in ("عبد" + name, "عبد " + name, "عبد", name):
            assert finds(written, typed)
