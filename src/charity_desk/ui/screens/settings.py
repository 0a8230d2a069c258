"""Settings: language of this computer, idle lock, staff accounts and their permissions (administrators).

The general settings and the staff accounts are the first tab; permissions, letterhead, letter
templates, text messages and committees each have a tab of their own, built and read the first time
it is opened (and read again each time it comes back to the front), so a first visit builds one tab.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.numerals import ARABIC_INDIC, WESTERN, digit_style
from charity_desk.domain.roles import ROLE_LABELS, Permission
from charity_desk.i18n import ARABIC, ENGLISH, translate
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices, Services
from charity_desk.ui.formatting import apply_digit_style
from charity_desk.ui.messages import show_error
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.count_spin_box import CountSpinBox
from charity_desk.ui.widgets.lazy_tabs import LazyTabs
from charity_desk.ui.widgets.paged_table import PagedTable

#: The tabs after the general one: key, the permission that shows it, module and class of its box.
GROUP_TABS = (
    ("roles", Permission.USERS_MANAGE, "settings_roles", "RolePermissionsBox"),
    ("letterhead", Permission.SETTINGS_MANAGE, "settings_letterhead", "LetterheadBox"),
    ("letter_templates", Permission.SETTINGS_MANAGE, "settings_templates", "LetterTemplatesBox"),
    ("messages", Permission.SETTINGS_MANAGE, "settings_message_templates", "MessageTemplatesBox"),
    ("committees", Permission.PROGRAM_MANAGE, "settings_committees", "CommitteesBox"),
)


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class SettingsPage(QWidget):
    language_changed = Signal(str)

    def __init__(self, services: Services, actor_services: ActorServices, language: str, parent=None):
        super().__init__(parent)
        self._services = services
        self._actor_services = actor_services
        actor = actor_services.actor
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")

        self.language = QComboBox()
        self.language.addItem("العربية", ARABIC)
        self.language.addItem("English", ENGLISH)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData())
        )
        self._language = language
        self.digits = QComboBox()
        self.digits.addItem(self.tr("Western (0123)"), WESTERN)
        self.digits.addItem(self.tr("Arabic-Indic (٠١٢٣)"), ARABIC_INDIC)
        self.digits.setCurrentIndex(self.digits.findData(digit_style()))
        self.digits.setEnabled(actor.can(Permission.SETTINGS_MANAGE))
        self.digits.activated.connect(self._save_digits)
        self.idle_minutes = CountSpinBox("minute", 1, 240)
        self.idle_minutes.setEnabled(actor.can(Permission.SETTINGS_MANAGE))
        save_idle = QPushButton(self.tr("Save"))
        save_idle.setEnabled(actor.can(Permission.SETTINGS_MANAGE))
        save_idle.clicked.connect(self._save_idle)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_minutes)
        idle_row.addWidget(save_idle)
        idle_row.addStretch()
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("Language of this computer"), self.language)
        form.addRow(self.tr("Lock the screen after"), idle_row)
        form.addRow(self.tr("Digits in screens and documents"), self.digits)

        general_tab = QWidget()
        layout = QVBoxLayout(general_tab)
        layout.addWidget(general)
        self.users_list: PagedTable | None = None
        if actor.can(Permission.USERS_MANAGE):
            layout.addWidget(self._users_box())
        layout.addStretch()
        titles = {"roles": self.tr("Roles and permissions"), "letterhead": self.tr("Letterhead and signatory"),
                  "letter_templates": self.tr("Letter templates"), "messages": self.tr("Text messages"),
                  "committees": self.tr("Committees")}
        self.tabs = LazyTabs()
        self.tabs.add_lazy("general", self.tr("General"), lambda: _scrolled(general_tab))
        #: The tabs' boxes built so far, by key; each loads its own data when its tab comes to the front.
        self._boxes: dict[str, QWidget] = {}
        #: The keys of the tabs, in their order.
        self.tab_keys = ["general"]
        for key, permission, module, name in GROUP_TABS:
            if actor.can(permission):
                self.tabs.add_lazy(key, titles[key], lambda k=key, m=module, n=name: self._build_box(k, m, n))
                self.tab_keys.append(key)
        self.tabs.currentChanged.connect(lambda _index: self._activate_current_box())
        outer = QVBoxLayout(self)
        outer.addWidget(title)
        outer.addWidget(self.tabs, 1)

    def _build_box(self, key: str, module: str, name: str) -> QWidget:
        box = getattr(import_module(f"charity_desk.ui.screens.{module}"), name)(self._actor_services)
        self._boxes[key] = box
        return _scrolled(box)

    def group(self, key: str) -> QWidget:
        """The box of the tab ``key`` (built if it was not yet)."""
        self.tabs.tab(key)
        return self._boxes[key]

    def _users_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Staff accounts"))
        self.users_model = PagedListModel("", (
            Column(self.tr("Name"), lambda u: u.full_name),
            Column(self.tr("Username"), lambda u: u.username, ltr=True),
            Column(self.tr("Role"), lambda u: translate("Roles", ROLE_LABELS[u.role])),
            Column(self.tr("Sign-in"), lambda u: self.tr("closed") if not u.active else (
                self.tr("locked") if u.locked else "")),
        ), page_size=50, parent=self)
        self.users_list = PagedTable(self.users_model)
        self.users_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("New account…"))
        add.clicked.connect(self._add_user)
        unlock = QPushButton(self.tr("Unlock selected"))
        unlock.clicked.connect(self._unlock_selected)
        self.reset_password = QPushButton(self.tr("Reset password…"))
        self.reset_password.clicked.connect(self._reset_selected_password)
        recovery = QPushButton(self.tr("Recovery code…"))
        recovery.clicked.connect(self._new_recovery_code)
        close = QPushButton(self.tr("Close selected account…"))
        close.clicked.connect(self._close_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(unlock)
        buttons.addWidget(self.reset_password)
        buttons.addWidget(close)
        buttons.addWidget(recovery)
        buttons.addStretch()
        self.no_recovery_code = QLabel(self.tr(
            "This database has no recovery code yet: make one now, or the association could be locked out "
            "of its data if every administrator's password is lost."))
        self.no_recovery_code.setObjectName("formError")
        self.no_recovery_code.setWordWrap(True)
        self.no_recovery_code.hide()
        layout = QVBoxLayout(box)
        layout.addWidget(self.users_list)
        layout.addWidget(self.no_recovery_code)
        layout.addLayout(buttons)
        return box

    def activate(self) -> None:
        self.idle_minutes.setValue(self._services.settings.idle_lock_minutes())
        if self.users_list is not None:
            self._reload_users()
        self._activate_current_box()

    def _activate_current_box(self) -> None:
        key = self.tab_keys[self.tabs.currentIndex()]
        if key in self._boxes:
            self._boxes[key].activate()

    def _reload_users(self) -> None:
        self.users_model.set_source(self._actor_services.lists.staff_accounts())
        self.no_recovery_code.setVisible(not self._actor_services.users.has_recovery_code())

    def _add_user(self) -> None:
        from charity_desk.ui.dialogs.new_user import NewUserDialog

        if NewUserDialog(self._actor_services.users, self).exec():
            self._reload_users()

    def _new_recovery_code(self) -> None:
        from charity_desk.ui.dialogs.recovery import NewRecoveryCodeDialog

        if NewRecoveryCodeDialog(self._actor_services.users, self).exec():
            self._reload_users()

    def _unlock_selected(self) -> None:
        user_id = self.users_list.current_id()
        if user_id is None:
            return
        try:
            self._actor_services.users.unlock(user_id)
        except ServiceError as error:
            show_error(self, error)
        self.users_list.refresh(user_id)

    def _reset_selected_password(self) -> None:
        """A temporary password for the chosen colleague (ui.dialogs.change_password)."""
        from charity_desk.ui.dialogs.change_password import ResetPasswordDialog

        colleague = self.users_list.current_row()
        if colleague is None:
            return
        if ResetPasswordDialog(self._actor_services.users, colleague, self).exec():
            self.users_list.refresh(colleague.id)

    def _close_selected(self) -> None:
        """Close an account after asking: it can no longer sign in, and its password no longer opens
        the encrypted database (its key slot is removed)."""
        user_id = self.users_list.current_id()
        if user_id is None:
            return
        asked = QMessageBox.question(self, self.tr("Close the account"), self.tr(
            "Close this account? Its holder can no longer sign in, and their password no longer opens the "
            "database. What they recorded stays, under their name."))
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            self._actor_services.users.deactivate(user_id)
        except ServiceError as error:
            show_error(self, error)
        self.users_list.refresh(user_id)

    def _save_idle(self) -> None:
        try:
            self._services.settings.set_idle_lock_minutes(
                self._actor_services.actor, self.idle_minutes.value()
            )
        except ServiceError as error:
            show_error(self, error)

    def _save_digits(self) -> None:
        """Store the association's digit style and rebuild the window so every screen shows it."""
        style = self.digits.currentData()
        if style == digit_style():
            return
        try:
            self._services.settings.set_digit_style(self._actor_services.actor, style)
        except ServiceError as error:
            show_error(self, error)
            return
        apply_digit_style(style)
        self.language_changed.emit(self._language)
