"""Showing a service or domain error to the person at the screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from charity_desk.i18n import render


def show_error(parent: QWidget | None, error) -> None:
    """``error`` carries a translatable ``message`` (ServiceError, DomainError, ...)."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("Messages", "Cannot continue"), render(error.message)
    )
