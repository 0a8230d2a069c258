"""Arabic text folded for search, so that every common spelling of a name finds the same person.

Folding: Western digits; no tashkeel or tatweel; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
Latin lower-cased.  Index words (``search_tokens``) are each folded word plus two variants, so that
a query never has to guess how the name was written:

* a word with the article is also indexed without it: الشمري → الشمري and شمري;
* compound names with عبد are indexed joined and split: عبدالله and عبد الله both give
  عبد / عبدالله / الله.

A query (``query_tokens``) is just the folded words typed; each must be the start of an index word.
"""

from __future__ import annotations

import re

from charity_desk.domain.digits import to_western_digits

_TASHKEEL = re.compile("[\u064b-\u065f\u0670\u0640]")
_LETTER_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_WORD = re.compile(r"\w+")
_ARTICLE = "ال"
_ABD = "عبد"


def normalize_arabic(text: str) -> str:
    folded = _TASHKEEL.sub("", to_western_digits(text or "")).translate(_LETTER_FOLD).lower()
    return " ".join(folded.split())


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(normalize_arabic(text)) if w != "_"]


def _without_article(word: str) -> str | None:
    rest = word[len(_ARTICLE) :]
    return rest if word.startswith(_ARTICLE) and len(rest) >= 2 else None


def search_tokens(text: str) -> list[str]:
    """The words to index for ``text`` (see the module docstring), without repeats."""
    words = _words(text)
    tokens: list[str] = []
    for index, word in enumerate(words):
        tokens.append(word)
        if (bare := _without_article(word)) is not None:
            tokens.append(bare)
        if word.startswith(_ABD) and len(word) > len(_ABD):
            tokens.append(word[len(_ABD) :])
        elif word == _ABD and index + 1 < len(words):
            tokens.append(_ABD + words[index + 1])
    return list(dict.fromkeys(tokens))


def query_tokens(text: str) -> list[str]:
    """The folded words a person typed, each to match the start of an index word."""
    return list(dict.fromkeys(_words(text)))
