"""The long tables' rows written in Python (rows.py): links, dates and escaping as the templates had them."""
import datetime

from django.urls import reverse

from assure.actions.models import Action

from .. import rows
from ..attendance_report import MeetingFlag, MeetingRow

D = datetime.date


def test_flagged_rows_escape_names_and_link_each_meeting():
    flags = [MeetingFlag(MeetingRow(5, D(2026, 3, 2), "<b>Board</b> & co"), ["Police", "A & B <NHS>"]),
             MeetingFlag(MeetingRow(6, D(2026, 3, 9), "<b>Board</b> & co"), ["Police"])]
    html = rows.flagged_rows(flags, "lscp")
    assert html.count("&lt;b&gt;Board&lt;/b&gt; &amp; co, ") == 2 and "<b>" not in html
    assert "Police; A &amp; B &lt;NHS&gt;</td>" in html
    assert f'href="{reverse("meetings:detail", args=["lscp", 6])}">&lt;b&gt;Board&lt;/b&gt; &amp; co, 9 Mar 2026</a>' in html


def test_matters_arising_rows_escape_the_update_and_show_missing_parts():
    arising = [{"pk": 3, "text": "Plain <script>x</script> text", "status": Action.Status.OPEN, "due_date": None,
                "due_at_next_meeting": True, "meeting_id": 4, "meeting_date": D(2026, 1, 5), "item_number": None,
                "owners": [], "update": "<i>done</i>"}]
    html = rows.matters_arising_rows(arising, "lscp", 9, editable=False)
    assert "<script>" not in html and "&lt;i&gt;done&lt;/i&gt;" in html
    assert "5 Jan 2026</a>. No owner\n; due Next meeting\n" in html and "Record update" not in html
    html = rows.matters_arising_rows(arising, "lscp", 9, editable=True)
    assert reverse("meetings:matters-arising-update", args=["lscp", 9, 3]) in html
