"""A backup and its restore give back every row and every document, byte for byte; a restore that cannot be trusted
or does not fit is refused with nothing written; one that fails part way leaves everything as it was."""
import datetime
import json

import pytest
from django.contrib.sessions.models import Session
from django_otp.plugins.otp_static.models import StaticDevice

from assure.actions import services as actions
from assure.actions.models import Action
from assure.backup import services
from assure.backup.archive import Refused
from assure.backup.contents import label
from assure.backup.services import RestoreFailed, back_up, migration_state, restore
from assure.conftest import FIXED_NOW, signed_in_client
from assure.partnerships.models import Partnership, Person
from assure.reviews.models import Review
from assure.reviews.tests import factories
from assure.search.models import SearchEntry

from .helpers import differences, documents, manifest, members, rewrite, snapshot


@pytest.fixture
def world(partnership, business_user, organisations):
    """A partnership with history, a review with an uploaded report, an action, a sign-in device and a session."""
    review = factories.review(partnership, business_user, kind=Review.Kind.SAR, subject="adult")
    factories.publication(review, business_user, text=b"Learning from the review of Adult R.\n")
    factories.publication(review, business_user, text=b"Seven minute briefing.\n", name="7mb.txt", kind="seven_minute_briefing")
    person = Person.objects.get(user=business_user)
    actions.create_action(partnership=partnership, text="Share the briefing with every GP practice",
                          owners=[actions.Owner(person=person)], by=business_user)
    signed_in_client(business_user)
    assert StaticDevice.objects.exists() and Session.objects.exists()
    return partnership


@pytest.mark.parametrize("name", ["whole.tar", "whole.tar.gz"])
def test_a_round_trip_into_an_emptied_database_gives_zero_differences(world, name, tmp_path, settings):
    before, files = snapshot(), documents()
    made = back_up(tmp_path / name)
    # Change things after the backup: the restore must put back exactly what was backed up.
    Action.objects.all().delete()
    Partnership.objects.create(name="Ashdown Safeguarding Board", slug="ashdown")
    settings.MEDIA_ROOT = tmp_path / "emptied"

    done = restore(tmp_path / name, replace=True)

    assert differences(before, snapshot()) == []
    assert documents() == files and len(files) == 2
    assert (done["rows"], done["documents"], done["replaced"]) == (made["rows"], made["documents"], True)
    assert done["rows"] == sum(len(table) for table in before.values())
    assert not Session.objects.exists()   # sign-ins in progress are not part of a backup
    assert SearchEntry.objects.filter(partnership=world, kind="publication").count() == 2   # rebuilt, with the text
    newest = max(table[-1]["pk"] for name, table in before.items() if name == "partnerships.partnership")
    assert Partnership.objects.create(name="Brook Partnership", slug="brook").pk > newest


def test_the_manifest_says_what_the_backup_holds_with_each_files_checksum(world, tmp_path):
    import hashlib

    back_up(tmp_path / "b.tar")
    held, said = members(tmp_path / "b.tar"), manifest(tmp_path / "b.tar")

    assert (said["format"], said["format_version"]) == ("assure-backup", 1)
    assert said["created_at"] == FIXED_NOW.isoformat()
    assert said["migrations"] == migration_state() and said["migrations"]["reviews"].startswith("00")
    assert said["database_vendor"] in {"sqlite", "postgresql"}
    assert set(held) - {"manifest.json"} == set(said["files"])
    for member, facts in said["files"].items():
        assert facts == {"sha256": hashlib.sha256(held[member]).hexdigest(), "bytes": len(held[member])}
    counts = {entry["model"]: entry["rows"] for entry in said["models"]}
    assert counts["reviews.publication"] == 2 and counts["reviews.historicalpublication"] >= 2
    assert counts["otp_static.staticdevice"] == 1 and counts["auth.user"] == 1
    assert "sessions.session" not in counts and "search.searchentry" not in counts
    assert said["document_count"] == 2 and said["rows"] == sum(counts.values())


def test_restoring_into_a_database_that_holds_data_is_refused_without_replace(world, tmp_path):
    back_up(tmp_path / "b.tar")
    Action.objects.all().delete()
    before, files = snapshot(), documents()

    with pytest.raises(Refused, match="already holds data.*--replace"):
        restore(tmp_path / "b.tar")

    assert differences(before, snapshot()) == [] and documents() == files


def test_restoring_into_an_empty_database_needs_no_replace(world, tmp_path, settings):
    before = snapshot()
    back_up(tmp_path / "b.tar")
    services._empty_every_table()   # what a freshly migrated database holds, but its content types and permissions
    settings.MEDIA_ROOT = tmp_path / "new"

    assert restore(tmp_path / "b.tar")["replaced"] is False
    assert differences(before, snapshot()) == []


def tampered_data(name, body):
    return body.replace(b"Share the briefing", b"Shred the briefing") if name == "data/actions.action.jsonl" else body


def tampered_document(name, body):
    return body + b"!" if name.startswith("documents/") else body


def older_migrations(name, body):
    if name != "manifest.json":
        return body
    said = json.loads(body)
    said["migrations"]["reviews"] = "0001_initial"
    return json.dumps(said).encode()


def unlisted_file(name, body):
    return body


@pytest.mark.parametrize("change, message", [
    (tampered_data, "data/actions.action.jsonl does not match the checksum"),
    (tampered_document, "does not match the checksum"),
    (older_migrations, "another migration state.*reviews: the backup has 0001_initial"),
])
def test_a_backup_that_was_changed_or_does_not_fit_is_refused_with_nothing_written(world, change, message,
                                                                                     tmp_path, settings):
    back_up(tmp_path / "b.tar")
    changed = rewrite(tmp_path / "b.tar", tmp_path / "changed.tar", change)
    Action.objects.all().delete()
    before = snapshot()
    settings.MEDIA_ROOT = tmp_path / "new"

    with pytest.raises(Refused, match=message):
        restore(changed, replace=True)

    assert differences(before, snapshot()) == [] and documents() == {}


@pytest.mark.parametrize("content, message", [
    (b"just some text", "not a backup made by `assure backup`: it is not a tar file"),
    (None, "does not begin with manifest.json"),
])
def test_a_file_that_is_not_a_backup_is_refused(world, content, message, tmp_path):
    path = tmp_path / "not-a-backup.tar"
    if content is None:
        import tarfile
        with tarfile.open(path, "w") as tar:
            tar.add(__file__, arcname="notes.txt")
    else:
        path.write_bytes(content)
    with pytest.raises(Refused, match=message):
        restore(path, replace=True)


def test_a_backup_with_a_file_its_manifest_does_not_list_is_refused(world, tmp_path):
    import io
    import tarfile

    back_up(tmp_path / "b.tar")
    with tarfile.open(tmp_path / "b.tar", "a") as tar:
        info = tarfile.TarInfo("../../escape.txt")
        info.size = 3
        tar.addfile(info, io.BytesIO(b"bad"))
    with pytest.raises(Refused, match="'../../escape.txt', which its manifest does not list"):
        restore(tmp_path / "b.tar", replace=True)
    assert not (tmp_path.parent / "escape.txt").exists()


def test_a_restore_failing_halfway_leaves_the_database_as_it_was(world, tmp_path, settings, monkeypatch):
    back_up(tmp_path / "b.tar")
    Action.objects.all().delete()
    before = snapshot()
    calls = []

    def failing_insert(model, batch, fields):
        calls.append(label(model))
        if calls[-1] == "reviews.publication":
            raise RestoreFailed("the disk filled up")
        return real_insert(model, batch, fields)

    real_insert = services._insert
    monkeypatch.setattr(services, "_insert", failing_insert)

    with pytest.raises(RestoreFailed, match="disk filled up"):
        restore(tmp_path / "b.tar", replace=True)

    assert len(calls) > 20 and "partnerships.partnership" in calls   # many tables were loaded before it failed
    assert differences(before, snapshot()) == []


def test_a_restore_failing_after_writing_documents_takes_them_back(world, tmp_path, settings, monkeypatch):
    back_up(tmp_path / "b.tar")
    before = snapshot()
    settings.MEDIA_ROOT = tmp_path / "new"
    (tmp_path / "new").mkdir()

    def failing_rebuild(partnership):
        assert len(documents()) == 2   # the documents were written...
        raise RuntimeError("the search index could not be written")

    monkeypatch.setattr(services, "rebuild", failing_rebuild)
    with pytest.raises(RuntimeError):
        restore(tmp_path / "b.tar", replace=True)

    assert documents() == {}   # ...and taken back
    assert differences(before, snapshot()) == []


@pytest.mark.parametrize("name, message", [
    ("backup.zip", "with .tar or .tar.gz"),
    ("missing-folder/backup.tar", "There is no folder"),
])
def test_a_backup_is_refused_a_file_name_it_cannot_use(db, name, message, tmp_path):
    with pytest.raises(Refused, match=message):
        back_up(tmp_path / name)


def test_a_backup_never_overwrites_a_file(db, tmp_path):
    (tmp_path / "b.tar").write_bytes(b"keep me")
    with pytest.raises(Refused, match="already exists"):
        back_up(tmp_path / "b.tar")
    assert (tmp_path / "b.tar").read_bytes() == b"keep me"
    assert [path.name for path in tmp_path.iterdir()] == ["b.tar"]   # no staging folder or partial file left


def test_a_missing_document_is_named_in_the_manifest_not_a_failure(world, tmp_path, settings):
    briefing = next(path for path in (tmp_path / "media").rglob("*") if path.is_file()
                    and path.read_bytes().startswith(b"Seven minute"))
    briefing.unlink()
    made = back_up(tmp_path / "b.tar")
    said = manifest(tmp_path / "b.tar")
    assert (made["documents"], made["missing_documents"]) == (1, 1)
    assert said["missing_documents"] == [str(briefing.relative_to(tmp_path / "media"))]
    assert datetime.datetime.fromisoformat(said["created_at"]) == FIXED_NOW
