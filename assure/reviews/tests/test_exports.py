"""The six-monthly report to the Executive Board: opened again with python-docx, read as a reader would."""
import copy
import io
import re
import zipfile
from datetime import date, datetime

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assure.reviews.exports import DEFAULT_TITLE, six_monthly_report_docx

ACTION_HEADER = ["Action", "Owner", "Due", "RAG", "Latest progress", "Evidence of impact"]


def action(text, rag, **extra):
    return {"text": text, "owner_organisation": "Fenbridge Council", "due": date(2026, 6, 30), "rag": rag,
            "latest_progress": "", "evidence_of_impact": "", **extra}


REPORT = {
    "partnership": "Fenbridge Safeguarding Partnership",
    "period_start": date(2025, 9, 1),
    "period_end": date(2026, 2, 28),
    "prepared_on": date(2026, 3, 9),
    "reviews": [
        {
            "title": "Child K",
            "kind": "Local child safeguarding practice review",
            "stage": "Action plan monitoring",
            "recommendations": [
                {
                    "number": "1",
                    "text": "Agencies share information about neglect at the point of referral.",
                    "scope": "multi_agency",
                    "lead_organisation": "Fenbridge Council",
                    "actions": [
                        action("Revise the referral form", "green", status="Completed",
                               latest_progress="New form live since January.", progress_on=date(2026, 2, 2),
                               evidence_of_impact="Audit of 30 referrals: 27 included history."),
                        action("Train front-door staff", "amber", owner_organisation="Fenshire Police",
                               latest_progress="Two of four sessions held."),
                        action("Report to the Executive", "red", due=date(2025, 12, 1)),
                    ],
                },
                {
                    "text": "The ICB reviews its GP safeguarding leads' caseloads.",
                    "scope": "single_agency",
                    "lead_organisation": "Fenshire Integrated Care Board",
                    "actions": [action("Caseload review", "", due=None, owner_organisation="")],
                },
            ],
        },
        {
            "title": "Mr J",
            "kind": "Safeguarding adults review",
            "recommendations": [
                {"text": "Hoarding pathway adopted by all agencies.", "scope": "multi_agency", "actions": [
                    action("Publish the hoarding pathway", "green")]},
            ],
        },
    ],
}


def open_docx(data: bytes):
    return Document(io.BytesIO(data))


def rows(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


def body(document):
    """The body in reading order: ("Heading 1", text) for paragraphs, ("table", rows) for tables."""
    out = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            out.append((block.style.name, block.text))
        elif isinstance(block, Table):
            out.append(("table", rows(block)))
    return out


@pytest.fixture
def document():
    return open_docx(six_monthly_report_docx(REPORT))


def test_title_partnership_and_period(document):
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[0] == ("Title", DEFAULT_TITLE)
    texts = [text for _style, text in paragraphs]
    assert "Fenbridge Safeguarding Partnership" in texts
    assert "Reporting period: 1 September 2025 to 28 February 2026" in texts
    assert "Prepared on 9 March 2026" in texts
    assert document.core_properties.title == DEFAULT_TITLE


def test_summary_counts_actions_by_rag(document):
    summary = document.tables[0]
    assert rows(summary) == [["RAG status", "Actions"], ["Red", "1"], ["Amber", "1"], ["Green", "2"],
                             ["Not rated", "1"], ["Total", "5"]]
    assert "2 reviews, 3 recommendations, 5 actions." in [p.text for p in document.paragraphs]


def test_summary_has_a_row_per_review(document):
    assert rows(document.tables[1]) == [
        ["Review", "Recommendations", "Red", "Amber", "Green", "Not rated"],
        ["Child K", "2", "1", "1", "1", "1"],
        ["Mr J", "1", "0", "0", "1", "0"],
    ]


def test_each_review_lists_its_recommendations_then_a_row_per_action(document):
    blocks = body(document)
    start = blocks.index(("Heading 1", "Child K"))
    assert blocks[start + 1] == ("Normal", "Local child safeguarding practice review · Action plan monitoring")
    assert blocks[start + 2] == ("Heading 2", "Recommendation 1")
    assert blocks[start + 3][1] == "Agencies share information about neglect at the point of referral."
    assert blocks[start + 4][1] == "Multi-agency recommendation. Lead organisation: Fenbridge Council."
    kind, table = blocks[start + 5]
    assert kind == "table"
    assert table == [
        ACTION_HEADER,
        ["Revise the referral form", "Fenbridge Council", "30 June 2026", "Green\nCompleted",
         "2 February 2026: New form live since January.", "Audit of 30 referrals: 27 included history."],
        ["Train front-door staff", "Fenshire Police", "30 June 2026", "Amber", "Two of four sessions held.", ""],
        ["Report to the Executive", "Fenbridge Council", "1 December 2025", "Red", "", ""],
    ]
    assert blocks[start + 6] == ("Heading 2", "Recommendation 2")  # numbered by position when not given
    assert blocks[start + 8][1] == "Single-agency recommendation. Lead organisation: Fenshire Integrated Care Board."
    assert blocks[start + 9] == ("table", [ACTION_HEADER,
                                          ["Caseload review", "Not set", "Not set", "Not rated", "", ""]])
    assert ("Heading 1", "Mr J") in blocks[start + 10:]


def test_action_tables_repeat_their_header_row_and_rows_do_not_split(document):
    for table in document.tables:
        header, *others = table.rows
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in others)
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in others)


def test_rag_cells_are_shaded_as_well_as_written(document):
    action_rows = document.tables[2].rows
    fills = [row.cells[3]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for row in action_rows[1:]]
    assert fills == ["D5EBD9", "FCE8C3", "F6D5D5"]


def test_the_page_is_landscape(document):
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height


def test_no_reviews_gives_a_report_with_zero_counts():
    data = six_monthly_report_docx({**REPORT, "reviews": []})
    document = open_docx(data)
    assert rows(document.tables[0])[-1] == ["Total", "0"]
    assert len(document.tables) == 1


def test_a_recommendation_without_actions_says_so():
    report = copy.deepcopy(REPORT)
    report["reviews"][1]["recommendations"][0]["actions"] = []
    texts = [p.text for p in open_docx(six_monthly_report_docx(report)).paragraphs]
    assert "No actions recorded yet." in texts


NASTY = 'Tom & Jerry <script>alert("x")</script> ]]> &amp; \'quoted\' – “curly” 😀'


def test_xml_special_characters_come_back_exactly():
    report = copy.deepcopy(REPORT)
    report["partnership"] = NASTY
    report["reviews"][0]["title"] = NASTY
    report["reviews"][0]["recommendations"][0]["text"] = NASTY
    report["reviews"][0]["recommendations"][0]["actions"][0]["latest_progress"] = NASTY
    document = open_docx(six_monthly_report_docx(report))
    texts = [p.text for p in document.paragraphs]
    assert NASTY in texts
    assert ("Heading 1", NASTY) in body(document)
    assert rows(document.tables[2])[1][4] == f"2 February 2026: {NASTY}"


def test_control_characters_are_dropped_and_line_breaks_kept():
    report = copy.deepcopy(REPORT)
    report["reviews"][0]["recommendations"][0]["actions"][0]["evidence_of_impact"] = "a\x00b\x07c\x1b\x0bd\r\ne\rf\tg"
    report["reviews"][0]["title"] = "Child\x0c K\ufffe"
    data = six_monthly_report_docx(report)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        xml = archive.read("word/document.xml")
    assert b"\x00" not in xml and b"\x07" not in xml
    document = open_docx(data)
    assert rows(document.tables[2])[1][5] == "abcd\ne\nf\tg"
    assert ("Heading 1", "Child K") in body(document)


@pytest.mark.parametrize("change,message", [
    (lambda r: r.pop("partnership"), "partnership is missing"),
    (lambda r: r.update(period_end="28/02/2026"), "period_end should be a date"),
    (lambda r: r.update(period_start=datetime(2025, 9, 1)), "period_start should be a date"),
    (lambda r: r["reviews"][1].pop("title"), r"reviews\[1\]\.title is missing"),
    (lambda r: r["reviews"][0]["recommendations"][1].update(scope="both"),
     r"reviews\[0\]\.recommendations\[1\]\.scope should be one of multi_agency, single_agency"),
    (lambda r: r["reviews"][0]["recommendations"][0]["actions"][2].update(rag="purple"),
     r"reviews\[0\]\.recommendations\[0\]\.actions\[2\]\.rag should be red, amber, green or blank"),
    (lambda r: r["reviews"][0]["recommendations"][0]["actions"][0].update(due=20260630), r"due should be a date"),
    (lambda r: r["reviews"][0]["recommendations"][0].pop("actions"), r"actions is missing"),
])
def test_a_malformed_report_is_refused_naming_the_key(change, message):
    report = copy.deepcopy(REPORT)
    change(report)
    with pytest.raises(ValueError, match=message):
        six_monthly_report_docx(report)


def test_the_input_is_not_changed():
    report = copy.deepcopy(REPORT)
    six_monthly_report_docx(report)
    assert report == REPORT


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_any_typed_text_gives_a_file_word_can_open(typed):
    report = copy.deepcopy(REPORT)
    report["reviews"][0]["title"] = typed or "Child K"
    report["reviews"][0]["recommendations"][0]["actions"][1]["latest_progress"] = typed
    document = open_docx(six_monthly_report_docx(report))
    expected = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", typed.replace("\r\n", "\n").replace("\r", "\n"))
    assert rows(document.tables[2])[2][4] == expected


def test_decisions_not_to_implement_close_the_report_with_their_reasons():
    report = {**REPORT, "not_accepted": [{"review": "Child K", "number": 2, "text": "Buy a shared case system",
                                          "reason": "Not affordable; records are shared instead",
                                          "decided_on": date(2026, 2, 10)}]}
    tail = body(open_docx(six_monthly_report_docx(report)))[-4:]
    assert tail == [("Heading 1", "Decisions not to implement a recommendation"),
                    ("Heading 2", "Child K: recommendation 2 (not accepted)"),
                    ("Normal", "Buy a shared case system"),
                    ("Normal", "Decided 10 February 2026. Reason: Not affordable; records are shared instead")]


def test_without_decisions_not_to_implement_the_report_says_so(document):
    assert body(document)[-2:] == [
        ("Heading 1", "Decisions not to implement a recommendation"),
        ("Normal", "The partnership decided to implement every recommendation it decided on in the period.")]
