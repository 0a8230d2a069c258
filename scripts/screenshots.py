"""Render every page, tab and dialog of the real application on demo data, with no display.

    python scripts/screenshots.py                 # every screen, 1366x768 and 1920x1080, Arabic and English
    python scripts/screenshots.py --language ar --size 1366x768
    python scripts/screenshots.py --readme        # also refresh the README's pictures in docs/screenshots/

Every screen goes to ``build/screenshots/<language>-<size>/`` (pages, each page's tabs, each tab of a
beneficiary's file, every dialog). Look at them after changing a screen: Arabic joined and right to
left, no English in Arabic, numbers not reversed, nothing clipped, no leftover widgets.

A Qt process speaks one language, so each language is rendered by a process of its own.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
# The demo association and the catalogue of dialogs are the ones the Arabic-only test walks.
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402

from charity_desk.config import DATA_DIR_ENV  # noqa: E402

OUT = ROOT / "build" / "screenshots"
README_SHOTS = ROOT / "docs" / "screenshots"
SIZES = ("1366x768", "1920x1080")
LANGUAGES = ("ar", "en")
#: The README's pictures: page key -> file name.
README_PAGES = {"front_desk": "front_desk", "beneficiaries": "beneficiaries", "applications": "applications",
                "committee": "committee", "programs": "programs", "surveys": "surveys", "reports": "reports",
                "privacy": "privacy"}
PASSWORD = "screenshot password"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--language", choices=LANGUAGES, help="one language (default: each, in its own process)")
    parser.add_argument("--size", choices=SIZES, action="append", help="one window size (default: both)")
    parser.add_argument("--readme", action="store_true", help="also refresh docs/screenshots (Arabic, 1366x768)")
    args = parser.parse_args()
    sizes = args.size or list(SIZES)
    if args.language is None:
        for language in LANGUAGES:
            command = [sys.executable, __file__, "--language", language, *(f"--size={s}" for s in sizes)]
            if args.readme and language == "ar":
                command.append("--readme")
            subprocess.run(command, check=True)
        print(f"screenshots written to {OUT}")
        return 0
    render(args.language, sizes, args.readme)
    return 0


def render(language: str, sizes: list[str], readme: bool) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="charity-desk-shots-"))
    os.environ[DATA_DIR_ENV] = str(scratch)
    from screen_catalogue import build_demo_association

    from charity_desk.db.engine import Database
    from charity_desk.db.migrate import upgrade_database
    from charity_desk.services.registry import Services
    from charity_desk.ui.app import create_application
    from charity_desk.ui.main_window import MainWindow

    app = create_application(language)
    db = Database(f"sqlite:///{(scratch / 'demo.sqlite3').as_posix()}")
    upgrade_database(db.engine)
    services = Services(db)
    services.setup.initialize("جمعية البر الخيرية بمحافظة الخرج", "admin", "سارة العتيبي", PASSWORD)
    actor = services.auth.login("admin", PASSWORD)
    acting = build_demo_association(services, actor)
    window = MainWindow(services, services.acting_as(actor), services.setup.association_name(), language, 3_600_000)
    for size in sizes:
        width, height = (int(n) for n in size.split("x"))
        folder = OUT / f"{language}-{size}"
        folder.mkdir(parents=True, exist_ok=True)
        window.resize(width, height)
        window.show()
        _pages(app, window, folder)
        _file(app, window, acting, folder)
        _dialogs(app, window, acting, services, folder)
        if readme and language == "ar" and size == "1366x768":
            _readme(app, window, acting, folder)
    print(f"{language}: screenshots written to {OUT}")


def _pages(app: QApplication, window, folder: Path) -> None:
    for key in list(window.pages):
        window.show_page(key)
        page = window.pages[key]
        _wait_until_idle(app, page)
        window.grab().save(str(folder / f"page-{key}.png"))
        _tabs(app, window, page, folder / f"page-{key}")


def _file(app: QApplication, window, acting, folder: Path) -> None:
    window.open_file(acting.beneficiaries.page(None, 1)[0].id)
    _settle(app)
    window.grab().save(str(folder / "file.png"))
    _tabs(app, window, window.file_page, folder / "file")


def _tabs(app: QApplication, window, root: QWidget, stem: Path) -> None:
    """Each tab of every tab widget visible on ``root``, brought to the front in turn."""
    for number, tabs in enumerate(t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _wait_until_idle(app, tabs.currentWidget())
            window.grab().save(f"{stem}-tabs{number}-{index}.png")


def _dialogs(app: QApplication, window, acting, services, folder: Path) -> None:
    from screen_catalogue import every_dialog

    for name, dialog in every_dialog(acting, services, window):
        dialog.show()
        _settle(app)
        dialog.grab().save(str(folder / f"dialog-{name.replace(' ', '-')}.png"))
        dialog.reject()
        dialog.deleteLater()
        _settle(app)


def _readme(app: QApplication, window, acting, folder: Path) -> None:
    """The README's pictures, copied from the Arabic 1366x768 set, and the first decision letter."""
    README_SHOTS.mkdir(parents=True, exist_ok=True)
    for key, name in README_PAGES.items():
        (README_SHOTS / f"{name}.png").write_bytes((folder / f"page-{key}.png").read_bytes())
    (README_SHOTS / "beneficiary-file.png").write_bytes((folder / "file.png").read_bytes())
    (README_SHOTS / "new-walk-in.png").write_bytes((folder / "dialog-walk-in.png").read_bytes())
    closed = next(meeting_id for meeting_id, *_, is_closed in acting.committees.meetings() if is_closed)
    pdf = acting.letters.render(acting.letters.for_meeting(closed)[:1])
    _first_page_png(pdf, README_SHOTS / "decision-letter.png")


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _wait_until_idle(app: QApplication, page, seconds: float = 30) -> None:
    """Pages that compute in the background (the dashboard) are shown once their figures are in."""
    _settle(app)
    deadline = time.monotonic() + seconds
    while getattr(page, "busy", False) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    _settle(app)


def _first_page_png(pdf: bytes, path: Path) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    document[0].render(scale=70 / 72).to_pil().save(path)


if __name__ == "__main__":
    sys.exit(main())
