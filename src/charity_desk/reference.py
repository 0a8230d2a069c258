"""Reference data read from ``data/`` (regions and cities, contact channels), cached after first use."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


def _load(name: str):
    return json.loads((files("charity_desk.data") / name).read_text(encoding="utf-8"))


@cache
def regions() -> dict[str, tuple[str, ...]]:
    """The 13 administrative regions, each with its cities, in the file's order."""
    return {region: tuple(cities) for region, cities in _load("regions.json").items()}


@dataclass(frozen=True)
class Channel:
    code: str
    label_ar: str
    label_en: str

    def label(self, language: str) -> str:
        return self.label_ar if language == "ar" else self.label_en


@cache
def channels() -> tuple[Channel, ...]:
    """The contact channels of policy clause 4 (an administrator may edit data/channels.json)."""
    return tuple(Channel(**row) for row in _load("channels.json"))
