"""The two commands print a JSON summary; a refusal or a bad argument is a message on stderr and exit code 2."""
import json

import pytest

from assure.actions.models import Action
from assure.cli import main
from assure.partnerships.models import Partnership

from .helpers import differences, snapshot


@pytest.fixture
def data(partnership, business_user, executive_board):
    return partnership


def test_backup_then_restore_print_their_summaries(data, tmp_path, capsys, settings):
    before = snapshot()
    assert main(["backup", str(tmp_path / "b.tar")]) == 0
    made = json.loads(capsys.readouterr().out)
    Partnership.objects.create(name="Ashdown Safeguarding Board", slug="ashdown")

    assert main(["restore", "--replace", str(tmp_path / "b.tar")]) == 0
    done = json.loads(capsys.readouterr().out)

    assert made["rows"] == done["rows"] == sum(len(rows) for rows in before.values())
    assert set(made) >= {"rows", "documents", "seconds"} and set(done) >= {"rows", "documents", "seconds"}
    assert differences(before, snapshot()) == []


def test_restore_into_a_database_with_data_is_refused_with_exit_code_2(data, tmp_path, capsys):
    main(["backup", str(tmp_path / "b.tar")])
    Action.objects.all().delete()
    capsys.readouterr()
    assert main(["restore", str(tmp_path / "b.tar")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "already holds data" in err and "--replace" in err


@pytest.mark.parametrize("argv, message", [
    (["restore", "nowhere.tar"], "There is no backup file nowhere.tar"),
    (["backup", "backup.json"], "with .tar or .tar.gz"),
])
def test_bad_files_are_refused_with_exit_code_2(db, argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["backup"], ["restore"], ["restore", "a.tar", "--everything"]])
def test_bad_arguments_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit:
        main(argv)
    assert exit.value.code == 2
    assert "usage: assure" in capsys.readouterr().err


def test_a_restore_that_fails_says_it_was_undone_with_exit_code_1(data, tmp_path, capsys, monkeypatch):
    from assure.backup import services

    main(["backup", str(tmp_path / "b.tar")])
    before = snapshot()
    monkeypatch.setattr(services, "_check_references", lambda: (_ for _ in ()).throw(
        services.RestoreFailed("a review's case is missing")))
    capsys.readouterr()
    assert main(["restore", "--replace", str(tmp_path / "b.tar")]) == 1
    assert "failed and was undone" in capsys.readouterr().err
    assert differences(before, snapshot()) == []


def test_a_backup_that_cannot_be_written_says_so_with_exit_code_1(data, tmp_path, capsys, monkeypatch):
    from assure.backup import archive

    def full_disk(out, manifest, members):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(archive, "write", full_disk)
    assert main(["backup", str(tmp_path / "b.tar")]) == 1
    err = capsys.readouterr().err
    assert "could not be written" in err and "No space left" in err
    assert list(tmp_path.iterdir()) == []   # neither a backup nor the staging folder is left
