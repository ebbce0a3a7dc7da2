"""`assure report ...`: the reports' commands (yearly_command.py: `assure report yearly`)."""
import importlib

COMMAND_MODULES = ["assure.reports.yearly_command"]


def register(subparsers) -> None:
    report = subparsers.add_parser("report", help="the partnership's reports: draft the yearly report")
    commands = report.add_subparsers(dest="report_command", metavar="COMMAND")
    report.set_defaults(handler=lambda args: report.print_help() or 2)
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(commands)
