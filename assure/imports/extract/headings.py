"""Item headings, item-number cells, title cells and table header rows, as minutes write them."""
from __future__ import annotations

import re

from assure.imports.extract import people as P

NUM = r"\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?"
# "3. Finance", "Item 3 – Finance", "Agenda item 3: Finance" and a meetings app's "[Item 3] Finance".
_HEADING = re.compile(rf"^(?:\[\s*(?:agenda\s+)?item\s*({NUM})\s*\]\s*[.:\-–—]?|(?:(?:agenda\s+)?item\s*(?:no\.?\s*)?)?({NUM})"
                      rf"(?:[.):]|\s*[-–—])?)\s+(\S.*)$", re.I)
_PART = re.compile(r"^((?:Part|PART|Section|SECTION)\s+(?:\d{1,2}|[A-Z]|[IVX]+|One|Two|Three|Four|Five|Six|Seven|Eight|"
                   r"Nine|Ten|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN))\b\s*[.:\-–—]?\s*(.*)$")
NUMBER_CELL = re.compile(rf"^(?:(?:agenda\s+)?item\s*(?:no\.?\s*)?)?({NUM}|Part\s+\w+)[.):]?(?:\s*[-–—:]?\s+(\S.*))?$",
                          re.I | re.S)
# "3 children were seen" is a sentence, "3. Children's services" an item: counted nouns in lower case only.
NOT_TITLE = re.compile(r"^(?i:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|am|pm|hrs|x|mins?)\b|^%|"
                       r"^(years?|weeks?|days?|months?|children|people|cases|per ?cent)\b(?!['’])")
META_LABEL = re.compile(r"^\s*(meeting(?: name| title)?|name of meeting|title|board|group|committee|date(?:\s*(?:&|and)\s*time)?(?: of meeting)?|time and date|"
                         r"meeting date|time|venue|location|place|chair(?:ed by)?|chairperson)\s*[:\-–]?\s*$", re.I)
ACTION_SECTION = re.compile(r"^(summary of |schedule of )?actions?\s*(log|arising|summary|tracker|list|table|"
                             r"agreed|items|points|register)?\s*(?:\([^()]{1,20}\)|\s[–—-]\s+(?:by|per)\s(?-i:[a-z ]{3,30}))?\s*:?$",
                             re.I)  # "Action items (3)", "Action tracker (RAG)"
_DATED_TITLE = re.compile(r"^((?:.{4,}?\s)?next meeting|.{4,}?\s*(?=[:\-–—]))\s*[:\-–—]?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3}|"
                          r"\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{2,4}|tbc\b|to be confirmed)", re.I)
# A line that stops on a little word goes on in the next ("… reported to the" / "Board in May").
LITTLE_WORD_END = re.compile(r"\b(the|a|an|to|for|of|with|and|or|on|in|by|from|at|into|about|that|their|its|our|is|are|"
                             r"was|were|be|has|have|had|will|would|as|this|these|than|but|concerning|regarding)$", re.I)
REPORT_VERBS = r"(advised|reported|shared|presented|provided|informed|explained|noted|gave|updated|confirmed|said|stated|welcomed|introduced)"


_FILE_LINK = re.compile(r"\s*[\[(]?\s*\b(?:pdf|docx?|xlsx?|pptx?|odt|rtf|html?)\b[\s,:-]*\d+(?:[.,]\d+)?\s*[kmg]b\b\s*[\])]?\s*$",
                        re.I)


def clean_title(title: str) -> str:
    """A title as published, without the size of its linked paper ("Risk register PDF 245 KB")."""
    return _FILE_LINK.sub("", title).strip()


def header_map(row) -> dict[str, int]:
    """Column roles from a header row; empty when the row is not a header."""
    found: dict[str, int] = {}
    patterns = [
        ("owner", r"\b(owners?|by whom|who|leads?|responsible|responsibility|action by|assigned to|action owner|"
                  r"officer|person)\b"),
        ("due", r"\b(by when|when|due|deadline|target date|timescales?|completion date|target)\b|^date$"),
        ("status", r"\b(status|progress|rag|update|outcome|position)\b"),
        ("action", r"\bactions?\b"),
        ("name", r"^(name|attendee|member|members|representative)$"),
        ("ref", r"^(action no|action ref|action number|action id)$"),  # numbers the action, not the item
        ("number", r"^(?:item|minute|min|ref|no|number|#)(?: (?:no|number|ref|#))?$|^agenda item (?:no|number)$"),
        ("title", r"^(agenda item|title|topic|subject|item title|agenda)$"),
        ("text", r"\b(discussion|minutes?|notes?|summary|details?|narrative|record|key points|description|"
                 r"comments?|decisions?|matters?)\b"),
        ("organisation", r"\b(organi[sz]ation|agency|representing|service)\b"),
        ("role", r"\b(role|position|job title|designation)\b"),
        ("initials", r"\binitials\b"),
        ("attendance", r"\b(attendance|attended|present|apologies)\b"),
    ]
    for i, cell in enumerate(row):
        text = re.sub(r"\(.*?\)", "", cell.lower())
        text = re.sub(r"[^\w/# ]+", " ", text).strip()
        if not text or len(text) > 40:
            continue
        joined = text.replace(" ", "")  # a narrow PDF column breaks a header word: "Ite m", "Ow ner"
        for role, pattern in patterns:
            if re.search(pattern, text) or (joined != text and re.search(pattern, joined)):
                if role == "number" and "number" in found and "title" not in found:
                    role = "title"
                if role not in found:
                    found[role] = i
                    break
    item_col = next((i for i, cell in enumerate(row) if re.fullmatch(r"item(no|number)?\.?",
                                                                       re.sub(r"\W+", "", cell.lower()))), None)
    # "Ref | Item | Action": Ref numbers the action and Item gives the item. Beside a discussion column
    # ("No. | Item | Discussion | Action") the No./Ref/# column numbers the item and Item is its title.
    # A column that says what it numbers ("Minute No.", "Agenda item no") numbers the item, whatever follows.
    says_item = found.get("number") is not None and re.search(r"\b(minute|min|item)\b", row[found["number"]].lower())
    if item_col is not None and found.get("number") not in (None, item_col) and "text" not in found and not says_item:
        found.setdefault("ref", found["number"])
        found["number"] = item_col
        if found.get("title") == item_col:
            del found["title"]
    if "number" in found and not {"title", "text"} & set(found) and re.fullmatch(r"\W*minutes?\W*", row[found["number"]].lower()):
        found["text"] = found.pop("number")  # "Minute | Action by": the minute itself, no column of numbers beside it
    owner = found.get("owner")
    if owner is not None and "action" not in found and "text" in found and owner < found["text"] \
            and re.fullmatch(r"\W*(who|leads?|led by)\W*", row[owner].lower()):
        found["presenter"] = found.pop("owner")  # "# | Item | Who | Notes": who brought the item, not an action's owner
    kinds = set(found)
    if {"name"} & kinds or ({"action", "text", "number"} & kinds and len(kinds) >= 2):
        return found
    return {}


def is_part(number: str) -> bool:
    """"Part 2" / "Section B": a heading that groups items rather than an item itself."""
    return not number[:1].isdigit() and not is_letter(number) and not is_roman(number)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(number: str) -> int | None:
    """"IV" -> 4; None when not a roman numeral up to 49."""
    if not re.fullmatch(r"X{0,4}(?:IX|IV|V?I{0,3})", number or "") or not number:
        return None
    values = [_ROMAN_VALUES[c] for c in number]
    return sum(-v if n + 1 < len(values) and v < values[n + 1] else v for n, v in enumerate(values))


def is_roman(number: str) -> bool:
    return roman_value(number) is not None


_ROMAN = re.compile(r"^(?:(?i:(?:agenda\s+)?item)\s+)?([IVX]{1,6})(?:[.):]|\s+[-–—])\s+([A-Z0-9]\S*.*)$")


def roman_heading(text: str, style: str = "") -> tuple[str, str] | None:
    """"III. Self-neglect review" / "Item IV – AOB" -> ("III", "Self-neglect review"). The walker takes these as
    items only where the document numbers its items so (an I and a II are both there), as with letters."""
    m = _ROMAN.match(text.strip().split("\n")[0])
    if not m or not is_roman(m.group(1)):
        return None
    title = clean_title(m.group(2).strip())
    if NOT_TITLE.match(title) or re.match(rf"^[A-Z][a-z'’-]+\s+{REPORT_VERBS}\b", title):
        return None
    if len(title.split()) > 16 or (title.endswith(".") and "heading" not in style.lower()):
        return None
    return m.group(1), title


_OTHER_LANGUAGE_ITEM = re.compile(rf"^[^\W\d_]{{3,}}\s+({NUM})\s*[.:]?\s*/\s*((?:agenda\s+)?item\s+\1\b\s*[.:\-–—]?\s*)(.*)$",
                                  re.I)
_ENGLISH_LABELS = (r"date|time|venue|location|place|present|in attendance|also present|apologies|attendees|chair|"
                   r"minutes|notes|date of next meeting|next meeting|agenda")
_SECOND_LANGUAGE = re.compile(rf"(?:^((?:[^\W\d_][\w'’-]*\s){{0,4}}[^\W\d_][\w'’-]*)|(?<=\s\s)((?:[^\W\d_][\w'’-]*\s){{0,3}}"
                              rf"[^\W\d_][\w'’-]*)|(?<=\s)([^\W\d_][\w'’-]*))\s/\s(?=[A-Z])"
                              rf"(?=(?i:{_ENGLISH_LABELS})(?:\s*:|\s*$))")  # a label: the line's end or a colon follows


def english_half(text: str) -> str:
    """A bilingual heading or label read by its English half: "Yn bresennol / Present" -> "Present";
    "Dyddiad / Date: 10 May 2026  Amser / Time: 10:00" -> "Date: 10 May 2026  Time: 10:00"; "Eitem 3 / Item 3:
    Adolygiadau / Child Practice Reviews" -> "Item 3: Child Practice Reviews". The other half is kept only where
    it is itself an English label ("Present / Apologies" is two labels, not two languages)."""
    m = _OTHER_LANGUAGE_ITEM.match(text)
    if m:
        halves = m.group(3).split(" / ")
        return m.group(2) + (halves[-1].strip() if len(halves) == 2 else m.group(3))
    if " / " not in text:
        return text

    def drop(found: re.Match) -> str:
        other = next(g for g in found.groups() if g)
        english = re.match(rf"(?i:{_ENGLISH_LABELS})", text[found.end():]).group(0)
        other_category = P.label_category(other)
        if re.fullmatch(rf"(?i:{_ENGLISH_LABELS})", other) or (other_category and other_category != P.label_category(english)):
            return found.group(0)  # "Present / Apologies": two lists, not two languages
        return ""

    english = _SECOND_LANGUAGE.sub(drop, text)
    if english != text:  # a bilingual line: its values too ("Venue: Siambr y Cyngor / Council Chamber, ...")
        english = re.sub(r"(?<=:\s)([^/:,;\d]{2,40}?)\s/\s(?=[A-Z])", "", english)
    return english


def is_letter(number: str) -> bool:
    """"A", "B": an item lettered rather than numbered."""
    return bool(re.fullmatch(r"[A-Z]", number))


_LETTERED = re.compile(r"^(?:(?i:(?:agenda\s+)?item)\s+([A-Z])\s*[.):\-–—]?|([A-Z])(?:[.):]|\s+[-–—]))\s+([A-Z0-9]\S*.*)$")


def lettered_heading(text: str, style: str = "") -> tuple[str, str] | None:
    """"A. Welcome" / "Item B – Rapid reviews" / "C) Any other business" -> ("A", "Welcome"). The walker
    takes these as items only where the document letters its items (an A and a B are both there): a
    single "A. Smith" is an initial, and a list lettered inside an item follows a numbered item."""
    m = _LETTERED.match(text.strip().split("\n")[0])
    if not m:
        return None
    letter, title = m.group(1) or m.group(2), clean_title(m.group(3).strip())
    if NOT_TITLE.match(title) or re.match(rf"^[A-Z][a-z'’-]+\s+{REPORT_VERBS}\b", title):
        return None  # "J. Smith reported ..."
    if len(title.split()) > 16 or (title.endswith(".") and "heading" not in style.lower()):
        return None
    return letter, title


_RUN_IN = re.compile(rf"^({NUM})\.?\s+([A-Z][^.:;!?]{{2,80}}?)\s*(?::|\s[–—-])\s+(?=\S)(.+)$", re.S)


def run_in_heading(text: str, items: list, current) -> tuple[str, str] | None:
    """"2.1 Risk register: The Board received ..." -> ("2.1", "Risk register"): a sub-item whose title
    opens its first paragraph. Only where x.y can be a sub-item: no item x is open to hold it as a
    numbered paragraph (under item 3, "3.1 ..." is the minute's paragraph 1)."""
    m = _RUN_IN.match(text.strip())
    if not m or "." not in m.group(1).rstrip("."):
        return None
    number, title = m.group(1).rstrip("."), m.group(2).strip()
    parent = number.split(".")[0]
    if len(title.split()) > 10 or NOT_TITLE.match(title) or re.search(rf"\s{REPORT_VERBS}\b", title):
        return None
    if any(i.number == parent for i in items) or (current is not None and current.number == parent):
        return None
    return number, title


_ABBREVIATED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|No|Cllr|Prof|Rev|Supt|Insp|Sgt|etc|e\.g|i\.e|vs?)$", re.I)


def _first_sentence(title: str) -> str | None:
    """A heading line that runs on into the discussion (a text layout's column joined into one line): its
    first sentence, when that is a title's length (2-8 words) and more sentence follows."""
    for m in re.finditer(r"\.\s+(?=[A-Z])", title):
        head = title[:m.start()]
        if _ABBREVIATED.search(head) or re.search(r"\b[A-Z]\.?[A-Z]?$", head) and len(head.split()) < 2:
            continue
        return head.strip() if 1 <= len(head.split()) <= 8 and len(title[m.end():].split()) >= 1 else None
    return None


def parse_heading(text: str, style: str = "") -> tuple[str, str] | None:
    """"3. Finance update" / "Item 2.1 – Rapid reviews" / "Part 1: ..." -> (number, title)."""
    text = text.strip()
    m = _PART.match(text)
    if m:
        rest = m.group(2).strip()
        if rest[:1].islower() or len(rest.split()) > 12:
            return None  # "Section 42 enquiries completed within ... fell to 64%.": a sentence, not a heading
        return m.group(1), rest
    m = _HEADING.match(text)
    if not m or NOT_TITLE.match(m.group(3)):
        return None
    number, title = m.group(1) or m.group(2), clean_title(m.group(3).strip())
    dated = _DATED_TITLE.match(title)
    if dated:  # "Date of next meeting: 14.07.25, 10am": the date is the item's content, not its title
        title = dated.group(1).strip()
    first = _first_sentence(title) if "." not in number.rstrip(".") else None
    if first:  # "1. Introductions and apologies. Members introduced themselves": the title is the first sentence
        title = first
    words = len(title.split())
    if "." in number and (words > 14 or title.endswith(".")) and "heading" not in style.lower():
        return None  # a numbered paragraph of discussion, not a sub-item
    if words > 25 and "heading" not in style.lower():
        return None
    return number, title


def number_cell(cell: str) -> tuple[str, str] | None:
    """An item-number cell ("3.", "2.1", "Part 1", "4. Finance") -> (number, title as written).
    "5 years. LY added..." (text that starts with a number) is not one."""
    m = NUMBER_CELL.match(cell or "")
    if not m:
        return None
    rest = (m.group(2) or "").strip()
    first = rest.split("\n")[0]
    if rest and (NOT_TITLE.match(rest) or len(first) > 160 or re.match(r"^[a-z]", rest)):
        return None
    return m.group(1), clean_title(first)


# Who reports: "Jo Bloggs", "JB", a first name ("Kerry"), several joined ("Sandra Bellamy and Kerry"), or "The
# Independent Chair, Ruth Calloway," - then a reporting verb.
_ONE_REPORTER = rf"(?:{P.NAME}|[A-Z]{{2,4}}|[A-Z][a-z]{{2,}})"
_REPORTER = (rf"(?:The\s+(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+(?:,\s+{P.NAME},)?"
             rf"|{_ONE_REPORTER}(?:(?:,\s*|\s+and\s+|\s*&\s*){_ONE_REPORTER})*)")
_REPORTING = re.compile(rf"^{_REPORTER}\s+{REPORT_VERBS}\b")
_REPORTING_AT = re.compile(rf"\s(?={_REPORTER}\s+{REPORT_VERBS}\b)")


# "Work programme Minutes: The Executive considered …": a label opening the minute after the title.
_LABEL_AT = re.compile(r"(?<![.!?:;])\s(?=(?:Minutes?|Summary|Discussion|Notes|Decisions?|Outcome|Update|Resolved)\s*:)")
# "Minutes of last meeting and matters arising The minutes of 18 September were agreed.": a sentence opener.
_OPENER_AT = re.compile(r"(?<![.!?:;])\s(?=(?:The|This|It|There|Members|Partners|All|Following)\s+[a-z])")


def cut_title(text: str) -> tuple[str, str]:
    """A title cell that runs into the discussion: split it at the first reporting sentence."""
    first, _, rest = text.partition("\n")
    first = clean_title(first)
    if first.lstrip().startswith("•") or _REPORTING.match(first):
        return "", text
    m = _REPORTING_AT.search(first) or re.search(r"\s•\s", first) or _LABEL_AT.search(first) \
        or (_OPENER_AT.search(first) if re.search(r"[.!?]$", first) else None)
    if m and m.start() > 0:
        return first[:m.start()].strip(), (first[m.end():] + "\n" + rest).strip()
    sentence = re.search(r"(?:(?<=[a-z0-9)])|(?<=[A-Z]{2}))[.:]\s+(?=[A-Z])", first)  # "AOB. None." too
    if sentence and (len(first) > 120 or (len(first[:sentence.start()].split()) <= 10 and first[sentence.start()] == ".")):
        # "Any other business. Mr B asked ...": a PDF cell joined into one line, the title is its first sentence
        return first[:sentence.start()].strip(), (first[sentence.end():] + "\n" + rest).strip()
    return first.strip(), rest.strip()
