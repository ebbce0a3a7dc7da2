"""Attendance lists: present / in attendance / apologies, each person with name, initials, role,
organisation and "deputising for", from the many ways minutes write them.

Pure functions over strings and tables of strings; no knowledge of the document layout.
"""
from __future__ import annotations

import re

from assure.core.names import HONORIFICS, PARTICLE_RE, RANKS, split_title

PRESENT, IN_ATTENDANCE, APOLOGIES = "present", "in_attendance", "apologies"

_WORD = r"(?=[A-Za-zà-ÿ'’]*[a-zà-ÿ])[A-Z][a-zà-ÿ'’]*(?:[A-Z][a-zà-ÿ'’]+)*"  # Jo, O'Neil, McKay, MacDonald
_NAME_WORD = rf"(?:{_WORD}(?:-{_WORD})*|[A-Z]\.?)"
NAME = rf"{_NAME_WORD}(?:\s+(?:{PARTICLE_RE}\s+)?{_NAME_WORD}){{1,3}}"
INITIALS = r"(?:[A-Z]{2,4}|[A-Z]{1,3}[A-Z][a-z]{1,3})"
_TITLES_ALT = "|".join(re.escape(t) for t in sorted(RANKS + HONORIFICS, key=len, reverse=True))
TITLED_NAME = rf"(?:(?:{_TITLES_ALT})\.?\s+)*{NAME}"
NAME_RE = re.compile(NAME)
_NAME_WORD_RE = re.compile(_NAME_WORD)
_ENTRY_RE = re.compile(rf"^({TITLED_NAME})\b\s*(.*)$", re.S)
_INITIALS_AFTER_RE = re.compile(rf"^(?:\(\s*({INITIALS})\s*\)|,\s*({INITIALS})\b(?!\s+[a-z]))")
_INITIALS_PAREN_RE = re.compile(rf"\(\s*{INITIALS}\s*\)")
_CHUNK_RE = re.compile(rf"({TITLED_NAME}(?:\s*,\s*[A-Z]{{2,4}}[a-z]{{0,2}})?\s*\([^()]*\)[^()A-Z]*?)(?=\s*{TITLED_NAME}|\s*$)")
_WORDS_RE = re.compile(r"\S+")
_SPACED_DASH = re.compile(r"\s[–—-]\s")
_LED_RE = re.compile(rf"({TITLED_NAME})\s*(?:[-–—]\s|$)")

_LABELS = [
    (IN_ATTENDANCE, r"in attendance|also (?:present|in attendance|attending)|hefyd yn bresennol|to present|presenting|presenters?|"
                    r"minutes?(?: taker| taken by)?|minuted by|note ?taker|officers? in attendance|guests?|"
                    r"observers?|by invitation|invited|attending for (?:item|agenda)[^:]*"),
    (APOLOGIES, r"apologies(?: for absence)?(?: (?:were |have been )?received)?(?: from)?|apols|absent(?: with apologies)?|not present|"
                r"sent apologies|absences?|declined|regrets|not attending|unable to attend|ymddiheuriadau|"
                r"(?:agencies|organi[sz]ations|services|partners)\s+(?:sending|sent|giving|who sent|that sent|with)\s+apologies"),
    (PRESENT, r"(?:those |members |people )?present(?: at (?:the )?meeting| in person| in the room| online| virtually| remotely)?|"
              r"attendees|(?:those |members )?attending|participants|substitutes?(?: members?)?|"
              r"(?:agencies|organi[sz]ations|services|partners)\s+(?:represented|present|attending|in attendance)|yn bresennol|"
              r"(?:board |group |panel |partnership |core )?members(?: present| attending)?|attended by|attendance|"
              r"who (?:was|were) (?:there|present)|who attended"),
]
# "Attendees (joined)", "Apologies (received)": a short note in brackets after the label is part of it.
LABEL_RE = re.compile(r"^\s*(?:" + "|".join(f"(?P<{cat}>{pat})" for cat, pat in _LABELS) + r")(?:\s*\([a-z][^()]{0,30}\))?"
                      r"\s*(?:[:\-–]|$|(?<=from)\s)", re.I)
_INLINE_LABEL = re.compile(r"(?:^|(?<=[\s.;)]))(" + "|".join(p for _, p in _LABELS) + r")\s*:", re.I)

_ORG_WORDS = re.compile(
    r"\b(council|police|constabulary|nhs|trust|board|group|ccg|icb|safeguarding|partnership|services?|"
    r"schools?|college|academy|university|hospital|probation|fire|authority|commission(?!er)|office|"
    r"department|cafcass|healthcare|foundation|charity|housing|borough|county|city|district|hmpps|dwp|ofsted|"
    r"barnardo'?s|nspcc|agency|team|unit|centre|clinic|ambulance|camhs|limited|ltd|cic|network|"
    r"directorate|ministry|government|court|prison|church|diocese|association|society|federation|health|"
    r"education|justice|sector|care|social|voluntary|community|children'?s?|adults'?|youth|public|lay|"
    r"sub-?group|committee|panel|forum|executive|scrutiny|review)\b", re.I)
_ROLE_WORDS = re.compile(
    r"\b(chair|chairman|chairperson|vice|manager|director|head|officer|lead|reviewer|nurse|doctor|taker|"
    r"advis[eo]r|superintendent|inspector|commissioner|co-?ordinator|designated|named|consultant|"
    r"councillor|cllr|member|secretary|administrator|clerk|scrutineer|principal|deputy|assistant|"
    r"chief|gp|solicitor|practitioner|analyst|specialist|worker|governor|portfolio|cabinet|leader|"
    r"minutes?|sergeant|constable|detective|supt|dci|head teacher|headteacher|business manager|"
    r"independent|professional|representative|rep|author|presenter|guest|observer|support)\b", re.I)
_DEPUTY = re.compile(
    r"\(?\s*(?:deputi[sz]ing for|deputy for|depping for|substituting for|in place of|"
    r"(?:also\s+)?rep(?:resenting)?\.?|on behalf of|re|for)\s+(?P<who>[^,;()]+?)\s*(?:\)|(?=[,;])|$)")
_DEPUTY_STRICT = re.compile(r"\b(deputi[sz]ing for|on behalf of|(?:also\s+)?representing|substituting for|in place of)\s+"
                            r"(?P<who>[^,;()]+)", re.I)
_NOT_PEOPLE = re.compile(r"^(none|nil|no apologies|no apologies received|n/?a|tbc|-)\.?$", re.I)


def is_name(text: str) -> bool:
    """A plausible person's name (two to four capitalised words, not an organisation)."""
    text, _ = split_title(text.strip(" .,;:•-–"))
    return bool(NAME_RE.fullmatch(text)) and not _ORG_WORDS.search(text) and not _ROLE_WORDS.search(text) \
        and not re.search(r"\b(The|And|Of|For|In|On|To|Item|Minutes|Meeting)\b|^[AI]\s", text)


def person(name, initials=None, role=None, organisation=None, deputising_for=None) -> dict:
    return {"name": name, "initials": initials or None, "role": role or None,
            "organisation": organisation or None, "deputising_for": deputising_for or None}


def classify_details(parts: list[str]) -> tuple[str | None, str | None]:
    """Split "role, organisation" pieces into (role, organisation)."""
    roles, orgs = [], []
    for part in (p.strip(" .;:-–") for p in parts):
        if not part:
            continue
        if _ROLE_WORDS.search(part) and not (orgs == [] and roles and _ORG_WORDS.search(part)):
            roles.append(part)
        elif _ORG_WORDS.search(part) or roles:
            orgs.append(part)
        else:
            roles.append(part)
    return (", ".join(roles) or None), (", ".join(orgs) or None)


def _take_deputy(text: str) -> tuple[str, str | None]:
    """Remove a deputy phrase ("(rep X)", "deputising for X", "on behalf of X") and return X."""
    for pattern in (_DEPUTY_STRICT, ):
        m = pattern.search(text)
        if m:
            return (text[:m.start()] + text[m.end():]), m.group("who").strip(" .)")
    m = re.search(r"\(\s*(?:also\s+)?(?:rep|re|for|deputy for|deputising for|on behalf of)\.?\s+([^()]+)\)", text, re.I)
    if m:
        return text[:m.start()] + text[m.end():], m.group(1).strip(" .")
    return text, None


def parse_entry(entry: str) -> dict | None:
    """One person as written: "Jo Bloggs (JB) – Head of Service, Fenbridge Council",
    "Jo Bloggs, JB (Head of Service, Fenbridge Council)", "DCI Jo Bloggs, Police (rep Ann Lee)"."""
    entry = re.sub(r"^\s*(?:[•\-–*·▪o]\s+|\d+[.)]\s+|apols\.?\s+(?:from\s+)?)", "", entry.strip(), flags=re.I)
    entry = re.sub(r"\s*\|\s*", ", ", entry).strip(" ;,.")  # a nested table flattened as "Name | Organisation"
    if not entry or _NOT_PEOPLE.match(entry):
        return None
    entry, deputy = _take_deputy(entry)
    substitute = _SUBSTITUTE.match(entry.strip()) or _SUBSTITUTE_AFTER.search(entry.strip())
    if substitute and not deputy and is_name(split_title(substitute.group(2))[0]):  # "Jo Bloggs (JB) for Ann Lee"
        entry, deputy = entry.strip()[:substitute.start(2)], split_title(substitute.group(2))[0]
        entry = re.sub(r"\s+(?:for|substituting for|instead of)\s*$", "", entry)
    m = _ENTRY_RE.match(entry.strip())
    if not m or re.match(r"[a-z]", m.group(2)):
        return None  # "Jo Bloggs welcomed everyone": a sentence about a person, not a list entry
    name, rank = split_title(m.group(1))
    rest = m.group(2).strip()
    initials = None
    im = _INITIALS_AFTER_RE.match(rest)
    if im and (im.group(1) or "").lower() not in {"chair", "lead"}:
        initials = im.group(1) or im.group(2)
        rest = rest[im.end():]
    rest = rest.strip(" ,–-—:")
    if rest.startswith("(") and rest.endswith(")"):
        rest = rest[1:-1]
    rest = rest.replace("(", ", ").replace(")", "")
    parts = [p for p in re.split(r"\s*,\s*|\s+[–—-]\s+", rest) if p.strip()]
    role, organisation = classify_details(parts)
    if rank:
        role = f"{rank}, {role}" if role else rank
    if not is_name(name):
        return None
    return person(name, initials, role, organisation, deputy)


def _starts_before(line: str, marker: re.Pattern) -> list[int]:
    """One long paragraph "A Bee (AB) – Chair C Dee (CD) – Police ...": where each person starts.
    The name is the two or three capitalised words before the marker ("(AB)" or " – "), stopping
    at an organisation or role word ("Police Jenny Marr (JM)" is Jenny Marr); a rank before the
    name belongs to it."""
    starts = []
    for m in marker.finditer(line):
        window = max(0, m.start() - 120)  # a name is a few words long: look back no further (linear time)
        words = list(_WORDS_RE.finditer(line, window, m.start()))
        if window and words:
            words = words[1:]  # the first word in the window may be cut
        taken = []
        for w in reversed(words):
            word = w.group(0).strip(",;")
            if word != w.group(0) and taken:
                break
            if word in RANKS or word in HONORIFICS:
                taken.append(w)
                continue
            if len([t for t in taken if t.group(0) not in RANKS + HONORIFICS]) >= 3 or not _NAME_WORD_RE.fullmatch(word) \
                    or _ORG_WORDS.search(word) or _ROLE_WORDS.search(word):
                break
            if any(t.group(0) in RANKS + HONORIFICS for t in taken):
                break  # words before a rank are the previous person's details
            taken.append(w)
        if len(taken) >= 2 or (taken and taken[-1].start() == 0):
            starts.append(taken[-1].start())
    if starts and starts[0] != 0 and not line[:starts[0]].strip(" ,;"):
        starts[0] = 0
    return starts if starts and starts[0] == 0 else []


_PLURAL_TITLE = re.compile(r"^(?:Councillors|Cllrs|Drs|Messrs)\.?\s+(?=[A-Z])")
_SUBSTITUTE = re.compile(rf"^({TITLED_NAME})\s+(?:for|substituting for|instead of)\s+({TITLED_NAME})\s*\.?$")


_SUBSTITUTE_AFTER = re.compile(rf"^(.*?\(\s*{INITIALS}\s*\))\s+(?:for|substituting for|instead of)\s+({TITLED_NAME})\s*\.?$")


def _bare(piece: str) -> str:
    """A list piece without a trailing note: "Jo Bloggs (Chair)" -> "Jo Bloggs"."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", piece.strip())


def split_entries(line: str) -> list[str]:
    """One line of an attendance list -> the people on it (several on one line are common)."""
    line = _PLURAL_TITLE.sub("", line.strip())  # "Councillors A (Chair), B and C": the title is each one's
    if not line:
        return []
    starts = _starts_before(line, _INITIALS_PAREN_RE) if line.count("(") >= 2 else []
    if not starts and len(_SPACED_DASH.findall(line)) >= 2:  # "A Bee – Chair C Dee – Police"
        starts = _starts_before(line, _SPACED_DASH)
    if len(starts) >= 2:
        return [re.sub(r"[\s,;]*(?:\band|&)[\s,;]*$", "", line[a:b]).strip(" ,;")  # "A (Manager) and B (Officer)"
                for a, b in zip(starts, starts[1:] + [len(line)])]
    # "Name (details) Name (details) ..." with nothing between the closing and the next name.
    chunks = [] if line.count("(") < 2 else _CHUNK_RE.findall(line)
    if len(chunks) >= 2 and sum(len(c) for c in chunks) >= 0.8 * len(line) and all(
            is_name(re.split(r"[,(]", c)[0]) for c in chunks):
        return [re.sub(r"[\s,;]*(?:\band|&)[\s,;]*$", "", c).strip(" ,;") for c in chunks]
    if ";" in line:
        parts = [p for p in re.split(r";(?![^()]*\))", line) if p.strip()]
        if len(parts) > 1:
            return parts
    if "•" in line:
        return [p for p in line.split("•") if p.strip()]
    sentence = re.sub(r"(?<=[a-z)])\.$", "", line)  # a list written as a sentence: "A and B (ICB)."
    pieces = [p.strip() for p in re.split(r",(?![^()]*\))|\band\b(?![^()]*\))", sentence) if p.strip()]
    if len(pieces) >= 2 and all(is_name(_bare(p)) or _SUBSTITUTE.match(p) for p in pieces):
        return pieces
    # "Jo Bloggs – Council, Ann Lee – Police": each comma piece starts with a name and a dash.
    pieces = [p.strip() for p in re.split(r"[,;]", line) if p.strip()]
    led = [_LED_RE.match(p) for p in pieces]
    if len(pieces) >= 2 and all(m and is_name(m.group(1)) for m in led):
        return pieces
    return [line]


def split_labels(text: str, category: str) -> list[tuple[str, str]]:
    """Text that switches category inline ("... In attendance: A, B") -> [(category, text)]."""
    out = []
    pos, cat = 0, category
    for m in _INLINE_LABEL.finditer(text):
        out.append((cat, text[pos:m.start()]))
        cat = label_category(m.group(1)) or cat
        pos = m.end()
    out.append((cat, text[pos:]))
    return [(c, t) for c, t in out if t.strip()]


def is_bare_label(cell: str) -> bool:
    """"Apologies:" / "In attendance" alone, not "Apols – Jo Bloggs" (a label before a name)."""
    m = LABEL_RE.match(cell.strip().rstrip(":").strip() + ":")
    return bool(m) and m.end() == len(cell.strip().rstrip(":").strip()) + 1


def _labelled_name(cell: str) -> tuple[str | None, str]:
    """"Apols – Ms Jo Bloggs", "To present: Dr Ann Lee" in a name column -> (category, name cell)."""
    m = LABEL_RE.match(cell)
    rest = cell[m.end():].strip(" :-–") if m else ""
    if not m or not rest or not parse_entry(rest):
        return None, cell
    return next(cat for cat in (PRESENT, IN_ATTENDANCE, APOLOGIES) if m.group(cat)), rest


def label_category(label: str) -> str | None:
    m = LABEL_RE.match(label.strip() + ":")
    if not m:
        return None
    return next(cat for cat in (PRESENT, IN_ATTENDANCE, APOLOGIES) if m.group(cat))


_ATTENDED_FOR = re.compile(rf"[\s,;(–-]*(?P<deputy>{TITLED_NAME})\s+(?:attended|attending|deputi[sz]ed|represented\s+\w+)"
                           rf"(?:\s+(?:on behalf of|for|in place of|instead of)\s+(?P<member>{TITLED_NAME}))?\)?")


_NOTES_LABEL = re.compile(r"^\s*(?:notes?(?: taken by| by)?|note[- ]?taking|clerk(?:ed by)?)\s*:?\s*$", re.I)


def note_takers(label: str, value: str) -> list[tuple[str, dict]]:
    """"Notes | Jo Bloggs, Partnership Officer" in a meeting-details table: the person taking the notes is
    in attendance. Only when the value is one or two people (a "Notes" row of text is not)."""
    if not _NOTES_LABEL.match(label or ""):
        return []
    entries = [e for line in value.split("\n") for e in split_entries(line)]
    found = [parse_entry(e) for e in entries]
    if not found or len(found) > 2 or not all(found) or len(value) > 160:
        return []
    for p in found:
        p["role"] = f"{p['role']} (notes)" if p["role"] else "notes"
    return [(IN_ATTENDANCE, p) for p in found]


_TAKES_NOTES = re.compile(r"(?:taking )?(?:the )?(?:notes|minutes|note[- ]?taker|minute[- ]?taker|minuting)", re.I)


_MENTION = re.compile(r"(?<![\w@.])@(?=[A-Z])")
_AGENCY_LINE = re.compile(r"^\s*(?:[•\-–*·▪]\s+)?(?P<org>[A-Z][^()]{1,80}?)\s*\((?P<inner>[^()]+)\)\s*[.;,]?\s*$")
AGENCY_LABEL = re.compile(r"\b(agenc(?:y|ies)|organi[sz]ations?|services|partners)\b", re.I)


def agency_people(line: str, agencies: bool = False) -> list[dict] | None:
    """"Rothwick Police (DS Ali Farah)", "Community Health (Bryony Kemp, Health Visiting Lead; Patrick Nye,
    School Nursing)": an agency and, in brackets, the people who came from it. Each person's organisation is
    the agency unless they name their own (then the agency's name is theirs only where they give no role).
    Under an "Agencies represented:" label (`agencies`) any bracketed list of people is read so ("Early Years
    (Tasha Okoro)"); elsewhere only when the part before the brackets is plainly an organisation."""
    m = _AGENCY_LINE.match(line)
    if not m:
        return None
    org = m.group("org").strip(" :-–—,")
    if not agencies and (is_name(org) or not _ORG_WORDS.search(org) or parse_entry(org)):
        return None
    found = [parse_entry(e) for e in split_entries(m.group("inner"))]
    if not found or not all(found):
        return None
    for p in found:
        if p["organisation"] and _ROLE_WORDS.search(p["organisation"]):  # "Chair, Team Manager": both roles
            p["role"], p["organisation"] = ", ".join(x for x in (p["role"], p["organisation"]) if x), None
        if not p["organisation"]:
            p["organisation"] = org
        elif not p["role"]:  # "Patrick Nye, School Nursing" under Community Health: his team, the agency's name
            p["role"], p["organisation"] = p["organisation"], org
    return found


def people_from_text(text: str, category: str, agencies: bool = False) -> list[tuple[str, dict]]:
    """An attendance cell or paragraph (maybe several lines, maybe inline labels) -> people.
    "X attended on behalf of Y" in an apologies list puts X in present, deputising for Y. `agencies`: the
    list is headed as agencies ("Agencies represented:"), each line an agency with its people in brackets."""
    found = []
    text = _MENTION.sub("", text)  # "@Priya Lanning": a wiki's mention of a person
    cheap = re.search(r"\b(attended|attending|deputi[sz]ed|represented)\b", text)  # skip the slow pattern
    for m in (_ATTENDED_FOR.finditer(text) if cheap else ()):
        deputy, _ = split_title(m.group("deputy"))
        member = split_title(m.group("member"))[0] if m.group("member") else None
        if is_name(deputy):
            found.append((PRESENT, person(deputy, deputising_for=member)))
    text = _ATTENDED_FOR.sub("", text) if found else text
    for cat, chunk in split_labels(text, category):
        for line in chunk.split("\n"):
            listed = agency_people(line, agencies) or [parse_entry(entry) for entry in split_entries(line)]
            for p in listed:
                if p:
                    if p["organisation"] and _TAKES_NOTES.fullmatch(p["organisation"]):  # "Kit Barlow - Support (notes)"
                        p["role"], p["organisation"] = f"{p['role']} ({p['organisation']})" if p["role"] else p["organisation"], None
                    takes_notes = cat == PRESENT and (_TAKES_NOTES.fullmatch(p["role"] or "") or _NOTES_ROLE.search(p["role"] or ""))
                    found.append((IN_ATTENDANCE if takes_notes else cat, p))  # "Emma Stokes (ES) notes"
    return found


_CODES = {"p": PRESENT, "present": PRESENT, "y": PRESENT, "yes": PRESENT, "✓": PRESENT, "✔": PRESENT, "√": PRESENT,
          "☑": PRESENT, "✗": APOLOGIES, "✘": APOLOGIES, "☒": APOLOGIES, "expected": None, "-": None, "–": None,
          "x": PRESENT, "attended": PRESENT, "a": APOLOGIES, "ap": APOLOGIES, "apols": APOLOGIES,
          "apologies": APOLOGIES, "sent apologies": APOLOGIES, "d": "deputy", "dep": "deputy",
          "deputy": "deputy", "rep": "deputy", "dna": None, "n": None, "no": None, "absent": None,
          "joined": PRESENT, "declined": APOLOGIES}  # a meetings app's response column


_DEPUTY_NOTE = re.compile(rf"^\w+\.?\s*[-–—:(]?\s*(?:for|deputi[sz]ing for|on behalf of|rep(?:resenting)?|in place of)\s+"
                          rf"({TITLED_NAME})\)?\s*$")


def _unstack(rows, name_col: int):
    """A table read column by column puts several names in one cell, one a line: split such a
    row into one row per name, pairing the other cells' lines when their counts agree."""
    for row in rows:
        names = (row[name_col] if name_col < len(row) else "").split("\n")
        if len(names) < 2:
            yield row
            continue
        columns = [cell.split("\n") for cell in row]
        for n in range(len(names)):
            yield tuple(col[n] if len(col) == len(names) else "" for col in columns)


_IN_ATTENDANCE_NOTE = re.compile(r"\b(minutes|minute taker|note taker|observer|officer|in attendance|presenting|guest)\b")
_REPRESENTED_BY = re.compile(rf"\b(?:represented by|deputised by|deputy:|substitute:|sent|rep(?:\.|resentative)?:)\s*"
                             rf"(?P<who>{TITLED_NAME})", re.I)
_STANDS_FOR = re.compile(rf"\b(?:substitute for|substituting for|deputi[sz]ing for|deputy for|on behalf of|in place of|"
                         rf"representing)\s+(?P<who>{TITLED_NAME})", re.I)
_KEY_ENTRY = re.compile(r"(?:^|[\s,;(])(?P<code>[A-Za-z]{1,4}|[✓✔✗✘×xX√☑☒-])\s*(?:=|-|–|:)?\s*"
                        r"(?P<meaning>present|attended|apologies|apologies received|absent|deputy(?: attended)?|"
                        r"substitute|represented|did not attend|not a member(?: then)?|in attendance)\b", re.I)


def _drop_note(p: dict, note: re.Pattern) -> None:
    """The deputy note read from a detail cell leaves the role and organisation it was mixed into."""
    for field in ("role", "organisation"):
        if p[field] and note.search(p[field]):
            kept = note.sub("", p[field])
            p[field] = re.sub(r"\(\s*\)|\s+,|,\s*$", "", kept).strip(" ,;–-") or None


def attendance_key(text: str) -> dict[str, str | None]:
    """"Key: P = present, A = apologies, D = deputy" / "✓ attended, ✗ apologies" -> {code: category}.
    Minutes define their own codes; a key read from the document wins over the usual meanings."""
    key: dict[str, str | None] = {}
    if not re.search(r"\bkey\b|=", text, re.I) and not re.search(r"[✓✔✗✘]", text):
        return key
    for m in _KEY_ENTRY.finditer(text):
        meaning = m.group("meaning").lower()
        category = (APOLOGIES if meaning.startswith("apologies") else
                    "deputy" if meaning.startswith(("deputy", "substitute", "represented")) else
                    IN_ATTENDANCE if meaning == "in attendance" else
                    PRESENT if meaning in ("present", "attended") else None)
        key[m.group("code").lower()] = category
    return key


_NOTES_ROLE = re.compile(r"(?:\s[-–—]\s*|\(|,\s*)(?:taking )?(?:the )?(?:notes|minutes|note[- ]?taker|minute[- ]?taker|minuting)\)?$",
                        re.I)


_FOR_ITEMS = re.compile(r"\bitems?\s+\d+(?:\s*(?:,|&|and|-|–)\s*\d+)*\s+only\b|\bfor (?:agenda )?items?\s+\d", re.I)


def people_from_grid(rows, name_col: int, code_col: int | None, detail_cols: list[int],
                     default: str = PRESENT, key: dict | None = None) -> list[tuple[str, dict]]:
    """Attendance table: a name column, detail columns (role, organisation, initials) and
    optionally a P/A/D code column (read with the document's `key` when it gives one). A "D" with a
    named deputy, or a note "Represented by X", puts the deputy in present; "substitute for X" on a
    row makes that person X's deputy."""
    found = []
    for row in _unstack(rows, name_col):
        def cell(i, row=row):
            return row[i].strip() if i is not None and i < len(row) else ""
        labelled, name_cell = _labelled_name(cell(name_col))
        p = parse_entry(name_cell)
        if not p:
            continue
        details = []
        for i in detail_cols:
            value = cell(i)
            if re.fullmatch(r"[A-Z]{2,4}[a-z]{0,2}", value) and value not in RANKS and not p["initials"]:
                p["initials"] = value
            elif value:
                details.append(value)
        if details:
            role, org = classify_details(details)
            if p["role"] and role and p["role"] != role:  # a rank from the name cell, the job from its own
                role = f"{p['role']}, {role}"
            p["role"], p["organisation"] = role or p["role"], p["organisation"] or org
        code_text = cell(code_col).lower() if code_col is not None else ""
        first = code_text.split(" ")[0].strip(".:")
        code = (key or _CODES).get(first, _CODES.get(first)) if code_col is not None else default
        if code_text and code is None and first not in _CODES and first not in (key or {}):
            code = label_category(code_text) or None
        if code == PRESENT and _IN_ATTENDANCE_NOTE.search(code_text):
            code = IN_ATTENDANCE  # "P (minutes)", "P - observer": there, but not a member
        if code == PRESENT and any(_NOTES_ROLE.search(x or "") or _FOR_ITEMS.search(x or "")
                                   for x in (p["role"], p["organisation"])):
            code = IN_ATTENDANCE  # "Reviews Officer – notes", "Reviewer (item 4 only)": not a member
        notes = [cell(i) for i in [code_col, *detail_cols] if i is not None]
        stood_in_by = next((m for m in map(_REPRESENTED_BY.search, notes) if m), None)
        stands_for = next((m for m in map(_STANDS_FOR.search, notes) if m), None)
        if stands_for and not p["deputising_for"] and code in (PRESENT, "deputy"):
            p["deputising_for"] = split_title(stands_for.group("who"))[0]  # "Present as substitute for Jo Bloggs"
            _drop_note(p, _STANDS_FOR)
            code = PRESENT
        for_whom = _DEPUTY_NOTE.match(cell(code_col)) if code == "deputy" else None
        if for_whom and is_name(split_title(for_whom.group(1))[0]):  # "D – for Jo Bloggs" on the deputy's own row
            p["deputising_for"] = split_title(for_whom.group(1))[0]
            found.append((PRESENT, p))
        elif code == "deputy" or (stood_in_by and code != PRESENT):
            deputy = stood_in_by.group("who") if stood_in_by else None
            if not deputy:
                named = re.search(rf"({TITLED_NAME})", cell(code_col)[1:] if code_col is not None else "")
                deputy = named.group(1) if named else None
            found.append((APOLOGIES, p))
            if deputy and is_name(split_title(deputy)[0]):
                name, rank = split_title(deputy)
                found.append((PRESENT, person(name, role=rank, deputising_for=p["name"], organisation=p["organisation"])))
            if stood_in_by:
                _drop_note(p, _REPRESENTED_BY)
        elif code:
            found.append((labelled or code, p))
    return found
