"""`assure dataset pack --partnership SLUG --period 2026-Q2 --out DIR`: write the quarter's board pack as Word and
PDF into DIR and print their paths as JSON. Exit 1, saying why, when the partnership or quarter is unknown or a red
indicator has no commentary (exception reporting); writes nothing then."""
import json
import sys
from pathlib import Path


def register(commands) -> None:
    parser = commands.add_parser("pack", help="write a quarter's board pack (Word and PDF)")
    parser.add_argument("--partnership", required=True, metavar="SLUG", help="the partnership's short name")
    parser.add_argument("--period", required=True, metavar="QUARTER", help="the quarter, for example 2026-Q2")
    parser.add_argument("--out", required=True, metavar="DIR", help="the folder to write the two files into")
    parser.set_defaults(handler=pack_command)


def _refuse(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def pack_command(args) -> int:
    from assure.core.commands import setup_django

    setup_django()
    from assure.partnerships.models import Partnership

    from . import periods
    from .pack import data, pdf, word

    partnership = Partnership.objects.filter(slug=args.partnership).first()
    if partnership is None:
        return _refuse(f"No partnership with the short name '{args.partnership}'.")
    try:
        quarter = periods.parse_period(args.period)
    except periods.PeriodError as exc:
        return _refuse(f"--period: {exc}")
    if quarter.kind != periods.QUARTER:
        return _refuse(f"--period: give a quarter, for example 2026-Q2, not {quarter.label}.")
    pack = data.assemble(partnership, quarter)
    refusal = data.refusal(pack)
    if refusal:
        return _refuse(refusal)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return _refuse(f"--out: {out} is a file, not a folder.")
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for kind, build in (("docx", word.pack_docx), ("pdf", pdf.pack_pdf)):
        path = out / data.file_name(pack, kind)
        path.write_bytes(build(pack))
        written[kind] = str(path)
    print(json.dumps({"partnership": partnership.slug, "quarter": quarter.code, "draft": pack.is_draft,
                      "indicators": len(pack.entries), "red": sum(e.is_red for e in pack.entries), **written},
                     indent=2))
    return 0
