"""`assure extract FILE... --format json [--out DIR]`: minutes files -> meeting records, no database.

One JSON record per file, printed (one a line) or written to DIR/NAME.json (NAME = source stem).
A file that cannot be read gets a one-line reason on stderr; the others are still processed and
the exit code is 1 at the end.
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
    parser.set_defaults(handler=extract_command)

    from assure.imports import import_command  # `assure import`: the database side, Django loaded only when run

    import_command.register(subparsers)


def read(path: Path):
    """The file's Document, by real file type; raises ValueError with a one-line reason."""
    try:
        from assure.imports.readers import UnreadableDocument, read_document
    except ImportError:  # the checked, sandboxed dispatcher is not installed: text and HTML only
        if path.suffix.lower() not in (".txt", ".html", ".htm"):
            raise ValueError(f"no reader for {path.suffix or 'files without an extension'}") from None
        from assure.imports.readers.text import read_text

        return read_text(path)
    try:
        return read_document(path)
    except UnreadableDocument as exc:
        raise ValueError(str(exc)) from None


def extract_command(args) -> int:
    from assure.imports.extract import extract_record

    out_dir = Path(args.out) if args.out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name in args.files:
        path = Path(name)
        try:
            if not path.is_file():
                raise ValueError("no such file")
            record = extract_record(read(path))
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
