"""Layout and text features of each unit, with the rules' own role for it (ADR 115)."""
from __future__ import annotations

import re
from collections import Counter

from assure.imports.learned.roles import Unit, norm, tokens

HEADER_WORDS = [("owner", r"owner|lead|whom|who|responsible"), ("due", r"when|due|deadline|date|target"),
                ("action", r"action"), ("status", r"status|progress|rag|update"),
                ("discussion", r"discussion|notes|minute|summary|comment"), ("decision", r"decision|resolved|agreed"),
                ("item", r"item|no\b|ref|agenda|^#"), ("name", r"name|attendee|member"),
                ("organisation", r"organisation|agency|org"), ("role", r"role|title|position"),
                ("attendance", r"present|attend|apolog|^[pad/ ]+$|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")]
PATTERNS = {
    "starts_number": r"^\(?\d{1,2}(\.\d{1,2})*[.):]?\s+\S",
    "only_number_title": r"^\d{1,2}(\.\d{1,2})*\.?\s+[A-Z][^.]{2,70}$",
    "starts_item": r"^(item|agenda item|minute)\s+\d",
    "starts_part": r"^(part|section)\s+\w+",
    "starts_action": r"^\W*actions?\b",
    "has_action": r"\bactions?\b",
    "action_colon": r"\bactions?\s*[:–-]",
    "starts_decision": r"^\W*(agreed|resolved|decision|it was agreed|the \w+ agreed)",
    "has_agreed": r"\b(agreed|approved|endorsed|resolved)\b",
    "initials_to": r"\b[A-Z][A-Za-z]?[A-Z]{1,2}(\s*(/|and|&|,)\s*[A-Z][A-Za-z]?[A-Z]{1,2})*\s+to\s+[a-z]",
    "has_date": r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "has_month": r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b",
    "by_date": r"\bby\s+(\d|end|the|w/c|next|[0-9])",
    "paren_initials": r"\([A-Z][A-Za-z]?[A-Z]{1,2}\)",
    "initials_token": r"\b[A-Z][a-z]?[A-Z]{1,2}\b",
    "status_word": r"\b(complete|completed|closed|ongoing|carried forward|in progress|open|done)\b",
    "attendance_word": r"\b(present|apologies|attendance|attendees|in attendance|also present|minute taker|chair)\b",
    "title_prefix": r"\b(dr|cllr|councillor|supt|dci|ds|insp|mr|mrs|ms)\.?\s+[A-Z]",
    "ends_period": r"[.!?]\s*$",
    "has_colon": r":",
    "semicolons": r";.*;",
    "commas3": r",.*,.*,",
    "furniture": r"^(page \d+|official|\d+\s*$)",
    "email_header": r"^(from|sent|to|subject|cc):",
}
_COMPILED = {k: re.compile(v, re.I if k not in ("initials_to", "paren_initials", "initials_token", "title_prefix") else 0)
             for k, v in PATTERNS.items()}


def _header_kind(header: str) -> str:
    h = header.lower().strip()
    for kind, pattern in HEADER_WORDS:
        if re.search(pattern, h):
            return kind
    return "other" if h else "none"


def _bucket(n: int, edges=(1, 2, 3, 5, 8, 12, 20, 40)) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def unit_flags(unit: Unit) -> dict:
    text = unit.text
    flags = {k: 1.0 for k, rx in _COMPILED.items() if rx.search(text)}
    words = tokens(text)
    caps = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    flags["titlecase"] = sum(w[0].isupper() for w in caps) / len(caps) if caps else 0.0
    flags["words=" + _bucket(len(words))] = 1.0
    flags["kind=" + unit.kind] = 1.0
    if unit.style:
        flags["style=" + unit.style.split()[0].lower()] = 1.0
    if unit.kind == "cell":
        flags["hdr=" + _header_kind(unit.header)] = 1.0
        flags["row0"] = float(unit.row == 0)
        flags["col=" + _bucket(unit.col, (0, 1, 2, 3, 4))] = 1.0
        flags["ncols=" + _bucket(unit.ncols, (1, 2, 3, 4, 5, 6))] = 1.0
        flags["cell_line0"] = float(unit.line == 0)
        flags["cell_lines=" + _bucket(unit.lines, (1, 2, 3, 5))] = 1.0
    else:
        flags["para_line0"] = float(unit.line == 0)
    if words:
        flags["w0=" + words[0]] = 1.0
    return flags


def features(all_units: list[Unit], rules_roles: list[str] | None) -> list[dict]:
    """One feature dict per unit: its own flags and words, its neighbours' flags, where it sits, and
    (when `rules_roles` is given) the role today's rules give it and its neighbours."""
    own = [unit_flags(u) for u in all_units]
    repeated = Counter(norm(u.text) for u in all_units)
    numbered_before = 0
    out = []
    n = len(all_units)
    for i, unit in enumerate(all_units):
        f = dict(own[i])
        for w in set(tokens(unit.text)):
            if not w.isdigit():
                f["w=" + w] = 1.0
        f["pos=" + str(min(9, int(10 * i / max(1, n))))] = 1.0
        f["numbered_before=" + _bucket(numbered_before, (0, 1, 3))] = 1.0
        f["repeated"] = float(repeated[norm(unit.text)] > 1)
        for offset, name in ((-1, "prev"), (1, "next")):
            j = i + offset
            if 0 <= j < n:
                for key in ("starts_number", "only_number_title", "starts_action", "attendance_word", "kind=p",
                            "kind=cell", "starts_item", "paren_initials", "has_date"):
                    if key in own[j]:
                        f[f"{name}:{key}"] = 1.0
                f[f"{name}:same_block"] = float(all_units[j].block == unit.block)
                if rules_roles is not None:
                    f[f"{name}:rules={rules_roles[j]}"] = 1.0
            else:
                f[f"{name}:none"] = 1.0
        if rules_roles is not None:
            f["rules=" + rules_roles[i]] = 1.0
        numbered_before += "starts_number" in own[i] or "starts_item" in own[i]
        out.append(f)
    return out
