"""`assure import` on small generated text minutes."""
import pytest

from assure.actions.models import Action
from assure.cli import main
from assure.imports.models import ImportedDocument
from assure.meetings.models import Meeting
from assure.partnerships.models import Person

TEMPLATE = """Fenbridge Safeguarding Partnership Executive Board
Minutes of the meeting held on {date}

Present:
Jackie Channell (JC) – Chair, Fenbridge Council
{second} – Fenshire Police

Apologies:
Owen Hart (OH) – Fenshire Police

1. Welcome and apologies
The chair welcomed everyone.

2. {topic}
The board discussed the {topic_lower}.
ACTION: JC to circulate the {topic_lower} to all members by 28 February 2026.

Date of next meeting: {next}
"""


def minutes(tmp_path, name, date, next_date, topic, second="Tom Price (TP)"):
    path = tmp_path / name
    path.write_text(TEMPLATE.format(date=date, next=next_date, topic=topic, topic_lower=topic.lower(), second=second))
    return path


@pytest.fixture
def files(tmp_path):
    # The second meeting is before the tests' today (9 March 2026): attendance of a meeting not yet held is refused.
    return [minutes(tmp_path, "2026-01.txt", "15 January 2026", "5 March 2026", "Neglect strategy"),
            minutes(tmp_path, "2026-03.txt", "5 March 2026", "21 May 2026", "Exploitation plan", second="Sam Holt (SH)")]


@pytest.fixture(autouse=True)
def importer(business_user):
    """The business team account every run names with --by, unless the test names another."""
    return business_user


def run(*argv):
    argv = [str(arg) for arg in argv]
    return main(["import", *argv, *([] if "--by" in argv else ["--by", "bea"])])


def test_imports_files_and_skips_them_the_second_time(partnership, executive_board, files, capsys):
    assert run(*files, "--partnership", "fenbridge") == 0
    out = capsys.readouterr().out
    assert "2 imported, 0 skipped as already imported, 0 failed." in out

    january, march = Meeting.objects.filter(body=executive_board, status="held").order_by("date")
    assert str(january.date) == "2026-01-15" and str(march.date) == "2026-03-05"   # March filled the diary entry
    assert Person.objects.filter(partnership=partnership, full_name="Jackie Channell").count() == 1  # matched, not duplicated
    assert Action.objects.filter(meeting=january).exists()
    counts = (Meeting.objects.count(), Person.objects.count(), Action.objects.count())

    assert run(*files, "--partnership", "fenbridge") == 0
    out = capsys.readouterr().out
    assert "0 imported, 2 skipped as already imported, 0 failed." in out and "Already imported" in out
    assert counts == (Meeting.objects.count(), Person.objects.count(), Action.objects.count())


def test_a_failing_file_leaves_nothing_and_sets_the_exit_code(partnership, executive_board, files, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    not_minutes = tmp_path / "list.txt"
    not_minutes.write_text("eggs\nmilk\n")
    assert run(files[0], empty, not_minutes, tmp_path / "missing.txt", "--partnership", "fenbridge") == 1
    out = capsys.readouterr().out
    assert "1 imported, 0 skipped as already imported, 3 failed." in out
    assert "The file is empty." in out and "does not look like minutes" in out
    assert Meeting.objects.filter(status="held").count() == 1


def test_a_file_whose_save_fails_leaves_no_meeting_people_or_actions(partnership, executive_board, files, capsys):
    Meeting.objects.create(partnership=partnership, body=executive_board, date="2026-03-05", status="held")
    people = Person.objects.count()
    assert run(files[1], "--partnership", "fenbridge") == 1
    out = capsys.readouterr().out
    assert "already recorded" in out
    assert Person.objects.count() == people and not Person.objects.filter(full_name="Sam Holt").exists()
    assert not Action.objects.exists()
    refused = ImportedDocument.objects.get()
    assert refused.status == ImportedDocument.Status.FAILED and refused.record == {} and refused.source_text == ""


def test_minutes_naming_only_the_partnership_need_body(partnership, executive_board, tmp_path, capsys):
    path = tmp_path / "x.txt"
    path.write_text(TEMPLATE.format(date="15 January 2026", next="19 March 2026", topic="Audit", topic_lower="audit",
                                    second="Tom Price (TP)").replace(" Executive Board\n", "\n", 1))
    assert run(path, "--partnership", "fenbridge") == 1
    assert "give --body NAME" in capsys.readouterr().out
    assert run(path, "--partnership", "fenbridge", "--body", "Executive Board") == 0
    assert Meeting.objects.filter(body=executive_board, status="held").count() == 1


def test_minutes_read_only_in_part_are_imported_with_what_was_not_found_to_check(partnership, executive_board, tmp_path,
                                                                                  capsys):
    path = tmp_path / "notes.txt"
    path.write_text("Fenbridge Safeguarding Partnership Executive Board\nNotes of the meeting, 15 January 2026\n\n"
                    "We went through the neglect audit and the board agreed to repeat it in the summer.\n")
    assert run(path, "--partnership", "fenbridge") == 0
    out = capsys.readouterr().out
    assert "1 imported" in out and "notes.txt: No attendance list was read" in out
    assert Meeting.objects.filter(body=executive_board, status="held").count() == 1


def test_body_and_partnership_must_exist(partnership, executive_board, files, capsys):
    assert run(files[0], "--partnership", "nowhere") == 2
    assert "No partnership with the short name 'nowhere'" in capsys.readouterr().err
    assert run(files[0], "--partnership", "fenbridge", "--body", "Exploitation Subgroup") == 1
    assert "no board or group called 'Exploitation Subgroup'" in capsys.readouterr().out
    assert not Meeting.objects.exists()


def test_every_record_written_names_the_importer_in_its_history(partnership, executive_board, files, importer):
    from assure.actions.models import Action as ActionModel
    from assure.imports.models import ImportedDocument as Document

    models = (Meeting, Person, ActionModel, Document)
    before = {model: model.history.count() for model in models}   # the fixtures' own people
    assert run(*files, "--partnership", "fenbridge") == 0
    for model in models:
        written = model.history.order_by("history_id")[before[model]:]
        assert written and {row.history_user_id for row in written} == {importer.pk}, model


@pytest.mark.parametrize(("username", "reason"), [
    ("nobody", "No user called 'nobody'"),
    ("rita", "'rita' is read-only in Fenbridge Safeguarding Partnership; only its business team"),
    ("mo", "'mo' is member in Fenbridge Safeguarding Partnership; only its business team"),
    ("otto", "'otto' has no role in Fenbridge Safeguarding Partnership"),
])
def test_by_must_name_a_business_team_account_of_the_partnership(partnership, executive_board, files, readonly_user,
                                                                 member_user, outsider_user, username, reason,
                                                                 capsys):
    assert run(*files, "--partnership", "fenbridge", "--by", username) == 2
    err = capsys.readouterr().err
    assert reason in " ".join(err.split()) and "Traceback" not in err
    assert not Meeting.objects.exists() and not ImportedDocument.objects.exists()


def test_by_is_required(partnership, files, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["import", str(files[0]), "--partnership", "fenbridge"])
    assert exited.value.code == 2
    assert "--by" in capsys.readouterr().err
