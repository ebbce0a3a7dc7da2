"""The demo partnership (every kind of record, its history and its papers) backed up and restored into an emptied
database comes back with zero differences. Slow: the demo takes a minute or more to build, so this is the one test
that builds it; the other cases use a small partnership (test_services.py)."""
from assure.backup.services import back_up, restore
from assure.demo.services import build_demo
from assure.search.models import SearchEntry

from .helpers import differences, documents, snapshot


def test_the_demo_comes_back_from_its_backup_with_zero_differences(db, tmp_path, settings):
    partnership = build_demo().partnership
    before, files = snapshot(), documents()
    entries = sorted(SearchEntry.objects.values_list("kind", "record_id", "title", "text", "url"))
    made = back_up(tmp_path / "demo.tar.gz")
    settings.MEDIA_ROOT = tmp_path / "emptied"

    done = restore(tmp_path / "demo.tar.gz", replace=True)

    assert differences(before, snapshot()) == []
    assert documents() == files and len(files) == made["documents"] > 0
    assert done["rows"] == made["rows"] > 1000 and done["documents"] == made["documents"]
    # The search index is not in the backup; the restore rebuilds it to what it was.
    assert sorted(SearchEntry.objects.values_list("kind", "record_id", "title", "text", "url")) == entries
    assert done["search_entries"] == len(entries) > 0 and SearchEntry.objects.filter(partnership=partnership).exists()
