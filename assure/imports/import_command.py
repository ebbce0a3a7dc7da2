"""`assure import FILE... --partnership SLUG [--body NAME]`: bulk import without the check page.

People are matched where the match is confident, created where nobody resembles them, and left
out (reported) where they could be several people; owners naming no one person stay as written.
Each file is all or nothing. Exit code 1 if any file failed, 2 for a bad partnership or user.
Django is imported only when the command runs, so `assure extract` never needs a database.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

IMPORTED, SKIPPED, FAILED = "imported", "skipped", "failed"


def register(subparsers) -> None:
    parser = subparsers.add_parser("import", help="import minutes files into a partnership's meetings (database)")
    parser.add_argument("files", nargs="+", metavar="FILE", help=".docx, .pdf, .txt or .html minutes")
    parser.add_argument("--partnership", required=True, metavar="SLUG", help="the partnership's short name")
    parser.add_argument("--body", metavar="NAME", help="the board or group that met, when the minutes do not say")
    parser.add_argument("--user", metavar="USERNAME", help="the account to record as having imported (optional)")
    parser.set_defaults(handler=import_command)


@dataclass
class FileOutcome:
    name: str
    status: str
    detail: str = ""
    notes: list[str] = field(default_factory=list)


def import_file(partnership, path: Path, *, body_name: str | None = None, by=None) -> FileOutcome:
    """Import one file: imported, skipped (already imported) or failed with a one-line reason."""
    from django.conf import settings
    from django.core.exceptions import ValidationError

    from assure.core.concurrency import EditConflict
    from assure.imports import safety, services
    from assure.imports.models import ImportedDocument
    from assure.imports.queries import resolve_automatically

    name = path.name
    try:
        safety.check_size(path.stat().st_size, settings.IMPORT_MAX_BYTES)   # before reading it into memory
        data = path.read_bytes()
    except safety.UnreadableDocument as exc:
        return FileOutcome(name, FAILED, exc.reason)
    except OSError as exc:
        return FileOutcome(name, FAILED, f"The file cannot be opened ({exc.strerror or type(exc).__name__}).")

    existing = ImportedDocument.objects.filter(partnership=partnership, content_hash=services.fingerprint(data)).first()
    if existing is not None and existing.status == ImportedDocument.Status.SAVED:
        return FileOutcome(name, SKIPPED, f"Already imported on {existing.uploaded_at:%-d %B %Y} as {existing.file_name}.")
    if existing is not None and existing.status == ImportedDocument.Status.DRAFT:
        return FileOutcome(name, SKIPPED, "Already uploaded on the web and waiting to be checked there.")
    try:
        draft, _created = services.start_import(partnership=partnership, file_name=name, data=data, by=by)
    except services.ImportRefused as refused:
        return FileOutcome(name, FAILED, refused.reason)
    try:
        record, notes = resolve_automatically(partnership, draft.record, body_name=body_name)
        result = services.commit_import(draft, record=record, by=by)
    except (ValidationError, EditConflict) as exc:
        reason = " ".join(getattr(exc, "messages", None) or [str(exc)])
        services.mark_failed(draft, reason=reason, by=by)
        return FileOutcome(name, FAILED, reason)
    return FileOutcome(name, IMPORTED, str(result.meeting), notes + result.notes)


def import_command(args) -> int:
    from assure.cli import setup_django

    setup_django()
    from django.contrib.auth import get_user_model
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from assure.partnerships.models import Partnership

    err = Console(stderr=True)
    partnership = Partnership.objects.filter(slug=args.partnership).first()
    if partnership is None:
        err.print(f"No partnership with the short name '{args.partnership}'.")
        return 2
    by = None
    if args.user:
        by = get_user_model().objects.filter(username=args.user).first()
        if by is None:
            err.print(f"No user called '{args.user}'.")
            return 2

    outcomes = []
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=False) as progress:
        task = progress.add_task("Importing", total=len(args.files))
        for name in args.files:
            progress.update(task, description=f"Importing {Path(name).name[:40]}")
            outcomes.append(import_file(partnership, Path(name), body_name=args.body, by=by))
            progress.advance(task)

    out = Console(width=max(Console().width, 120))
    table = Table(title=f"Import into {partnership.name}")
    table.add_column("File")
    table.add_column("Result")
    table.add_column("Meeting or reason")
    colours = {IMPORTED: "green", SKIPPED: "yellow", FAILED: "red"}
    for outcome in outcomes:
        table.add_row(outcome.name, f"[{colours[outcome.status]}]{outcome.status}[/]", outcome.detail)
    out.print(table)
    counts = {status: sum(1 for o in outcomes if o.status == status) for status in (IMPORTED, SKIPPED, FAILED)}
    out.print(f"{counts[IMPORTED]} imported, {counts[SKIPPED]} skipped as already imported, {counts[FAILED]} failed.")
    noted = [o for o in outcomes if o.notes]
    if noted:
        out.print("\nTo check on the meeting pages:")
        for outcome in noted:
            for note in outcome.notes:
                out.print(f"  {outcome.name}: {note}", markup=False, highlight=False)
    return 1 if counts[FAILED] else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit("Run it as: assure import FILE... --partnership SLUG")
