"""Every form dialog by keyboard only (the shared rules of ui/form_keyboard.py), shown on the complaint
form: Tab through every field, multi-line boxes included; Ctrl+Enter saves; a failed save lists
every error as a link and puts the keyboard in the first; Escape asks before losing what was typed."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from charity_desk.ui.dialogs.new_complaint import NewComplaintDialog


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def tab_to(qtbot, dialog, widget, backwards=False) -> int:
    """Press Tab (or Shift+Tab) until ``widget`` has the keyboard; how many presses it took."""
    for presses in range(1, 40):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
                       Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier)
        if dialog.focusWidget() is widget or widget.isAncestorOf(dialog.focusWidget()):
            return presses
    raise AssertionError(f"Tab never reached {widget!r}")


def answer_next_question(qtbot, button=None) -> list[str]:
    """In the next message box that opens, press Space on ``button`` (a StandardButton), or Escape when
    None; returns the box's text once it was shown."""
    seen = []

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        if button is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            qtbot.keyClick(box.button(button), Qt.Key.Key_Space)

    QTimer.singleShot(20, press)
    return seen


def test_a_complaint_by_keyboard_only(gui_app, qtbot, services, admin, type_text):
    dialog = open_dialog(qtbot, NewComplaintDialog(services.acting_as(admin)))
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # the first kind
    tab_to(qtbot, dialog, dialog.channel)
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)
    tab_to(qtbot, dialog, dialog.category)
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    tab_to(qtbot, dialog, dialog.details)
    type_text(dialog.details, "تأخر صرف المساعدة")
    qtbot.keyClick(dialog.details, Qt.Key.Key_Tab)
    assert "\t" not in dialog.details.toPlainText()
    assert dialog.focusWidget() is not dialog.details  # Tab left the multi-line box
    tab_to(qtbot, dialog, dialog.details, backwards=True)  # and Shift+Tab comes back into it
    qtbot.keyClick(dialog.details, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.complaint_id is not None and not dialog.isVisible(), dialog.error.text()


def test_a_failed_save_lists_every_error_as_a_link_to_its_field(gui_app, qtbot, services, admin, type_text):
    dialog = open_dialog(qtbot, NewComplaintDialog(services.acting_as(admin)))
    dialog.details.setFocus()
    qtbot.keyClick(dialog.details, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.complaint_id is None
    listed = dialog.error.text()
    assert listed.count("<a ") >= 2, listed  # every field in error, not only one
    first = dialog.error.invalid_fields()[0]
    qtbot.waitUntil(lambda: dialog.focusWidget() is first)  # the keyboard is in the first invalid field
    tab_to(qtbot, dialog, dialog.error)  # Tab reaches the list; Tab again selects a link, Enter follows it
    second = dialog.error.invalid_fields()[1]
    qtbot.keyClick(dialog.error, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.error, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.error, Qt.Key.Key_Return)
    assert dialog.focusWidget() is second

    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # corrected: its mark and its line go at once
    assert not dialog.form.has_error("kind")
    assert dialog.kind not in dialog.error.invalid_fields()
    assert dialog.error.text().count("<a ") == len(dialog.error.invalid_fields()) == len(listed.split("<a ")) - 2


def test_escape_asks_before_losing_what_was_typed(gui_app, qtbot, services, admin, type_text):
    dialog = open_dialog(qtbot, NewComplaintDialog(services.acting_as(admin)))
    dialog.details.setFocus()
    type_text(dialog.details, "سؤال")
    asked = answer_next_question(qtbot)  # Escape again: back to the form
    qtbot.keyClick(dialog.details, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.details.toPlainText() == "سؤال"
    asked = answer_next_question(qtbot, QMessageBox.StandardButton.Yes)  # close it
    qtbot.keyClick(dialog.details, Qt.Key.Key_Escape)
    assert asked and not dialog.isVisible()

    untouched = open_dialog(qtbot, NewComplaintDialog(services.acting_as(admin)))
    untouched.details.setFocus()
    qtbot.keyClick(untouched.details, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not untouched.isVisible()


def test_an_inquiry_logged_from_its_page_by_keyboard(gui_app, qtbot, services, admin, type_text):
    from charity_desk.ui.screens.inquiries import InquiriesPage

    page = open_dialog(qtbot, InquiriesPage(services.acting_as(admin)))
    page.activate()
    page.question.setFocus()
    type_text(page.question, "متى يفتح التسجيل؟")
    qtbot.keyClick(page.question, Qt.Key.Key_Tab)
    assert "\t" not in page.question.toPlainText() and page.focusWidget() is not page.question
    tab_to(qtbot, page, page.answer)
    type_text(page.answer, "في بداية الشهر")
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.question.toPlainText() == ""  # saved, and the form is ready for the next one
    assert page.log_model.rowCount() == 1
