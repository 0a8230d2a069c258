"""What the search index holds for one person, and what a typed query looks for in it.

The indexed text starts with the name's words in the order of the name, so that a search can rank
"the first name is the word typed" first; the other forms of each word, the national ID and the
phone forms follow.
"""

from __future__ import annotations

from collections.abc import Iterable

from charity_desk.domain.arabic import index_words, query_tokens
from charity_desk.domain.phone import mobile_query_form, mobile_search_forms


def person_search_text(name_parts: Iterable[str], national_id: str, mobiles: Iterable[str]) -> str:
    """Space-separated index words: the name's words in order (repeats kept), then every other
    form once."""
    words: list[str] = []
    forms: list[str] = []
    for part in name_parts:
        part_words, part_forms = index_words(part)
        words += part_words
        forms += part_forms
    if national_id:
        forms.append(national_id)
    for mobile in mobiles:
        if mobile:
            forms.extend(mobile_search_forms(mobile))
    named = set(words)
    return " ".join(words + [form for form in dict.fromkeys(forms) if form not in named])


def search_query(text: str) -> list[str]:
    """The tokens of a typed query; a phone number typed with a country code in any form (+966,
    00966, 966 0…) looks for the form the index holds."""
    return list(dict.fromkeys(mobile_query_form(token) for token in query_tokens(text)))
