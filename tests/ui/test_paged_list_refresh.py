"""``PagedListModel.refresh``: after an action one row is read again and changed in place, removed
when it left the filter, or inserted where the SQL order puts it; the list is never reset."""

from datetime import date, timedelta

from sqlalchemy import insert, update

from charity_desk.db.models import Complaint
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.ui.models.paged_list import Column, PagedListModel

TODAY = date(2026, 12, 6)
COLUMNS = (Column(QT_TRANSLATE_NOOP("Test", "Due"), lambda c: c.due_on.isoformat()),
           Column(QT_TRANSLATE_NOOP("Test", "Details"), lambda c: c.details))


def _complaints(services, count: int) -> None:
    """Complaint i is due on day i (ids 1..count, in due order)."""
    with services.db.session() as session:
        session.execute(insert(Complaint), [
            {"kind": "complaint", "received_on": TODAY, "channel": "in_person", "category": "other",
             "details": f"شكوى {i}", "due_on": TODAY + timedelta(days=i)} for i in range(1, count + 1)])


def _change(services, complaint_id: int, **values) -> None:
    with services.db.session() as session:
        session.execute(update(Complaint).where(Complaint.id == complaint_id).values(**values))


def _watch(model) -> dict:
    seen = {"reset": 0, "changed": [], "inserted": [], "removed": []}
    model.modelReset.connect(lambda: seen.__setitem__("reset", seen["reset"] + 1))
    model.dataChanged.connect(lambda top, _bottom, *_: seen["changed"].append(top.row()))
    model.rowsInserted.connect(lambda _p, first, _last: seen["inserted"].append(first))
    model.rowsRemoved.connect(lambda _p, first, _last: seen["removed"].append(first))
    return seen


def test_a_row_changes_in_place_leaves_and_comes_back_in_order(gui_app, services, admin):
    _complaints(services, 250)
    lists = services.acting_as(admin).lists
    model = PagedListModel("Test", COLUMNS, lists.complaints("open", TODAY), page_size=100)
    seen = _watch(model)
    assert model.rowCount() == 100 and model.total == 250

    _change(services, 5, details="تغيّر النص")
    assert model.refresh(5) == 4
    assert seen["changed"] == [4] and model.data(model.index(4, 1)) == "تغيّر النص"

    _change(services, 5, status="closed")  # closed: it leaves the open ones
    assert model.refresh(5) == -1
    assert seen["removed"] == [4] and model.find(5) == -1 and model.total == 249 and model.rowCount() == 99

    _change(services, 5, status="open", due_on=TODAY + timedelta(days=50))  # back, due later
    assert model.refresh(5) == model.find(5)
    assert [model.row(r).id for r in range(47, 50)] == [49, 5, 50]  # where ORDER BY due_on, id puts it
    assert model.total == 250

    _change(services, 7, due_on=TODAY + timedelta(days=400))  # now due after every row read so far
    assert model.refresh(7) == -1 and model.find(7) == -1 and model.total == 250  # it comes with a later page
    while model.canFetchMore():
        model.fetchMore()
    assert model.row(model.rowCount() - 1).id == 7 and model.rowCount() == 250
    assert seen["reset"] == 0
