"""`assure report yearly --partnership SLUG --from YYYY-MM-DD --to YYYY-MM-DD [--kind children|adults|joint]
--out DIR`: write yearly-report.docx, .pdf and .html into DIR and print a JSON summary (issue 12).

The saved report for that period and kind is used when there is one (its texts, or its frozen version once signed
off); otherwise the report is drafted from live data and nothing is saved. Bad arguments: a message on stderr and
exit code 2, never a traceback."""
import argparse
import datetime
import json
import sys
import time
from pathlib import Path

KINDS = ("children", "adults", "joint")
FORMATS = ("docx", "pdf", "html")


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it as YYYY-MM-DD, for example 2026-03-31") from None


def register(commands) -> None:
    parser = commands.add_parser("yearly", help="write the yearly report (Word, PDF, HTML) and print a summary")
    parser.add_argument("--partnership", required=True, metavar="SLUG", help="the partnership's short name")
    parser.add_argument("--from", dest="starts_on", required=True, type=_date, metavar="YYYY-MM-DD",
                        help="the first day of the period")
    parser.add_argument("--to", dest="ends_on", required=True, type=_date, metavar="YYYY-MM-DD",
                        help="the last day of the period")
    parser.add_argument("--kind", choices=KINDS, help="children, adults or joint (default: what the partnership "
                                                      "covers)")
    parser.add_argument("--out", required=True, metavar="DIR", help="the folder to write the three files into")
    parser.set_defaults(handler=yearly_command)


def _refuse(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def default_kind(partnership) -> str:
    if partnership.covers_children and partnership.covers_adults:
        return "joint"
    return "adults" if partnership.covers_adults and not partnership.covers_children else "children"


def yearly_command(args) -> int:
    started = time.perf_counter()
    from assure.core.commands import setup_django

    setup_django()
    from django.core.exceptions import ValidationError

    from assure.partnerships.models import Partnership

    from . import services

    partnership = Partnership.objects.filter(slug=args.partnership).first()
    if partnership is None:
        return _refuse(f"No partnership with the short name '{args.partnership}'.")
    kind = args.kind or default_kind(partnership)
    try:
        services.check_period(partnership, kind=kind, starts_on=args.starts_on, ends_on=args.ends_on)
    except ValidationError as exc:
        option = {"kind": "--kind", "starts_on": "--from", "ends_on": "--to"}
        return _refuse("\n".join(f"{option.get(field, field)}: {message}"
                                 for field, messages in exc.message_dict.items() for message in messages))
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return _refuse(f"--out: {out} is a file, not a folder.")
    summary, files = yearly_summary(partnership, kind, args.starts_on, args.ends_on)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for file_format, content in files.items():
        path = out / f"yearly-report.{file_format}"
        path.write_bytes(content)
        written.append(str(path))
    summary["files"] = written
    summary["seconds"] = round(time.perf_counter() - started, 2)
    print(json.dumps(summary, indent=2, default=str))
    return 0


def yearly_summary(partnership, kind, starts_on, ends_on) -> tuple[dict, dict[str, bytes]]:
    """The JSON summary (without files and seconds) and the three files' bytes, for a saved report of that period
    and kind when there is one, else for a draft from live data that is not saved."""
    from assure.documents import compose, render

    from . import services
    from .models import YearlyReport
    from .yearly import assemble, sections

    report = YearlyReport.objects.filter(partnership=partnership, kind=kind, starts_on=starts_on,
                                         ends_on=ends_on).first()
    if report is not None and report.frozen:
        frozen = report.frozen
        composition = compose.from_data(frozen["composition"])
        figures = frozen["figures"]
        section_rows = [{"title": row["title"], "filled": row["filled"]} for row in frozen["sections"]]
        checklist_rows = [{"requirement": row["text"], "met": row["met"]} for row in frozen["checklist"]]
        files = {kept.file_format: bytes(kept.content) for kept in report.files.all()}
        files = {f: files.get(f) or render.render(composition, f) for f in FORMATS}
    else:
        if report is None:
            report = YearlyReport(partnership=partnership, kind=kind, starts_on=starts_on, ends_on=ends_on,
                                  title=services.default_title(kind, starts_on, ends_on))
            drafted = assemble.draft(report, texts={}, reasons={})
        else:
            drafted = assemble.draft(report)
        composition, figures = drafted.composition, drafted.figures
        section_rows = [{"title": spec.title, "filled": spec.key in drafted.filled}
                        for spec in sections.sections_for(kind)]
        checklist_rows = [{"requirement": line.requirement.text, "met": line.met} for line in drafted.checklist]
        files = {f: render.render(composition, f) for f in FORMATS}
    summary = {"period": {"from": starts_on.isoformat(), "to": ends_on.isoformat(), "kind": kind},
               "sections": section_rows, "checklist": checklist_rows, "figures": figures}
    return summary, files
