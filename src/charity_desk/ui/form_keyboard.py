"""Filling a form without the mouse, the same in every form.

Tab and Shift+Tab go from field to field, multi-line boxes included (a tab character is never
what a person at the desk means); Ctrl+Enter saves from any field; Escape cancels, asking first
when something was typed; the forms' errors are listed as links under the form (FormError).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def _value(widget: QWidget):
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QLineEdit):
        inside = isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
        return None if inside or widget.isReadOnly() else widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


class FormKeys(QObject):
    """The keyboard rules of one form (see the module docstring); made by ``keyboard_form``."""

    def __init__(self, container: QWidget, save: Callable[[], object], cancel: Callable[[], None] | None):
        super().__init__(container)
        if cancel is None and isinstance(container, QDialog):
            cancel = self.close_unless_kept
        self._cancel = cancel
        self._typed_from: list | None = None
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), container)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(save)
        container.installEventFilter(self)
        self.tab_between_fields()

    def tab_between_fields(self) -> None:
        for box in self.parent().findChildren(QPlainTextEdit) + self.parent().findChildren(QTextEdit):
            box.setTabChangesFocus(True)

    def typed(self) -> bool:
        """Whether anything was typed or chosen since the form was shown."""
        return self._typed_from is not None and self._typed_from != self._values()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel()

    def close_unless_kept(self) -> None:
        """Close the dialog; when something was typed, only once the person confirms it may be lost."""
        if self.typed():
            answer = QMessageBox.question(
                self.parent(), QApplication.translate("FormKeys", "Close without saving"),
                QApplication.translate("FormKeys", "What you typed in this form has not been saved and will be "
                                                   "lost. Close it?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.parent().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parent():
            if event.type() == QEvent.Type.Show and self._typed_from is None:
                self.tab_between_fields()
                self._typed_from = self._values()
            elif (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                  and self._cancel is not None):
                self._cancel()
                return True
        return False

    def _values(self) -> list:
        return [_value(widget) for widget in self.parent().findChildren(QWidget)]


def keyboard_form(container: QWidget, save: Callable[[], object], forms: Iterable[FieldForm] = (),
                  error: FormError | None = None, cancel: Callable[[], None] | None = None) -> FormKeys:
    """Give ``container`` (a dialog, or a page holding a form) the keyboard rules.

    ``cancel`` is what Escape does; by default a dialog closes, asking first if anything was typed,
    and a page has no Escape.  The ``forms`` list their errors in ``error``."""
    if error is not None:
        for form in forms:
            if isinstance(form, FieldForm):  # a plain QFormLayout has no field errors to list
                form.report_to(error)
    return FormKeys(container, save, cancel)
