"""A form whose fields can each show what is wrong with them, right under the field.

A field's mark goes the moment it is corrected: a field with a check (``set_check``) is checked
again as it is edited and loses its mark once valid; any other field loses it when edited, the
service judging it again at the next save.  A check can also run as soon as the keyboard leaves
the field (``check_on_leaving``).  The form's errors are listed, as links, in the FormError it
reports to (``report_to``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from charity_desk.domain.messages import Message
from charity_desk.domain.numerals import localize_digits
from charity_desk.i18n import render
from charity_desk.ui.widgets.form_error import FormError

#: What a check finds wrong with its field now, as a Message (or rich text, for a link), or None.
Check = Callable[[], Message | str | None]
_EDIT_SIGNALS = ("textEdited", "textChanged", "currentIndexChanged", "toggled", "valueChanged", "dateChanged",
                 "changed", "chosen")


def _edited_signal(widget: QWidget):
    for name in _EDIT_SIGNALS:
        signal = getattr(widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            return signal
    return None


class FieldForm(QFormLayout):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, str] = {}
        self._checks: dict[str, Check] = {}
        self._leaving: dict[QWidget, str] = {}
        self._reports: FormError | None = None

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        error.hide()
        column.addWidget(error)
        self.addRow(label, holder)
        self.widgets[name] = widget
        self._errors[name] = error
        self._labels[name] = label or (widget.text() if isinstance(widget, QCheckBox) else "")
        signal = _edited_signal(widget)
        if signal is not None:
            signal.connect(lambda *_args, name=name: self._edited(name))
        return widget

    def report_to(self, error: FormError) -> None:
        """List this form's errors, as links to their fields, in ``error`` too."""
        self._reports = error

    def set_check(self, name: str, check: Check) -> None:
        """How to tell, without the service, whether the field ``name`` is valid now."""
        self._checks[name] = check

    def check_on_leaving(self, name: str) -> None:
        """Run the field's check as soon as the keyboard leaves it, once something was typed in it
        (passing through an empty field on the way to another is not a mistake yet)."""
        self._leaving[self.widgets[name]] = name
        self.widgets[name].installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusOut and watched in self._leaving:
            name = self._leaving[watched]
            if self.has_error(name) or not isinstance(watched, QLineEdit) or watched.text().strip():
                self.run_check(name)
        return False

    def run_check(self, name: str) -> bool:
        """Mark or unmark ``name`` by its check; True when it is valid."""
        problem = self._checks[name]()
        if problem is None:
            self.clear_error(name)
            return True
        self._mark(name, problem)
        self._publish()
        return False

    def show_errors(self, errors: dict[str, Message]) -> list[str]:
        """Mark each named field; returns the names that are not fields of this form."""
        self.clear_errors()
        unknown = []
        for name, message in errors.items():
            if name not in self._errors:
                unknown.append(name)
                continue
            self._mark(name, message)
        self._publish()
        if self._reports is not None:
            self._reports.focus_first_invalid()
        else:
            first = next((self.widgets[n] for n in self.widgets if n in errors), None)
            if first is not None:
                first.setFocus()
        return unknown

    def error_label(self, name: str) -> QLabel:
        """Where the field's message shows (a check may put a link in it)."""
        return self._errors[name]

    def has_error(self, name: str) -> bool:
        return not self._errors[name].isHidden()

    def clear_errors(self) -> None:
        for name in self._errors:
            self._unmark(name)
        self._publish()

    def clear_error(self, name: str) -> None:
        """Unmark one field, for example as soon as the person corrects it."""
        self._unmark(name)
        self._publish()

    def _edited(self, name: str) -> None:
        if not self.has_error(name):
            return
        if name in self._checks:
            self.run_check(name)
        else:
            self.clear_error(name)

    def _mark(self, name: str, problem: Message | str) -> None:
        label = self._errors[name]
        # A check's own text (it may hold a link) as it is; a message in the chosen digit style.
        label.setText(problem if isinstance(problem, str) else localize_digits(render(problem)))
        # A Tab stop only when it holds a link to follow.
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus if "<a " in label.text() else Qt.FocusPolicy.NoFocus)
        label.show()
        if not self.widgets[name].property("invalid"):
            self.widgets[name].setProperty("invalid", True)
            self.widgets[name].style().polish(self.widgets[name])

    def _unmark(self, name: str) -> None:
        self._errors[name].hide()
        if self.widgets[name].property("invalid"):
            self.widgets[name].setProperty("invalid", False)
            self.widgets[name].style().polish(self.widgets[name])

    def _publish(self) -> None:
        if self._reports is None:
            return
        listed = []
        for name, label in self._errors.items():
            if self.has_error(name):
                text = label.text()
                if "<" in text:  # a message with a link: its words only
                    text = QTextDocumentFragment.fromHtml(text).toPlainText()
                listed.append((f"{self._labels[name]}: {text}" if self._labels[name] else text, self.widgets[name]))
        self._reports.set_field_errors(self, listed)
