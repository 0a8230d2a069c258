"""A red block under a form that says what to fix; empty and hidden when all is well.

Besides the message, it lists every field still in error, each a link that takes the keyboard to
that field (Tab reaches the links too), so an error in a field scrolled out of sight is never missed.
The forms that report here (``FieldForm.report_to``) keep the list up to date as fields are marked
and corrected.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QDialog, QLabel, QScrollArea, QWidget

from charity_desk.domain.numerals import localize_digits
from charity_desk.i18n import render


def focus_field(widget: QWidget) -> None:
    """Put the keyboard in ``widget`` and scroll it into view."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            break
        if isinstance(parent, QAbstractScrollArea):
            break
        parent = parent.parentWidget()


class FormError(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("formError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self._follow)
        self._message = ""
        self._fields: dict[int, list[tuple[str, QWidget]]] = {}
        self._targets: list[QWidget] = []
        self.hide()

    def show_message(self, message) -> None:
        self._message = render(message)
        self._show()

    def clear_message(self) -> None:
        """Remove the message; the fields still in error stay listed."""
        self._message = ""
        self._show()

    def set_field_errors(self, form: object, errors: list[tuple[str, QWidget]]) -> None:
        """The fields of ``form`` in error, as (what to say, the field) in the form's order."""
        self._fields[id(form)] = errors
        self._show()

    def invalid_fields(self) -> list[QWidget]:
        return [widget for errors in self._fields.values() for _, widget in errors]

    def focus_first_invalid(self) -> None:
        """Once the forms have all been marked, put the keyboard in the first field in error (in the
        order Tab goes through them)."""
        QTimer.singleShot(0, self, self._focus_first)

    def _focus_first(self) -> None:
        invalid = self.invalid_fields()
        if not invalid:
            return
        window = self.window()
        widget = window.nextInFocusChain()
        for _ in range(1000):
            if any(w is widget or w.isAncestorOf(widget) for w in invalid):
                focus_field(next(w for w in invalid if w is widget or w.isAncestorOf(widget)))
                return
            widget = widget.nextInFocusChain()
            if widget is window:
                break
        focus_field(invalid[0])

    def _show(self) -> None:
        errors = [entry for group in self._fields.values() for entry in group]
        self._targets = [widget for _, widget in errors]
        # The message is left out when it only repeats a field's own line.
        repeated = any(self._message in text for text, _ in errors)
        # In the chosen digit style («البند ٥-١٠»), the links' targets left as they are.
        lines = [escape(localize_digits(self._message), quote=False)] if self._message and not repeated else []
        lines += [f'• <a href="{index}">{escape(localize_digits(text), quote=False)}</a>'
                  for index, (text, _) in enumerate(errors)]
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))
        if lines:
            self._make_room()

    def _make_room(self) -> None:
        """In a dialog, the lines just shown take room of their own: the dialog grows (within the screen)
        instead of squeezing the fields above them until their text is cut."""
        window = self.window()
        if not isinstance(window, QDialog) or not window.isVisible() or window.layout() is None:
            return
        window.layout().activate()
        wanted = window.sizeHint().height()
        screen = window.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().height())
        if wanted > window.height():
            window.resize(window.width(), wanted)

    def _follow(self, link: str) -> None:
        focus_field(self._targets[int(link)])
