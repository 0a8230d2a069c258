"""Charity Desk: offline case management for Saudi non-profit associations."""

__version__ = "0.1.0"
