"""write_xlsx against a bare openpyxl write-only loop over the same rows; run it to print the figures.

    python tests/documents/xlsx_benchmark.py [rows]

Timings use rows built beforehand (best of three); peak memory is measured in a fresh process that
streams the rows from a generator, as an export from the database does.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from charity_desk.documents.xlsx_export import ExportColumn, write_xlsx

COLUMNS = (
    ExportColumn("application_number", "رقم الطلب", "text", 14),
    ExportColumn("name", "اسم المستفيد", "text", 30),
    ExportColumn("national_id", "رقم الهوية", "text", 14, sensitive=True),
    ExportColumn("mobile", "الجوال", "text", 14, sensitive=True),
    ExportColumn("region", "المنطقة", "text", 14),
    ExportColumn("city", "المدينة", "text", 14),
    ExportColumn("family_size", "أفراد الأسرة", "int", 10),
    ExportColumn("income", "الدخل الشهري", "decimal", 14, sensitive=True),
    ExportColumn("expenses", "المصروفات", "decimal", 14),
    ExportColumn("submitted", "تاريخ التقديم", "date", 13),
    ExportColumn("decided_at", "وقت القرار", "datetime", 17),
    ExportColumn("status", "الحالة", "text", 12),
)
_FIRST = ("محمد", "نورة", "فهد", "هيلة", "عبدالرحمن", "سارة", "خالد", "منى")
_FAMILY = ("الشمري", "القحطاني", "الدوسري", "العنزي", "الغامدي", "العتيبي", "الحربي", "المطيري")
_REGIONS = ("الرياض", "مكة المكرمة", "الشرقية", "القصيم", "عسير", "تبوك", "حائل", "الجوف")
_STATUSES = ("مقبول", "مرفوض", "مؤجل", "قيد الدراسة")


def make_row(n: int) -> dict:
    return {
        "application_number": f"1448/{n:06d}",
        "name": f"{_FIRST[n % 8]} بن {_FIRST[(n // 8) % 8]} {_FAMILY[(n // 64) % 8]}",
        "national_id": f"1{n:09d}",
        "mobile": f"+9665{n:08d}",
        "region": _REGIONS[n % 8],
        "city": _REGIONS[(n + 3) % 8],
        "family_size": 1 + n % 9,
        "income": Decimal(n % 9000) + Decimal("0.50"),
        "expenses": Decimal(n % 7000) + Decimal("0.25"),
        "submitted": date(2026, 1, 1) + timedelta(days=n % 300),
        "decided_at": datetime(2026, 1, 1, 9, 0) + timedelta(minutes=n),
        "status": _STATUSES[n % 4],
    }


def rows(count: int) -> Iterator[dict]:
    return (make_row(n) for n in range(count))


def bare_write(path: Path, title: str, data) -> None:
    """The least openpyxl needs to stream the same rows: no types, formats, masking or view."""
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(title)
    ws.append([column.header_ar for column in COLUMNS])
    for row in data:
        ws.append(list(row.values()))
    workbook.save(path)


def ours_write(path: Path, title: str, data) -> None:
    write_xlsx(path, title, COLUMNS, data, mask_sensitive=False)


def ours_write_masked(path: Path, title: str, data) -> None:
    write_xlsx(path, title, COLUMNS, data, mask_sensitive=True)


def best_time(write, data, folder: Path, repeat: int = 3) -> float:
    times = []
    for attempt in range(repeat):
        start = time.perf_counter()
        write(folder / f"{write.__name__}-{attempt}.xlsx", "المستفيدون", data)
        times.append(time.perf_counter() - start)
    return min(times)


def peak_memory_mb(kind: str, count: int) -> float:
    """Peak resident memory of a fresh process streaming ``count`` generated rows through ``kind``."""
    script = (
        f"import sys, resource; sys.path.insert(0, {str(Path(__file__).parent)!r});"
        "import xlsx_benchmark as b, tempfile, pathlib;"
        "folder = pathlib.Path(tempfile.mkdtemp());"
        f"b.{kind}(folder / 'out.xlsx', 'المستفيدون', b.rows({count}));"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int(result.stdout) / 1024  # ru_maxrss is in KiB on Linux


def main(count: int) -> None:
    data = [make_row(n) for n in range(count)]
    with tempfile.TemporaryDirectory() as folder:
        bare = best_time(bare_write, data, Path(folder))
        ours = best_time(ours_write, data, Path(folder))
        masked = best_time(ours_write_masked, data, Path(folder))
    print(f"{count} rows x {len(COLUMNS)} columns")
    print(f"bare openpyxl write-only loop: {bare:.2f} s")
    print(f"write_xlsx, typed and formatted: {ours:.2f} s, ratio {ours / bare:.2f}")
    print(f"write_xlsx, sensitive columns masked: {masked:.2f} s, ratio {masked / bare:.2f}")
    for kind in ("bare_write", "ours_write", "ours_write_masked"):
        print(f"peak memory, {kind}, streamed rows: {peak_memory_mb(kind, count):.0f} MB")
    print(f"(this process, rows held in a list: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
