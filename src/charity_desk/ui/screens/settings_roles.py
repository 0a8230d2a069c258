"""Settings: the permission matrix, one column per role and one row per permission (administrators).

Saving asks for the administrator's password again; the change applies from each person's next
sign-in.  The administrators' right to manage accounts and permissions cannot be cleared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, Role
from charity_desk.i18n import translate
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.services.role_permissions import KEEP
from charity_desk.ui.widgets.form_error import FormError


def _centered(box: QCheckBox) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
    return holder


class RolePermissionsBox(QGroupBox):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Roles and permissions"))
        self._service = services.role_permissions
        hint = QLabel(
            self.tr(
                "Tick what each role may do. Changes take effect the next time each person signs in. "
                "Administrators always keep the right to manage accounts and permissions."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        #: One check box per (role, permission).
        self.boxes: dict[tuple[Role, Permission], QCheckBox] = {}
        for column, role in enumerate(Role, start=1):
            header = QLabel(translate("Roles", ROLE_LABELS[role]))
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setObjectName("matrixRole")
            grid.addWidget(header, 0, column)
            grid.setColumnStretch(column, 1)
        for row, permission in enumerate(Permission, start=1):
            label = PERMISSION_LABELS.get(permission)
            grid.addWidget(QLabel(translate("Roles", label) if label else permission.value), row, 0)
            for column, role in enumerate(Role, start=1):
                box = QCheckBox()
                box.setAccessibleName(
                    f"{translate('Roles', ROLE_LABELS[role])}: {translate('Roles', label or permission.value)}"
                )
                self.boxes[(role, permission)] = box
                grid.addWidget(_centered(box), row, column)
        keep = self.boxes[KEEP]
        keep.setEnabled(False)
        keep.setToolTip(self.tr("Without it nobody could manage accounts and permissions again."))

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password, asked again to change permissions"))
        self.password.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save permissions"))
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel()
        self.saved.setObjectName("muted")
        self.error = FormError()
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        layout.addWidget(self.error)

    def activate(self) -> None:
        matrix = self._service.matrix()
        for (role, permission), box in self.boxes.items():
            box.setChecked(matrix.allows(role, permission))

    def granted(self) -> set[tuple[Role, Permission]]:
        return {cell for cell, box in self.boxes.items() if box.isChecked()}

    def save(self) -> None:
        self.error.clear_message()
        self.saved.clear()
        try:
            change = self._service.save(self.granted(), self.password.text())
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        finally:
            self.password.clear()
        self.saved.setText(
            self.tr("Saved: {granted} granted, {revoked} withdrawn. They apply from the next sign-in.").format(
                granted=len(change.granted), revoked=len(change.revoked)
            )
        )
        self.activate()
