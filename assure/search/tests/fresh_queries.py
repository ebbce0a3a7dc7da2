"""A held-out set of search queries for the Elmsworth fixture in `testset.build()`.

Written on 2026-12-01 by a helper session (not the author of the ranking), reading only `build()` to learn which
records exist. It was written without seeing the ranking code (query.py, engine.py, queries.py) or the first set
(`testset.QUERIES`), all at once, before any measurement. It is measured once, as written.

Do NOT tune ranking against it and do not edit a query or its expected answers after seeing results: once it has
been used to tune, it stops being a held-out measure. Write a new set instead.

FRESH_QUERIES: (what is typed, keys of the records that answer it: any counts), the same shape as QUERIES.
The wording is meant to be how a business manager or board member types: paraphrases, surnames, words remembered
from a paper's body, loose phrasing, lower case.
"""

FRESH_QUERIES = [
    ("natarajan", {"person_priya"}),
    ("okafor", {"person_hannah"}),
    ("what did we decide about the neglect strategy", {"decision_neglect", "item_neglect"}),
    ("letter to GPs about sharing info with conferences", {"action_gp"}),
    ("thresholds doc", {"action_threshold"}),
    ("when are we publishing child r", {"decision_publish", "review_r", "pub_llb"}),
    ("safe sleeping", {"rec_safer_sleep", "review_r", "pub_llb"}),
    ("hoarding", {"review_d"}),
    ("drug dealing in rented flats", {"paper_county"}),
    ("county lines", {"paper_county", "meeting_exploit"}),
    ("risk of funding shortfall", {"risk_budget"}),
    ("partner contributions next year", {"item_budget", "risk_budget"}),
    ("health visitor challenge step down to early help", {"escalation_hv"}),
    ("family complaint review panel didn't speak to them", {"complaint"}),
    ("dbs checks for volunteers", {"audit_s11"}),
    ("schools 175 return", {"audit_s175"}),
    ("jtai", {"inspection_jtai"}),
    ("ofsted inspection exploitation", {"inspection_jtai"}),
    ("hsb thematic", {"audit_hsb"}),
    ("front door audit", {"audit_mash"}),
    ("marac domestic abuse", {"item_marac"}),
    ("missing children interviewed on return", {"ind_rhi"}),
    ("children on cp plans over two years", {"ind_cp2"}),
    ("school exclusions", {"ind_exclusions"}),
    ("care leavers transition to adult services", {"item_transitional"}),
    ("professional disagreement policy", {"action_escalation_policy"}),
    ("gcp training", {"action_gcp"}),
    ("retail park pilot", {"item_hotspot"}),
    ("rapid reviews late", {"item_rr_timeliness"}),
    ("january exec board", {"meeting_exec_jan"}),
]
