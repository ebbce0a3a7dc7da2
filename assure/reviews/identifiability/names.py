"""Finding people's names: those recorded on the case, and the partnership's people out of role."""
from __future__ import annotations

import re
from dataclasses import dataclass

# How far either side of a partnership person's name their role or organisation may be written.
ROLE_WINDOW = 60

TITLES = ("mr", "mrs", "ms", "miss", "mx", "master", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
          "rev", "revd", "cllr", "councillor", "dci", "di", "ds", "dc", "pc", "sgt", "insp", "supt", "det")
_TITLE_RE = r"(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\.?"

# Names that are also everyday words, titles or pseudonym words: matched only inside the full name.
COMMON_WORDS = frozenset("""
    will may june april august mark rose grace hope faith joy dawn ivy holly lily daisy amber ruby pearl
    jade hazel heather violet poppy summer autumn sky river storm bill frank guy jack pat sue bob nick
    rob ray chase hunter carter mason baker cook young brown white green black gray grey long little
    hill wood bush ward hall moss lane street field marsh brook brooks bird fox lamb king knight price
    bell rich short best love page cross chance case read sharp stone mills bond day gold ball lord major
    miles power strong wells west north south east head park rice wise star sunny honey angel sonny
    child children adult baby family mother father mum dad brother sister the and van von der den
    """.split()) | frozenset(TITLES)

_APOS = "['’]"
_POSSESSIVE = rf"(?:{_APOS}s\b|{_APOS}(?!\w))?"


@dataclass(frozen=True)
class PersonRef:
    """A partnership person: in their professional role their name is not a hit."""

    name: str
    role: str = ""
    organisation: str = ""


def _words(name: str) -> list[str]:
    words = [w.strip(".,;:()\"") for w in name.split()]
    words = [w for w in words if w]
    while words and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return words


def _word_pattern(word: str) -> str:
    return re.sub(r"\\?['’]", _APOS, re.escape(word))


def _phrase_pattern(words: list[str]) -> str:
    return r"\s+".join(_word_pattern(w) for w in words)


def _bounded(pattern: str, ignore_case: bool = True) -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?:{pattern}){_POSSESSIVE}(?![\w-])", re.IGNORECASE if ignore_case else 0)


class _Text:
    """The text and a lower-cased copy, to find a name's last word fast before trying its pattern
    (a scan of the whole text per name and pattern is far too slow for long reports)."""

    def __init__(self, text: str):
        self.text = text
        lowered = text.lower().replace("’", "'")
        self.lowered = lowered if len(lowered) == len(text) else None  # some letters lower-case to two

    def find(self, pattern: str, last_word: str, room: int, ignore_case: bool = True) -> list[tuple[int, int]]:
        """Spans matching pattern, which ends with last_word; room: how far before it a match may start."""
        if self.lowered is None:
            return [m.span() for m in _bounded(pattern, ignore_case).finditer(self.text)]
        anchor, spans, index = last_word.lower().replace("’", "'"), set(), 0
        regex = _bounded(pattern, ignore_case) if anchor in self.lowered else None  # compiling costs more than looking
        while regex and (index := self.lowered.find(anchor, index)) >= 0:
            end = index + len(anchor) + 4  # room for "'s" and the character after
            for match in regex.finditer(self.text, max(0, index - room), end):
                if match.end() == end and end < len(self.text):
                    continue  # cut short by the window: may be inside a longer word
                spans.add(match.span())
            index += 1
        return sorted(spans)


def _distinctive_parts(words: list[str]) -> set[str]:
    parts = set(words)
    for word in words:
        parts.update(p for p in word.split("-") if p)
    return {p for p in parts if len(re.sub(r"\W", "", p)) >= 3 and p.lower() not in COMMON_WORDS}


def find_case_names(text: str, case_names: list[str]) -> list[tuple[int, int]]:
    """Spans of the case's names: full names, and their distinctive parts alone."""
    spans: list[tuple[int, int]] = []
    searchable = _Text(text)
    for name in case_names:
        words = _words(name)
        if not words:
            continue
        # A one-word name that is also an everyday word ("Grace") is matched only as written, capitalised.
        ordinary_word = len(words) == 1 and words[0].lower() in COMMON_WORDS
        spans += searchable.find(_phrase_pattern(words), words[-1], room=2 * len(name) + 20,
                                 ignore_case=not ordinary_word)
        for part in sorted(_distinctive_parts(words)):
            spans += searchable.find(_word_pattern(part), part, room=0)
    return spans


def _normalise(value: str) -> str:
    return re.sub(r"\s+", " ", value.replace("’", "'")).strip().lower()


_BREAK = re.compile(r"\n\s*\n|(?<=[.!?])\s+(?=[A-Z\"“‘'(])")


def _window(text: str, start: int, end: int) -> str:
    before = text[max(0, start - ROLE_WINDOW):start]
    after = text[end:end + ROLE_WINDOW]
    # The window stops at a sentence end or a blank line: a role there belongs to another mention.
    before = _BREAK.split(before)[-1]
    after = _BREAK.split(after)[0]
    return _normalise(before + " " + after)


def find_people(text: str, people: list[PersonRef]) -> list[tuple[int, int]]:
    """Spans of partnership people's names written without their role or organisation nearby."""
    spans: list[tuple[int, int]] = []
    searchable = _Text(text)
    for person in people:
        words = _words(person.name)
        if len(words) < 2:
            continue  # a single word is too weak a name to tell a person by
        credentials = [c for c in (_normalise(person.role), _normalise(person.organisation)) if c]
        full = rf"(?:{_TITLE_RE}\s+)?{_phrase_pattern(words)}"
        titled = rf"{_TITLE_RE}\s+{_word_pattern(words[-1])}"
        for pattern in (full, titled):
            for start, end in searchable.find(pattern, words[-1], room=2 * len(person.name) + 30):
                window = _window(text, start, end)
                if not any(c in window for c in credentials):
                    spans.append((start, end))
    return spans
