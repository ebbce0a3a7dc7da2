"""`assure dataset ...`: the performance dataset's commands. Each command lives in its own module with
`register(commands)` (import_command.py: `assure dataset import`; pack_command.py: `assure dataset pack`)."""
import importlib

COMMAND_MODULES = ["assure.performance.import_command", "assure.performance.pack_command"]


def register(subparsers) -> None:
    dataset = subparsers.add_parser("dataset", help="the performance dataset: import figures, build the board pack")
    commands = dataset.add_subparsers(dest="dataset_command", metavar="COMMAND")
    dataset.set_defaults(handler=lambda args: dataset.print_help() or 2)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(commands)
