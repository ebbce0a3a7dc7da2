"""Dates and due dates as people write them, and when an action is due: pure functions, no database (ADR 0077).

Reading: "Thursday 22 nd September 2022", "21/03/2023" (day first), "21.03.23", "March 21, 2023", ISO;
due phrases "by 4 December 2026", "– deadline 11/12/2026", "by 18/12/26", "end of January", "next meeting",
"2 weeks", "within 10 working days", "by the end of next month", "end of Q3 2026/27", "by half term (12 February
2027)", read against the date of the meeting that set them (MINUTES_SCHEMA: a date only where a reader can fix one;
"Q1 2027", "before Christmas", "ASAP" stay null); forward-plan timings ("April 2023", "each September").
The action log: an action's effective due date, overdue and due soon (actions/queries.py does the same in SQL).
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from assure.core.working_days import add_working_days

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH_RE = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
            r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])")
# The year group takes exactly 4 digits, so "201810.00am" (year glued to the time) still yields 2018.
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})\s*(?:st|nd|rd|th)?\s*(?:of\s+)?" + MONTH_RE + r"\.?,?\s*((?:19|20)\d\d|'?\d\d(?![\d:.]|\s*(?:am|pm|a\.m|p\.m|hrs?)\b))?", re.I)
_MONTH_DAY_YEAR = re.compile(MONTH_RE + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d\d|\d\d)(?!\d)")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")  # "2023-04-05T10:00" too
_MONTH_YEAR = re.compile(r"\b" + MONTH_RE + r"\s+((?:19|20)\d\d)\b", re.I)

# A due phrase ending a sentence: "... by 31/07/2025.", "... before the next meeting", "... deadline: end of May".
DUE_PHRASE = re.compile(
    r"\s*\b(?:by|before|due|deadline:?)\s+(?P<due>(?:the\s+)?(?:next meeting|next board|end of \w+|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+\w+(?:\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december)(?:\s+\d{4})?))\s*\.?$", re.I)
# Words in front of a due date that say nothing about when: "– deadline", "by the end of", "no later than".
_DUE_LEAD = re.compile(r"^[\s\-–—:]*(?:(?:deadline|due(?: date)?|target(?: date)?)\s*[:\-–—]?\s*)?"
                       r"(?:by|before|no later than|on or before)?\s*(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:the\s+)?", re.I)
# "2 weeks", "within 4 weeks", "in a fortnight", "within 10 working days", "in 3 months' time": counted from the
# meeting. "within 4 weeks of decision" counts from something else and is not read.
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20}
_WITHIN = re.compile(r"^(?:(?:within|in|over)\s+(?:the\s+)?(?:next\s+)?)?(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+"
                     r"(working\s+day|business\s+day|day|week|fortnight|month)s?(?:\s*(?:'|’)?\s*time)?"
                     r"(?:\s+(?:of|from|after)\s+(?:the|this|today'?s?)\s+meeting)?$", re.I)
_NEXT_MEETING = re.compile(r"\bnext\b.*\b(meeting|board|exec|executive|sub-?group|group|panel|committee)\b|^(next|nm)$", re.I)
_NO_DUE = {"", "-", "n/a", "tbc", "none"}

# "Due soon" on the action log: due today or within this many days.
DUE_SOON_DAYS = 14


def _month(word: str) -> int:
    return MONTHS[word.lower()[:3]]


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text.strip("'"))
    return year + 2000 if year < 100 else year


def _date(year: int | None, month: int, day: int) -> datetime.date | None:
    if year is None:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, default_year: int | None, after: datetime.date | None) -> int | None:
    """A date written without its year: the first one on or after `after`, else `default_year`."""
    if after:
        for year in (after.year, after.year + 1):
            found = _date(year, month, day)
            if found and found >= after:
                return year
        return None
    return default_year


def find_dates(text: str | None, default_year: int | None = None,
               after: datetime.date | None = None) -> list[datetime.date]:
    """Every whole date in the text, in the order written. Numeric dates are day first (British).

    A date without a year takes `default_year`; with `after` it takes the first year that puts it on or
    after that date (a "next meeting" in January, after a December meeting).
    """
    text = re.sub(r"(\d)\s+(st|nd|rd|th)\b", r"\1\2", text or "")
    found: list[tuple[int, datetime.date]] = []
    taken: list[tuple[int, int]] = []

    def add(match, date):
        if date and not any(s < match.end() and match.start() < e for s, e in taken):
            found.append((match.start(), date))
            taken.append((match.start(), match.end()))

    for m in _ISO.finditer(text):
        add(m, _date(int(m[1]), int(m[2]), int(m[3])))
    for m in _NUMERIC.finditer(text):
        add(m, _date(_year(m[3]), int(m[2]), int(m[1])))
    for m in _DAY_MONTH_YEAR.finditer(text):
        month, day = _month(m[2]), int(m[1])
        year = _year(m[3])
        add(m, _date(year if year is not None else _infer_year(month, day, default_year, after), month, day))
    for m in _MONTH_DAY_YEAR.finditer(text):
        add(m, _date(int(m[3]), _month(m[1]), int(m[2])))
    return [date for _, date in sorted(found, key=lambda pair: pair[0])]


def parse_date(text: str | None, default_year: int | None = None,
               after: datetime.date | None = None) -> datetime.date | None:
    """The first whole date in the text ("5 April 2023", "05/04/23", ISO), or None ("April 2023" is not one)."""
    found = find_dates(text, default_year=default_year, after=after)
    return found[0] if found else None


def month_year_mention(text: str | None) -> str | None:
    """An "April 2023" in the text, as written (a forward-plan timing)."""
    m = _MONTH_YEAR.search(text or "")
    return m.group(0) if m else None


def due_phrase_at_end(text: str) -> re.Match | None:  # kept for callers; find_due reads more forms
    """The due phrase ending an action's sentence ("... by 4 December 2026."); its words are group "due"."""
    return DUE_PHRASE.search(text or "")


def _end_of_month(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Due:
    date: datetime.date | None = None
    next_meeting: bool = False
    understood: bool = True      # False: the words said something that is not a date ("ongoing", "Q3")


# "the May Board", "July Executive", "September meeting": a meeting in that month.
_MEETING_NOUN = r"(?:meeting|board|executive|exec|group|sub-?group|panel|committee|forum|partnership)"
_MONTH_MEETING = re.compile(r"(?:the\s+)?" + MONTH_RE + r"(?:\s+\d{4})?(?:\s+\w+)?\s+(" + _MEETING_NOUN + r")(?:\s+meeting)?", re.I)
_WEEK_OF = re.compile(r"^(?:(?:for\s+)?(?:the\s+)?(?:w/?c|wc|w\.c\.|week\s+(?:commencing|beginning|starting)(?:\s+on)?)\s*"
                      r"(?:the\s+)?)", re.I)
_DAY_MONTH_NUMERIC = re.compile(r"(\d{1,2})\s*[/.]\s*(\d{1,2})")
_NO_DATE_WORDS = re.compile(r"^(?:asap|a\.s\.a\.p\.?|as soon as possible|immediately|urgent(?:ly)?|ongoing|on-going|"
                            r"continuous|as required|as needed|when available|in progress)$", re.I)


def _add_months(day: datetime.date, n: int) -> datetime.date:
    year, month = divmod(day.month - 1 + n, 12)
    return day.replace(year=day.year + year, month=month + 1,
                       day=min(day.day, calendar.monthrange(day.year + year, month + 1)[1]))


def _financial_year_start(text: str) -> int | None:
    """The first calendar year of a financial year written "2026/27", "2026-27", "2026/2027", "FY26/27"."""
    m = re.search(r"\b(?:fy\s*)?((?:20)?\d\d)\s*[/\-–]\s*((?:20)?\d\d)\b", text, re.I)
    if not m:
        return None
    first, second = _year(m[1]), _year(m[2])
    return first if second == first + 1 else None


# "end of Q3 2026/27", "Q4 2026-27", "Q2 of 2026/27", "FY26/27 Q1": a quarter of a named financial year (April to
# March), so its end is fixed. "Q1 2027" or "by Q4" could be a calendar or a financial quarter: not guessed.
_QUARTER = re.compile(r"^(?:(?:the\s+)?(?:end|close)\s+of\s+)?(?:(?:fy\s*)?\S+\s+)?q([1-4])\b(?:\s+(?:of\s+)?(?:the\s+)?(.*))?$", re.I)
_END_OF = re.compile(r"^(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?|)(this|next|current)?\s*"
                     r"(week|month|quarter|year|calendar\s+year|financial\s+year)(?:\s+end)?$", re.I)


def _relative_due(words: str, rest: str, meeting_date: datetime.date | None) -> Due | None:
    """Due phrases counted from the meeting: "within 2 weeks", "in a fortnight", "within 10 working days", "by the
    end of next month", "end of next week" (its Friday), "end of the quarter", "end of the financial year" (31 March),
    "end of Q3 2026/27". None when the words are none of these."""
    if not meeting_date:
        return None
    within = _WITHIN.match(rest)
    if within:
        n, unit = int(_NUMBER_WORDS.get(within[1].lower(), within[1])), within[2].lower().split()[0]
        if unit == "month":
            return Due(date=_add_months(meeting_date, n))
        if unit in ("working", "business"):
            return Due(date=add_working_days(meeting_date, n))
        return Due(date=meeting_date + datetime.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit]))
    lowered = words.lower()
    fy = _financial_year_start(lowered)
    quarter = _QUARTER.match(_DUE_LEAD.sub("", lowered, count=1).replace("financial year", "").strip())
    if quarter:
        if fy is None:
            return Due(understood=False)
        q = int(quarter[1])
        return Due(date=_end_of_month(fy + (q == 4), (3 * q + 3 - 1) % 12 + 1))
    if fy is not None and re.fullmatch(r"(?:(?:the\s+)?(?:end|close)\s+of\s+)?(?:the\s+)?(?:financial\s+year\s+)?"
                                       r"(?:fy\s*)?\S+(?:\s+financial\s+year)?", _DUE_LEAD.sub("", lowered, count=1)) \
            and re.search(r"\b(?:end|close)\s+of\b", lowered):
        return Due(date=datetime.date(fy + 1, 3, 31))   # "by the end of 2026/27"
    end = _END_OF.match(_DUE_LEAD.sub("", lowered, count=1)) if re.search(r"\b(?:end|close)\s+of\b|\bend$", lowered) else None
    if end:
        step = 1 if (end[1] or "").lower() == "next" else 0
        what = " ".join(end[2].lower().split())
        if what == "week":   # the working week: its Friday
            return Due(date=meeting_date + datetime.timedelta(days=4 - meeting_date.weekday() + 7 * step))
        if what == "month":
            month = _add_months(meeting_date.replace(day=1), step)
            return Due(date=_end_of_month(month.year, month.month))
        if what == "quarter":  # calendar and financial quarters end on the same days
            month = _add_months(meeting_date.replace(day=1), 3 * step)
            month = month.replace(month=(month.month - 1) // 3 * 3 + 3)
            return Due(date=_end_of_month(month.year, month.month))
        if what == "financial year":
            return Due(date=datetime.date(meeting_date.year + (meeting_date.month > 3) + step, 3, 31))
        return Due(date=datetime.date(meeting_date.year + step, 12, 31))
    return None


_KINDS = {"exec": "executive", "sub-group": "group", "subgroup": "group", "sub group": "group"}
_BODY_NOUNS = re.compile(r"\b(executive|exec|board|sub-?group|group|panel|committee|forum)\b", re.I)


def _kind(noun: str) -> str:
    noun = noun.lower()
    return _KINDS.get(noun, noun)


def _names_this_body(noun: str, body: str | None) -> bool:
    """Whether "Board" in "the May Board" is the body whose minutes these are. A Board or an Executive (its "Executive
    Group" too) is the partnership's own top meeting: its "May Board" or "May Executive" is itself. A subgroup, panel,
    forum or reference group answers to one: its "May Board" or "May Executive" is that other body's meeting, whose
    date its minutes do not give. "meeting", or a body named without a meeting noun, names no other body."""
    nouns = [_kind(n) for n in _BODY_NOUNS.findall(body or "")]
    if noun.lower() == "meeting" or not nouns:
        return True
    top = nouns[-1] in ("board", "executive") or \
        re.search(r"\b(?:executive|exec)\s+(?:board|group|committee)\W*$", body or "", re.I)
    own = {nouns[-1], *(("board", "executive", "partnership") if top else ())}
    return _kind(noun) in own


def parse_due(text: str | None, meeting_date: datetime.date | None = None,
              next_meeting_date: datetime.date | None = None, body: str | None = None) -> Due:
    """When an action is due, read against the meeting that set it (the one reader of due phrases, ADR 0077):
    a date ("by 18/12/26", "– deadline 11/12/2026", "(31.01.25)", "w/c 13 January": that Monday), a month (due
    by its last day: "end of January" is the first January ending after the meeting), "next meeting" or "the
    May Board" (the next meeting's date when it is known, falls in that month and, given the `body` whose minutes
    these are, names that body: a subgroup's "May Board" is another body's meeting), "within 2 weeks", "by the end
    of next month", "end of Q3 2026/27" (see _relative_due), or nothing ("", "TBC").
    "ASAP", "ongoing" and anything else that is not a date are `understood=False` with no date."""
    words = re.sub(r"\s+", " ", (text or "").strip()).strip("()[] ").rstrip(".").strip()
    if words.lower() in _NO_DUE:
        return Due()
    bracket = re.search(r"\S.*?\(([^()]+)\)", text or "")  # words, then the date in brackets
    dated = parse_date(bracket[1], after=meeting_date) if bracket else None
    if dated:  # "by half term (12 February 2027)", "the next Executive (10.03.27)": the date written
        return Due(date=dated)
    if _NEXT_MEETING.search(words):
        return Due(date=next_meeting_date, next_meeting=True)
    week = _WEEK_OF.match(_DUE_LEAD.sub("", words, count=1))
    if week:
        words = _DUE_LEAD.sub("", words, count=1)[week.end():]
    date = parse_date(words, after=meeting_date)
    if date:
        return Due(date=date)
    rest = _DUE_LEAD.sub("", words, count=1).lower()
    numeric = _DAY_MONTH_NUMERIC.fullmatch(rest)
    if numeric and meeting_date:  # "w/c 13/01": day and month, the first one on or after the meeting
        month, day = int(numeric[2]), int(numeric[1])
        if 1 <= month <= 12:
            date = _date(_infer_year(month, day, None, meeting_date), month, day)
            return Due(date=date) if date else Due(understood=False)
    board = _MONTH_MEETING.fullmatch(rest)
    if board:  # "the May Board": the next meeting when it is in that month
        month = _month(board[1])
        if next_meeting_date and next_meeting_date.month == month and _names_this_body(board[2], body) and \
                (not meeting_date or next_meeting_date >= meeting_date):
            return Due(date=next_meeting_date, next_meeting=True)
        return Due(understood=False)
    relative = _relative_due(words, rest, meeting_date)
    if relative is not None:
        return relative
    m = re.fullmatch(MONTH_RE + r"\.?,?(?:(?:\s+|\s*[-/]\s*)(\d{4}|'?\d{2}))?", rest)
    if m and m[2]:
        return Due(date=_end_of_month(_year(m[2]), _month(m[1])))
    if m and meeting_date:
        month = _month(m[1])
        year = meeting_date.year if _end_of_month(meeting_date.year, month) >= meeting_date else meeting_date.year + 1
        return Due(date=_end_of_month(year, month))
    return Due() if rest in _NO_DUE - {""} else Due(understood=False)


# Where an action's sentence says when it is due. The phrase (group "phrase") is kept as written; "when" is
# what parse_due reads. Alternatives are bounded words and no pattern starts with a repeat of spaces, so a long
# sentence (or a long run of spaces) costs one pass.
# "2 weeks", "within 10 working days", "in a fortnight", "in 3 months' time"
_DURATION = (r"(?:(?:within|in|over)\s+(?:the\s+next\s+)?)?(?:\d{1,2}|a|an|one|two|three|four|five|six|eight|ten|twelve)\s+"
             r"(?:(?:working|business)\s+)?(?:days?|weeks?|fortnights?|months?)(?:\s*['’]?\s*time)?(?!\s*\w)")
# "Q1 2027", "by Q4", "end of Q3 2026/27", "2026/27 Q2" (found; read only with a financial year)
_QUARTER_WORDS = (r"(?:(?:the\s+)?(?:end|close)\s+of\s+)?(?:(?:fy\s*)?\d{2,4}\s*[/\-]\s*\d{2,4}\s+)?q[1-4]"
                  r"(?:\s+(?:of\s+)?(?:fy\s*)?\d{2,4}(?:\s*[/\-]\s*\d{2,4})?)?")
# "before Christmas", "end of term", "by half term (12 February 2027)": a date only when one is given
_OCCASION = (r"(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?(?:(?:autumn|spring|summer)\s+)?"
             r"(?:half[\s-]?term|term|christmas|easter|summer\s+holidays?|school\s+holidays?)")
_WHEN = (r"(?:(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?next\s+(?:[\w&]+\s+){0,2}?(?:meeting|board|executive|sub-?group|group|panel|committee)|"
         r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:(?:this|next|current)\s+)?(?:week|month|quarter|year|calendar\s+year|"
         r"financial\s+year)|" + _DURATION + "|" + _QUARTER_WORDS + "|" + _OCCASION + "|"
         r"(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?" + MONTH_RE + r"\.?(?:\s+\d{4})?(?:\s+\w+)?\s+" + _MEETING_NOUN +
         r"|(?:(?:w/?c|wc|week\s+(?:commencing|beginning))\s+)?(?:(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:r(?:s)?)?|fri)(?:day)?\.?,?\s+)?"
         r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE + r"\.?,?(?:\s+\d{2,4})?"
         r"|(?:(?:w/?c|wc|week\s+(?:commencing|beginning))\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?"
         r"|(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?" + MONTH_RE + r"\.?(?:\s+\d{4})?)")
# Said instead of a date, kept as due_text with no date: "– ASAP", "(ongoing)", "– as required", "– TBC"
_NO_DATE = r"asap|as soon as possible|ongoing|as required|as needed|as and when required|tbc|tba|to be confirmed"
_DATED_OCCASION = re.compile(
    r"(?:(?<=[\s,;])|[-–—]\s*)(?P<phrase>(?:(?:by|before|for|at|to|until|no\s+later\s+than)\s+)?(?P<when>(?:" + _OCCASION +
    r"|(?:the\s+)?(?:next|" + MONTH_RE + r")\s+(?:\w+\s+)?" + _MEETING_NOUN + r")\s*\(\s*(?!by\b|before\b|due\b)[^()]{4,40}\)))\s*\.?$", re.I)
_DUE_AT_END = [
    _DATED_OCCASION,
    # "(31.01.25)", "(by end of March)", "(ASAP)"
    re.compile(r"\(\s*(?P<phrase>(?:(?:by|before|due|deadline:?)\s+)?(?P<when>" + _WHEN + r"|" + _NO_DATE + r"))\s*\)\s*\.?$", re.I),
    # "– deadline 11/12/2026", "deadline: end of May", "due 4 June"
    re.compile(r"(?:(?<=[\s,;])|[-–—]\s*)(?P<phrase>(?:deadline|due(?:\s+date)?|target(?:\s+date)?|timescale)\s*:?\s*"
               r"(?:(?:by|is)\s+)?(?P<when>" + _WHEN + r"|asap|ongoing))\s*\.?$", re.I),
    # "by 4 December 2026", "before the next meeting", "no later than 3/4/25", "for the May Board"
    re.compile(r"(?<=\s)(?P<phrase>(?:by|before|no\s+later\s+than|on\s+or\s+before|until)\s+(?P<when>" + _WHEN + r"))\s*\.?$", re.I),
    re.compile(r"(?<=\s)(?P<phrase>(?:for|to|at)\s+(?P<when>(?:the\s+)?(?:next\s+(?:[\w&]+\s+){0,2}?(?:meeting|board|executive|sub-?group|group|panel|committee)|"
               + MONTH_RE + r"(?:\s+\w+)?\s+" + _MEETING_NOUN + r")))\s*\.?$", re.I),
    # "– ASAP", "– 31/01/2025", ", w/c 13 January"
    re.compile(r"[-–—,]\s*(?P<phrase>(?P<when>" + _WHEN + r"|" + _NO_DATE + r"))\s*\.?$", re.I),
    re.compile(r"(?<=\s)(?P<phrase>(?P<when>(?:w/?c|week\s+commencing)\s+\S.{0,25}?|asap|as soon as possible))\s*\.?$", re.I),
    re.compile(r"(?<=\s)(?P<phrase>(?P<when>(?:within|in)\s+" + _DURATION + r"))\s*\.?$", re.I),
]


_TO_MEETING = 4  # index of "for/to/at the May Board" in _DUE_AT_END


@dataclass(frozen=True)
class DuePhrase:
    start: int      # where the phrase (with its dash or bracket) starts in the action's text
    phrase: str     # as written: "by 4 December 2026", "deadline 11/12/2026", "31.01.25"
    when: str       # the words parse_due reads
    detachable: bool = True  # False for "... to the next meeting": the words are part of what is to be done


def find_due(text: str | None) -> DuePhrase | None:
    """The due phrase ending an action's sentence, as written ("... by 4 December 2026.", "... – deadline
    11/12/2026", "... (31.01.25)", "... w/c 13 January", "... for the May Board", "... – ASAP"), or None."""
    text = (text or "").rstrip()
    offset = max(0, len(text) - 2000)  # a due phrase ends the sentence: the tail is enough, and bounds the work
    text = text[offset:]
    for n, pattern in enumerate(_DUE_AT_END):
        m = pattern.search(text)
        if m and m.start() + offset > 3:
            phrase = m.group("phrase").strip()
            # "to the May Board", "at the next Executive (10 March)": where the work goes, part of what is to be done
            attached = n == _TO_MEETING or (pattern is _DATED_OCCASION and re.match(r"(?:to|at)\s", phrase, re.I))
            return DuePhrase(start=m.start() + offset, phrase=phrase, when=m.group("when").strip(),
                             detachable=not attached)
    return None


_TIME = re.compile(r"(?<![\d/.:])(?:(?P<h>[01]?\d|2[0-3])\s*[:.]\s*(?P<m>[0-5]\d)|(?P<h2>[01]?\d|2[0-3]))(?:\s*hrs)?"
                   r"\s*(?P<ampm>[ap]\.?\s?m\b\.?)?(?![\d/]|\.\d)", re.I)
_NOON = re.compile(r"\b(noon|midday)\b", re.I)
_HRS = re.compile(r"(?<![\d/.:])([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h)\b", re.I)
_TIME_FIRST = re.compile(r"\d\s*[:.]\s*\d\d\b|\d\s*[ap]\.?m\b", re.I)
_TIME_RANGE = re.compile(r"(?<![\d/.:])\d{1,2}(?:\s*[:.]\s*\d\d)?\s*(?:[ap]\.?\s?m\b\.?|hrs)?"
                         r"(?:\s*(?:[-–—]|to|until)\s*\d{1,2}(?:\s*[:.]\s*\d\d)?\s*(?:[ap]\.?\s?m\b\.?|hrs)?)?(?![\d/])", re.I)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?", re.I)


def date_and_time_spans(text: str | None) -> list[tuple[int, int]]:
    """Where the text names a date, a weekday or a time of day (with its range), as (start, end) spans in
    order: a heading line's place is what follows them ("..., 10:00 – 12:00, Room 4, County Hall")."""
    text = text or ""
    spans = [m.span() for pattern in (_ISO, _NUMERIC, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _WEEKDAY) for m in pattern.finditer(text)]
    for m in _TIME_RANGE.finditer(text):
        if parse_time(m.group(0)) and not any(s <= m.start() < e for s, e in spans):
            spans.append(m.span())
    return sorted(spans)


_NOON_ALONE = {"noon", "midday", "12noon", "12midday"}
_ALONE_12_HOUR = re.compile(r"(\d{1,2})(?:[:.h]?(\d{2}))?([ap])\.?m?\.?")
_ALONE_24_HOUR = re.compile(r"(\d{1,2})[:.h](\d{2})(?:hrs?|hours)?|(\d{2})(\d{2})(?:hrs?|hours)?")


def _time_alone(text: str) -> datetime.time | None:
    """A text that is only a time, as people type it in a field ("2pm", "2.30 p.m.", "14.15", "1400hrs", "noon")."""
    words = "".join(text.lower().split())
    if words in _NOON_ALONE:
        return datetime.time(12, 0)
    if found := _ALONE_12_HOUR.fullmatch(words):
        hour, minute = int(found[1]), int(found[2] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if found[3] == "p" else 0)
    elif found := _ALONE_24_HOUR.fullmatch(words):
        hour, minute = int(found[1] or found[3]), int(found[2] or found[4])
    else:
        return None
    return datetime.time(hour, minute) if hour <= 23 and minute <= 59 else None


def parse_time(text: str | None) -> datetime.time | None:
    """The time of day a text gives, or None. A text that is only a time is read as typed ("2pm", "2.30 p.m.",
    "14:00", "14.15", "1400hrs", "0930", "noon"); otherwise the first time of day in it ("2.00pm – 4.00pm" -> 14:00,
    "10am", "14:00-16:00", "Time: 1.30 pm", "2 – 4pm" -> 14:00). A bare hour ("2", "14": morning or afternoon?),
    a number in a line ("Room 1400", "Item 10.30") or a date ("11.03.25") is not a time."""
    text = text or ""
    if alone := _time_alone(text):
        return alone
    text = re.sub(r"((?:19|20)\d\d)(?=\d{1,2}[:.]\d\d\s*[ap]\.?m)", r"\1 ", text)  # "201810.00am"
    hrs = _HRS.search(text)  # "1400hrs", "0930 hours"
    if hrs and not _TIME_FIRST.search(text[:hrs.start()]):
        return datetime.time(int(hrs.group(1)), int(hrs.group(2)))
    for m in _TIME.finditer(text):
        ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
        hour, minute = int(m.group("h") or m.group("h2")), int(m.group("m") or 0)
        if not ampm:
            if m.group("h2"):  # "2 – 4pm": a bare hour is a time only as the start of a range ending am/pm
                after = re.match(r"\s*(?:[-–—]|to)\s*(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?\s?m\b", text[m.end():], re.I)
                if not after or hour > 12:
                    continue
                ampm = after.group(3).lower() + "m"
                if ampm == "pm" and hour < 12 and hour <= int(after.group(1)) % 12 + 12:
                    hour = hour if hour == 12 else hour + 12
                return datetime.time(hour, minute)
            if ":" not in m.group(0) and not re.match(r"\s*(?:[-–—]|to|hrs)", text[m.end():]):
                continue  # "Item 10.30" could be a section number; "10.30 –" or "10:30" is a time
            return datetime.time(hour, minute)
        if hour > 12 or hour == 0:
            continue
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        return datetime.time(hour, minute)
    if _NOON.search(text):
        return datetime.time(12, 0)
    return None


@dataclass(frozen=True)
class When:
    month: datetime.date | None = None     # first day of the month booked
    every_year_in: int | None = None       # month number, for an item that comes every year


def parse_when(text: str | None, meeting_date: datetime.date | None = None,
               next_meeting_date: datetime.date | None = None) -> When:
    """Forward-plan timing: 'April 2023', 'each September', 'September' (the next one), 'next meeting'."""
    text = re.sub(r"\s+", " ", (text or "").strip().lower()).rstrip(".")
    if not text:
        return When()
    if re.search(r"\bnext\b.*\bmeeting\b", text):   # "next meeting", "the next WSEB meeting"
        return When(month=next_meeting_date.replace(day=1)) if next_meeting_date else When()
    m = re.search(rf"\b(?:each|every|annually in|annual(?:ly)?,?|yearly in)\s+{MONTH_RE}", text) or \
        re.search(rf"\b{MONTH_RE}\s+(?:each year|every year|annually|yearly)\b", text)
    if m:
        return When(every_year_in=_month(m[1]))
    date = parse_date(text)
    if date:
        return When(month=date.replace(day=1))
    m = re.fullmatch(rf"(?:end of |by |by end of |by the end of )?{MONTH_RE}\.?,?\s+(\d{{4}}|\d{{2}})", text)
    if m:
        return When(month=datetime.date(_year(m[2]), _month(m[1]), 1))
    m = re.fullmatch(MONTH_RE, text)
    if m and meeting_date:
        month = _month(m[1])
        return When(month=datetime.date(meeting_date.year + (1 if month <= meeting_date.month else 0), month, 1))
    return When()


# --- When an action is due, and whether it is late -------------------------------------------------

def effective_due_date(due_date: datetime.date | None, due_at_next_meeting: bool,
                       next_meeting_date: datetime.date | None) -> datetime.date | None:
    """The date an action must be done by: its own date, or the body's next meeting after the one
    where it was agreed. None when it has neither (or that next meeting is not yet scheduled)."""
    if due_date is not None:
        return due_date
    if due_at_next_meeting:
        return next_meeting_date
    return None


def due_soon_window(today: datetime.date, days: int = DUE_SOON_DAYS) -> tuple[datetime.date, datetime.date]:
    """First and last day (both included) of the 'due soon' window."""
    return today, today + datetime.timedelta(days=days)


def is_overdue(due: datetime.date | None, live: bool, today: datetime.date) -> bool:
    """Late: still live and its due date has passed. Due today is not yet overdue."""
    return live and due is not None and due < today


def is_due_soon(due: datetime.date | None, live: bool, today: datetime.date, days: int = DUE_SOON_DAYS) -> bool:
    """Still live and due between today and `days` days from now, inclusive."""
    if not live or due is None:
        return False
    first, last = due_soon_window(today, days)
    return first <= due <= last


def due_label(due: datetime.date | None, due_at_next_meeting: bool) -> str:
    """How the log shows the due column."""
    if due is not None:
        label = f"{due:%-d %B %Y}"
        return f"{label} (next meeting)" if due_at_next_meeting else label
    if due_at_next_meeting:
        return "Next meeting (not yet scheduled)"
    return "No due date"


def due_before_meeting_problem(due_date: datetime.date | None, meeting_date: datetime.date | None) -> str:
    """An action cannot fall due before the meeting that agreed it: a reason, or "" if the date is fine (ADR 0095)."""
    if due_date is None or meeting_date is None or due_date >= meeting_date:
        return ""
    return (f"The due date {due_date:%-d %B %Y} is before the meeting that agreed the action "
            f"({meeting_date:%-d %B %Y}). Enter a date on or after the meeting.")


OVERDUE_GROUP, DUE_SOON_GROUP, LATER_GROUP = "overdue", "due soon", "later"


def due_group(due: datetime.date | None, live: bool, today: datetime.date) -> str:
    """Which heading an action sits under on My actions: overdue, due soon, or later (undated included)."""
    if is_overdue(due, live, today):
        return OVERDUE_GROUP
    if is_due_soon(due, live, today):
        return DUE_SOON_GROUP
    return LATER_GROUP


def financial_year_of(day: datetime.date) -> int:
    """The financial year a day falls in, named by its first year: 1 April 2026 to 31 March 2027 is 2026 (2026/27)."""
    return day.year if day.month >= 4 else day.year - 1


def financial_year_label(year: int) -> str:
    """2026 -> "2026/27"."""
    return f"{year}/{(year + 1) % 100:02d}"
