"""`assure send-reminders`: the JSON it prints, a dry run writing nothing, a second run sending nothing, and bad
arguments refused in one line (exit 2)."""
import datetime
import json

import pytest

from assure.cli import main
from assure.mail.models import Email

from . import factories

D = datetime.date


@pytest.fixture
def owners(partnership, business_user):
    by = business_user
    ana = factories.person(partnership, by, "Ana Clarke", "ana.clarke@example.org")
    ben = factories.person(partnership, by, "Ben Osei", "ben.osei@example.org")
    cal = factories.person(partnership, by, "Cal Whitby")
    soon = factories.action(partnership, by, [ana, cal], D(2026, 3, 13), text="Share the audit findings")
    late = factories.action(partnership, by, [ben], D(2026, 3, 4), text="Book the conference venue")
    factories.action(partnership, by, [ana], D(2026, 5, 1), text="Draft the annual report")
    return {"ana": ana, "ben": ben, "cal": cal, "soon": soon, "late": late}


def run(capsys, *args):
    code = main(["send-reminders", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_dry_run_prints_what_would_be_sent_and_writes_nothing(capsys, owners, partnership):
    code, out, err = run(capsys, "--partnership", "fenbridge", "--dry-run", "--no-digests")
    assert code == 0
    printed = json.loads(out)
    # Expected from the fixture: a reminder to Ana (Cal has no address), an overdue notice to Ben.
    expected = {(owners["ana"].email, "reminder", owners["soon"].pk), (owners["ben"].email, "overdue", owners["late"].pk)}
    assert {(e["to"], e["kind"], e["actions"][0]["id"]) for e in printed} == expected
    assert all(set(e) == {"to", "subject", "kind", "actions"} for e in printed)
    reminder = next(e for e in printed if e["kind"] == "reminder")
    assert reminder["actions"] == [{"id": owners["soon"].pk, "text": "Share the audit findings", "due": "2026-03-13"}]
    assert not Email.objects.exists()
    assert "Would send 2 emails; 1 person has no email address" in err


def test_the_digests_on_their_day_and_nothing_twice(capsys, owners):
    code, out, _ = run(capsys, "--partnership", "fenbridge")          # Monday 9 March: the digest day
    sent = json.loads(out)
    digests = {e["to"] for e in sent if e["kind"] == "digest"}
    assert digests == {owners["ana"].email, owners["ben"].email}
    assert Email.objects.count() == len(sent) == 4
    code, out, _ = run(capsys, "--partnership", "fenbridge")
    assert (code, json.loads(out), Email.objects.count()) == (0, [], 4)
    code, out, _ = run(capsys, "--dry-run")
    assert json.loads(out) == []


def test_another_day_sends_only_that_day_s_emails(capsys, owners):
    code, out, _ = run(capsys, "--today", "2026-03-10", "--dry-run")
    assert sorted(e["kind"] for e in json.loads(out)) == ["overdue", "reminder"]


@pytest.mark.parametrize("args, message", [
    (["--partnership", "nowhere"], "--partnership: no partnership with the short name 'nowhere'."),
    (["--today", "10/03/2026"], "--today: '10/03/2026' is not a date: write it as YYYY-MM-DD, for example 2026-03-09"),
])
def test_bad_arguments_are_refused_in_one_line(capsys, partnership, args, message):
    code, out, err = run(capsys, *args)
    assert (code, out, err) == (2, "", message + "\n")
