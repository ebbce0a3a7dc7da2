"""Pure matching of an extracted record's names to the partnership's existing records.

No database here: callers pass plain `Candidate`s (see queries.py) and get back a `Match` for each
name: matched (one candidate, confidently), new (nobody like them), or ambiguous (several, or one
only possibly right) – an ambiguous name is shown to the person checking, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from assure.core.names import name_similarity, normalise_name, written_initials_match

MATCHED = "matched"
NEW = "new"
AMBIGUOUS = "ambiguous"

CONFIDENT = 90   # score at or above which a single best candidate is taken
POSSIBLE = 70    # score at or above which a candidate is offered to the person checking
MARGIN = 8       # the best must beat the runner-up by this much to be taken

SMALL_WORDS = {"and", "of", "the", "for", "&"}


@dataclass(frozen=True)
class Candidate:
    """An existing record a name may refer to."""

    id: int
    name: str
    initials: str = ""
    organisation: str = ""   # for people: their organisation's name; for organisations: the short name


@dataclass(frozen=True)
class Match:
    outcome: str                                  # MATCHED, NEW or AMBIGUOUS
    id: int | None = None                         # the candidate, when MATCHED
    confidence: int = 0                           # 0-100, the best candidate's score
    candidates: tuple[tuple[int, int], ...] = ()  # (id, score) worth offering, best first

    @property
    def is_matched(self) -> bool:
        return self.outcome == MATCHED


def _words(text: str) -> list[str]:
    """Lower-case words of an organisation's or body's name."""
    text = re.sub(r"\([^)]*\)", " ", text or "")          # "(JC)", "(deputising)"
    return [w for w in re.split(r"[^\w'-]+", text.lower().replace("&", " and ")) if w]


def _decide(scored: list[tuple[int, int]]) -> Match:
    # Decide on the raw scores (bonuses may pass 100); report them clamped to 0-100.
    scored = sorted(scored, key=lambda c: (-c[1], c[0]))
    offered = [c for c in scored if c[1] >= POSSIBLE][:5]
    shown = tuple((cid, max(0, min(100, round(s)))) for cid, s in offered)
    if not offered:
        return Match(NEW, confidence=max(0, min(100, round(scored[0][1]))) if scored else 0)
    best_id, best = offered[0]
    runner_up = offered[1][1] if len(offered) > 1 else 0
    if best >= CONFIDENT and best - runner_up >= MARGIN:
        return Match(MATCHED, id=best_id, confidence=shown[0][1], candidates=shown)
    return Match(AMBIGUOUS, confidence=shown[0][1], candidates=shown)


@lru_cache(maxsize=8192)
def _organisation_score(a: str, b: str, b_short: str = "") -> float:
    na, nb = _org_norm(a), _org_norm(b)
    if not na or not nb:
        return 0
    if na == nb or (b_short and na == _org_norm(b_short)) or na == _acronym(b) or _acronym(a) == nb:
        return 100
    if (b_short and na.replace(" ", "") == _org_norm(b_short).replace(" ", "")):
        return 100
    if len(na) >= 2 and " " not in na and _acronym(b).endswith(na):
        return CONFIDENT   # "ICB" for "Fenshire Integrated Care Board": the place is often dropped
    a_words, b_words = set(na.split()), set(nb.split())
    if a_words <= b_words or b_words <= a_words:
        return CONFIDENT   # one name wholly inside the other ("Police" in "Fenshire Police"): likely
    return fuzz.token_sort_ratio(na, nb)


@lru_cache(maxsize=8192)
def _org_norm(name: str) -> str:
    return " ".join(w for w in _words(name) if w not in SMALL_WORDS)


@lru_cache(maxsize=8192)
def _acronym(name: str) -> str:
    words = [w for w in _words(name) if w not in SMALL_WORDS]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def person_score(name: str, initials: str, organisation: str, candidate: Candidate) -> float:
    rn, cn = normalise_name(name), normalise_name(candidate.name)
    ri, ci = (initials or "").strip().upper(), (candidate.initials or "").strip().upper()
    if not rn:
        # Only initials given ("JC"): worth offering, never certain on their own.
        return 85 if ri and (ri == ci or written_initials_match(ri, candidate.name)) else 0
    score = name_similarity(name, candidate.name)
    if ri and ci:
        score += 4 if ri == ci else -8
    if organisation and candidate.organisation:
        org = _organisation_score(organisation, candidate.organisation)
        if org >= 85:
            score += 6
        elif org < 70:
            # Another agency: the same full name is still likely them (moved, or the CCG became the ICB);
            # a merely similar name at another agency is asked about.
            score -= 8 if rn == cn else 12
    return score


# Below this plain likeness of names (and with another surname) a candidate cannot reach POSSIBLE even with
# every bonus (+4 initials, +6 organisation), so it is not scored in full.
PREFILTER = POSSIBLE - 15


def match_person(person: dict, candidates: list[Candidate], names: list[str] | None = None) -> Match:
    """`person` as in the record: name, initials, organisation (role and deputising_for are ignored).
    `names`: the candidates' normalise_name, when matching many people against one list (plain_names)."""
    name, initials = person.get("name") or "", person.get("initials") or ""
    organisation = person.get("organisation") or ""
    return _decide([(c.id, person_score(name, initials, organisation, c))
                    for c in _likely(name, candidates, names)])


class PlainNames(list):
    """normalise_name of each candidate, and where each last word (surname) is: built once for a list, so that
    matching many people against it does not scan every name for every person's surname."""

    def __init__(self, names):
        super().__init__(names)
        self.by_surname: dict[str, list[int]] = {}
        for index, name in enumerate(self):
            words = name.split()
            if words:
                self.by_surname.setdefault(words[-1], []).append(index)


def plain_names(candidates: list[Candidate]) -> PlainNames:
    return PlainNames(normalise_name(c.name) for c in candidates)


def _likely(name: str, candidates: list[Candidate], names: list[str] | None = None) -> list[Candidate]:
    """The candidates worth scoring in full: every one of a few, else those whose names are at all alike (one
    vectorised pass of rapidfuzz) or who share the surname (initials and surname can make a likely match)."""
    target = normalise_name(name)
    if not target or len(candidates) <= 20:
        return candidates
    names = names if names is not None else plain_names(candidates)
    keep = {index for _n, _score, index in process.extract(target, names, scorer=fuzz.token_sort_ratio,
                                                            score_cutoff=PREFILTER, limit=None)}
    surname = target.split()[-1]
    by_surname = getattr(names, "by_surname", None)
    if by_surname is not None:
        keep.update(i for i in by_surname.get(surname, ()) if names[i].endswith(surname))
    else:
        keep.update(i for i, other in enumerate(names) if other.endswith(surname) and other.split()[-1:] == [surname])
    return [candidates[i] for i in sorted(keep)]


def match_organisation(name: str, candidates: list[Candidate]) -> Match:
    """Candidates carry the organisation's short name in `organisation`."""
    if not (name or "").strip():
        return Match(NEW)
    return _decide([(c.id, _organisation_score(name, c.name, c.organisation)) for c in candidates])


def match_body(name: str, candidates: list[Candidate], partnership_name: str = "") -> Match:
    """Body names in minutes often carry the partnership's name: 'Fenbridge Safeguarding Executive Board'."""
    common = set(_words(partnership_name)) - {"board"}

    def strip(text):
        words = [w for w in _words(text) if w not in SMALL_WORDS]
        kept = [w for w in words if w not in common]
        return " ".join(kept or words)

    if not (name or "").strip():
        return Match(NEW)
    if common and set(_words(name)) - SMALL_WORDS <= common:
        return Match(AMBIGUOUS)   # only the partnership's own name: which of its bodies met is not said
    target = strip(name)
    scored = []
    for c in candidates:
        body = strip(c.name)
        exact = target == body or (c.organisation and _org_norm(name) == _org_norm(c.organisation))
        # The body's whole name inside the heading ("Warwickshire Safeguarding Executive Board").
        inside = len(body.split()) >= 2 and set(body.split()) <= set(target.split())
        scored.append((c.id, 100 if exact else 92 if inside else max(fuzz.token_sort_ratio(target, body),
                                                                    min(fuzz.token_set_ratio(target, body), 85))))
    return _decide(scored)


def match_action_text(text: str, candidates: list[Candidate]) -> Match:
    """An update in the action log ('Adult LLB to be progressed') to the open action it reports on."""
    target = " ".join(_words(text.replace("-", " ")))
    if not target:
        return Match(NEW)
    scored = []
    for c in candidates:
        other = " ".join(_words(c.name.replace("-", " ")))
        score = fuzz.token_sort_ratio(target, other)
        if min(len(target.split()), len(other.split())) >= 3:
            # One text wholly inside the other: the log often shortens the action.
            score = max(score, fuzz.token_set_ratio(target, other) - 5)
        scored.append((c.id, score))
    return _decide(scored)


def find_record_person(owner: str, people: list[dict]) -> int | None:
    """Index of the record's attendee an owner names (full name or initials), or None if not exactly one."""
    key = normalise_name(owner)
    if not key:
        return None
    by_name = [i for i, p in enumerate(people) if normalise_name(p.get("name") or "") == key]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        return None
    upper = owner.strip().upper()
    by_initials = [i for i, p in enumerate(people) if (p.get("initials") or "").strip().upper() == upper]
    if len(by_initials) == 1:
        return by_initials[0]
    if by_initials:
        return None
    close = [i for i, p in enumerate(people)
             if p.get("name") and person_score(owner, "", "", Candidate(0, p["name"])) >= CONFIDENT]
    return close[0] if len(close) == 1 else None


# --- matters arising: which earlier action an update reports on (ADR 0111) -------------------------------

REFERENCE_CONFIDENCE = 95   # a reference that names exactly one open action
CLEAR_LEAD = 80             # words alone link an update scoring this, when no other action comes within CLEAR_GAP
CLEAR_GAP = 30
_LINK_WORDS = {"a", "an", "the", "and", "of", "for", "to", "with", "in", "at", "by", "all", "&"}
_STATUS_WORDS = {"complete", "completed", "closed", "done", "actioned", "ongoing", "open", "carried", "forward",
                 "c/f", "cf", "remains", "remain", "agenda", "on", "is", "now", "has", "been", "was", "to", "be"}
# "Action 3", "Action no. 3", "Action ref 3", "A3", "#3", "22/31", "3.1", "3(1)" at the start of an update, or
# "(Action 3)" anywhere in it.
_REFERENCE = re.compile(
    r"(?:^|\(|\[)\s*(?:(?:action|act)\s*(?:no\.?|number|ref\.?|reference)?\s*:?\s*|a\s*(?=\d)|#\s*)?"
    r"(?P<ref>\d{1,3}\s*/\s*\d{1,4}|\d{1,3}(?:\.\d{1,3}){1,2}|\d{1,3}\s*\(\s*\d{1,3}\s*\)|\d{1,4}[a-z]?)"
    r"(?=\s*(?:$|[\s.:;,)\]–—-]))", re.I)


@dataclass(frozen=True)
class ActionCandidate:
    """An open action of an earlier meeting an update may report on, with the references it answers to."""

    id: int
    text: str
    references: frozenset = frozenset()   # normalised: "3" (its place in its meeting's actions), "3.1", "25/31"


def normalise_reference(text: str) -> str:
    """ "22 / 31" -> "22/31", "3(1)" -> "3.1", "A3" / "Action 3" / "03" -> "3"; "" when there is none."""
    text = (text or "").strip().lower()
    text = re.sub(r"^(?:action|act)\s*(?:no\.?|number|ref\.?|reference)?\s*:?\s*|^a\s*(?=\d)|^#\s*", "", text)
    text = re.sub(r"\s*\(\s*(\d+)\s*\)", r".\1", text)
    text = re.sub(r"\s+", "", text)
    parts = re.split(r"([./])", text)
    return "".join(p.lstrip("0") or "0" if p.isdigit() else p for p in parts)


def find_reference(text: str) -> str:
    """The action reference an update starts with ("Action 3 – complete", "A3:", "22/31 closed", "3.1 done") or
    names in brackets ("The protocol (Action 4) is published"), normalised; "" when it names none.

    A bare number counts only at the start and followed by a separator, so "2 schools" is not Action 2.
    """
    text = text or ""
    for m in _REFERENCE.finditer(text):
        whole, ref = m.group(0), m.group("ref")
        prefixed = bool(re.search(r"(?:action|act|a|#)\s*(?:no\.?|number|ref\.?|reference)?\s*:?\s*$",
                                  whole[: whole.lower().rfind(ref.lower())].lower().strip("([ ")))
        if m.start() == 0 and not prefixed and re.fullmatch(r"\d{1,4}[a-z]?", ref):
            after = text[m.end():m.end() + 2]
            if not re.match(r"\s*[.:)–—-]", after):
                continue   # "2 schools have ...": a count, not a reference
        if m.start() > 0 and not prefixed and text[m.start()] not in "([":
            continue
        if m.start() > 0 and text[m.start()] in "([" and not prefixed and "/" not in ref and "." not in ref:
            continue   # "(3)" in prose is not a reference; "(Action 3)" and "(22/31)" are
        return normalise_reference(ref)
    return ""


def action_references(place_in_meeting: int, item_number: str = "", place_in_item: int = 0,
                      year_and_place: tuple[int, int] | None = None, written: str = "") -> frozenset:
    """What an earlier action may be called in later minutes: its place in its meeting's list ("Action 3", "A3"),
    item and place under it ("3.1": item 3's first action), its place in the body's year ("25/31": the 31st
    action of 2025), and a reference written in its own minutes."""
    refs = {str(place_in_meeting)} if place_in_meeting else set()
    if item_number and place_in_item and re.fullmatch(r"\d{1,3}", item_number):
        refs.add(f"{item_number}.{place_in_item}")
    if year_and_place:
        refs.add(f"{year_and_place[0] % 100}/{year_and_place[1]}")
    if written and (normal := normalise_reference(written)):
        refs.add(normal)
    return frozenset(refs)


def _update_words(text: str, reference: str) -> str:
    """The update's text without its reference and the status words around it: what to compare with actions."""
    text = re.sub(r"^\W*(?:action|act)?\s*(?:no\.?|ref\.?)?\s*[a#]?\s*[\d./()]+\s*[.:)–—-]?\s*", "", text or "",
                  flags=re.I) if reference else (text or "")
    return " ".join(w for w in _words(text.replace("-", " ")) if w not in _STATUS_WORDS)


def _content_words(text: str) -> str:
    """Words that say what was to be done, endings aside ("published" / "publish", "sharing" / "shared")."""
    return " ".join(_stem(w) for w in _words((text or "").replace("-", " "))
                    if w not in _STATUS_WORDS and w not in _LINK_WORDS)


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "e", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def text_likeness(update_text: str, action_text: str) -> float:
    """0-100: how alike an update's words and an action's are (the log often shortens the action), small words
    and status words aside ("Development session booked for March" / "Arrange a development session")."""
    target, other = _content_words(update_text), _content_words(action_text)
    if not target or not other:
        return 0
    score = fuzz.token_sort_ratio(target, other)
    if min(len(target.split()), len(other.split())) >= 3:
        score = max(score, fuzz.token_set_ratio(target, other) - 5)
    return score


def link_update(update: dict, candidates: list[ActionCandidate]) -> Match:
    """Which open action an update (record["action_updates"][i]: item, text, status, maybe ref) reports on.

    A reference that names exactly one candidate links it (confidence 95; 100 when the words agree too),
    unless the words clearly name another action, when both are offered. Otherwise the words decide, as
    match_action_text. MATCHED is linked without asking; AMBIGUOUS offers `candidates`; NEW links nothing.
    """
    text = update.get("text") or ""
    reference = normalise_reference(update.get("ref") or "") or find_reference(text)
    words = _update_words(text, reference)
    scored = {c.id: text_likeness(words, c.text) for c in candidates} if words else {}
    if reference:
        named = [c for c in candidates if reference in c.references]
        if len(named) == 1:
            chosen = named[0].id
            best_other = max((s for cid, s in scored.items() if cid != chosen), default=0)
            own = scored.get(chosen, 0)
            if words and len(words.split()) >= 3 and best_other >= CONFIDENT and best_other - own >= 25:
                # "Action 3 – toolkit published" when action 3 is the audit and action 4 the toolkit: ask.
                offered = sorted(((chosen, 80), *((cid, round(s)) for cid, s in scored.items()
                                                   if cid != chosen and s >= POSSIBLE)), key=lambda c: -c[1])[:5]
                return Match(AMBIGUOUS, confidence=80, candidates=tuple(offered))
            confidence = 100 if own >= POSSIBLE else REFERENCE_CONFIDENCE
            return Match(MATCHED, id=chosen, confidence=confidence, candidates=((chosen, confidence),))
        if len(named) > 1:
            return Match(AMBIGUOUS, confidence=80, candidates=tuple((c.id, 80) for c in named[:5]))
    if not words:
        return Match(NEW)
    match = _decide(list(scored.items()))
    if match.outcome == AMBIGUOUS:
        ranked = sorted(scored.values(), reverse=True)
        best, runner_up = ranked[0], (ranked[1] if len(ranked) > 1 else 0)
        if best >= CLEAR_LEAD and best - runner_up >= CLEAR_GAP:
            # An update written in other words ("... is booked for March") that only one action resembles.
            return Match(MATCHED, id=match.candidates[0][0], confidence=match.confidence, candidates=match.candidates)
    return match
