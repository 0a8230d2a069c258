"""Render the README's screenshots from the real screens, on demo data, with no display.

    python scripts/screenshots.py            # writes docs/screenshots/*.png

Run it after changing a screen so the README shows the application as it is.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from charity_desk.config import DATA_DIR_ENV  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PAGES = ("front_desk", "beneficiaries", "applications", "committee", "programs", "surveys", "reports", "privacy")


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="charity-desk-shots-"))
    os.environ[DATA_DIR_ENV] = str(scratch)
    from charity_desk.db.engine import Database
    from charity_desk.db.migrate import upgrade_database
    from charity_desk.services.demo import generate_demo
    from charity_desk.services.demo_activity import add_demo_activity
    from charity_desk.services.registry import Services
    from charity_desk.ui.app import create_application
    from charity_desk.ui.main_window import MainWindow

    app = create_application("ar")
    db = Database(f"sqlite:///{(scratch / 'demo.sqlite3').as_posix()}")
    upgrade_database(db.engine)
    services = Services(db)
    services.setup.initialize("جمعية البر الخيرية بمحافظة الخرج", "admin", "سارة العتيبي", "screenshot password")
    actor = services.auth.login("admin", "screenshot password")
    generate_demo(db, actor, 400, seed=3)
    add_demo_activity(db, actor, seed=3)
    letter_pdf = _meetings(services, actor)
    _privacy_registers(services, actor)
    window = MainWindow(services, services.acting_as(actor), services.setup.association_name(), "ar", 3_600_000)
    window.resize(1366, 820)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    front = window.pages["front_desk"]
    front.search_box.setText("محمد")
    front.run_search()
    for key in PAGES:
        if key in window.pages:
            window.show_page(key)
            if key == "front_desk":
                front.search_box.setText("محمد")
                front.run_search()
            _settle(app)
            _wait_until_idle(app, window.pages[key])
            window.grab().save(str(OUT / f"{key}.png"))
    first = services.acting_as(actor).beneficiaries.page(None, 1)[0]
    window.open_file(first.id)
    _settle(app)
    window.grab().save(str(OUT / "beneficiary-file.png"))
    dialog = window.new_walk_in()
    _settle(app)
    dialog.grab().save(str(OUT / "new-walk-in.png"))
    dialog.reject()
    _first_page_png(letter_pdf, OUT / "decision-letter")
    print(f"screenshots written to {OUT}")
    return 0


def _wait_until_idle(app: QApplication, page, seconds: float = 30) -> None:
    """Pages that compute in the background (the dashboard) are shown once their figures are in."""
    deadline = time.monotonic() + seconds
    while getattr(page, "busy", False) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    _settle(app)


def _meetings(services, actor) -> bytes:
    """A closed demo meeting whose decision letter is shown, and an open one with its agenda."""
    from datetime import date, timedelta
    from decimal import Decimal

    from charity_desk.domain.application_flow import State
    from charity_desk.services.committees import DecisionInput, MemberInput

    acting = services.acting_as(actor)
    committee = acting.committees.save_committee("لجنة المساعدات", 2, [
        MemberInput("أحمد السالم", "رئيس اللجنة", "chair"), MemberInput("نورة القحطاني", "عضو"),
        MemberInput("خالد الدوسري", "عضو")])
    ready = acting.applications.queue(frozenset({State.READY_FOR_COMMITTEE}), limit=1)
    closed = acting.committees.open_meeting(committee, date.today() - timedelta(days=7), "مقر الجمعية")
    acting.committees.set_attendance(closed, {m.id: True for m in acting.committees.meeting(closed).members})
    acting.committees.record_decision(closed, ready[0].id, DecisionInput(
        "accepted", amount=Decimal("1500"), duration_months=6, votes_for=3, votes_against=0, votes_abstain=0))
    acting.committees.close_meeting(closed)
    pdf = acting.letters.render(acting.letters.issue_for_meeting(closed))
    opened = acting.committees.open_meeting(committee, date.today(), "مقر الجمعية")
    members = acting.committees.meeting(opened).members
    acting.committees.set_attendance(opened, {m.id: True for m in members[:2]})
    return pdf


def _privacy_registers(services, actor) -> None:
    """Two data-subject requests (one past its due date) and a breach being handled."""
    from datetime import UTC, date, datetime, timedelta

    from charity_desk.services.breaches import BreachInput
    from charity_desk.services.data_requests import DataRequestInput

    acting = services.acting_as(actor)
    people = acting.beneficiaries.page(None, 2)
    acting.data_requests.receive(DataRequestInput("copy", date.today() - timedelta(days=3), people[0].id,
                                                  details="نسخة من ملفه كاملًا", identity_how="أصل الهوية الوطنية"))
    acting.data_requests.receive(DataRequestInput("correction", date.today() - timedelta(days=34), people[1].id,
                                                  details="تصحيح رقم الجوال"))
    acting.breaches.record(BreachInput("فقدان قرص نسخ احتياطي غير مشفّر من مكتب الاستقبال",
                                       datetime.now(UTC) - timedelta(hours=30), 120, ("identity", "contact"),
                                       "تغيير كلمات المرور وإبلاغ مدير النظام"))


def _first_page_png(pdf: bytes, stem: Path) -> None:
    import pypdfium2  # the test extra's PDF renderer: no system program needed

    document = pypdfium2.PdfDocument(pdf)
    try:
        document[0].render(scale=70 / 72).to_pil().save(stem.with_suffix(".png"))
    finally:
        document.close()


if __name__ == "__main__":
    sys.exit(main())
