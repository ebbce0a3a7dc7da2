"""`assure extract FILE... --format json [--out DIR]`: minutes files -> meeting records, no database.

One JSON record per file, printed (one a line) or written to DIR/NAME.json (NAME = source stem), in the
shape of ../shared/MINUTES_SCHEMA.md: items with their discussion, start_time, location, and actions with
due (ISO or null) and due_text (the phrase as written).
Every file goes through the web upload's checks (readers.read_document, then "does this look like
minutes"); a file refused gets the same one-line reason on stderr, the others are still processed,
and the exit code is 1 at the end. --max-bytes N overrides the size limit (IMPORT_MAX_BYTES).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("extract", help="extract meeting records from minutes files (no database)")
    parser.add_argument("files", nargs="+", metavar="FILE", help=".docx, .pdf, .txt or .html minutes")
    parser.add_argument("--format", choices=["json"], default="json", help="output format (json)")
    parser.add_argument("--out", metavar="DIR", help="write NAME.json files into DIR instead of printing")
    parser.add_argument("--max-bytes", type=int, metavar="N",
                        help="refuse files larger than N bytes (default: IMPORT_MAX_BYTES, as for web uploads)")
    parser.set_defaults(handler=extract_command)

    from assure.imports import import_command  # `assure import`: the database side, Django loaded only when run

    import_command.register(subparsers)


def default_max_bytes() -> int:
    from assure.documents.intake import default_max_bytes

    return default_max_bytes()


def read(path: Path, *, max_bytes: int | None = None):
    """The file's Document, through the same checks as a web upload (read_document: empty, size, real
    type against the extension, encrypted or zip-bomb Word, then the sandboxed reader).
    Raises ValueError with the one-line reason a web upload would show."""
    from assure.documents.intake import UnreadableDocument, read_document

    try:
        return read_document(path, max_bytes=default_max_bytes() if max_bytes is None else max_bytes)
    except UnreadableDocument as exc:
        raise ValueError(str(exc)) from None


def extract(path: Path, *, max_bytes: int | None = None) -> dict:
    """read, extract_record, and the upload's last check: a readable file that is not minutes is refused."""
    from assure.documents.checks import UnreadableDocument
    from assure.imports.extract import extract_record
    from assure.imports.extract.minutes import looks_like_minutes

    document = read(path, max_bytes=max_bytes)
    try:
        record = extract_record(document)
    except UnreadableDocument as exc:  # e.g. more actions than any minutes hold
        raise ValueError(str(exc)) from None
    reason = looks_like_minutes(record, document)
    if reason:
        raise ValueError(reason)
    return record


def extract_command(args) -> int:
    out_dir = Path(args.out) if args.out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name in args.files:
        path = Path(name)
        try:
            if not path.is_file():
                raise ValueError("no such file")
            record = extract(path, max_bytes=args.max_bytes)
        except (ValueError, OSError) as exc:
            failed += 1
            print(f"{name}: {' '.join(str(exc).split()) or type(exc).__name__}", file=sys.stderr)
            continue
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop a bulk run
            failed += 1
            print(f"{name}: could not extract a record ({type(exc).__name__})", file=sys.stderr)
            continue
        record["source"] = path.name
        if out_dir:
            (out_dir / f"{path.stem}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")
        else:
            print(json.dumps(record, ensure_ascii=False))
    return 1 if failed else 0
