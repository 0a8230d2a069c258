"""Settings: the association as its letters print it — letterhead, logo, signatory, policy approval (6-1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.services.association import MAX_LOGO_BYTES, ProfileInput, check_logo
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.formatting import show_text
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError

PREVIEW_SIZE = 96
CANNOT_READ = Message("LetterheadBox", QT_TRANSLATE_NOOP("LetterheadBox", "This file cannot be read."))
_TEXT_FIELDS = ("name", "licence_number", "phone", "website", "policy_approval_reference", "signatory_name",
                "signatory_title")


class LogoPicker(QWidget):
    """The logo as it will print, small, with buttons to choose another or go without."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.content: bytes | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose = QPushButton(self.tr("Choose image…"))
        self.remove = QPushButton(self.tr("No logo"))
        self.remove.clicked.connect(lambda: self.set_content(None))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addWidget(QLabel(show_text(self.tr("PNG or JPEG, at most 2 MB"))))
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch()

    def set_content(self, content: bytes | None) -> None:
        self.content = content
        pixmap = QPixmap()
        if content is not None and pixmap.loadFromData(content):
            self.preview.setPixmap(pixmap.scaled(PREVIEW_SIZE - 6, PREVIEW_SIZE - 6, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        self.remove.setEnabled(content is not None)

    def load_file(self, path: Path) -> None:
        """Use the image in ``path``; raises DomainError when it is not one that can be printed."""
        with path.open("rb") as handle:
            content = handle.read(MAX_LOGO_BYTES + 1)
        check_logo(content)
        self.set_content(content)


class LetterheadBox(QGroupBox):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Letterhead and signatory"))
        self._services = services
        self._version = 0
        self.form = FieldForm()
        self.fields: dict[str, QLineEdit] = {}
        labels = {"name": self.tr("Association name"),
                  "licence_number": self.tr("Licence number (National Center for the Non-Profit Sector)"),
                  "phone": self.tr("Phone"), "website": self.tr("Website"),
                  "policy_approval_reference": self.tr("Beneficiary policy approved"),
                  "signatory_name": self.tr("Signatory's name"), "signatory_title": self.tr("Signatory's title")}
        for name in _TEXT_FIELDS[:3]:
            self.fields[name] = self.form.add_field(name, labels[name], QLineEdit())
        self.address = self.form.add_field("address", self.tr("Address"), QPlainTextEdit())
        self.address.setMaximumHeight(56)
        for name in _TEXT_FIELDS[3:]:
            self.fields[name] = self.form.add_field(name, labels[name], QLineEdit())
        self.fields["policy_approval_reference"].setPlaceholderText(
            show_text(self.tr("by the board in its meeting no. (7) on 12/03/1447 AH")))
        self.fields["website"].setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.logo = self.form.add_field("logo", self.tr("Logo"), LogoPicker())
        self.logo.choose.clicked.connect(self._choose_logo)
        self.error = FormError()
        self.saved = QLabel()
        self.saved.setObjectName("muted")
        save = QPushButton(self.tr("Save letterhead"))
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.saved)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(row)

    def activate(self) -> None:
        profile = self._services.association.profile()
        self._version = profile.version
        for name, widget in self.fields.items():
            widget.setText(getattr(profile.data, name))
        self.address.setPlainText(profile.data.address)
        self.logo.set_content(profile.data.logo)
        self.form.clear_errors()
        self.error.clear_message()
        self.saved.clear()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.use_logo_file(Path(path))

    def use_logo_file(self, path: Path) -> None:
        self.form.clear_errors()
        try:
            self.logo.load_file(path)
        except DomainError as error:
            self.form.show_errors({"logo": error.message})
        except OSError:
            self.form.show_errors({"logo": CANNOT_READ})

    def save(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        self.saved.clear()
        values = {name: widget.text() for name, widget in self.fields.items()}
        data = ProfileInput(address=self.address.toPlainText(), logo=self.logo.content, **values)
        try:
            self._services.association.save(data, self._version)
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.activate()  # shows the values as stored (digits, spacing)
        self.saved.setText(self.tr("Saved. New letters use it."))
