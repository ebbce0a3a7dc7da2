"""The six-monthly report to the Executive Board on review action plans, as an editable Word file.

Pure Python (python-docx): no Django, no database. The reviews app builds a plain dict from its
models and returns the bytes as a download (content type ``DOCX_CONTENT_TYPE``).

Public API
----------
``six_monthly_report_docx(report: dict) -> bytes``
    A landscape A4 .docx: the title, partnership, period; a summary (counts of actions by RAG
    status, and one row per review); then per review a heading, and per recommendation its
    text, scope and lead organisation followed by a table of its actions (one row per action;
    the header row repeats at the top of every page and rows do not split across pages).
    Raises ``ValueError`` naming the offending key (e.g. ``reviews[0].recommendations[1].scope``)
    when a required key is missing or a value is not one the report knows.

``DOCX_CONTENT_TYPE`` the MIME type to serve it with.

The ``report`` dict (plain data; "optional" keys may be left out)::

    {
        "partnership": "Fenbridge Safeguarding Partnership",   # str, required
        "period_start": date(2025, 9, 1),                      # date, required
        "period_end": date(2026, 2, 28),                       # date, required
        "title": "...",                                        # str, optional (DEFAULT_TITLE)
        "prepared_on": date(2026, 3, 9),                       # date, optional
        "reviews": [                                           # list, required (may be empty)
            {
                "title": "Child K",                            # str, required: pseudonym / title
                "kind": "Local child safeguarding practice review",   # str, optional
                "stage": "Action plan monitoring",             # str, optional
                "recommendations": [                           # list, required (may be empty)
                    {
                        "number": "1",                         # str or int, optional (position)
                        "text": "...",                         # str, required
                        "scope": "multi_agency",               # "multi_agency" | "single_agency"
                        "lead_organisation": "Fenbridge Council",  # str, optional
                        "actions": [                           # list, required (may be empty)
                            {
                                "text": "...",                 # str, required
                                "owner_people": "...",         # str, optional: the person or people chosen
                                "owner_organisation": "...",   # str, optional
                                "due": date(2026, 6, 30),      # date, str or None, optional
                                "rag": "amber",                # "red" | "amber" | "green" | "" (not rated)
                                "status": "In progress",       # str, optional, shown under the RAG
                                "latest_progress": "...",      # str, optional
                                "progress_on": date(2026, 2, 1),   # date, optional: when reported
                                "evidence_of_impact": "...",   # str, optional
                            },
                        ],
                    },
                ],
            },
        ],
        "not_accepted": [                                      # list, optional: decisions not to implement
            {"review": "Child K", "number": 2, "text": "...",  # review title, recommendation number and text
             "reason": "...", "decided_on": date(2026, 2, 10)},  # str, date
        ],
    }

Text may contain anything a person typed: XML-special characters are escaped by python-docx,
characters XML cannot hold (NUL, other control characters) are dropped, line breaks are kept.
"""
from __future__ import annotations

import io
from datetime import date, datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm

from assure.documents.word import DOCX_CONTENT_TYPE, RAG_SHADING  # noqa: F401 (views serve the report with it)
from assure.documents.word import row as _row
from assure.documents.word import table as _table
from assure.documents.word import text as _text

DEFAULT_TITLE = "Safeguarding review action plans: six-monthly report to the Executive Board"

RAG_LABELS = {"red": "Red", "amber": "Amber", "green": "Green", "": "Not rated"}
SCOPE_LABELS = {"multi_agency": "Multi-agency", "single_agency": "Single-agency"}
ACTION_COLUMNS = [("Action", 6.0), ("Owner", 3.6), ("Due", 2.6), ("RAG", 2.2),
                  ("Latest progress", 6.3), ("Evidence of impact", 6.0)]


def six_monthly_report_docx(report: dict) -> bytes:
    """The report as .docx bytes (see the module docstring for the shape of ``report``)."""
    reviews = [_review(r, f"reviews[{i}]") for i, r in enumerate(_required(report, "reviews", "", list))]
    not_accepted = [_declined(d, f"not_accepted[{i}]") for i, d in enumerate(report.get("not_accepted") or [])]
    partnership = _text(_required(report, "partnership", "", str))
    start = _required(report, "period_start", "", date)
    end = _required(report, "period_end", "", date)
    title = _text(report.get("title") or DEFAULT_TITLE)

    document = Document()
    _landscape(document)
    properties = document.core_properties
    properties.title, properties.author, properties.comments = title, partnership, ""
    properties.subject = f"{_date_text(start)} to {_date_text(end)}"

    document.add_heading(title, level=0)
    document.add_paragraph(partnership).runs[0].bold = True
    document.add_paragraph(f"Reporting period: {_date_text(start)} to {_date_text(end)}")
    if report.get("prepared_on"):
        document.add_paragraph(f"Prepared on {_date_text(report['prepared_on'])}")
    _summary(document, reviews)
    for review in reviews:
        _review_section(document, review)
    _not_accepted_section(document, not_accepted)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- checking the input ------------------------------------------------------------------------
def _required(data: dict, key: str, where: str, kind: type):
    path = f"{where}.{key}" if where else key
    if not isinstance(data, dict) or key not in data or data[key] is None:
        raise ValueError(f"{path} is missing")
    value = data[key]
    if kind is date and isinstance(value, datetime) or not isinstance(value, kind):
        raise ValueError(f"{path} should be a {kind.__name__}, not {type(value).__name__}")
    return value


def _review(data: dict, where: str) -> dict:
    recommendations = _required(data, "recommendations", where, list)
    return {
        "title": _required(data, "title", where, str),
        "kind": data.get("kind") or "",
        "stage": data.get("stage") or "",
        "recommendations": [_recommendation(r, i, f"{where}.recommendations[{i}]")
                             for i, r in enumerate(recommendations)],
    }


def _recommendation(data: dict, index: int, where: str) -> dict:
    scope = data.get("scope") if isinstance(data, dict) else None
    if scope not in SCOPE_LABELS:
        raise ValueError(f"{where}.scope should be one of {', '.join(SCOPE_LABELS)}, not {scope!r}")
    actions = _required(data, "actions", where, list)
    number = data.get("number")
    return {
        "number": str(number if number not in (None, "") else index + 1),
        "text": _required(data, "text", where, str),
        "scope": scope,
        "lead_organisation": data.get("lead_organisation") or "",
        "actions": [_action(a, f"{where}.actions[{i}]") for i, a in enumerate(actions)],
    }


def _action(data: dict, where: str) -> dict:
    text = _required(data, "text", where, str)
    rag = data.get("rag") or ""
    if rag not in RAG_LABELS:
        raise ValueError(f"{where}.rag should be red, amber, green or blank, not {rag!r}")
    due = data.get("due")
    if due is not None and not isinstance(due, (date, str)):
        raise ValueError(f"{where}.due should be a date, not {type(due).__name__}")
    return {"text": text, "rag": rag, "due": due,
            **{key: data.get(key) or "" for key in
               ("owner_people", "owner_organisation", "status", "latest_progress", "progress_on", "evidence_of_impact")}}


def _declined(data: dict, where: str) -> dict:
    decided_on = data.get("decided_on") if isinstance(data, dict) else None
    if decided_on is not None and not isinstance(decided_on, date):
        raise ValueError(f"{where}.decided_on should be a date, not {type(decided_on).__name__}")
    return {"review": _required(data, "review", where, str), "number": str(data.get("number") or ""),
            "text": _required(data, "text", where, str), "reason": data.get("reason") or "", "decided_on": decided_on}


# --- writing -----------------------------------------------------------------------------------


def _date_text(value) -> str:
    if isinstance(value, date):
        return f"{value.day} {value:%B %Y}"
    return _text(value) if value else "Not set"


def _landscape(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))


def _summary(document, reviews: list[dict]) -> None:
    actions = [a for r in reviews for rec in r["recommendations"] for a in rec["actions"]]
    recommendations = sum(len(r["recommendations"]) for r in reviews)
    document.add_heading("Summary", level=1)
    document.add_paragraph(f"{_count(len(reviews), 'review')}, {_count(recommendations, 'recommendation')}, "
                           f"{_count(len(actions), 'action')}.")

    document.add_heading("Actions by RAG status", level=2)
    table = _table(document, [("RAG status", 5.0), ("Actions", 3.0)])
    for rag, label in RAG_LABELS.items():
        _row(table, [label, str(sum(1 for a in actions if a["rag"] == rag))], rag_column=0 if rag else None,
             rag=rag)
    _row(table, ["Total", str(len(actions))])

    if reviews:
        document.add_heading("Actions by review", level=2)
        columns = [("Review", 8.0), ("Recommendations", 3.5)] + [(label, 2.6) for label in RAG_LABELS.values()]
        table = _table(document, columns)
        for review in reviews:
            own = [a for rec in review["recommendations"] for a in rec["actions"]]
            _row(table, [review["title"], str(len(review["recommendations"]))]
                 + [str(sum(1 for a in own if a["rag"] == rag)) for rag in RAG_LABELS])


def _review_section(document, review: dict) -> None:
    document.add_heading(_text(review["title"]), level=1)
    about = " · ".join(_text(v) for v in (review["kind"], review["stage"]) if v)
    if about:
        document.add_paragraph(about)
    if not review["recommendations"]:
        document.add_paragraph("No recommendations recorded.")
    for recommendation in review["recommendations"]:
        document.add_heading(f"Recommendation {_text(recommendation['number'])}", level=2)
        document.add_paragraph(_text(recommendation["text"]))
        scope = f"{SCOPE_LABELS[recommendation['scope']]} recommendation"
        lead = recommendation["lead_organisation"]
        document.add_paragraph(f"{scope}. Lead organisation: {_text(lead) if lead else 'not set'}.")
        if not recommendation["actions"]:
            document.add_paragraph("No actions recorded yet.")
            continue
        table = _table(document, ACTION_COLUMNS)
        for action in recommendation["actions"]:
            progress = _text(action["latest_progress"])
            if progress and action["progress_on"]:
                progress = f"{_date_text(action['progress_on'])}: {progress}"
            rag_text = RAG_LABELS[action["rag"]] + (f"\n{_text(action['status'])}" if action["status"] else "")
            _row(table, [action["text"], ", ".join(filter(None, [action["owner_people"],
                                                                 action["owner_organisation"]])) or "Not set", _date_text(action["due"]),
                         rag_text, progress, action["evidence_of_impact"]], rag_column=3, rag=action["rag"])


def _not_accepted_section(document, not_accepted: list[dict]) -> None:
    document.add_heading("Decisions not to implement a recommendation", level=1)
    if not not_accepted:
        document.add_paragraph("The partnership decided to implement every recommendation it decided on in the period.")
    for item in not_accepted:
        document.add_heading(f"{_text(item['review'])}: recommendation {_text(item['number'])} (not accepted)",
                             level=2)
        document.add_paragraph(_text(item["text"]))
        decided = f"Decided {_date_text(item['decided_on'])}. " if item["decided_on"] else ""
        document.add_paragraph(f"{decided}Reason: {_text(item['reason']) or 'none recorded'}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"







