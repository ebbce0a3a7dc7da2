"""`assure import FILE... --partnership SLUG --by USERNAME [--body NAME]`: bulk import without the check page.

People are matched where the match is confident, created where nobody resembles them, and left
out (reported) where they could be several people; owners naming no one person stay as written.
Each file is all or nothing. Every record written names the --by user (business team of the partnership)
in its history. Exit code 1 if any file failed, 2 for a bad partnership or user.
Django is imported only when the command runs, so `assure extract` never needs a database.
"""
from __future__ import annotations

import datetime
import sys
from dataclasses import dataclass, field
from pathlib import Path

IMPORTED, SKIPPED, FAILED = "imported", "skipped", "failed"


def register(subparsers) -> None:
    parser = subparsers.add_parser("import", help="import minutes files into a partnership's meetings (database)")
    parser.add_argument("files", nargs="+", metavar="FILE", help=".docx, .pdf, .txt or .html minutes")
    parser.add_argument("--partnership", required=True, metavar="SLUG", help="the partnership's short name")
    parser.add_argument("--body", metavar="NAME", help="the board or group that met, when the minutes do not say")
    parser.add_argument("--by", required=True, metavar="USERNAME",
                        help="who is importing: a business team account of the partnership, named in the history")
    parser.set_defaults(handler=import_command)


@dataclass
class FileOutcome:
    name: str
    status: str
    detail: str = ""
    notes: list[str] = field(default_factory=list)


def import_files(partnership, paths: list[Path], *, by, body_name: str | None = None, advance=lambda name: None):
    """Import files: each imported, skipped (already imported) or failed with a one-line reason.

    Every file is read first, then saved in meeting-date order, so an update in later minutes finds
    the action agreed in earlier ones whatever order the files were given in.
    """
    from assure.core.dates import parse_date

    outcomes, pending = {}, []
    for path in paths:
        advance(f"Reading {path.name}")
        outcome, read = _read(partnership, path)
        if outcome is not None:
            outcomes[path] = outcome
        else:
            pending.append((path, read))
    pending.sort(key=lambda entry: (parse_date((entry[1].record or {}).get("date")) or datetime.date.min, str(entry[0])))
    for path, read in pending:
        advance(f"Saving {path.name}")
        outcomes[path] = _save(partnership, read, body_name=body_name, by=by)
    return [outcomes[path] for path in paths]


def import_file(path: Path, *, partnership, by, body_name: str | None = None) -> FileOutcome:
    """One file, as import_files does it (for the benchmark and scripts)."""
    return import_files(partnership, [Path(path)], body_name=body_name, by=by)[0]


def _read(partnership, path: Path):
    from django.conf import settings

    from assure.documents import checks
    from assure.imports import services
    from assure.imports.models import ImportedDocument

    name = path.name
    try:
        checks.check_size(path.stat().st_size, settings.IMPORT_MAX_BYTES)   # before reading it into memory
        data = path.read_bytes()
    except checks.UnreadableDocument as exc:
        return FileOutcome(name, FAILED, exc.reason), None
    except OSError as exc:
        return FileOutcome(name, FAILED, f"The file cannot be opened ({exc.strerror or type(exc).__name__})."), None
    existing = ImportedDocument.objects.filter(partnership=partnership, content_hash=services.fingerprint(data)).first()
    if existing is not None and existing.status == ImportedDocument.Status.SAVED:
        return FileOutcome(name, SKIPPED, f"Already imported on {existing.uploaded_at:%-d %B %Y} as {existing.file_name}."), None
    if existing is not None and existing.status == ImportedDocument.Status.DRAFT:
        return FileOutcome(name, SKIPPED, "Already uploaded on the web and waiting to be checked there."), None
    return None, services.read_file(name, data)


def _save(partnership, read, *, body_name, by) -> FileOutcome:
    from django.core.exceptions import ValidationError

    from assure.core.concurrency import EditConflict
    from assure.imports import services
    from assure.imports.queries import resolve_automatically

    try:
        draft, _created = services.keep_read_file(partnership, read, by=by)
    except services.ImportRefused as refused:
        return FileOutcome(read.file_name, FAILED, refused.reason)
    try:
        record, notes = resolve_automatically(partnership, draft.record, body_name=body_name)
        result = services.commit_import(draft, record=record, by=by)
    except (ValidationError, EditConflict) as exc:
        reason = " ".join(getattr(exc, "messages", None) or [str(exc)])
        services.mark_failed(draft, reason=reason, by=by)
        return FileOutcome(read.file_name, FAILED, reason)
    return FileOutcome(read.file_name, IMPORTED, str(result.meeting), notes + result.notes)


def import_command(args) -> int:
    from assure.core.commands import setup_django

    setup_django()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from assure.partnerships.models import Partnership
    from assure.partnerships.queries import command_actor

    err = Console(stderr=True)
    partnership = Partnership.objects.filter(slug=args.partnership).first()
    if partnership is None:
        err.print(f"No partnership with the short name '{args.partnership}'.")
        return 2
    try:
        by = command_actor(partnership, args.by, doing="importing minutes")
    except ValueError as exc:
        err.print(str(exc), markup=False, highlight=False)
        return 2

    paths = [Path(name) for name in args.files]
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=False) as progress:
        # Two steps a file: read it, then save it (files are saved in meeting-date order).
        task = progress.add_task("Importing", total=2 * len(paths))

        def advance(description):
            progress.update(task, description=description[:50])
            progress.advance(task)

        outcomes = import_files(partnership, paths, body_name=args.body, by=by, advance=advance)
        progress.update(task, completed=2 * len(paths), description="Done")

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
    sys.exit("Run it as: assure import FILE... --partnership SLUG --by USERNAME")
