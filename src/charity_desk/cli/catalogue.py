"""The compiled Arabic catalogue read without Qt, so that ``--help`` and messages cost no Qt import.

A ``.qm`` file is a magic number followed by sections (a tag byte and a 32-bit big-endian length
each).  The hashes section lists (hash of the source text, offset of its message) sorted by hash;
a message is a run of tagged fields -- translation (UTF-16BE), source text, context and comment
(UTF-8), each with a 32-bit length -- ended by an end tag.  A lookup does what QTranslator does:
find the hash, then check the context and source of the messages it points at; nothing else in the
file is decoded.  The first translation of a message is the one used (the command line has no
plural messages).
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
HASHES_SECTION = 0x42
MESSAGES_SECTION = 0x69

_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NULL = 0xFFFFFFFF


def elf_hash(text: bytes) -> int:
    """Qt's hash of a source text (``elfHash`` in qtranslator.cpp)."""
    value = 0
    for byte in text:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


class QmCatalogue:
    def __init__(self, data: bytes):
        self._sections: dict[int, memoryview] = {}
        if data.startswith(MAGIC):
            view, at = memoryview(data), len(MAGIC)
            while at + 5 <= len(data):
                length = int.from_bytes(view[at + 1 : at + 5], "big")
                self._sections[data[at]] = view[at + 5 : at + 5 + length]
                at += 5 + length
        pairs = array("I", bytes(self._sections.get(HASHES_SECTION, b"")))
        if sys.byteorder == "little":
            pairs.byteswap()
        self._hashes, self._offsets = pairs[0::2], pairs[1::2]
        self._messages = self._sections.get(MESSAGES_SECTION, memoryview(b""))

    def get(self, context: str, source: str) -> str | None:
        """The translation of ``source`` in ``context``, or None."""
        key = elf_hash(source.encode("utf-8"))
        at = bisect_left(self._hashes, key)
        while at < len(self._hashes) and self._hashes[at] == key:
            found = self._message(self._offsets[at])
            if found is not None and found[0] == context and found[1] == source:
                return found[2]
            at += 1
        return None

    def messages(self) -> Iterator[tuple[str, str, str]]:
        """Every translated (context, source, translation)."""
        for offset in self._offsets:
            found = self._message(offset)
            if found is not None:
                yield found

    def _message(self, at: int) -> tuple[str, str, str] | None:
        messages = self._messages
        translation = source = None
        context = ""
        while at < len(messages):
            tag = messages[at]
            at += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                at += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                return None  # a field this reader does not know: no answer rather than a wrong one
            length = int.from_bytes(messages[at : at + 4], "big")
            at += 4
            if length == _NULL:
                continue
            raw = bytes(messages[at : at + length])
            at += length
            if tag == _TRANSLATION:
                translation = translation or raw.decode("utf-16-be")
            elif tag == _SOURCE:
                source = raw.decode("utf-8")
            elif tag == _CONTEXT:
                context = raw.decode("utf-8")
        if translation is None or source is None:
            return None
        return context, source, translation


@cache
def catalogue(language: str) -> QmCatalogue:
    """The translations into ``language`` (none for English, the source language)."""
    if language == "en":
        return QmCatalogue(b"")
    try:
        return QmCatalogue((files("charity_desk.translations") / f"charity_desk_{language}.qm").read_bytes())
    except OSError:
        return QmCatalogue(b"")
