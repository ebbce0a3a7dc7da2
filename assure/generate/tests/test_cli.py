"""`assure generate`: a JSON summary on success; a message and exit code 2 for arguments it cannot act on."""
import json

import pytest

from assure.cli import main
from assure.partnerships.models import Partnership

pytestmark = pytest.mark.django_db


def test_it_prints_a_json_summary(capsys):
    assert main(["generate", "--partnerships", "1", "--years", "1", "--seed", "2", "--no-index"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["partnerships"] == 1 and summary["search_entries"] is None
    assert summary["counts"]["meetings.Meeting"] == Partnership.objects.get(slug="gen-001").meetings.count()


@pytest.mark.parametrize("argv, message", [
    (["--partnerships", "0", "--years", "1"], "--partnerships must be between 1 and 999"),
    (["--partnerships", "2", "--years", "31"], "--years must be between 1 and 30"),
])
def test_bad_arguments_exit_2_with_a_message(capsys, argv, message):
    assert main(["generate", *argv]) == 2
    assert message in capsys.readouterr().err
    assert not Partnership.objects.exists()


def test_a_word_for_a_number_exits_2():
    with pytest.raises(SystemExit) as exit_:
        main(["generate", "--partnerships", "many", "--years", "1"])
    assert exit_.value.code == 2


def test_it_refuses_a_database_that_has_generated_partnerships(capsys):
    Partnership.objects.create(name="Already here", slug="gen-001")
    assert main(["generate", "--partnerships", "1", "--years", "1"]) == 2
    assert "fresh database" in capsys.readouterr().err
