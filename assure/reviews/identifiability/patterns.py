"""Pattern detectors: dates of birth, ages next to dates, addresses, postcodes, schools and
settings, NHS numbers, phone numbers and email addresses. Each returns (start, end) spans."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

Span = tuple[int, int]

# --- dates ---------------------------------------------------------------------------------
_MONTH_NAMES = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH = rf"(?:{_MONTH_NAMES})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_NUMERIC_DATE = r"(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
_DATE = (rf"(?:{_NUMERIC_DATE}|\d{{4}}-\d{{2}}-\d{{2}}"
         rf"|\d{{1,2}}{_ORDINAL}(?:\s+of)?\s+{_MONTH},?\s+\d{{4}}"
         rf"|{_MONTH}\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}})")
_MONTH_YEAR = rf"{_MONTH},?\s+\d{{4}}"
_BOUND_L, _BOUND_R = r"(?<![\w/.\-])", r"(?![\w/]|[.\-]\d)"

DATE_RE = re.compile(rf"{_BOUND_L}(?:{_DATE}|{_MONTH_YEAR}|(?:in|during)\s+(?:19|20)\d\d){_BOUND_R}", re.I)

DOB_RE = re.compile(
    rf"(?<!\w)(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s*date|born(?=\s))\s*(?:[:\-–]|\bwas\b|\bis\b)?\s*"
    rf"(?:(?:on|in)\s+)?(?:{_DATE}|{_MONTH_YEAR}|(?<=in )(?:19|20)\d\d){_BOUND_R}", re.I)

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                 "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty")
_N = rf"(?:\d{{1,3}}|{_NUMBER_WORDS})"
_UNIT = r"(?:years?|yrs?|months?|mths?|weeks?|days?)"
AGE_RE = re.compile(
    rf"(?<!\w)(?:aged\s+{_N}(?:\s+and\s+a\s+half)?(?:\s*{_UNIT})?(?:\s+old)?"
    rf"|{_N}[\s-]*{_UNIT}[\s-]*old|age\s*[:\s]\s*\d{{1,3}}|age\s+of\s+{_N}|\d{{1,3}}\s?(?:yo|y/o|y\.o\.))(?!\w)",
    re.I)
AGE_DATE_GAP = 60
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _valid_numeric(match: re.Match, today: date) -> bool:
    """A d/m/y date must exist; two-digit years after today's are last century."""
    if not match.group("d"):
        return True
    year = int(match.group("y"))
    if year < 100:
        year += 2000 if 2000 + year <= today.year else 1900
    try:
        date(year, int(match.group("m")), int(match.group("d")))
    except ValueError:
        return False
    return True


def find_dates_of_birth(text: str, today: date) -> list[Span]:
    return [m.span() for m in DOB_RE.finditer(text) if _valid_numeric(m, today)]


def _dates(text: str, today: date) -> list[Span]:
    spans = []
    for match in DATE_RE.finditer(text):
        numeric = re.fullmatch(_NUMERIC_DATE, match.group(0))
        if numeric is None or _valid_numeric(numeric, today):
            spans.append(match.span())
    return spans


def find_ages_with_dates(text: str, today: date) -> list[Span]:
    """An age and a date in the same sentence, the nearest date to each age, within the gap."""
    dates = _dates(text, today)  # in order and not overlapping, so starts and ends are both sorted
    starts, ends = [s for s, _e in dates], [e for _s, e in dates]
    spans = []
    for age in AGE_RE.finditer(text):
        nearby = dates[bisect_left(ends, age.start() - AGE_DATE_GAP):bisect_right(starts, age.end() + AGE_DATE_GAP)]
        best = None
        for ds, de in nearby:
            gap_start, gap_end = (age.end(), ds) if ds >= age.end() else (de, age.start())
            if gap_end < gap_start or gap_end - gap_start > AGE_DATE_GAP:
                continue
            if _SENTENCE_END.search(text, gap_start, gap_end):
                continue
            if best is None or gap_end - gap_start < best[0]:
                best = (gap_end - gap_start, min(ds, age.start()), max(de, age.end()))
        if best:
            spans.append(best[1:])
    return spans


# --- addresses and postcodes ----------------------------------------------------------------
_STREET_WORDS = ("Road|Rd|Street|St|Close|Cl|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Crescent|Cres|Court|Ct|Gardens"
                 "|Gdns|Place|Pl|Terrace|Tce|Grove|Hill|Walk|Row|Square|Sq|Mews|Rise|View|Parade|Green|Vale"
                 "|Park|Wharf|Yard|Croft|Fold|Meadows?|Chase|End|Gate|Boulevard|Approach|Bank|Brow|Drove"
                 "|Garth|Heights|Wynd|Circus|Embankment|Broadway|Mount|Hollow|Passage|Quay")
_CAPITALISED = r"(?:St\.?|[A-Z][\w'’\-]*)"
ADDRESS_RE = re.compile(
    rf"(?<![\w/.,£$€-])(?:(?:Flat|Apartment|Unit)\s+\d{{1,3}}[A-Za-z]?,?\s+)?"
    rf"\d{{1,3}}[A-Za-z]?(?:\s*[-–]\s*\d{{1,3}}[A-Za-z]?)?,?\s+(?:{_CAPITALISED}\s+){{1,4}}"
    rf"(?:{_STREET_WORDS})\b\.?")

POSTCODE_RE = re.compile(
    r"(?<![\w])(?:GIR\s?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y])"
    r"\s?\d[ABD-HJLNP-UW-Z]{2})(?!\w)", re.I)


def find_addresses(text: str) -> list[Span]:
    return [m.span() for m in ADDRESS_RE.finditer(text)]


def find_postcodes(text: str) -> list[Span]:
    return [m.span() for m in POSTCODE_RE.finditer(text)]


# --- schools and settings -------------------------------------------------------------------
_CONNECTORS = r"(?:of|the|and|&|upon|le|de|la)"
_SETTING = (r"(?:School|Academy|Nursery|Pre-?[Ss]chool|College|Children['’]?s\s+Centre|Family\s+Hub"
            r"|Playgroup|Pupil\s+Referral\s+Unit)")
# A setting word ends a name ("X School and Y Academy" are two); at most 8 words keeps the search linear.
_NAME_WORD = rf"(?!{_SETTING}(?!\w)){_CAPITALISED}"
SCHOOL_RE = re.compile(
    rf"(?<![\w'’])(?P<name>{_NAME_WORD}(?:\s+(?:{_CONNECTORS}\s+){{0,2}}{_NAME_WORD}){{0,7}})\s+{_SETTING}(?![\w])")
# Words that alone do not name a setting ("The Primary School", "Head of School", "Royal College").
GENERIC_NAME_WORDS = frozenset("""
    the a an this that these those our their her his its my your local each every all any at in from to
    new current previous former same other primary secondary infant infants junior special nursery day
    independent private state village community high grammar free faith catholic church designated
    safeguarding lead head headteacher teacher teachers pupils staff royal national boarding mainstream
    of and & upon le de la no one when after before while
    """.split())


def find_schools(text: str) -> list[Span]:
    spans = []
    for match in SCHOOL_RE.finditer(text):
        start = match.start("name")
        for word in re.finditer(r"\S+", match.group("name")):
            if word.group(0).lower() not in GENERIC_NAME_WORDS:
                spans.append((start + word.start(), match.end()))
                break
    return spans


# --- NHS numbers, phones, emails ------------------------------------------------------------
NHS_RE = re.compile(r"(?<![\d+])(\d{3})([ \-]?)(\d{3})\2(\d{4})(?![\d])")


def nhs_number_is_valid(digits: str) -> bool:
    """The NHS number modulus 11 check: weights 10..2 on the first nine digits."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    remainder = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11
    check = 11 - remainder
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def find_nhs_numbers(text: str) -> list[Span]:
    return [m.span() for m in NHS_RE.finditer(text) if nhs_number_is_valid(m.group(1) + m.group(3) + m.group(4))]


PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?:\+44|0044)\s?(?:\(0\)\s?)?|\(?0)[1237]\d{1,4}\)?(?:[ \-]?\d{2,6}){1,4}(?!\w)")


def _phone_is_valid(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and candidate.lstrip().startswith("+"):
        digits = digits[2:]
    digits = digits.removeprefix("0")
    if not digits or digits[0] not in "1237":
        return False
    return len(digits) == 10 or (digits[0] == "1" and len(digits) == 9)


def find_phones(text: str) -> list[Span]:
    """Phone-shaped runs, trimmed group by group from the right until the digit count is right
    (so "07700 900123 12 times" still finds the number)."""
    spans = []
    for match in PHONE_RE.finditer(text):
        candidate = match.group(0)
        while candidate:
            if _phone_is_valid(candidate):
                spans.append((match.start(), match.start() + len(candidate)))
                break
            shorter = re.sub(r"[ \-]?\d+$", "", candidate)
            if shorter == candidate:
                break
            candidate = shorter
    return spans


EMAIL_RE = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def find_emails(text: str) -> list[Span]:
    return [m.span() for m in EMAIL_RE.finditer(text)]
