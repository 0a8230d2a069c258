"""What the Settings editors of stored wording share (letters, text messages): a form over a
chosen kind, an «Insert field» menu listing the fields that kind may use by their names in this
language, a hint naming them, a check that nothing else was typed, and the save row.

Fields are stored by their code names (``{application_number}``) and edited by their shown names
(``{رقم_الطلب}``); ``shown`` maps one to the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout

from charity_desk.domain.template_fields import fields_in, rename_fields
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class TemplateBox(QGroupBox):
    def __init__(self, shown: dict[str, str], meanings: dict[str, str], insert_text: str, save_text: str,
                 parent=None):
        super().__init__(parent)
        self._names = shown
        self._meanings = meanings
        self.form = FieldForm()
        self.insert_menu = QMenu(self)
        self.insert_button = QPushButton(insert_text)
        self.insert_button.setObjectName("insertField")
        self.insert_button.setMenu(self.insert_menu)
        self.fields_hint = QLabel()
        self.fields_hint.setObjectName("muted")
        self.fields_hint.setWordWrap(True)
        self.error = FormError()
        self.saved = QLabel()
        self.saved.setObjectName("muted")
        self.save_button = QPushButton(save_text)

    def lay_out(self) -> None:
        """Place the form (filled in by the editor) above the hint, the error and the save row."""
        row = QHBoxLayout()
        row.addWidget(self.insert_button)
        row.addWidget(self.save_button)
        row.addWidget(self.saved)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.fields_hint)
        layout.addWidget(self.error)
        layout.addLayout(row)

    def offer_fields(self, codes: Iterable[str], hint: str, insert: Callable[[str], None]) -> None:
        """The menu and the hint for ``codes``; ``hint`` holds ``{fields}``, where their names go."""
        codes = list(codes)
        self.insert_menu.clear()
        for code in codes:
            action = self.insert_menu.addAction(f"{self._meanings[code]} — {{{self._names[code]}}}")
            action.triggered.connect(lambda _checked=False, c=code: insert(c))
        self.fields_hint.setText(hint.format(fields="، ".join("{" + self._names[c] + "}" for c in codes)))
        self.clear_state()

    def token(self, code: str) -> str:
        return "{" + self._names[code] + "}"

    def clear_state(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        self.saved.clear()

    def refuse_unknown(self, text: str, codes: Iterable[str], message: str) -> bool:
        """Show ``message`` (with ``{unknown}``) and say True when ``text`` names a field not in ``codes``."""
        allowed = {self._names[c] for c in codes}
        unknown = [name for name in fields_in(text) if name not in allowed]
        if unknown:
            self.error.setText(message.format(unknown="، ".join("{" + n + "}" for n in unknown)))
            self.error.show()
        return bool(unknown)

    def stored(self, text: str) -> str:
        """``text`` with the shown field names turned back into their stored codes."""
        return rename_fields(text, {name: code for code, name in self._names.items()})

    def shown(self, text: str) -> str:
        return rename_fields(text, self._names)
