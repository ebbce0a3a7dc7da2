"""The demo's search index: rebuilt once the demo partnership is built, so its papers' and publications' text
is searchable at once (the signals index each record as it is written; files are read here)."""
from assure.search.services import rebuild


def index(partnership) -> int:
    return rebuild(partnership)
