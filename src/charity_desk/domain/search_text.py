"""What the search index holds for one person: name words, ID and phone forms, normalized."""

from __future__ import annotations

from collections.abc import Iterable

from charity_desk.domain.arabic import search_tokens
from charity_desk.domain.phone import mobile_search_forms


def person_search_text(name_parts: Iterable[str], national_id: str, mobiles: Iterable[str]) -> str:
    """Space-separated, de-duplicated index words, in a stable order."""
    words: list[str] = []
    for part in name_parts:
        words.extend(search_tokens(part))
    if national_id:
        words.append(national_id)
    for mobile in mobiles:
        if mobile:
            words.extend(mobile_search_forms(mobile))
    return " ".join(dict.fromkeys(words))
