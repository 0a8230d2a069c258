"""Where a task is done: the place a task's source names (services.tasks.source), opened in the main window.

``file:<tab>`` opens the file on that tab; ``application`` the application on its page; ``visit`` the
visit's report; ``meeting`` the Committee page on that meeting; ``<page>:<tab>`` a navigation page on
one of its tabs; ``<page>`` the page, calling its ``show_record(id)`` when it has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from charity_desk.services.tasks.lists import TaskRow

if TYPE_CHECKING:
    from charity_desk.ui.main_window import MainWindow


def open_place(window: MainWindow, task: TaskRow) -> None:
    page, _, tab = task.place.partition(":")
    if page == "file":
        if task.beneficiary_id is not None:
            window.open_file(task.beneficiary_id)
            _choose_tab(window.file_page, tab)
    elif page == "application":
        window.open_application(task.target_id)
    elif page == "visit":
        _open_visit(window, task)
    elif page == "meeting":
        window.show_page("committee")
        window.pages["committee"].refresh(task.target_id)
    elif page in window.pages:
        window.show_page(page)
        shown = window.pages[page]
        if tab:
            _choose_tab(shown, tab, task.target_id)
        elif hasattr(shown, "show_record"):
            shown.show_record(task.target_id)


def _choose_tab(page, tab: str, record_id: int | None = None) -> None:
    """Make the page's tab held in attribute ``tab`` the current one (when the reader may see it), with the
    record chosen in its list when the list has read it."""
    widget = getattr(page, tab, None) if tab else None
    if widget is None or page.tabs.indexOf(widget) < 0:
        return
    page.tabs.setCurrentWidget(widget)
    table = getattr(widget, "table", None)
    if record_id is not None and callable(getattr(table, "choose", None)):
        table.choose(record_id)


def _open_visit(window: MainWindow, task: TaskRow):
    """The report of one's own visit; someone else's visit (a supervisor's view) opens its file."""
    from charity_desk.domain.roles import Permission
    from charity_desk.ui.dialogs.visit_report import VisitReportDialog

    services = window.actor_services
    mine = services.visits.my_visits() if services.actor.can(Permission.VISIT_EDIT) else []
    visit = next((v for v in mine if v.id == task.target_id), None)
    if visit is None:
        window.open_file(task.beneficiary_id)
        return None
    window.visit_dialog = VisitReportDialog(services, visit.id, visit.version, window)
    window.visit_dialog.accepted.connect(window.pages["my_work"].reload)
    window.visit_dialog.open()
    return window.visit_dialog
