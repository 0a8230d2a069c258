"""write_xlsx against a bare openpyxl write-only loop over the same rows; run it to print the figures.

    python tests/documents/xlsx_benchmark.py [rows]

Timings use rows built beforehand (best of three); peak memory is measured in a fresh process that
streams the rows from a generator, as an export from the database does.
"""

from __future__ import annotations

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


def timed(write, data, path: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one export; CPU time is less disturbed by other work on the machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    write(path, "المستفيدون", data)
    return time.perf_counter() - wall, time.process_time() - cpu


def compare(data, writers, repeat: int = 3) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) time of each writer; the runs are interleaved so that load hits all alike."""
    best: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for attempt in range(repeat):
            for write in writers:
                wall, cpu = timed(write, data, Path(folder) / f"{write.__name__}-{attempt}.xlsx")
                old = best.get(write.__name__, (wall, cpu))
                best[write.__name__] = (min(old[0], wall), min(old[1], cpu))
    return best


def peak_memory_mb(kind: str, count: int) -> float:
    """Peak resident memory of a fresh process streaming ``count`` generated rows through ``kind``.

    Read from /proc (VmHWM): a child's ``ru_maxrss`` starts from its parent's size at fork.
    """
    script = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r});"
        "import xlsx_benchmark as b, tempfile, pathlib;"
        "folder = pathlib.Path(tempfile.mkdtemp());"
        f"b.{kind}(folder / 'out.xlsx', 'المستفيدون', b.rows({count}));"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int(result.stdout) / 1024


def main(count: int) -> None:
    data = [make_row(n) for n in range(count)]
    best = compare(data, (bare_write, ours_write, ours_write_masked))
    bare_wall, bare_cpu = best["bare_write"]
    print(f"{count} rows x {len(COLUMNS)} columns, best of 3 (wall / CPU)")
    for name, label in (
        ("bare_write", "bare openpyxl write-only loop"),
        ("ours_write", "write_xlsx, typed and formatted"),
        ("ours_write_masked", "write_xlsx, sensitive columns masked"),
    ):
        wall, cpu = best[name]
        print(f"{label}: {wall:.2f} s / {cpu:.2f} s, ratio {wall / bare_wall:.2f} / {cpu / bare_cpu:.2f}")
    for kind in ("bare_write", "ours_write", "ours_write_masked"):
        print(f"peak memory, {kind}, streamed rows: {peak_memory_mb(kind, count):.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
