"""One beneficiary's file: a header that says who it is, and a tab for each part of the file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from importlib import import_module

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from charity_desk.domain.roles import Permission
from charity_desk.i18n import current_language
from charity_desk.reference import choice_label
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.bidi import ltr
from charity_desk.ui.formatting import show_date, show_text
from charity_desk.ui.messages import show_error
from charity_desk.ui.widgets.lazy_tabs import LazyTabs

#: The file's tabs in order: key (the page's attribute), module under ui.screens and class.
TABS = (
    ("personal", "file_tab_personal", "PersonalTab"),
    ("family", "file_tab_household", "FamilyTab"),
    ("household", "file_tab_household_view", "HouseholdTab"),
    ("money", "file_tab_household", "MoneyTab"),
    ("housing", "file_tab_household", "HousingTab"),
    ("health", "file_tab_household", "HealthTab"),
    ("needs", "file_tab_records", "NeedsTab"),
    ("applications", "file_tab_records", "ApplicationsTab"),
    ("services_received", "file_tab_services", "ServicesTab"),
    ("referrals", "file_tab_referrals", "ReferralsTab"),
    ("documents", "file_tab_records", "DocumentsTab"),
    ("contacts", "file_tab_records", "ContactsTab"),
    ("timeline", "file_tab_records", "TimelineTab"),
)
#: Tabs that ask the services for more than the file holds: they read it only when shown.
ON_DEMAND = frozenset({"applications", "services_received", "referrals", "timeline", "household"})


class _Tab:
    """A tab of the file as an attribute of the page: built, and given the open file, when asked for."""

    def __set_name__(self, owner, name: str) -> None:
        self.key = name

    def __get__(self, page, owner=None):
        return self if page is None else page.tab(self.key)


class BeneficiaryFilePage(QWidget):
    """The tabs are built the first time they come to the front or are asked for (``tab``), or ahead of
    time in short steps (``preparation``); each reads the open file when it comes to the front."""

    personal = _Tab()
    family = _Tab()
    household = _Tab()
    money = _Tab()
    housing = _Tab()
    health = _Tab()
    needs = _Tab()
    applications = _Tab()
    services_received = _Tab()
    referrals = _Tab()
    documents = _Tab()
    contacts = _Tab()
    timeline = _Tab()

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

        titles = {"personal": self.tr("Personal data"), "family": self.tr("Family"),
                  "household": self.tr("Household"), "money": self.tr("Income and expenses"),
                  "housing": self.tr("Housing"), "health": self.tr("Health"), "needs": self.tr("Needs assessment"),
                  "applications": self.tr("Applications"), "services_received": self.tr("Services and appointments"),
                  "referrals": self.tr("Referrals"), "documents": self.tr("Documents"),
                  "contacts": self.tr("Contact log"), "timeline": self.tr("Timeline")}
        self.tabs = LazyTabs(build_first=False)
        for key, module, name in TABS:
            self.tabs.add_lazy(key, titles[key], lambda k=key, m=module, n=name: self._build_tab(k, m, n))
        self._file = None
        #: The tabs shown for the open file that have not read it yet.
        self._stale: set[str] = set()
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
        shown = [key for key, _module, _name in TABS
                 if not (key == "money" and file.money is None) and not (key == "health" and file.health is None)]
        self.tabs.show_only(shown)  # a file only leaves out those its reader may not see
        # Opening a file reads the file and fills the tab in front; each other tab is filled from the same
        # read (or reads what it needs) when it comes to the front or is asked for.
        self._stale = set(shown)
        self._load_current()

    def tab(self, key: str) -> QWidget:
        """The tab ``key``, built if it was not yet; one that shows only what the file holds shows the open file."""
        tab = self.tabs.tab(key)
        if key in self._stale and key not in ON_DEMAND:
            self._stale.discard(key)
            tab.load(self._file)
        return tab

    def preparation(self) -> Iterator[None]:
        """Every tab imported and built ahead of time, one short step before each ``yield``
        (the window runs a step at a time when idle, so the first file opens as quickly as the next)."""
        for key, module, _name in TABS:
            if f"charity_desk.ui.screens.{module}" not in sys.modules:
                import_module(f"charity_desk.ui.screens.{module}")
                yield
            if not self.tabs.is_built(key):
                self.tabs.tab(key)
                yield

    def _build_tab(self, key: str, module: str, name: str) -> QWidget:
        tab = getattr(import_module(f"charity_desk.ui.screens.{module}"), name)(self._services)
        tab.changed.connect(self.reload)
        if key in ("family", "household"):
            tab.open_file.connect(self.show_file)
        elif key == "applications":
            tab.open_application.connect(self.open_application)
        elif key == "services_received":
            tab.appointments.open_requested.connect(self.open_appointment)
        return tab

    def _load_current(self) -> None:
        key = self.tabs.current_key()
        if key in self._stale and self._file is not None:
            self._stale.discard(key)
            self.tabs.tab(key).load(self._file)

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
        from charity_desk.ui.dialogs.export_person import ExportPersonDialog

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
