"""Regenerate held-out set 4: docs/, sources/ (plain text as rendered) and gold/ (hand labels).

Run from the repository root:  .venv/bin/python assure/imports/tests/heldout4/generate.py
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

DOCS, SOURCES, GOLD = HERE / "docs", HERE / "sources", HERE / "gold"

BUILDERS = [
    ("k01_glenmorrow_sab_landscape_parts", "docx", doc_a.k01),
    ("k02_hartsfell_exec_decisions_log", "pdf", doc_a.k02),
    ("k03_larkfield_qp_summary_decision_action", "docx", doc_a.k03),
    ("k04_pennock_vale_meetings_app", "txt", doc_b.k04),
    ("k05_westbury_downs_intranet_dl", "html", doc_b.k05),
    ("k06_rothwick_neglect_agencies", "txt", doc_b.k06),
    ("k07_cwm_tawel_bilingual", "docx", doc_b.k07),
    ("k08_ashby_moor_register_by_lead", "pdf", doc_c.k08),
    ("k09_kestrel_cross_wiki_tasks", "html", doc_c.k09),
    ("k10_brackenvale_roman_rag", "pdf", doc_c.k10),
]


def write_gold(name, gold):
    order = ["body", "date", "start_time", "location", "next_meeting_date", "people", "items", "actions",
             "action_updates", "decisions", "forward_plan", "notes"]
    gold = {k: gold[k] for k in order}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main():
    for d in (DOCS, SOURCES, GOLD):
        d.mkdir(exist_ok=True)
    for name, ext, build in BUILDERS:
        gold = build(DOCS / f"{name}.{ext}", SOURCES / f"{name}.txt")
        write_gold(name, gold)


if __name__ == "__main__":
    main()
