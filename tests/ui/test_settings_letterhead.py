"""Settings through the screens: letterhead and logo, letter templates, committees; errors at the field."""

import re
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from charity_desk.ui.screens.settings import SettingsPage
from charity_desk.ui.screens.settings_committees import CommitteesBox
from charity_desk.ui.screens.settings_letterhead import LetterheadBox
from charity_desk.ui.screens.settings_templates import LetterTemplatesBox

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def make_page(qtbot, services, admin) -> SettingsPage:
    page = SettingsPage(services, services.acting_as(admin), "ar")
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.activate()
    return page


def group(page: SettingsPage, kind):
    """The box of ``kind``, its tab opened with the mouse (it is built and reads its data then)."""
    key = {LetterheadBox: "letterhead", LetterTemplatesBox: "letter_templates", CommitteesBox: "committees"}[kind]
    bar = page.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tab_keys.index(key)).center())
    box = page.group(key)
    assert isinstance(box, kind) and page.tabs.currentIndex() == page.tab_keys.index(key)
    return box


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # let pending layout changes (errors shown or hidden) settle first
    widget.grab().save(str(SCREENSHOTS / name))


def test_letterhead_and_logo(gui_app, qtbot, services, admin, tmp_path, type_text):
    box = group(make_page(qtbot, services, admin), LetterheadBox)
    assert box.fields["name"].text() == "جمعية البر الخيرية"
    type_text(box.fields["licence_number"], "١٢٣٤")
    type_text(box.fields["phone"], "0115440000")
    type_text(box.fields["website"], "www.birr-kharj.org.sa")
    type_text(box.fields["policy_approval_reference"], "من مجلس الإدارة في اجتماعه رقم (7) بتاريخ 12/03/1447هـ")
    type_text(box.fields["signatory_name"], "سارة بنت فهد العتيبي")
    type_text(box.fields["signatory_title"], "المديرة التنفيذية")
    type_text(box.address, "الخرج، حي الخالدية")

    not_an_image = tmp_path / "logo.png"
    not_an_image.write_bytes(b"%PDF-1.7 a document renamed")
    box.use_logo_file(not_an_image)
    assert box.form._errors["logo"].isVisible() and box.logo.content is None
    logo = tmp_path / "logo-real.png"
    image = Image.new("RGB", (200, 160), "white")
    ImageDraw.Draw(image).ellipse((20, 10, 180, 150), fill=(31, 92, 74))
    image.save(logo)
    box.use_logo_file(logo)
    assert not box.form._errors["logo"].isVisible()
    assert not box.logo.preview.pixmap().isNull()

    box.save()
    assert box.saved.text() and not box.error.isVisible()
    profile = services.acting_as(admin).association.profile().data
    assert (profile.licence_number, profile.logo, profile.signatory_title) == ("1234", logo.read_bytes(),
                                                                                 "المديرة التنفيذية")
    shot(box, "settings-letterhead.png")

    box.fields["name"].clear()
    box.save()
    assert box.form._errors["name"].isVisible()


def test_letterhead_saved_elsewhere_is_not_overwritten(gui_app, qtbot, services, admin, type_text):
    box = group(make_page(qtbot, services, admin), LetterheadBox)
    other = services.acting_as(admin).association
    other.save(other.profile().data, other.profile().version)  # unchanged values keep the version
    type_text(box.fields["phone"], "0115440000")
    other.save(replace(other.profile().data, signatory_name="فهد"), other.profile().version)
    box.save()
    assert box.error.isVisible() and not box.saved.text()
    assert other.profile().data.phone == ""


def test_letter_templates(gui_app, qtbot, services, admin, type_text):
    """Fields are shown and inserted by their Arabic names and stored by their codes, so letters keep
    working; a field the letter cannot fill is refused before anything is saved."""
    box = group(make_page(qtbot, services, admin), LetterTemplatesBox)
    box.kind.setCurrentIndex(box.kind.findData("acceptance"))
    body = box.body.toPlainText()
    assert "({رقم_الاجتماع})" in body and "{رقم_الطلب}" in body and "meeting_number" not in body
    box.kind.setCurrentIndex(box.kind.findData("referral"))
    fields = [action.text() for action in box.insert_menu.actions()]
    assert len(fields) == 4 and any("{اسم_المستفيد}" in text for text in fields)
    assert not re.search("[A-Za-z]", " ".join(fields) + box.fields_hint.text() + box.body.toPlainText())
    box.body.setPlainText("نحيل إليكم {اسم_المستفيد} وجواله {الجوال}.")
    box.save()
    assert box.error.isVisible() and "{الجوال}" in box.error.text()
    assert "mobile" not in box.error.text() and "{الجوال}" not in services.acting_as(admin).letters.templates()[
        "referral"][1]
    shot(box, "settings-templates.png")
    box.body.setPlainText("نحيل إليكم ")
    box.body.setFocus()
    box.body.moveCursor(box.body.textCursor().MoveOperation.End)
    next(a for a in box.insert_menu.actions() if "{اسم_المستفيد}" in a.text()).trigger()
    box.subject.setFocus()
    box.subject.end(False)
    type_text(box.subject, " ")
    next(a for a in box.insert_menu.actions() if "{السبب}" in a.text()).trigger()
    box.save()
    assert not box.error.isVisible()
    subject, body = services.acting_as(admin).letters.templates()["referral"]
    assert body == "نحيل إليكم {beneficiary_name}" and subject.endswith(" {reason}")


def test_committees(gui_app, qtbot, services, admin, type_text):
    box = group(make_page(qtbot, services, admin), CommitteesBox)
    type_text(box.name, "لجنة المساعدات")
    box.quorum.setValue(2)
    for name, title in (("أحمد السالم", "رئيس اللجنة"), ("هند القحطاني", "عضو")):
        type_text(box.member_name, name)
        type_text(box.member_title, title)
        box._add_member()
    box.save()
    assert box.form._errors["members"].isVisible()  # no chair yet
    box.member_table.setCurrentCell(0, 0)
    box._remove_member()
    type_text(box.member_name, "أحمد السالم")
    box.member_role.setCurrentIndex(box.member_role.findData("chair"))
    box._add_member()
    shot(box, "settings-committees.png")
    box.save()
    assert box.saved.text() and box.existing.count() == 1
    assert services.acting_as(admin).committees.committees()[0][1] == "لجنة المساعدات"
