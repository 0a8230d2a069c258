"""Search folding: every common spelling of a name gives the same tokens."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charity_desk.domain.arabic import normalize_arabic, query_tokens, search_tokens

arabic_text = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآىةؤئ ١٢٣")), max_size=30)
tashkeel = st.sampled_from(["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640"])


@pytest.mark.parametrize("spelling", ["أحمد", "احمد", "إحمد", "آحمد", "أَحْمَد", "أحـــمد"])
def test_alef_forms_tashkeel_and_tatweel_fold_together(spelling):
    assert query_tokens(spelling) == ["احمد"]


@pytest.mark.parametrize(
    ("a", "b"), [("فاطمة", "فاطمه"), ("مصطفى", "مصطفي"), ("مسؤول", "مسوول"), ("هيئة", "هييه")]
)
def test_letter_variants_fold_together(a, b):
    assert normalize_arabic(a) == normalize_arabic(b)


def test_article_is_indexed_with_and_without():
    tokens = search_tokens("الشمري")
    assert "شمري" in tokens and "الشمري" in tokens


@pytest.mark.parametrize("written", ["عبدالله", "عبد الله"])
@pytest.mark.parametrize("typed", ["عبدالله", "عبد الله", "عبد", "عبدال"])
def test_compound_abd_names_match_both_ways(written, typed):
    indexed = search_tokens(written)
    assert all(any(word.startswith(token) for word in indexed) for token in query_tokens(typed))


def test_digits_are_western():
    assert query_tokens("٠٥٥١٢٣") == ["055123"]


@given(arabic_text)
def test_normalize_is_idempotent(text):
    assert normalize_arabic(normalize_arabic(text)) == normalize_arabic(text)


@given(arabic_text, st.lists(st.tuples(st.integers(0, 30), tashkeel), max_size=5))
def test_tashkeel_never_changes_tokens(text, marks):
    decorated = text
    for position, mark in sorted(marks, reverse=True):
        decorated = decorated[:position] + mark + decorated[position:]
    assert search_tokens(decorated) == search_tokens(text)


@given(arabic_text)
def test_every_query_word_matches_its_own_index(text):
    indexed = search_tokens(text)
    assert all(token in indexed for token in query_tokens(text))
