"""Opening a new meeting shows it once: the list read again chooses the new meeting without the panel
reading that meeting and its agenda a second time."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_committee_screen import acting  # noqa: F401 - the fixture: a committee and applications ready for it

from charity_desk.ui.screens.committee import CommitteePage


def test_a_new_meeting_is_read_once(gui_app, qtbot, acting, type_text):  # noqa: F811 - the fixture
    page = CommitteePage(acting)
    qtbot.addWidget(page)
    page.resize(1180, 820)
    page.show()
    page.activate()
    shown, show = [], page.panel.show_meeting
    page.panel.show_meeting = lambda *args, **kwargs: (shown.append(args[0]), show(*args, **kwargs))

    dialog = page.new_meeting()
    type_text(dialog.place, "مقر الجمعية")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert page.panel.view is not None and shown == [page.panel.view.id]
    assert page.panel.agenda_model.rowCount() == 3
