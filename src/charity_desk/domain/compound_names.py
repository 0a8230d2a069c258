"""Compound names written as one word or two: عبدالرحمن / عبد الرحمن, ابوبكر / أبو بكر, نور الدين.

The parts that make a compound are reference data (``data/compound_names.json``): a prefix joins
the word after it, a suffix joins the word before it.  The index and the query join the same way, so
either spelling finds the other; the parts stay findable on their own (``index_variants``).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

_MIN_PART = 2


@cache
def _parts(normalize) -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = json.loads((files("charity_desk.data") / "compound_names.json").read_text(encoding="utf-8"))
    return (tuple(normalize(p) for p in data["prefixes"]), tuple(normalize(s) for s in data["suffixes"]))


def join_compounds(words: list[str], normalize) -> list[tuple[str, tuple[str, ...]]]:
    """Each word of a name with the written words it was joined from (empty when it stood alone).

    ``words`` are already normalized; ``normalize`` folds the data file's parts the same way."""
    prefixes, suffixes = _parts(normalize)
    joined: list[tuple[str, tuple[str, ...]]] = []
    index = 0
    while index < len(words):
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and (word in prefixes or following in suffixes):
            joined.append((word + following, (word, following)))
            index += 2
        else:
            joined.append((word, ()))
            index += 1
    return joined


def split_compound(word: str, normalize) -> tuple[str, ...]:
    """The parts of a compound typed as one word (عبدالرحمن → عبد, الرحمن), or () if it is not one."""
    prefixes, suffixes = _parts(normalize)
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_PART:
            return (prefix, word[len(prefix):])
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_PART:
            return (word[: -len(suffix)], suffix)
    return ()
