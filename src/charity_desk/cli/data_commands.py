"""``export``, ``import applications`` and ``import-template``.

The refused rows of an import are written beside the file as ``<name>.rejected.xlsx`` (on a dry run
too: seeing them is what a dry run is for).  The batch is committed whole or not at all, as in the GUI.
"""

from __future__ import annotations

from pathlib import Path

from charity_desk.cli.output import print_json, say
from charity_desk.cli.progress import ProgressBar
from charity_desk.cli.session import signed_in
from charity_desk.cli.texts import current_language, text, translate
from charity_desk.domain.duplicate_score import reasons_sentence
from charity_desk.domain.messages import QT_TRANSLATE_NOOP


def export(args) -> int:
    """Masked by default; unmasked only with the permissions, confirmed by the password just used to sign in."""
    _services, acting, secrets = signed_in(args)
    password = secrets.sign_in_password if args.unmasked else None
    with ProgressBar(text(QT_TRANSLATE_NOOP("Cli", "exporting"))) as progress:
        written = acting.exports.export(args.list, Path(args.file), args.unmasked, password, progress=progress)
    say(text(QT_TRANSLATE_NOOP("Cli", "{rows} rows written to {file}"), rows=written, file=args.file))
    return 0


def rejections_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.rejected.xlsx")


def _write_rejections(preview, path: Path) -> None:
    """The report is a document in the user's language: Qt's translator serves the service's words."""
    from PySide6.QtCore import QCoreApplication

    from charity_desk.i18n import install_language
    from charity_desk.services.eform_import import write_rejections_xlsx

    install_language(QCoreApplication.instance() or QCoreApplication([]), current_language())
    write_rejections_xlsx(preview, path)


def import_applications(args) -> int:
    """Preview and (unless ``--dry-run``) commit; NothingToImport when no row can be imported."""
    from charity_desk.services.eform_import import NothingToImport, propose_mapping

    service = signed_in(args).acting.imports
    path = Path(args.file)
    headers = service.columns(path, sample_rows=1).headers
    preview = service.preview(path, propose_mapping(list(headers)), args.program)
    report = rejections_path(path) if preview.rejections else None
    if report is not None:
        _write_rejections(preview, report)
    summary = {
        "rows_read": preview.rows_read, "ready": len(preview.rows), "new_people": preview.new_people,
        "attached": preview.attached, "rejected": preview.rejected_rows,
        "possible_duplicates": [{"row": c.row, "file": c.beneficiary_id, "other_row": c.other_row,
                                 "score": c.score, "reasons": list(c.reasons)} for c in preview.candidates],
        "rejected_report": str(report) if report else None, "dry_run": args.dry_run, "imported": 0,
    }
    if not preview.rows:
        if args.json:
            print_json(summary)
        else:
            _say_preview(summary)
        raise NothingToImport()
    if not args.json:
        _say_preview(summary)
    if not args.dry_run:
        with ProgressBar(text(QT_TRANSLATE_NOOP("Cli", "importing"))) as progress:
            result = service.commit(preview, progress=progress)
        summary.update(imported=result.applications, first_number=result.first_number,
                       last_number=result.last_number)
    if args.json:
        print_json(summary)
    elif args.dry_run:
        say(text(QT_TRANSLATE_NOOP("Cli", "This was a dry run: nothing was saved.")))
    else:
        say(text(QT_TRANSLATE_NOOP("Cli", "{count} applications imported, numbered {first} to {last}."),
                 count=result.applications, first=result.first_number, last=result.last_number))
    return 0


def _say_preview(summary: dict) -> None:
    say(text(QT_TRANSLATE_NOOP("Cli", "Rows read: {count}"), count=summary["rows_read"]))
    say(text(QT_TRANSLATE_NOOP("Cli", "Ready to import: {count} (new files: {new}, added to existing files: "
                                      "{attached})"),
             count=summary["ready"], new=summary["new_people"], attached=summary["attached"]))
    if summary["rejected_report"]:
        say(text(QT_TRANSLATE_NOOP("Cli", "Refused rows: {count}, listed in {file}"),
                 count=summary["rejected"], file=summary["rejected_report"]))
    else:
        say(text(QT_TRANSLATE_NOOP("Cli", "Refused rows: 0")))
    candidates = summary["possible_duplicates"]
    say(text(QT_TRANSLATE_NOOP("Cli", "Rows that may be people already registered (imported; check them): "
                                      "{count}"), count=len({c["row"] for c in candidates})))
    for c in candidates:
        say(text(QT_TRANSLATE_NOOP("Cli", "  row {row}: file {file}, score {score}, {reasons}"),
                 row=c["row"], file=c["file"], score=c["score"], reasons=_reasons(c["reasons"]))
            if c["file"] is not None else
            text(QT_TRANSLATE_NOOP("Cli", "  row {row}: like row {other}, score {score}, {reasons}"),
                 row=c["row"], other=c["other_row"], score=c["score"], reasons=_reasons(c["reasons"])))


def _reasons(codes: list[str]) -> str:
    return reasons_sentence(codes, translate)


def import_template(args) -> int:
    """A blank workbook: no data is read, so no sign-in."""
    from charity_desk.services.eform_import import write_template_xlsx

    write_template_xlsx(Path(args.file))
    say(args.file)
    return 0
