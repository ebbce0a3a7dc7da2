"""`assure backup OUT` and `assure restore IN [--replace]`: the whole installation, database and documents, to one
file and back (ADR 0151). Each prints a JSON summary; a refusal is a message on stderr and exit code 2 (nothing
written), a restore that fails part way exit code 1 (rolled back: the database and documents are as they were)."""
import json
import sys


def register(subparsers) -> None:
    backup = subparsers.add_parser("backup", help="write every record and document to one file, with a manifest")
    backup.add_argument("out", metavar="OUT", help="the new backup file: NAME.tar, or NAME.tar.gz to compress it")
    backup.set_defaults(handler=backup_command)
    restore = subparsers.add_parser("restore", help="load a backup into an empty database (or --replace)")
    restore.add_argument("source", metavar="IN", help="a file written by `assure backup`")
    restore.add_argument("--replace", action="store_true",
                         help="the database holds data: delete all of it and load the backup instead")
    restore.set_defaults(handler=restore_command)


def backup_command(args) -> int:
    from assure.core.commands import setup_django

    setup_django()
    from .services import Refused, back_up

    try:
        summary = back_up(args.out)
    except Refused as refusal:
        print(refusal, file=sys.stderr)
        return 2
    except OSError as error:   # the disk filled up, a document could not be read: no backup file is left behind
        print(f"The backup could not be written, and no backup file was left: {error}", file=sys.stderr)
        return 1
    print(json.dumps(summary))
    return 0


def restore_command(args) -> int:
    from assure.core.commands import setup_django

    setup_django()
    from .services import Refused, restore

    try:
        summary = restore(args.source, replace=args.replace)
    except Refused as refusal:
        print(refusal, file=sys.stderr)
        return 2
    except Exception as error:  # RestoreFailed, or the database refusing a row: rolled back either way
        print(f"The restore failed and was undone: the database and documents are as they were. {error}",
              file=sys.stderr)
        return 1
    print(json.dumps(summary))
    return 0
