"""Reading what a person typed in the search box (pure, no database): words, "quoted phrases", -excluded words,
OR between words, a trailing * for "starts with". Anything else (brackets, operators, symbols, emoji) is not
syntax: only the words count, so no query can be an error in either database's search syntax.
"""
import re
from dataclasses import dataclass, field

MAX_TERMS = 32
MAX_LENGTH = 1000
_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORD = re.compile(r"[^\W_]+")  # letters and digits: what both databases' parsers call a word


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False


@dataclass
class Query:
    groups: list[list[Term]] = field(default_factory=list)  # every group must match; any term within a group
    excluded: list[Term] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.groups)

    @property
    def terms(self) -> list[Term]:
        return [term for group in self.groups for term in group]

    def loosened(self) -> "Query":
        """Any of the words instead of all of them: for when all of them find nothing."""
        return Query([self.terms], self.excluded)


def parse(text: str) -> Query:
    query = Query()
    join_next = negate_next = False
    for token in _TOKEN.findall((text or "")[:MAX_LENGTH]):
        if token == "OR":
            join_next = bool(query.groups)
            continue
        if token in ("AND", "NOT"):
            negate_next = token == "NOT"
            continue
        negated = negate_next or (token.startswith("-") and len(token) > 1)
        negate_next = False
        words = tuple(word.lower() for word in _WORD.findall(token))
        if not words:
            continue
        term = Term(words, prefix=len(words) == 1 and token.endswith("*") and not token.startswith('"'))
        if negated:
            query.excluded.append(term)
        elif join_next:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        join_next = False
        if len(query.terms) + len(query.excluded) >= MAX_TERMS:
            break
    return query


def fts5(query: Query) -> str:
    """SQLite FTS5 syntax: every word double-quoted (so nothing is an operator), groups joined by AND."""
    def term(t: Term) -> str:
        return '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")

    positive = " AND ".join("(" + " OR ".join(term(t) for t in group) + ")" for group in query.groups)
    if query.excluded:
        return f"({positive}) NOT (" + " OR ".join(term(t) for t in query.excluded) + ")"
    return positive


def tsquery(query: Query) -> str:
    """PostgreSQL to_tsquery syntax: every word single-quoted (letters and digits only), phrases with <->."""
    def term(t: Term) -> str:
        return "(" + " <-> ".join(f"'{w}'" + (":*" if t.prefix else "") for w in t.words) + ")"

    positive = " & ".join("(" + " | ".join(term(t) for t in group) + ")" for group in query.groups)
    for t in query.excluded:
        positive += f" & !{term(t)}"
    return positive
