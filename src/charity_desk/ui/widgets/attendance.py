"""Who attends a meeting: one tick per committee member, and the quorum line that follows them.

Each tick is reported at once (``toggled``) so attendance is saved as members arrive; the
quorum line is recomputed from the ticks so it is right before the save returns.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout

from charity_desk.services.committees import MemberView
from charity_desk.ui.committee_labels import role_label
from charity_desk.ui.formatting import show_number


class AttendanceBox(QGroupBox):
    #: (member id, present)
    toggled = Signal(int, bool)

    def __init__(self, parent=None):
        super().__init__(self.tr("Attendance"), parent)
        self.boxes: dict[int, QCheckBox] = {}
        self._quorum = 0
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        self._list = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self._list)
        layout.addWidget(self.quorum_label)
        layout.addStretch()

    def show_members(self, members: tuple[MemberView, ...], quorum: int) -> None:
        for box in self.boxes.values():
            self._list.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes.clear()
        self._quorum = quorum
        for member in members:
            role = member.title or role_label(member.role)
            box = QCheckBox(f"{member.name} — {role}" if role else member.name)
            box.setChecked(member.present)
            box.toggled.connect(lambda checked, member_id=member.id: self._toggled(member_id, checked))
            self._list.addWidget(box)
            self.boxes[member.id] = box
        self._show_quorum()

    def set_present(self, member_id: int, present: bool) -> None:
        """Put a tick back (when saving it failed) without reporting it again."""
        box = self.boxes[member_id]
        box.blockSignals(True)
        box.setChecked(present)
        box.blockSignals(False)
        self._show_quorum()

    @property
    def present(self) -> int:
        return sum(box.isChecked() for box in self.boxes.values())

    def _toggled(self, member_id: int, present: bool) -> None:
        self._show_quorum()
        self.toggled.emit(member_id, present)

    def _show_quorum(self) -> None:
        if not self.boxes:  # no meeting chosen, or a committee without members: nothing to count
            self.quorum_label.setText(self.tr("No members to mark present: choose a meeting."))
            self.quorum_label.setObjectName("muted")
            self.quorum_label.style().polish(self.quorum_label)
            return
        met = self.present >= self._quorum
        text = self.tr("Present {present} of {members}, quorum {quorum}").format(
            present=show_number(self.present), members=show_number(len(self.boxes)),
            quorum=show_number(self._quorum))
        status = self.tr("quorum met") if met else self.tr("quorum not met")
        self.quorum_label.setText(f"{text} — {status}")
        self.quorum_label.setObjectName("quorumMet" if met else "quorumMissing")
        self.quorum_label.style().polish(self.quorum_label)
