"""The files a person being typed in may already have, shown while the ID, the name and the mobile are
typed, each a link to its file.

The look-up runs off the GUI thread (a pause in typing starts it; typing on is never held up), and
only the answer to the latest question is shown.  Hidden while there is nothing to show.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from charity_desk.domain.duplicate_score import reasons_sentence
from charity_desk.domain.phone import display_mobile
from charity_desk.i18n import translate
from charity_desk.services.duplicates import Candidate, PersonDraft
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.bidi import ltr
from charity_desk.ui.formatting import show_text

PAUSE_MS = 350


class DuplicateCandidates(QWidget):
    #: The link of a registered file was followed.
    open_file = Signal(int)
    #: The answer to the latest look-up is shown (tests and screens wait on it).
    shown = Signal()

    def __init__(self, find: Callable[[PersonDraft], list[Candidate]], parent=None):
        super().__init__(parent)
        self._find = find
        self._draft: PersonDraft | None = None
        self._asked = 0
        self._task: BackgroundTask | None = None
        self.candidates: list[Candidate] = []
        self.title = QLabel(self.tr("This person may already be registered:"))
        self.title.setObjectName("fieldError")
        self.links = QLabel()
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.links.linkActivated.connect(lambda link: self.open_file.emit(int(link)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.links)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._look_up)
        self.hide()

    def look_for(self, draft: PersonDraft) -> None:
        """Look for ``draft`` once typing pauses (a later call replaces an earlier one)."""
        self._draft = draft
        self._pause.start()

    def _look_up(self) -> None:
        self._asked += 1
        asked, draft, find = self._asked, self._draft, self._find
        self._task = BackgroundTask(lambda _progress, _cancelled: (asked, find(draft)))
        # Bound methods: a widget closed before the answer comes is simply not told.
        self._task.signals.finished.connect(self._answer)
        self._task.signals.failed.connect(self._no_answer)
        self._task.start()

    def _no_answer(self, _error: Exception) -> None:
        """A failed look-up shows nothing rather than a stale list (registration checks again on saving)."""
        self._show(self._asked, [])

    def _answer(self, answer: tuple[int, list[Candidate]]) -> None:
        self._show(*answer)

    def _show(self, asked: int, found: list[Candidate]) -> None:
        if asked != self._asked:  # a newer question is on its way
            return
        self.candidates = list(found)
        lines = [
            f'<a href="{c.beneficiary_id}">{escape(c.full_name)}</a> — {escape(ltr(show_text(c.national_id)))}'
            f' — {escape(ltr(show_text(display_mobile(c.mobile))))} — {escape(reasons_sentence(c.reasons, translate))}'
            for c in self.candidates]
        self.links.setText("<br>".join(lines))
        self.setVisible(bool(lines))
        self.shown.emit()
