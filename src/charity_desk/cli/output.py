"""What a command prints: lines for a person, JSON for a script."""

from __future__ import annotations

import json
import sys


def say(line: str) -> None:
    print(line)


def tell(line: str) -> None:
    """A note for the person (standard error), never mixed into output a script reads."""
    print(line, file=sys.stderr)


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1, default=str))
