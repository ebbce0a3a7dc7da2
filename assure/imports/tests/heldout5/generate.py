"""Regenerate held-out set 5: docs/, sources/ (plain text as rendered) and gold/ (hand labels).

Run from the repository root:  .venv/bin/python assure/imports/tests/heldout5/generate.py
Output is byte-identical on re-run (pinned docx zip timestamps and core properties, reportlab invariant=1).
The gold labels are written by hand in each document's module, next to the text they label.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import doc_a  # noqa: E402
import doc_b  # noqa: E402
import doc_c  # noqa: E402
import doc_d  # noqa: E402

DOCS, SOURCES, GOLD = HERE / "docs", HERE / "sources", HERE / "gold"

BUILDERS = [
    ("m01_elmsworth_exec_action_table_per_item", "docx", doc_a.m01),
    ("m02_harrowgate_lyne_sab_pad_longtable", "pdf", doc_a.m02),
    ("m03_tarnside_spg_ticks_bold_actions", "docx", doc_a.m03),
    ("m04_wyverne_sar_email_notes", "txt", doc_b.m04),
    ("m05_dunmere_sab_committee_resolved", "html", doc_b.m05),
    ("m06_thornleigh_exec_tracker_first", "pdf", doc_b.m06),
    ("m07_kingsford_ld_actions_bullets", "docx", doc_c.m07),
    ("m08_ravensholme_crg_multi_action_cells", "pdf", doc_c.m08),
    ("m09_merrow_vale_sab_website_ticks", "html", doc_c.m09),
    ("m10_southbrook_cem_fixed_width_log", "txt", doc_d.m10),
    ("m11_lowmoor_sab_parts_inline_actions", "docx", doc_d.m11),
    ("m12_eddington_education_action_by", "pdf", doc_d.m12),
]


def write_gold(name, gold):
    order = ["body", "date", "start_time", "location", "next_meeting_date", "people", "items", "actions",
             "action_updates", "decisions", "forward_plan", "notes"]
    gold = {k: gold[k] for k in order}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(only=None):
    for d in (DOCS, SOURCES, GOLD):
        d.mkdir(exist_ok=True)
    for name, ext, build in BUILDERS:
        if only and not name.startswith(only):
            continue
        gold = build(DOCS / f"{name}.{ext}", SOURCES / f"{name}.txt")
        write_gold(name, gold)


if __name__ == "__main__":
    main()
