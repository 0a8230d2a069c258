"""A new walk-in (clause 5-1): the person's details and the interview, saved together.

What is typed is written to a draft after every pause, so a closed window or a crash loses
nothing; the draft is offered back next time and removed once the person is saved.

The whole form can be filled by keyboard (``form_keyboard``): Tab between fields, Ctrl+Enter saves,
Escape asks whether to keep a draft; the ID is checked as soon as it is typed, and the files the
person may already have are listed, as links, while the ID, the name and the mobile are typed.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import DomainError
from charity_desk.drafts import discard_draft, load_draft, save_draft
from charity_desk.i18n import render
from charity_desk.reference import channels
from charity_desk.services.duplicates import PersonDraft
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.person_input import IdOverride
from charity_desk.services.privacy_notice import ACKNOWLEDGEMENT_METHODS, NoticeAcknowledgementInput
from charity_desk.services.registration import DuplicatePerson, InterviewInput, PossibleDuplicate
from charity_desk.services.registry import ActorServices, Services
from charity_desk.ui.dialogs.privacy_notice_text import PrivacyNoticeTextDialog
from charity_desk.ui.dialogs.supervisor_approval import SupervisorApprovalDialog
from charity_desk.ui.form_keyboard import keyboard_form
from charity_desk.ui.formatting import show_text
from charity_desk.ui.widgets.choice_combo import ChoiceCombo
from charity_desk.ui.widgets.count_spin_box import CountSpinBox
from charity_desk.ui.widgets.duplicate_candidates import DuplicateCandidates
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.person_form import PersonForm

DRAFT_KEY = "walk-in"
AUTOSAVE_MS = 600


class WalkInDialog(QDialog):
    #: The saved (or already registered) file to open next.
    open_file = Signal(int)

    def __init__(self, services: Services, actor_services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._actor_services = actor_services
        self._override: IdOverride | None = None
        self._keep_draft = True
        self._opened_at = time.monotonic()
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New walk-in"))
        self.resize(1120, 700)

        self.person = PersonForm()
        interview = QGroupBox(self.tr("Interview"))
        self.interview_form = FieldForm(interview)
        self.channel = self.interview_form.add_field("channel", self.tr("Came by"), ChoiceCombo(channels(), False))
        self.reason = self.interview_form.add_field("reason", self.tr("Reason for the visit"), QLineEdit())
        self.asked = self.interview_form.add_field("asked", self.tr("What was asked"), QPlainTextEdit())
        self.answered = self.interview_form.add_field("answered", self.tr("What was answered"), QPlainTextEdit())
        self.minutes = self.interview_form.add_field("minutes_spent", self.tr("Time spent"),
                                                     CountSpinBox("minute", 0, 600))
        for box in (self.asked, self.answered):
            box.setMaximumHeight(56)
        privacy = self._privacy_box()
        self.notice = QLabel()
        self.notice.setObjectName("muted")
        self.error = FormError()
        self.candidates = DuplicateCandidates(self._actor_services.duplicates.candidates_for)
        self.candidates.open_file.connect(self._open_registered)
        self.approve_button = QPushButton(self.tr("Supervisor approval…"))
        self.approve_button.clicked.connect(self._ask_supervisor)
        #: Set by «Save and book an appointment…»: the booking form follows the saved file.
        self._book_after_saving = False
        self.book_button = QPushButton(self.tr("Save and book an appointment…"))
        self.book_button.clicked.connect(self.save_and_book)
        #: The booking form opened after saving, if one was asked for.
        self.booking = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.book_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.approve_button.hide()
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self._cancel)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.notice)
        content_layout.addWidget(self.person)
        content_layout.addWidget(interview)
        content_layout.addWidget(privacy)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.candidates)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_draft)
        self.person.edited.connect(self._autosave.start)
        self.person.edited.connect(self._look_for_duplicates)
        for edit in (self.reason,):
            edit.textEdited.connect(self._autosave.start)
        for box in (self.asked, self.answered):
            box.textChanged.connect(self._autosave.start)
        self.channel.currentIndexChanged.connect(self._autosave.start)
        self._restore_draft()
        self._keys = keyboard_form(self, self.save, (self.person.name_form, self.person.form, self.person.address_form,
                                                     self.interview_form, self.privacy_form), self.error, self._cancel)
        self.person.check_id_on_leaving(self._actor_services.beneficiaries.registered_with)
        self.person.open_existing.connect(self._open_registered)
        self.person.first_name.setFocus()

    def _look_for_duplicates(self) -> None:
        """As the ID, the name and the mobile are typed: the files this person may already have."""
        person = self.person
        try:
            birth = person.birth_date.value()
        except DomainError:
            birth = None
        self.candidates.look_for(PersonDraft(
            person.first_name.text(), person.father_name.text(), person.grandfather_name.text(),
            person.family_name.text(), person.national_id.text(), birth, person.mobile.text(), person.gender.code()))

    def _privacy_box(self) -> QGroupBox:
        """The acknowledgement of the privacy notice, without which a walk-in is not saved (PDPL)."""
        box = QGroupBox(self.tr("Privacy notice"))
        self.privacy_form = FieldForm(box)
        self.privacy_version = QLabel()
        show = QPushButton(self.tr("Show or print the notice…"))
        show.clicked.connect(self.show_privacy_notice)
        row = QHBoxLayout()
        row.addWidget(self.privacy_version, 1)
        row.addWidget(show)
        self.privacy_form.addRow(self.tr("Current version"), row)
        labels = {"written": self.tr("Written (signed or printed copy)"), "verbal": self.tr("Verbal, at the desk"),
                  "electronic": self.tr("Electronic")}
        self.notice_method = self.privacy_form.add_field("notice_method", self.tr("How it was acknowledged"),
                                                         QComboBox())
        for method in ACKNOWLEDGEMENT_METHODS:
            self.notice_method.addItem(labels[method], method)
        self.notice_acknowledged = self.privacy_form.add_field("privacy_notice", "", QCheckBox(
            self.tr("The privacy notice was shown or printed for the person, and they acknowledged it")))
        self.notice_acknowledged.toggled.connect(lambda: self.privacy_form.clear_error("privacy_notice"))
        self._load_privacy_notice()
        return box

    def _load_privacy_notice(self) -> None:
        self._privacy_notice = self._actor_services.privacy_notice.current()
        self.privacy_version.setText(show_text(self.tr("Version {version}").format(
            version=self._privacy_notice.version)))
        self.notice_acknowledged.setChecked(False)

    def show_privacy_notice(self) -> PrivacyNoticeTextDialog:
        dialog = PrivacyNoticeTextDialog(self._privacy_notice, self)
        dialog.open()
        return dialog

    def notice_input(self) -> NoticeAcknowledgementInput:
        version = self._privacy_notice.version if self.notice_acknowledged.isChecked() else None
        return NoticeAcknowledgementInput(version, self.notice_method.currentData())

    def _restore_draft(self) -> None:
        draft = load_draft(DRAFT_KEY)
        if not draft:
            return
        self.person.restore_draft(draft)
        self.channel.set_code(draft.get("channel", "in_person"))
        self.reason.setText(draft.get("reason", ""))
        self.asked.setPlainText(draft.get("asked", ""))
        self.answered.setPlainText(draft.get("answered", ""))
        self.notice.setText(self.tr("What you typed last time was kept and is shown again."))

    def write_draft(self) -> None:
        values = self.person.draft_values()
        values.update(channel=self.channel.code(), reason=self.reason.text(), asked=self.asked.toPlainText(),
                      answered=self.answered.toPlainText())
        save_draft(DRAFT_KEY, values)

    def interview_input(self) -> InterviewInput:
        minutes = self.minutes.value() or max(1, round((time.monotonic() - self._opened_at) / 60))
        return InterviewInput(channel=self.channel.code(), reason=self.reason.text(), asked=self.asked.toPlainText(),
                              answered=self.answered.toPlainText(), minutes_spent=minutes)

    def save(self, confirmed_not_duplicate: bool = False) -> None:
        self.person.clear_errors()
        self.interview_form.clear_errors()
        self.privacy_form.clear_errors()
        self.error.clear_message()
        try:
            self.saved_id = self._actor_services.registration.register(
                self.person.person_input(), self.interview_input(), override=self._override,
                confirmed_not_duplicate=confirmed_not_duplicate, notice=self.notice_input())
        except InvalidInput as error:
            stale_notice = error.fields.get("privacy_notice")
            if stale_notice is not None and stale_notice.params:  # a new version was recorded meanwhile
                self._load_privacy_notice()
            self.privacy_form.show_errors({k: v for k, v in error.fields.items() if k in self.privacy_form.widgets})
            self.person.show_errors(error)
            self.approve_button.setVisible(any(e.overridable for e in error.errors))
            self.error.show_message(error.message)
            return
        except DuplicatePerson as duplicate:
            self._offer_existing(duplicate)
            return
        except PossibleDuplicate as similar:
            if self._confirm_different(similar):
                self.save(confirmed_not_duplicate=True)
            return
        except ServiceError as error:
            self.interview_form.show_errors({error.field: error.message} if error.field else {})
            self.error.show_message(error.message)
            return
        self._autosave.stop()
        discard_draft(DRAFT_KEY)
        self.open_file.emit(self.saved_id)
        self.accept()
        if self._book_after_saving:
            self.booking = self._book(self.saved_id)

    def save_and_book(self) -> None:
        self._book_after_saving = True
        self.save()
        self._book_after_saving = False

    def _book(self, beneficiary_id: int):
        """The booking form for the person just registered, over the window the walk-in form came from."""
        from charity_desk.ui.dialogs.book_appointment import BookAppointmentDialog

        person = self.person.person_input()
        name = " ".join(p for p in (person.first_name, person.father_name, person.grandfather_name,
                                     person.family_name) if p)
        dialog = BookAppointmentDialog(self._actor_services, beneficiary=(beneficiary_id, name),
                                       parent=self.parentWidget())
        dialog.open()
        return dialog

    def _offer_existing(self, duplicate: DuplicatePerson) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Already registered"), render(duplicate.message),
                          parent=self)
        open_button = box.addButton(self.tr("Open the existing file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            self._keep_draft = False
            discard_draft(DRAFT_KEY)
            self.open_file.emit(duplicate.existing.id)
            self.reject()

    def _confirm_different(self, similar: PossibleDuplicate) -> bool:
        people = "\n".join(f"• {c.full_name} — {c.national_id} — {c.mobile}" for c in similar.candidates)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A similar person exists"),
                          render(similar.message) + "\n\n" + people, parent=self)
        save_button = box.addButton(self.tr("It is a different person: save"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is save_button

    def _ask_supervisor(self) -> None:
        dialog = SupervisorApprovalDialog(self._services.auth, self._actor_services.actor, self)
        if dialog.exec():
            self._override = dialog.approval
            self.approve_button.hide()
            self.save()

    def _open_registered(self, beneficiary_id: int) -> None:
        """The ID typed is already in a file: open that file instead of a second one."""
        self._keep_draft = False
        discard_draft(DRAFT_KEY)
        self.open_file.emit(beneficiary_id)
        self.reject()

    def _cancel(self) -> None:
        if not self._keys.typed():
            self.reject()
            return
        answer = QMessageBox.question(self, self.tr("Close the form"),
                                      self.tr("Keep what you typed as a draft for next time?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                                      | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Cancel:
            return
        if answer == QMessageBox.StandardButton.No:
            self._keep_draft = False
            discard_draft(DRAFT_KEY)
        self.reject()

    def reject(self) -> None:
        # Escape or the window's close button is never a decision to throw the typing away.
        self._autosave.stop()
        if self._keep_draft:
            self.write_draft()
        super().reject()
