"""The personal-data part of a file, used by the walk-in form and by the file's first tab.

The national ID and the mobiles are checked as they are corrected, so their marks go the moment
they are right; the walk-in also has the ID checked as soon as the keyboard leaves it, including
whether that person is already registered (with a link to the file).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QGridLayout, QGroupBox, QLineEdit, QWidget

from charity_desk.domain.address import NationalAddress
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.national_id import validate_national_id
from charity_desk.domain.phone import normalize_mobile
from charity_desk.i18n import render
from charity_desk.reference import choices, regions
from charity_desk.services.beneficiaries import BeneficiarySummary
from charity_desk.services.errors import InvalidInput
from charity_desk.services.file_views import PersonView
from charity_desk.services.person_input import PersonInput
from charity_desk.ui.widgets.choice_combo import ChoiceCombo
from charity_desk.ui.widgets.date_input import DateInput
from charity_desk.ui.widgets.field_form import FieldForm

_ALREADY_REGISTERED = QT_TRANSLATE_NOOP("PersonForm", "Already registered, in the file of {name}.")
_ADDRESS_FIELDS = ("building_number", "street", "district", "postal_code", "additional_number", "unit",
                   "short_address")


def _digits_field(max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    # A field of digits is laid out left to right by its content; in an Arabic form it should still
    # start on the right like the fields around it.
    side = Qt.AlignmentFlag.AlignRight if QApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    edit.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return edit


def _problem(check: Callable[[str], object], text: str) -> Message | None:
    try:
        check(text)
    except DomainError as error:
        return error.message
    return None


class PersonForm(QWidget):
    edited = Signal()
    #: The file already registered under the ID typed was asked for (its link was followed).
    open_existing = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.first_name, self.father_name = QLineEdit(), QLineEdit()
        self.grandfather_name, self.family_name = QLineEdit(), QLineEdit()
        self.national_id = _digits_field(14)
        self.gender = ChoiceCombo(choices("gender"))
        self.birth_date = DateInput()
        self.nationality = QLineEdit("سعودي")
        self.marital_status = ChoiceCombo(choices("marital_status"))
        self.mobile, self.mobile_alt = _digits_field(20), _digits_field(20)
        self.region = QComboBox()
        self.region.addItem("", "")
        for region in regions():
            self.region.addItem(region, region)
        self.city = QComboBox()
        self.city.setEditable(True)
        self.region.currentIndexChanged.connect(self._fill_cities)
        self.address = {name: QLineEdit() for name in _ADDRESS_FIELDS}

        names = QGroupBox(self.tr("Name (four parts)"))
        grid = QGridLayout(names)
        self.name_form = FieldForm()
        self.name_form.add_field("first_name", self.tr("First name"), self.first_name)
        self.name_form.add_field("father_name", self.tr("Father's name"), self.father_name)
        self.name_form.add_field("grandfather_name", self.tr("Grandfather's name"), self.grandfather_name)
        self.name_form.add_field("family_name", self.tr("Family name"), self.family_name)
        grid.addLayout(self.name_form, 0, 0)

        identity = QGroupBox(self.tr("Identity and contact"))
        self.form = FieldForm(identity)
        self.form.add_field("national_id", self.tr("National ID / Iqama"), self.national_id)
        self.form.add_field("gender", self.tr("Gender"), self.gender)
        self.form.add_field("birth_date", self.tr("Birth date"), self.birth_date)
        self.form.add_field("nationality", self.tr("Nationality"), self.nationality)
        self.form.add_field("marital_status", self.tr("Marital status"), self.marital_status)
        self.form.add_field("mobile", self.tr("Mobile"), self.mobile)
        self.form.add_field("mobile_alt", self.tr("Second mobile"), self.mobile_alt)

        place = QGroupBox(self.tr("National address"))
        self.address_form = FieldForm(place)
        self.address_form.add_field("region", self.tr("Region"), self.region)
        self.address_form.add_field("city", self.tr("City"), self.city)
        labels = {"building_number": self.tr("Building number"), "street": self.tr("Street"),
                  "district": self.tr("District"), "postal_code": self.tr("Postal code"),
                  "additional_number": self.tr("Additional number"), "unit": self.tr("Unit"),
                  "short_address": self.tr("Short address")}
        for name in _ADDRESS_FIELDS:
            self.address_form.add_field(name, labels[name], self.address[name])

        self._registered: Callable[[str], BeneficiarySummary | None] | None = None
        self.form.set_check("national_id", self._national_id_problem)
        self.form.set_check("mobile", lambda: _problem(normalize_mobile, self.mobile.text()))
        self.form.set_check("mobile_alt", lambda: self.mobile_alt.text().strip() and _problem(
            normalize_mobile, self.mobile_alt.text()) or None)
        self.form.error_label("national_id").linkActivated.connect(lambda link: self.open_existing.emit(int(link)))

        layout = QGridLayout(self)
        layout.addWidget(names, 0, 0)
        layout.addWidget(identity, 0, 1, 2, 1)
        layout.addWidget(place, 1, 0)
        for edit in self._line_edits():
            edit.textEdited.connect(self.edited)
        for combo in (self.gender, self.marital_status, self.region, self.city):
            combo.currentIndexChanged.connect(self.edited)
        self.birth_date.changed.connect(self.edited)

    def check_id_on_leaving(self, registered: Callable[[str], BeneficiarySummary | None]) -> None:
        """Check the national ID as soon as the keyboard leaves it: its form, its check digit, and
        whether ``registered`` finds it already in a file."""
        self._registered = registered
        self.form.check_on_leaving("national_id")

    def _national_id_problem(self) -> Message | str | None:
        try:
            national_id = validate_national_id(self.national_id.text())
        except DomainError as error:
            return error.message
        existing = self._registered(national_id) if self._registered is not None else None
        if existing is None:
            return None
        said = render(Message("PersonForm", _ALREADY_REGISTERED, {"name": existing.full_name}))
        link = self.tr("Open the file")
        return f'{escape(said)} <a href="{existing.id}">{escape(link)}</a>'

    def _line_edits(self) -> list[QLineEdit]:
        return [self.first_name, self.father_name, self.grandfather_name, self.family_name, self.national_id,
                self.nationality, self.mobile, self.mobile_alt, self.city.lineEdit(), *self.address.values()]

    def _fill_cities(self) -> None:
        current = self.city.currentText()
        self.city.clear()
        self.city.addItems(regions().get(self.region.currentData() or "", ()))
        self.city.setCurrentText(current if current in regions().get(self.region.currentData() or "", ()) else "")

    def person_input(self) -> PersonInput:
        """What was typed; raises InvalidInput when the birth date cannot be read."""
        try:
            birth = self.birth_date.value()
        except DomainError as error:
            raise InvalidInput([DomainError(error.message, field="birth_date")]) from error
        return PersonInput(
            first_name=self.first_name.text(), father_name=self.father_name.text(),
            grandfather_name=self.grandfather_name.text(), family_name=self.family_name.text(),
            national_id=self.national_id.text(), gender=self.gender.code(), birth_date=birth,
            mobile=self.mobile.text(), mobile_alt=self.mobile_alt.text(), nationality=self.nationality.text(),
            marital_status=self.marital_status.code(), region=self.region.currentData() or "",
            city=self.city.currentText(),
            address=NationalAddress(**{name: self.address[name].text() for name in _ADDRESS_FIELDS}),
        )

    def show_errors(self, error: InvalidInput) -> None:
        messages = error.fields
        for form in (self.name_form, self.form, self.address_form):
            form.show_errors({k: v for k, v in messages.items() if k in form.widgets})

    def clear_errors(self) -> None:
        for form in (self.name_form, self.form, self.address_form):
            form.clear_errors()

    def set_person(self, person: PersonView) -> None:
        for name in ("first_name", "father_name", "grandfather_name", "family_name", "national_id",
                     "nationality"):
            getattr(self, name).setText(getattr(person, name))
        self.mobile.setText("0" + person.mobile.removeprefix("+966") if person.mobile else "")
        self.mobile_alt.setText("0" + person.mobile_alt.removeprefix("+966") if person.mobile_alt else "")
        self.gender.set_code(person.gender)
        self.marital_status.set_code(person.marital_status)
        self.birth_date.set_value(person.birth_date)
        self.region.setCurrentIndex(max(self.region.findData(person.region), 0))
        self.city.setCurrentText(person.city)
        for name in _ADDRESS_FIELDS:
            self.address[name].setText(getattr(person, name))

    def draft_values(self) -> dict[str, str]:
        values = {name: getattr(self, name).text() for name in ("first_name", "father_name", "grandfather_name",
                                                                 "family_name", "national_id", "nationality",
                                                                 "mobile", "mobile_alt")}
        values.update(gender=self.gender.code(), marital_status=self.marital_status.code(),
                      birth_date=self.birth_date.text.text(), calendar=self.birth_date.calendar.currentData(),
                      region=self.region.currentData() or "", city=self.city.currentText())
        values.update({name: self.address[name].text() for name in _ADDRESS_FIELDS})
        return values

    def restore_draft(self, values: dict[str, str]) -> None:
        for name in ("first_name", "father_name", "grandfather_name", "family_name", "national_id", "nationality",
                     "mobile", "mobile_alt"):
            getattr(self, name).setText(values.get(name, ""))
        self.gender.set_code(values.get("gender", ""))
        self.marital_status.set_code(values.get("marital_status", ""))
        self.birth_date.calendar.setCurrentIndex(max(self.birth_date.calendar.findData(values.get("calendar")), 0))
        self.birth_date.text.setText(values.get("birth_date", ""))
        self.region.setCurrentIndex(max(self.region.findData(values.get("region", "")), 0))
        self.city.setCurrentText(values.get("city", ""))
        for name in _ADDRESS_FIELDS:
            self.address[name].setText(values.get(name, ""))
