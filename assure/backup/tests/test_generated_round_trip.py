"""Generated partnerships (`assure generate`: a large one and a small one, a year of meetings, actions, reviews,
assurance, training, budget and dataset figures, each record with its history) backed up and restored into an
emptied database come back with zero differences, and the actions' kept figures (ADR 0152) still agree."""
from django.db import connection

from assure.actions import dues
from assure.actions.models import Action
from assure.backup.services import back_up, restore
from assure.generate.services import generate

from .helpers import differences, snapshot


def test_generated_partnerships_come_back_from_their_backup_with_zero_differences(db, tmp_path):
    summary = generate(partnerships=2, years=1, seed=5)
    before = snapshot()
    made = back_up(tmp_path / "generated.tar")

    done = restore(tmp_path / "generated.tar", replace=True)

    assert differences(before, snapshot()) == []
    assert done["rows"] == made["rows"] >= sum(summary["counts"].values())
    assert dues.refresh_all() == 0


def test_the_planner_knows_the_tables_sizes_after_a_restore(db, tmp_path):
    """A restore is a bulk load: PostgreSQL's planner would take the restored tables for empty (reltuples -1, as a
    table never analysed has it) until autovacuum came round, so the restore ANALYZEs. SQLite is left as it is."""
    generate(partnerships=2, years=1, seed=5)
    back_up(tmp_path / "generated.tar")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("UPDATE pg_class SET reltuples = -1 WHERE relname = 'actions_action'")

    restore(tmp_path / "generated.tar", replace=True)

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'actions_action'")
            assert cursor.fetchone()[0] >= Action.objects.count() * 0.5 > 0
        else:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            assert cursor.fetchone()[0] == 0
