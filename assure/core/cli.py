"""core's commands: `assure serve`, the production web server."""
from . import serve


def register(subparsers) -> None:
    serve.register(subparsers)
