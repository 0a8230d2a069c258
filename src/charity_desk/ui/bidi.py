"""Keeping numbers in reading order inside right-to-left screens."""

LRI, PDI = "\u2066", "\u2069"


def ltr(text: str) -> str:
    """Isolate ``text`` left to right: «050 065 6194» would otherwise show its groups reversed in an RTL cell."""
    return f"{LRI}{text}{PDI}" if text else text
