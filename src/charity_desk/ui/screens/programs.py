"""Programs and activities: the list, and the editor for the one chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.screens.program_editor import ProgramEditor
from charity_desk.ui.widgets.program_sessions import ProgramSessions


class ProgramsPage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        title = QLabel(self.tr("Programs"))
        title.setObjectName("pageTitle")
        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.list.currentItemChanged.connect(self._show_selected)
        new = QPushButton(self.tr("New program"))
        new.clicked.connect(self._new)
        self.editor = ProgramEditor(services)
        self.editor.saved.connect(self._saved)
        can_edit = services.actor.can(Permission.PROGRAM_MANAGE)
        new.setEnabled(can_edit)
        self.editor.setEnabled(can_edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        side = QVBoxLayout()
        side.addWidget(self.list)
        side.addWidget(new)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body)
        self.sessions = ProgramSessions(services)
        layout.addWidget(self.sessions)

    def activate(self, select_id: int | None = None) -> None:
        current = select_id or (self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem()
                                else None)
        self.list.blockSignals(True)
        self.list.clear()
        for program in self._services.programs.list():
            item = QListWidgetItem(program.name if program.active else f"{program.name} ({self.tr('closed')})")
            item.setData(Qt.ItemDataRole.UserRole, program.id)
            self.list.addItem(item)
            if program.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_selected()

    def _show_selected(self, *_args) -> None:
        item = self.list.currentItem()
        self.editor.load(self._services.programs.get(item.data(Qt.ItemDataRole.UserRole)) if item else None)
        self.sessions.load(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _new(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self.editor.load(None)
        self.editor.code.setFocus()

    def _saved(self, program_id: int) -> None:
        self.activate(program_id)
