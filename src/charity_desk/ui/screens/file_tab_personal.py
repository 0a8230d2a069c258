"""The file's personal-data tab: corrections are saved with a reason and kept in history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.file_views import BeneficiaryFile
from charity_desk.services.registry import ActorServices
from charity_desk.ui.formatting import counted
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.person_form import PersonForm


class PersonalTab(QWidget):
    changed = Signal()

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._file: BeneficiaryFile | None = None
        self.form = PersonForm()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for the correction (required when changing saved data)"))
        self.error = FormError()
        self.status = QLabel()
        self.status.setObjectName("muted")
        save = QPushButton(self.tr("Save changes"))
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(save)
        # The form scrolls inside the tab so the file fits a 1366x768 screen; the save row stays in view.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        self.form.set_person(file.person)
        self.form.clear_errors()
        self.error.clear_message()
        if file.person.national_id_override_reason:
            self.status.setText(self.tr("National ID accepted by a supervisor: {reason}").format(
                reason=file.person.national_id_override_reason))
        else:
            self.status.clear()

    def save(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        try:
            changed = self._services.file_edits.update_person(
                self._file.person.id, self._file.person.version, self.form.person_input(), self.reason.text())
        except InvalidInput as error:
            self.form.show_errors(error)
            self.error.show_message(error.message)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.reason.clear()
        self.status.setText(self.tr("Saved: {count} changed.").format(count=counted(len(changed), "field")))
        self.changed.emit()
