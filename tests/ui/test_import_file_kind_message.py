"""The refusal of a file that is not a spreadsheet reads, in Arabic, as the users asked:
«هذا الملف PDF وليس جدول Excel أو CSV»."""

import pytest

from charity_desk.i18n import render
from charity_desk.services.eform_reader import ImportFileError, read_sheet


@pytest.mark.parametrize(("content", "arabic"), [
    (b"%PDF-1.7\n", "هذا الملف PDF وليس جدول Excel أو CSV."),
    (b"SQLite format 3\x00" + bytes(100), "هذا الملف قاعدة بيانات SQLite وليس جدول Excel أو CSV."),
])
def test_the_arabic_message_names_what_the_file_is(gui_app, tmp_path, content, arabic):
    path = tmp_path / "answers.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as refused:
        read_sheet(path)
    text = render(refused.value.message)
    assert text.startswith(arabic) and "xlsx" in text
