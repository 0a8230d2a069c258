"""One beneficiary's file: a header that says who it is, and a tab for each part of the file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from charity_desk.domain.roles import Permission
from charity_desk.i18n import current_language
from charity_desk.reference import choice_label
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.bidi import ltr
from charity_desk.ui.dialogs.export_person import ExportPersonDialog
from charity_desk.ui.formatting import show_date, show_text
from charity_desk.ui.messages import show_error
from charity_desk.ui.screens.file_tab_household import FamilyTab, HealthTab, HousingTab, MoneyTab
from charity_desk.ui.screens.file_tab_household_view import HouseholdTab
from charity_desk.ui.screens.file_tab_personal import PersonalTab
from charity_desk.ui.screens.file_tab_records import (
    ApplicationsTab,
    ContactsTab,
    DocumentsTab,
    NeedsTab,
    TimelineTab,
)
from charity_desk.ui.screens.file_tab_referrals import ReferralsTab
from charity_desk.ui.screens.file_tab_services import ServicesTab


class BeneficiaryFilePage(QWidget):
    back_requested = Signal()
    open_application = Signal(int)
    #: An appointment chosen in the file's list: its slot on the Appointments page.
    open_appointment = Signal(int)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.beneficiary_id: int | None = None
        header = QWidget()
        header.setObjectName("fileHeader")
        self.name = QLabel()
        self.name.setObjectName("fileName")
        self.facts = QLabel()
        self.facts.setObjectName("muted")
        self.facts.setWordWrap(True)  # a long address wraps instead of widening the window past 1366 pixels
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.back_requested)
        # Alt+Left, as in any browser; at once (the button's own shortcut would wait for its click animation)
        back_keys = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_keys.activated.connect(self.back_requested)
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.facts)
        self.export_file = QPushButton(self.tr("Export whole file…"))
        self.export_file.setToolTip(self.tr("A PDF and a JSON copy of everything held about the person"))
        self.export_file.setVisible(services.actor.can(Permission.EXPORT))
        self.export_file.clicked.connect(self._export_whole_file)
        self.book = QPushButton(self.tr("Book an appointment…"))
        self.book.setVisible(services.actor.can(Permission.APPLICATION_EDIT))
        self.book.clicked.connect(self.book_appointment)
        # Who may hand files out chooses the social researcher whose caseload holds this one.
        self.researcher = QComboBox()
        self.researcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.researcher.setMinimumContentsLength(14)
        self.researcher.setToolTip(self.tr("The social researcher responsible for this file"))
        self.researcher.activated.connect(lambda _index: self._assign())
        self._assigning = services.actor.can(Permission.APPLICATION_EDIT) and services.actor.can(
            Permission.ALL_FILES_VIEW)
        researcher_label = QLabel(self.tr("Researcher"))
        header_layout = QHBoxLayout(header)
        header_layout.addLayout(titles, 1)
        for widget in (researcher_label, self.researcher):
            widget.setVisible(self._assigning)
            header_layout.addWidget(widget)
        header_layout.addWidget(self.book)
        header_layout.addWidget(self.export_file)
        header_layout.addWidget(back)

        self.tabs = QTabWidget()
        self.personal = PersonalTab(services)
        self.family = FamilyTab(services)
        self.family.open_file.connect(self.show_file)
        self.household = HouseholdTab(services)
        self.household.open_file.connect(self.show_file)
        self.money = MoneyTab(services)
        self.housing = HousingTab(services)
        self.health = HealthTab(services)
        self.needs = NeedsTab(services)
        self.documents = DocumentsTab(services)
        self.contacts = ContactsTab(services)
        self.timeline = TimelineTab(services)
        self.applications = ApplicationsTab(services)
        self.applications.open_application.connect(self.open_application)
        self.referrals = ReferralsTab(services)
        self.services_received = ServicesTab(services)
        self.services_received.appointments.open_requested.connect(self.open_appointment)
        self._tabs = [
            (self.personal, self.tr("Personal data")),
            (self.family, self.tr("Family")),
            (self.household, self.tr("Household")),
            (self.money, self.tr("Income and expenses")),
            (self.housing, self.tr("Housing")),
            (self.health, self.tr("Health")),
            (self.needs, self.tr("Needs assessment")),
            (self.applications, self.tr("Applications")),
            (self.services_received, self.tr("Services and appointments")),
            (self.referrals, self.tr("Referrals")),
            (self.documents, self.tr("Documents")),
            (self.contacts, self.tr("Contact log")),
            (self.timeline, self.tr("Timeline")),
        ]
        for tab, title in self._tabs:
            tab.changed.connect(self.reload)
            self.tabs.addTab(tab, title)  # once here: a file only removes those its reader may not see
        # Tabs that ask the services for more than the file holds load when first shown for a file,
        # so opening a file costs one read of the file and the tab in front.
        self._on_demand = {self.applications, self.services_received, self.referrals, self.timeline, self.household}
        self._file = None
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(lambda _index: self._load_current())
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.tabs)

    def show_file(self, beneficiary_id: int) -> bool:
        """Load the file; False (and the reason shown) when it cannot be opened, e.g. outside one's caseload."""
        previous = self.beneficiary_id
        self.beneficiary_id = beneficiary_id
        self._stale = set()  # what another file's tabs hold is not read again for this one
        self.tabs.setCurrentIndex(0)
        try:
            self.reload()
        except ServiceError as error:
            self.beneficiary_id = previous
            show_error(self, error)
            return False
        return True

    def reload(self) -> None:
        file = self._services.files.open(self.beneficiary_id)
        person = file.person
        self.name.setText(person.full_name)
        facts = [self.tr("ID {id}").format(id=ltr(show_text(person.national_id))),
                 choice_label("gender", person.gender, current_language())]
        if person.birth_date:
            facts.append(self.tr("born {date}").format(date=show_date(person.birth_date)))
        if person.mobile:
            facts.append(ltr(show_text("0" + person.mobile.removeprefix("+966"))))
        facts.append(f"{person.region} — {person.city}".strip(" —"))
        self.facts.setText("  •  ".join(f for f in facts if f))
        if self._assigning:
            self._show_researchers(person.assigned_researcher_id)
        self._file = file
        shown = [(tab, title) for tab, title in self._tabs
                 if not (tab is self.money and file.money is None) and not (tab is self.health and file.health is None)]
        if [self.tabs.widget(i) for i in range(self.tabs.count())] != [tab for tab, _ in shown]:
            current = self.tabs.currentWidget()
            self.tabs.blockSignals(True)
            self.tabs.clear()
            for tab, title in shown:
                self.tabs.addTab(tab, title)
            if current is not None and self.tabs.indexOf(current) >= 0:
                self.tabs.setCurrentWidget(current)
            self.tabs.blockSignals(False)
        self._stale = {tab for tab, _ in shown if tab in self._on_demand}
        for tab, _title in shown:
            if tab not in self._on_demand:
                tab.load(file)
        self._load_current()

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale and self._file is not None:
            self._stale.discard(tab)
            tab.load(self._file)

    def _show_researchers(self, assigned: int | None) -> None:
        self.researcher.clear()
        self.researcher.addItem(self.tr("Nobody yet"), None)
        for researcher_id, name in self._services.visits.researchers():
            self.researcher.addItem(name, researcher_id)
        self.researcher.setCurrentIndex(max(self.researcher.findData(assigned), 0))

    def _assign(self) -> None:
        try:
            self._services.visits.assign(self.beneficiary_id, self.researcher.currentData())
        except ServiceError as error:
            show_error(self, error)
        self.reload()

    def _export_whole_file(self) -> None:
        if self.beneficiary_id is not None:
            ExportPersonDialog(self._services, self.beneficiary_id, self.name.text(), self).exec()

    def book_appointment(self):
        """The booking form for this person (a desk appointment or a home visit)."""
        from charity_desk.ui.dialogs.book_appointment import BookAppointmentDialog

        if self.beneficiary_id is None:
            return None
        dialog = BookAppointmentDialog(self._services, beneficiary=(self.beneficiary_id, self.name.text()), parent=self)
        dialog.accepted.connect(self.activate)  # the file's list of appointments shows the new one
        dialog.open()
        return dialog

    def activate(self) -> None:
        if self.beneficiary_id is not None:
            self.reload()
