"""``charity-desk import applications FILE --program CODE [--dry-run]``: the e-form import for scripts.

The refused rows are written beside the file as ``<name>.rejected.xlsx`` (on a dry run too: seeing
them is what a dry run is for).  The batch is committed whole or not at all, as in the GUI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from charity_desk.services.eform_import import (
    ApplicationImportService,
    NothingToImport,
    propose_mapping,
    write_rejections_xlsx,
)


def rejections_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.rejected.xlsx")


def import_applications(service: ApplicationImportService, path: Path, program_code: str, dry_run: bool) -> None:
    """Preview and (unless ``dry_run``) commit; NothingToImport when no row can be imported."""
    headers = service.columns(path, sample_rows=1).headers
    preview = service.preview(path, propose_mapping(list(headers)), program_code)
    print(f"rows read: {preview.rows_read}")
    print(f"ready to import: {len(preview.rows)} (new files: {preview.new_people}, "
          f"attached to existing files: {preview.attached})")
    print(f"warnings: {len(preview.warnings)}")
    if preview.rejections:
        report = rejections_path(path)
        write_rejections_xlsx(preview, report)
        print(f"rejected rows: {preview.rejected_rows}, listed in {report}")
    else:
        print("rejected rows: 0")
    if not preview.rows:
        raise NothingToImport()
    if dry_run:
        print("dry run: nothing was saved")
        return

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = service.commit(preview, progress=progress)
    print(file=sys.stderr)
    print(f"imported {result.applications} applications ({result.first_number} to {result.last_number})")
