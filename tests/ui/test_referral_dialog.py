"""Referring a person through the screens: partner, data shared, informed, letter; the file's referrals tab."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from charity_desk.domain.application_flow import State
from charity_desk.services.applications import ConsentInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput
from charity_desk.services.referral_views import PartnerInput
from charity_desk.ui.dialogs.partner import PartnerDialog
from charity_desk.ui.dialogs.referral import ReferralDialog
from charity_desk.ui.dialogs.referral_outcome import ReferralOutcomeDialog
from charity_desk.ui.screens.application_panel import ApplicationPanel
from charity_desk.ui.screens.file_tab_referrals import ReferralsTab
from pdf_reading import pdf_text, squash

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
PARTNER = "جمعية رعاية مرضى الكلى"


@pytest.fixture
def case(services, admin):
    acting = services.acting_as(admin)
    person = acting.registration.register(PersonInput(
        first_name="نورة", father_name="محمد", grandfather_name="علي", family_name="الشمري",
        national_id="1012345672", gender="female", birth_date=date(1980, 1, 1), mobile="0551234567"),
        today=date(2026, 11, 25))
    program = acting.programs.save(ProgramInput(code="FOOD", name="السلة الغذائية", kind="in_kind",
                                                instructions="تسلم السلة شهريًا"))
    application = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
    return acting, person, application


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # let pending layout changes (errors shown or hidden) settle first
    widget.grab().save(str(SCREENSHOTS / name))


def test_the_application_panel_offers_the_referral_dialog(gui_app, qtbot, case):
    acting, _person, application = case
    panel = ApplicationPanel(acting)
    qtbot.addWidget(panel)
    panel.show_application(application)
    assert panel.findChild(QPushButton, "refer_elsewhere") is not None
    assert panel.findChild(QPushButton, f"move_{State.REFERRED.value}") is None  # no referral without its letter


def test_new_partner_errors_at_the_field(gui_app, qtbot, case, type_text):
    acting, _person, _application = case
    dialog = PartnerDialog(acting)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, PARTNER)
    type_text(dialog.phone, "05512")
    type_text(dialog.city, "الرياض")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form._errors["phone"].isVisible() and not dialog.form._errors["name"].isVisible()
    shot(dialog, "partner-dialog.png")
    dialog.phone.clear()
    type_text(dialog.phone, "٠١١ ٤٤٦ ٠٠٠٠")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [p.phone for p in acting.referrals.partners()] == ["011 446 0000"]


def test_referral_from_an_application(gui_app, qtbot, case, type_text, tmp_path):
    acting, person, application = case
    dialog = ReferralDialog(acting, person, application)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "1448-" in dialog.application_note.text()
    dialog.save()
    assert dialog.form._errors["partner"].isVisible()  # the directory is still empty

    partner = acting.referrals.save_partner(PartnerInput(PARTNER, services="غسيل الكلى ونقل المرضى", city="الرياض"))
    dialog._load_partners(select=partner)
    assert dialog.partner_services.text() == "غسيل الكلى ونقل المرضى"
    type_text(dialog.reason, "يحتاج إلى غسيل كلوي منتظم")
    dialog.items["income"].setChecked(True)
    dialog.save()
    assert dialog.form._errors["beneficiary_informed"].isVisible()
    assert acting.referrals.for_beneficiary(person) == []
    dialog.resize(700, 600)
    shot(dialog, "referral-dialog.png")

    dialog.informed.setChecked(True)
    dialog.save()
    assert dialog.finished_panel.isVisible() and not dialog.entry.isVisible()
    reference = dialog.referral.letter_reference
    assert reference in dialog.finished_text.text()
    shot(dialog, "referral-dialog-done.png")
    dialog.preview_letter()
    assert dialog.preview.page_count == 1 and dialog.preview.save_to(tmp_path / "letter.pdf")
    text = squash(pdf_text((tmp_path / "letter.pdf").read_bytes()))
    assert squash(PARTNER) in text and reference in text
    assert acting.applications.view(application).summary.state is State.REFERRED
    assert acting.referrals.disclosures(person)[0].items == ("name", "national_id", "income", "request")
    dialog.preview.close()
    dialog.reject()  # closing after saving still reports the referral as made
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_referrals_tab_and_outcome(gui_app, qtbot, case, type_text):
    acting, person, _application = case
    partner = acting.referrals.save_partner(PartnerInput(PARTNER, city="الرياض"))
    acting.referrals.refer(person, partner, "يحتاج إلى غسيل كلوي منتظم", ["name", "national_id", "mobile"], True,
                           follow_up_on=date.today())
    tab = ReferralsTab(acting)
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.load(acting.files.open(person))
    assert tab.table.rowCount() == 1 and tab.disclosures.rowCount() == 1
    tab.table.setCurrentCell(0, 0)

    (referral,) = acting.referrals.for_beneficiary(person)
    outcome = ReferralOutcomeDialog(acting, referral)
    qtbot.addWidget(outcome)
    outcome.show()
    outcome.status.setCurrentIndex(outcome.status.findData("served"))
    outcome.save()
    assert outcome.form._errors["outcome"].isVisible()
    shot(outcome, "referral-outcome.png")
    type_text(outcome.outcome, "بدأ الغسيل الكلوي في مركز الجمعية")
    outcome.save()
    assert outcome.result() == QDialog.DialogCode.Accepted

    tab.load(acting.files.open(person))
    assert tab.table.item(0, 4).text() == "بدأ الغسيل الكلوي في مركز الجمعية"
    assert acting.referrals.due_follow_ups() == []
    tab.show()
    shot(tab, "file-tab-referrals.png")
