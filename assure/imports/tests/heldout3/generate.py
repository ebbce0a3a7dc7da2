"""Regenerate held-out set 3: docs/, sources/ (plain text as rendered) and gold/ (hand labels).

Run from the repository root:  .venv/bin/python assure/imports/tests/heldout3/generate.py
Output is byte-identical on re-run (pinned docx zip timestamps and core properties, reportlab invariant=1).
The gold labels are written by hand in each document's module, next to the text they label.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import doc_html  # noqa: E402
import doc_longtable  # noqa: E402
import doc_more  # noqa: E402
import doc_more2  # noqa: E402
import doc_more3  # noqa: E402
import doc_more4  # noqa: E402
import doc_more5  # noqa: E402

DOCS, SOURCES, GOLD = HERE / "docs", HERE / "sources", HERE / "gold"


def write_gold(name, gold):
    order = ["body", "date", "start_time", "location", "next_meeting_date", "people", "items", "actions",
             "action_updates", "decisions", "forward_plan", "notes"]
    gold = {k: gold[k] for k in order}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main():
    for d in (DOCS, SOURCES, GOLD):
        d.mkdir(exist_ok=True)
    html, text, gold = doc_html.h01()
    name = "h01_greyhaven_scp_moderngov"
    (DOCS / f"{name}.html").write_text(html, encoding="utf-8")
    (SOURCES / f"{name}.txt").write_text(text, encoding="utf-8")
    write_gold(name, gold)

    name = "h02_ashwell_dunmore_sab_longtable"
    lines, gold = doc_longtable.h02(DOCS / f"{name}.pdf")
    (SOURCES / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_gold(name, gold)

    builders = doc_more.BUILDERS + [
        ("h04_corran_valley_sab_numbered", "pdf", doc_more2.h04),
        ("h05_fellside_cspr_email", "txt", doc_more2.h05),
        ("h06_harlow_vale_exec_duedates", "docx", doc_more3.h06),
        ("h07_kingsmere_sab_pq_ticks", "docx", doc_more3.h07),
        ("h08_bramley_vale_cspr_twocolumn", "pdf", doc_more4.h08),
        ("h09_oakenfield_sar_layout", "txt", doc_more4.h09),
        ("h10_ferncastle_qa_wordhtml", "html", doc_more5.h10),
        ("h11_stourton_education_lettered", "docx", doc_more5.h11),
        ("h12_thistlebrook_rapid_review", "pdf", doc_more5.h12),
    ]
    for name, ext, build in builders:
        gold = build(DOCS / f"{name}.{ext}", SOURCES / f"{name}.txt")
        write_gold(name, gold)


if __name__ == "__main__":
    main()
