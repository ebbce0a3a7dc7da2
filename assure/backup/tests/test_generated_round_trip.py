"""Generated partnerships (`assure generate`: a large one and a small one, a year of meetings, actions, reviews,
assurance, training, budget and dataset figures, each record with its history) backed up and restored into an
emptied database come back with zero differences, and the actions' kept figures (ADR 0152) still agree."""
from assure.actions import dues
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
