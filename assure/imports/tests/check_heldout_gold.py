"""Well-formedness check of a held-out set's gold/ against MINUTES_SCHEMA keys (no extractor, no scorer).

    .venv/bin/python assure/imports/tests/check_heldout_gold.py assure/imports/tests/heldout4
"""
from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

KEYS = ["body", "date", "start_time", "location", "next_meeting_date", "people", "items", "actions",
        "action_updates", "decisions", "forward_plan", "notes"]
PERSON = {"name", "initials", "role", "organisation", "deputising_for"}


def main(folder: Path):
    totals = dict(documents=0, items=0, actions=0, dated_actions=0, updates=0, decisions=0, forward_plan=0, people=0)
    for f in sorted((folder / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        assert list(g) == KEYS, f
        assert g["body"] and g["notes"]
        datetime.date.fromisoformat(g["date"])
        if g["next_meeting_date"]:
            datetime.date.fromisoformat(g["next_meeting_date"])
        assert g["start_time"] is None or re.fullmatch(r"\d\d:\d\d", g["start_time"])
        nums = [i["number"] for i in g["items"]]
        assert len(nums) == len(set(nums)), f
        assert all(set(i) == {"number", "title", "discussion"} and i["title"] and i["discussion"] for i in g["items"]), f
        people = [p for cat in ("present", "in_attendance", "apologies") for p in g["people"][cat]]
        assert all(set(p) == PERSON and p["name"] for p in people), f
        for a in g["actions"]:
            assert set(a) == {"item", "text", "owner_text", "owners", "due", "due_text"} and a["item"] in nums and a["owners"], (f, a)
            if a["due"]:
                datetime.date.fromisoformat(a["due"])
                assert a["due_text"], (f, a)
        assert all(u["status"] in ("open", "carried_forward", "closed") and u["item"] in nums for u in g["action_updates"]), f
        assert all(d["item"] in nums and d["text"] for d in g["decisions"]), f
        assert all(x["item"] is None or x["item"] in nums for x in g["forward_plan"]), f
        assert (folder / "sources" / f"{f.stem}.txt").exists() and list((folder / "docs").glob(f"{f.stem}.*")), f
        totals["documents"] += 1
        totals["items"] += len(nums)
        totals["actions"] += len(g["actions"])
        totals["dated_actions"] += sum(1 for a in g["actions"] if a["due"])
        totals["updates"] += len(g["action_updates"])
        totals["decisions"] += len(g["decisions"])
        totals["forward_plan"] += len(g["forward_plan"])
        totals["people"] += len(people)
    print(totals)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
