"""Imports read a file as what its content is, whatever its name: a workbook named .csv is read as a
workbook, a CSV named .xlsx as text, and anything else is refused saying what it is."""

from datetime import date

import pytest
from test_eform_import import AR_HEADERS, acting, preview, row, write_csv, write_xlsx  # noqa: F401 - fixture

from charity_desk.services.eform_reader import ImportFileError
from charity_desk.services.errors import InvalidInput
from charity_desk.services.reach import read_reach_file


def test_a_workbook_named_csv_goes_to_the_workbook_reader(acting, tmp_path):  # noqa: F811 - the fixture
    """The attack found in review: the .xlsx named .csv was sent to column mapping as garbled text."""
    path = write_xlsx(tmp_path / "answers.xlsx", AR_HEADERS, [row(1), row(2)]).rename(tmp_path / "answers.csv")
    assert acting.imports.columns(path).headers == tuple(AR_HEADERS)
    result = preview(acting, path)
    assert len(result.rows) == 2 and result.rows[0].values.person["first_name"] == "نورة"


def test_a_csv_named_xlsx_is_read_as_text(acting, tmp_path):  # noqa: F811 - the fixture
    path = write_csv(tmp_path / "answers.csv", AR_HEADERS, [row(3)]).rename(tmp_path / "answers.xlsx")
    assert len(preview(acting, path).rows) == 1


@pytest.mark.parametrize(("content", "named"), [
    (b"%PDF-1.7\n1 0 obj\n", "a PDF"),
    (b"SQLite format 3\x00" + bytes(100), "a SQLite database"),
    (b"CDBACKUP\x02" + bytes(100), "an encrypted Charity Desk backup"),
    (b"", "empty"),
], ids=["pdf", "sqlite", "backup", "empty"])
def test_anything_else_is_refused_saying_what_it_is(acting, tmp_path, content, named):  # noqa: F811
    path = tmp_path / "answers.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as refused:
        acting.imports.columns(path)
    assert refused.value.message.render().startswith(f"This file is {named}, not an Excel workbook")


def test_reach_figures_are_read_by_content_too(tmp_path):
    figures = [["website", "visits", "2026-11-01", "2026-11-30", "1200"]]
    path = write_xlsx(tmp_path / "reach.xlsx", ["channel", "metric", "start", "end", "value"], figures)
    misnamed = path.rename(tmp_path / "reach.csv")
    assert [f.value for f in read_reach_file(misnamed)] == [1200]
    assert read_reach_file(misnamed)[0].period_start == date(2026, 11, 1)
    pdf = tmp_path / "reach.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(InvalidInput) as refused:
        read_reach_file(pdf)
    assert "a PDF" in refused.value.message.render()
