"""Settings: the committees that decide applications (clause 5-5), their quorum and members."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from charity_desk.services.committees import MemberInput
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable


class CommitteesBox(QGroupBox):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Committees"))
        self._services = services
        self._committees: dict[str, int] = {}
        self.members: list[MemberInput] = []
        self._roles = {"chair": self.tr("Chair"), "member": self.tr("Member"), "secretary": self.tr("Secretary")}
        self.existing = QListWidget()
        self.existing.setMaximumWidth(260)
        self.existing.currentTextChanged.connect(lambda text: self.name.setText(text))
        existing = QVBoxLayout()
        existing.addWidget(QLabel(self.tr("Existing committees")))
        existing.addWidget(self.existing)

        self.form = FieldForm()
        self.name = self.form.add_field("name", self.tr("Committee name"), QLineEdit())
        self.quorum = self.form.add_field("quorum", self.tr("Quorum (members present)"), QSpinBox())
        self.quorum.setRange(1, 50)
        self.quorum.setMaximumWidth(90)
        self.votes = self.form.add_field("votes", "", QCheckBox(self.tr("Decisions are taken by vote")))
        self.votes.setChecked(True)
        self.member_table = SimpleTable([self.tr("Name"), self.tr("Title"), self.tr("Role")])
        self.member_table.setMinimumHeight(120)
        self.member_name, self.member_title, self.member_role = QLineEdit(), QLineEdit(), QComboBox()
        self.member_name.setPlaceholderText(self.tr("Name"))
        self.member_title.setPlaceholderText(self.tr("Title"))
        for code, label in self._roles.items():
            self.member_role.addItem(label, code)
        self.member_role.setCurrentIndex(self.member_role.findData("member"))
        add = QPushButton(self.tr("Add member"))
        add.clicked.connect(self._add_member)
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(self._remove_member)
        entry = QHBoxLayout()
        for widget in (self.member_name, self.member_title, self.member_role, add, remove):
            entry.addWidget(widget)
        members = QWidget()
        members_layout = QVBoxLayout(members)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addWidget(self.member_table)
        members_layout.addLayout(entry)
        self.form.add_field("members", self.tr("Members"), members)
        hint = QLabel(self.tr("Saving under an existing committee's name replaces its members."))
        hint.setObjectName("muted")
        self.error = FormError()
        self.saved = QLabel()
        self.saved.setObjectName("muted")
        save = QPushButton(self.tr("Save committee"))
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.saved)
        row.addStretch()
        editor = QVBoxLayout()
        editor.addLayout(self.form)
        editor.addWidget(hint)
        editor.addWidget(self.error)
        editor.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addLayout(existing)
        layout.addLayout(editor, 1)

    def activate(self) -> None:
        self._committees = {name: committee_id for committee_id, name in self._services.committees.committees()}
        self.existing.clear()
        self.existing.addItems(list(self._committees))

    def _show_members(self) -> None:
        self.member_table.set_rows([(m.name, m.title, self._roles[m.role]) for m in self.members])

    def _add_member(self) -> None:
        if not self.member_name.text().strip():
            self.member_name.setFocus()
            return
        self.members.append(MemberInput(self.member_name.text().strip(), self.member_title.text().strip(),
                                        self.member_role.currentData()))
        self.member_name.clear()
        self.member_title.clear()
        self._show_members()
        self.member_name.setFocus()

    def _remove_member(self) -> None:
        row = self.member_table.currentRow()
        if 0 <= row < len(self.members):
            del self.members[row]
            self._show_members()

    def save(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        self.saved.clear()
        name = self.name.text().strip()
        try:
            self._services.committees.save_committee(name, self.quorum.value(), list(self.members),
                                                     self.votes.isChecked(), self._committees.get(name))
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.saved.setText(self.tr("Saved."))
        self.members = []
        self._show_members()
        self.activate()
