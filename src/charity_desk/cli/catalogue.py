"""The compiled Arabic catalogue read without Qt, so that ``--help`` and messages cost no Qt import.

A ``.qm`` file (as ``lrelease`` writes it, source texts included) is a magic number followed by
sections; the messages section is a run of tagged records: translation (UTF-16BE), source text,
context and comment (UTF-8), each with a 32-bit big-endian length, ended by an end tag.  The first
translation of a record is the one kept (the command line has no plural messages).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES_SECTION = 0x69

_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NULL = 0xFFFFFFFF


def _sections(data: bytes) -> dict[int, memoryview]:
    view = memoryview(data)
    sections, at = {}, len(MAGIC)
    while at + 5 <= len(data):
        length = int.from_bytes(view[at + 1 : at + 5], "big")
        sections[data[at]] = view[at + 5 : at + 5 + length]
        at += 5 + length
    return sections


def parse_qm(data: bytes) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` of every translated message in a ``.qm`` file."""
    if not data.startswith(MAGIC):
        return {}
    messages = _sections(data).get(MESSAGES_SECTION)
    if messages is None:
        return {}
    table: dict[tuple[str, str], str] = {}
    translation = source = context = None
    at, end = 0, len(messages)
    while at < end:
        tag = messages[at]
        at += 1
        if tag == _END:
            if translation and source is not None:
                table.setdefault((context or "", source), translation)
            translation = source = context = None
        elif tag == _OBSOLETE1:
            at += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
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
        else:  # a record kind this reader does not know: stop rather than misread the rest
            break
    return table


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """The translations into ``language`` (empty for English, the source language)."""
    if language == "en":
        return {}
    try:
        data = (files("charity_desk.translations") / f"charity_desk_{language}.qm").read_bytes()
    except OSError:
        return {}
    return parse_qm(data)
