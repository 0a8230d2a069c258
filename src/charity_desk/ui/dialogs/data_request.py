"""Receiving a data-subject request: what is asked, by whom (a registered person or a name), when."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from charity_desk.domain.messages import DomainError
from charity_desk.domain.privacy_deadlines import ANSWER_DAYS, request_due
from charity_desk.services.data_requests import KINDS, DataRequestInput
from charity_desk.services.registry import ActorServices
from charity_desk.ui.bidi import ltr
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.formatting import show_short_date, show_text
from charity_desk.ui.privacy_labels import REQUEST_KINDS, label
from charity_desk.ui.widgets.date_input import GREGORIAN, DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class NewDataRequestDialog(QDialog):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.request_id: int | None = None
        self.setWindowTitle(self.tr("New data request"))
        self.resize(640, 560)
        self.form = FieldForm()
        self.kind = self.form.add_field("kind", self.tr("The person asks for"), QComboBox())
        self.kind.addItem("", "")
        for code in KINDS:
            self.kind.addItem(label(REQUEST_KINDS, code), code)
        finder = QWidget()
        row = QHBoxLayout(finder)
        row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, national ID or mobile"))
        self.search.returnPressed.connect(self.find_people)
        find = QPushButton(self.tr("Find"))
        find.clicked.connect(self.find_people)
        self.person = QComboBox()
        self.person.addItem(self.tr("No file: use the name below"), None)
        row.addWidget(self.search, 1)
        row.addWidget(find)
        self.form.add_field("search", self.tr("Registered person"), finder)
        self.form.add_field("person", "", self.person)
        self.person_name = self.form.add_field("person_name", self.tr("Name (a person without a file)"),
                                               QLineEdit())
        self.received_on = self.form.add_field("received_on", self.tr("Received on"), DateInput(GREGORIAN))
        self.received_on.set_value(date.today())
        self.due = QLabel()
        self.due.setObjectName("muted")
        self.form.addRow("", self.due)
        self.identity_how = self.form.add_field("identity_how", self.tr("Identity checked (how)"), QLineEdit())
        self.identity_how.setPlaceholderText(self.tr("How, for example: original national ID card seen "
                                                     "(leave empty if not checked yet)"))
        self.details = self.form.add_field("details", self.tr("What exactly is asked"), QPlainTextEdit())
        self.received_on.changed.connect(self._show_due)
        self._show_due()
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def find_people(self) -> None:
        self.person.clear()
        self.person.addItem(self.tr("No file: use the name below"), None)
        if self.search.text().strip():
            for found in self._services.beneficiaries.search(self.search.text(), limit=20):
                self.person.addItem(f"{found.full_name} — {ltr(show_text(found.national_id))}", found.id)
        if self.person.count() > 1:
            self.person.setCurrentIndex(1)

    def _received(self) -> date | None:
        try:
            return self.received_on.value()
        except DomainError as error:
            raise DomainError(error.message, field="received_on") from None

    def _show_due(self) -> None:
        try:
            received = self.received_on.value()
        except DomainError:
            received = None
        self.due.setText("" if received is None else self.tr(
            "To be answered within {days} days: by {date}.").format(days=show_text(str(ANSWER_DAYS)),
                                                                   date=show_short_date(request_due(received))))

    def save(self) -> None:
        def receive():
            self.request_id = self._services.data_requests.receive(DataRequestInput(
                kind=self.kind.currentData(), received_on=self._received(), beneficiary_id=self.person.currentData(),
                person_name=self.person_name.text(), details=self.details.toPlainText(),
                identity_how=self.identity_how.text()))
        if submit(self.form, self.error, receive):
            self.accept()
