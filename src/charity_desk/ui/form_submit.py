"""Calling a service from a form: its refusal is shown at the field it names, and under the form
with every field in error listed; and the layout every such form dialog shares."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from charity_desk.domain.messages import DomainError
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.ui.form_keyboard import FormKeys, keyboard_form
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


def submit(form: FieldForm | None, error: FormError, action: Callable[[], object]) -> bool:
    """Run ``action``; on a refusal mark the fields and say why, and return False."""
    if form is not None:
        form.clear_errors()
    error.clear_message()
    try:
        action()
    except InvalidInput as refused:
        if form is not None:
            form.show_errors(refused.fields)
        error.show_message(refused.message)
        return False
    except (ServiceError, DomainError) as refused:
        if form is not None and refused.field in form.widgets:
            form.show_errors({refused.field: refused.message})
        error.show_message(refused.message)
        return False
    return True


def lay_out_form(dialog: QDialog, form: FieldForm, error: FormError, save: Callable[[], None],
                 *below_form: QWidget) -> FormKeys:
    """The form dialogs' one layout: the fields, anything shown under them, the error, Save and Cancel;
    with the keyboard rules of ``form_keyboard`` (Ctrl+Enter saves, Escape and Cancel ask first)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    keys = keyboard_form(dialog, save, [form], error)
    buttons.accepted.connect(save)
    buttons.rejected.connect(keys.cancel)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for widget in below_form:
        layout.addWidget(widget)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return keys
