"""`assure search reindex [--partnership SLUG]`: rebuilds the index and says how many entries; an unknown
partnership is a message and exit code 2."""
import json

from assure.cli import main
from assure.search.models import SearchEntry


def test_reindex_one_partnership(elmsworth, capsys):
    partnership, _ = elmsworth
    SearchEntry.objects.all().delete()
    assert main(["search", "reindex", "--partnership", partnership.slug]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["indexed"][partnership.slug] == SearchEntry.objects.filter(partnership=partnership).count() > 40


def test_reindex_an_unknown_partnership(db, capsys):
    assert main(["search", "reindex", "--partnership", "nowhere"]) == 2
    assert "There is no partnership 'nowhere'." in capsys.readouterr().err
