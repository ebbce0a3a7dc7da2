"""Importing a dataset file (ADR 0127): the partnership's template, published statistics (DfE) or statistical
neighbours. Each a named, atomic @service taking the acting user as `by`.

`import_dataset` is the command line's: read, check, and (unless a dry run, or rows were refused without
`keep_valid`) write, all in one transaction. The web checks first (`start_dataset_import`: a DatasetImport waiting
with the rows as read), shows the same summary, and writes on `confirm_dataset_import`, which checks again.
"""
from __future__ import annotations

import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.documents.pending import discard, finish, waiting

from ..importing import FORMAT_NAMES, FileRefused, Reading, read, read_spreadsheet
from ..models import Authority, ComparatorFigure, DatasetImport, Figure
from ._import_plans import Plan, current_neighbours, plan
from .area import set_neighbours
from .figures import write_figures


def _summary(planned: Plan, *, file_name: str, dry_run: bool, imported: bool, written: dict | None = None) -> dict:
    """The JSON summary the command prints and the pages show."""
    accepted = len(planned.accepted)
    summary = {
        "accepted": accepted,
        "refused": planned.refused,
        "indicators": sorted(planned.indicators),
        "periods": [period.code for period in sorted(planned.periods)],
        "format": planned.kind,
        "format_name": FORMAT_NAMES[planned.kind],
        "file": file_name,
        "dry_run": dry_run,
        "imported": accepted if imported else 0,
        **{name: value for name, value in planned.notes.items() if name != "measures"},
    }
    if written is not None:
        summary["written"] = written
    summary["message"] = _message(summary, planned)
    return summary


def _message(summary: dict, planned: Plan) -> str:
    accepted, refused = summary["accepted"], len(summary["refused"])
    rows = f"{accepted} row{'s' if accepted != 1 else ''}"
    if summary["imported"]:
        changed = _changed_anything(summary)
        done = f"{rows} imported" + ("" if changed else ": nothing changed, every row was in the dataset already")
        return done + (f"; {refused} refused." if refused else ".")
    if not accepted:
        return "Nothing can be imported: every row was refused." if refused else "The file has no rows to import."
    if summary["dry_run"]:
        return f"Checked only (a dry run): {rows} would be imported" + (
            f"; {refused} refused, so nothing would be without keeping the valid rows." if refused else ".")
    return (f"Nothing was imported: {refused} row{'s' if refused != 1 else ''} refused. Correct them and import the "
            f"file again, or keep the {rows} that are valid.")


def _write(partnership, by, planned: Plan) -> dict:
    written = {}
    added = [Authority(partnership=partnership, **fields) for fields in planned.authorities.values()]
    for authority in added:
        authority.save()
    completed = Authority.objects.filter(partnership=partnership, code__in=planned.completed)
    for authority in completed:
        for name, value in planned.completed[authority.code].items():
            setattr(authority, name, value)
        authority.save()
    if planned.kind != "neighbours" or added:
        written["authorities"] = {"created": len(added), "completed": len(completed)}
    if planned.figures:
        counts = write_figures(partnership=partnership, by=by, figures=planned.figures, source=Figure.Source.TEMPLATE)
        written["figures"] = vars(counts).copy()
    if planned.published_figures:
        counts = write_figures(partnership=partnership, by=by, figures=planned.published_figures,
                               source=Figure.Source.PUBLISHED)
        written["own_published_figures"] = vars(counts).copy()
    if planned.comparators:
        written["comparator_figures"] = _write_comparators(planned.comparators)
    if planned.neighbours is not None:
        written["neighbours"] = _write_neighbours(partnership, by, planned.neighbours)
    return written


def _write_comparators(comparators: list[dict]) -> dict:
    indicator_ids = {c["indicator"].pk for c in comparators}
    existing = {(f.indicator_id, f.level, f.area_code, f.period_kind, f.period_start): f
                for f in ComparatorFigure.objects.filter(indicator__in=indicator_ids)}
    new, changed, unchanged = [], [], 0
    for c in comparators:
        period = c["period"]
        figure = existing.get((c["indicator"].pk, c["level"], c["code"], period.kind, period.start))
        if figure is None:
            new.append(ComparatorFigure(indicator=c["indicator"], level=c["level"], area_code=c["code"],
                                        area_name=c["name"], period_kind=period.kind, period_start=period.start,
                                        value=c["value"], suppression=c["suppression"]))
        elif (figure.value, figure.suppression, figure.area_name) == (c["value"], c["suppression"], c["name"]):
            unchanged += 1
        else:
            figure.value, figure.suppression, figure.area_name = c["value"], c["suppression"], c["name"]
            changed.append(figure)
    ComparatorFigure.objects.bulk_create(new)
    ComparatorFigure.objects.bulk_update(changed, ["value", "suppression", "area_name"])
    return {"created": len(new), "changed": len(changed), "unchanged": unchanged}


def _write_neighbours(partnership, by, ranked: list[tuple[int, str]]) -> dict:
    """The own area's neighbours become the file's, in rank order, through the same service as the area page."""
    if current_neighbours(partnership) == ranked:
        return {"changed": 0, "unchanged": len(ranked)}
    authorities = {a.code: a for a in Authority.objects.filter(partnership=partnership)}
    set_neighbours(partnership=partnership, by=by, authorities=[authorities[code] for _rank, code in sorted(ranked)])
    return {"changed": len(ranked), "unchanged": 0}


def _run(partnership, by, reading: Reading, *, file_name: str, dry_run: bool, keep_valid: bool
         ) -> tuple[dict, bool, Plan]:
    planned = plan(partnership, reading)
    go = bool(planned.accepted) and (keep_valid or not planned.refused)
    if not go or dry_run:
        return _summary(planned, file_name=file_name, dry_run=dry_run, imported=False), False, planned
    written = _write(partnership, by, planned)
    return _summary(planned, file_name=file_name, dry_run=False, imported=True, written=written), True, planned


def _changed_anything(summary: dict) -> bool:
    return any(counts.get("created", 0) or counts.get("changed", 0) or counts.get("completed", 0)
               for counts in (summary.get("written") or {}).values())


def _reading(table) -> Reading:
    try:
        return read(table)
    except FileRefused as exc:
        raise ValidationError({"file": str(exc)}) from None


@service
@transaction.atomic
def import_dataset(*, partnership, by, file_name: str, table: list[list] | None = None, data: bytes | None = None,
                   dry_run: bool = False, keep_valid: bool = False, max_bytes: int | None = None) -> dict:
    """Import a file's rows (its spreadsheet `table`, or its bytes `data`), all or nothing. A file with any refused
    row imports nothing unless `keep_valid`; a dry run writes nothing. An import that changed something is kept
    as a DatasetImport with its summary (the same file again changes nothing, and is not recorded again)."""
    sha256 = hashlib.sha256(data).hexdigest() if data is not None else ""
    if table is None:
        try:
            table = read_spreadsheet(data or b"", file_name, **({"max_bytes": max_bytes} if max_bytes else {}))
        except FileRefused as exc:
            raise ValidationError({"file": str(exc)}) from None
    reading = _reading(table)
    summary, imported, _planned = _run(partnership, by, reading, file_name=file_name, dry_run=dry_run, keep_valid=keep_valid)
    if imported and _changed_anything(summary):
        record = DatasetImport.objects.create(partnership=partnership, kind=reading.kind, file_name=file_name[:255],
                                              sha256=sha256, status=DatasetImport.Status.IMPORTED, summary=summary,
                                              created_by=by)
        summary["import_id"] = record.pk
        record.summary = summary
        record.save(update_fields=["summary"])
    return summary


@service
@transaction.atomic
def start_dataset_import(*, partnership, by, file_name: str, data: bytes, max_bytes: int | None = None
                         ) -> DatasetImport:
    """Read and check a file uploaded on the web; nothing reaches the dataset until it is confirmed. The rows as
    read are kept with it, so confirming reads no file again."""
    try:
        table = read_spreadsheet(data, file_name, **({"max_bytes": max_bytes} if max_bytes else {}))
    except FileRefused as exc:
        raise ValidationError({"file": str(exc)}) from None
    reading = _reading(table)
    summary, _imported, planned = _run(partnership, by, reading, file_name=file_name, dry_run=True, keep_valid=True)
    summary["dry_run"] = False   # a check before confirming, not the command's dry run
    summary["read"] = {"refused": reading.refused, "notes": reading.notes, "accepted_rows": planned.accepted}
    return DatasetImport.objects.create(partnership=partnership, kind=reading.kind, file_name=file_name[:255],
                                        sha256=hashlib.sha256(data).hexdigest(), rows=reading.rows, summary=summary,
                                        created_by=by)


@service
@transaction.atomic
def confirm_dataset_import(dataset_import: DatasetImport, *, by) -> dict:
    """Import the rows accepted when the file was checked, all or nothing. They are checked again (the catalogue,
    the authorities or an approval may have changed): if a row accepted then is refused now, nothing is imported."""
    pending = waiting(dataset_import)
    read_notes = pending.summary.get("read", {})
    before = set(read_notes.get("accepted_rows", []))
    reading = Reading(pending.kind, rows=pending.rows, refused=pending.summary.get("refused", []),
                      notes=read_notes.get("notes", {}))
    # Only the rows the person was shown as accepted: a row refused then stays refused, even if it would pass now.
    now = plan(pending.partnership, reading, only=before)
    newly = [r for r in now.refused if r["row"] in before]
    if newly:
        reasons = "; ".join(f"row {r['row']}: {r['reason']}" for r in newly[:3])
        raise ValidationError(f"Since the file was checked, {len(newly)} of its rows can no longer be imported "
                              f"({reasons}). Nothing was imported: upload the file again to check it.")
    if not now.accepted:
        raise ValidationError("No row of this file can be imported: correct the file and upload it again.")
    written = _write(pending.partnership, by, now)
    summary = _summary(now, file_name=pending.file_name, dry_run=False, imported=True, written=written)
    summary["import_id"] = pending.pk
    finish(pending, summary)
    return summary


@service
@transaction.atomic
def discard_dataset_import(dataset_import: DatasetImport, *, by) -> DatasetImport:
    """Import nothing from a file checked on the web."""
    return discard(dataset_import)

