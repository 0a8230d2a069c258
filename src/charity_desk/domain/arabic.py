"""Arabic text folded for search, so that every common spelling of a name finds the same person.

``normalize_arabic`` folds: NFKC first (letters copied from PDFs arrive as presentation forms such
as ﻻ or ﷲ), Western digits, no tashkeel (U+064B–U+065F, U+0670) or tatweel (U+0640),
أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, the Persian-keyboard ی → ي and ک → ك, Latin lower-cased,
whitespace collapsed.

Words are the runs of letters and digits of the folded text, except that digit groups separated
only by spaces, dashes, brackets or dots are one word, so "055 123 4567" is found like "0551234567".

Search matches by prefix: every query token must be the start of some index token.  The rules:

* Article: a word starting with ال whose rest has at least 2 letters has the *short form* without
  it (الشمري → شمري; ال and الش stay as typed, as they are still being written).  The index holds
  the word and its short form; a query uses the short form only.  So الشمري, شمري and الشم all
  find both "الشمري" and "شمري".
* Compound names (``domain.compound_names``, parts listed in data/compound_names.json): a prefix
  such as عبد or أبو joins the word after it, a suffix such as الدين joins the word before it, both
  in the index and in the query; the index also holds the parts.  So "عبدالله" and "عبد الله" both
  index عبدالله, عبد, الله and له, and the queries عبدالله, عبد الله, عبد, عبدال and الله find both.
* Order: the index holds the name's words first, in the order of the name (compounds joined), then
  the other forms; so a query can ask for words at the start of the name (``search.tier_queries``).
"""

from __future__ import annotations

import re
import unicodedata

from charity_desk.domain.compound_names import join_compounds, split_compound
from charity_desk.domain.digits import to_western_digits

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_LETTER_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"}
)
_DIGIT_GAPS = re.compile(r"(?<=[0-9])[\s\-().]+(?=[0-9])")
_WORD = re.compile(r"[^\W_]+")
_ARTICLE = "ال"
_MIN_REST = 2


def normalize_arabic(text: str) -> str:
    """``text`` folded for comparison (see the module docstring); idempotent."""
    folded = unicodedata.normalize("NFKC", text or "")
    folded = _MARKS.sub("", to_western_digits(folded)).translate(_LETTER_FOLD).lower()
    return " ".join(folded.split())


def _words(text: str) -> list[str]:
    return _WORD.findall(_DIGIT_GAPS.sub("", normalize_arabic(text)))


def _short_form(word: str) -> str:
    rest = word.removeprefix(_ARTICLE)
    return rest if rest != word and len(rest) >= _MIN_REST else word


def index_words(text: str) -> tuple[list[str], list[str]]:
    """The words of ``text`` as the index holds them: the name's words in order (compounds joined,
    repeats kept), and the other forms each may be found by (short forms, a compound's parts)."""
    words: list[str] = []
    forms: list[str] = []
    for word, parts in join_compounds(_words(text), normalize_arabic):
        words.append(word)
        forms.append(_short_form(word))
        for part in parts or split_compound(word, normalize_arabic):
            forms += [part, _short_form(part)]
    return words, forms


def search_tokens(text: str) -> list[str]:
    """The tokens to index for ``text``, without repeats: the name's words, then the other forms."""
    words, forms = index_words(text)
    return list(dict.fromkeys(words + forms))


def query_tokens(text: str) -> list[str]:
    """The tokens of what a person typed, each to match the start of an index token."""
    words = join_compounds(_words(text), normalize_arabic)
    return list(dict.fromkeys(_short_form(word) for word, _ in words))
