"""The demo's search index: the demo is written with the index's signals suspended and then indexed in one
rebuild, which reads its papers' and publications' text too (instead of each record on commit and a job per file)."""
from assure.search.services import rebuild
from assure.search.signals import suspended

__all__ = ["index", "suspended"]


def index(partnership) -> int:
    return rebuild(partnership)
