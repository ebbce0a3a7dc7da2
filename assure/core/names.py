"""People's names as minutes write them: titles, initials, owner cells, and whether two names are one person.

Pure functions, no database (ADR 0076). The one rule for each: a person's default initials
(partnerships), the initials an owner cell may use for them and how an owner cell splits (imports),
and how alike two names are (imports' matching; a close match when adding a person).
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

# Written before a name. Ranks are kept (they go into the person's role); honorifics are dropped.
# Longest first when matched, so "Det Supt" wins over "Supt".
RANKS = ["Detective Chief Superintendent", "Det Chief Supt", "Chief Superintendent", "Ch Supt",
         "Detective Superintendent", "Det Supt", "Detective Chief Inspector", "Chief Inspector",
         "Detective Inspector", "Det Insp", "Detective Sergeant", "Superintendent", "Inspector",
         "Sergeant", "Supt", "Sup", "DCI", "DCS", "DI", "DS", "DC", "PC", "Insp", "Sgt", "ACC", "DCC",
         "Chief Constable", "Assistant Chief Constable", "T/DCI", "T/DI", "T/Supt", "A/DI", "A/DCI",
         "Cllr", "Councillor", "Station Manager", "Watch Manager", "Crew Manager", "Group Manager", "Area Manager",
         "Chief Fire Officer", "Deputy Chief Fire Officer"]  # fire and rescue ranks written before the name
HONORIFICS = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Rev", "Revd", "Reverend", "Father", "Fr",
              "Canon", "Sir", "Dame"]  # a diocese's safeguarding adviser is often "Father" or "Canon"
_TITLE_RE = re.compile(r"^(" + "|".join(re.escape(t) for t in sorted(RANKS + HONORIFICS, key=len, reverse=True))
                       + r")\.?\s+(?=[A-Z])")

# Words left out when comparing two names, wherever they stand ("Det Supt", "Cllr", "MBE").
TITLE_WORDS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "cllr", "councillor", "sir", "dame",
    "lord", "lady", "rev", "revd", "reverend", "canon", "father", "det", "detective", "supt", "superintendent",
    "chief", "ch", "insp", "inspector", "dci", "di", "ds", "dc", "dsupt", "pc", "ps", "sgt", "sergeant", "acc",
    "dcc", "cc", "constable", "assistant", "deputy", "cmdr", "commander", "ch.supt", "mbe", "obe", "cbe", "qpm",
})

POST_NOMINALS = frozenset({"mbe", "obe", "cbe", "qpm"})

# Lower-case words that join a surname ("van der Berg", "de Souza"): kept as lower-case initials.
PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "das", "dos", "du", "del", "della", "la", "le",
                       "di", "ten", "ter", "bin", "al"})
PARTICLE_RE = r"(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")"

# Owners who are not one person: "All", "Business Team", "Subgroup chairs".
GROUP_WORDS = frozenset({"all", "everyone", "team", "group", "members", "partners", "agencies", "board", "chairs",
                         "subgroup", "unit", "panel", "partnership", "service", "services", "leads", "office"})
_BUSINESS_SUPPORT = re.compile(r"^business (support|office)$", re.I)

_OWNER_SPLIT = re.compile(r"\s*(?:/|,|&|\+|;|\n|\band\b|\bwith\b|\s[–—-]\s)\s*")
# Words of a due date that end up in an owner cell ("JB – June 2023", "AS (asap)"); not "Martin".
_NOT_OWNER = re.compile(r"\d|^(by|due|asap|ongoing|tbc|next meeting|end of)\b|^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|"
                        r"may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$", re.I)


def split_title(name: str) -> tuple[str, str | None]:
    """"DCI Jo Bloggs" -> ("Jo Bloggs", "DCI"): titles in front are removed; ranks are returned, honorifics dropped."""
    rank = None
    name = name.strip()
    while True:
        m = _TITLE_RE.match(name)
        if not m:
            return name, rank
        title = m.group(1)
        if title not in HONORIFICS:
            rank = f"{rank} {title}" if rank else title
        name = name[m.end():]


def _name_words(name: str) -> list[str]:
    """The words of a name without titles or bracketed notes; a hyphenated part counts as a word."""
    bare, _ = split_title(re.sub(r"\([^)]*\)", " ", name or ""))
    words = [w.strip(".,'’") for w in re.split(r"[\s\-]+", bare)]
    return [w for w in words if w and w.lower() not in POST_NOMINALS]


def _is_particle(words: list[str], i: int) -> bool:
    """"van" in "Mary van der Berg"; a capitalised "Van" ("Jo Van Dyke") is written as part of the surname."""
    return 0 < i < len(words) - 1 and words[i].lower() in PARTICLES


def initials(name: str) -> str:
    """The initials a person is given when none are entered: "Mary van der Berg" -> "MvdB", "Dr Jane Smith" -> "JS".

    Titles are dropped; each part of a hyphenated name counts ("Ann-Marie" -> "AM", "Coleridge-Smith" -> "CS");
    particles written in lower case joining a surname stay lower-case letters, as minute-takers write them.
    At most 12 characters.
    """
    letters = []
    words = _name_words(name)
    for i, word in enumerate(words):
        if word[0].isalpha():
            letters.append(word[0] if _is_particle(words, i) and word.islower() else word[0].upper())
    return "".join(letters)[:12]


def initials_variants(name: str) -> set[str]:
    """Every way an owner cell may write the person's initials, in capitals: "Mary van der Berg" is MVDB or MB,
    "Jackie Chan-Lowe" JCL or JC, "Ann Marie Lee" AML or AL (a middle name left out)."""
    words = _name_words(name)
    if not words:
        return set()
    core_words = [w for i, w in enumerate(words) if not _is_particle(words, i)]
    bare, _ = split_title(re.sub(r"\([^)]*\)", " ", name or ""))
    surname = [w for w in bare.split() if w.lower().strip(".") not in POST_NOMINALS][-1]
    variants = {initials(name).upper(), "".join(w[0] for w in core_words).upper()}
    if len(core_words) >= 2:
        variants.add((core_words[0][0] + surname[0]).upper())                                   # JC for Chan-Lowe
        variants.add((core_words[0][0] + "".join(p[0] for p in surname.split("-") if p)).upper())  # JCL
    return {v for v in variants if v}


def written_initials_match(written: str, name: str) -> bool:
    """Whether initials as written ("MvdB", "mvdb", "MB") can stand for the named person."""
    written = re.sub(r"[\s.]", "", written or "")
    return bool(written) and (written == initials(name) or written.upper() in initials_variants(name))


def split_owners(text: str) -> list[str]:
    """An owner cell as written -> one owner each: "JCol/AS" -> ["JCol", "AS"], "JT & KL" -> ["JT", "KL"],
    "– All" -> ["All"]. Labels ("Owner:"), dates ("JB by 30 June", "AS (asap)") and notes in brackets go;
    initials in brackets stay ("Jo Bloggs (JB)" gives both, resolved to one person later)."""
    text = re.sub(r"^\s*(owners?|lead|by|action by|responsible)\s*[:\-–]\s*", "", text or "", flags=re.I)
    text = re.sub(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\(([^)]*)\)", lambda m: "" if not m.group(1) or not re.fullmatch(
        r"[A-Z]{2,4}", m.group(1)) else "/" + m.group(1), text)  # dates and "(lead)" out, "(AB)" kept
    text = re.sub(r"\b((?:[A-Z]\.){2,4})", lambda m: m.group(1).replace(".", ""), text)  # "J.B." -> "JB"
    text = re.sub(r"\s+(?:by|due|before)\s+.*$", "", text, flags=re.I | re.S)  # "JB by 30 June"
    tokens = [t.strip(" .()[]-–—:@") for t in _OWNER_SPLIT.split(text)]  # "@Owain Fitch": a task list's mention
    return [t for t in tokens if t and not _NOT_OWNER.search(t)]


def _words(text: str) -> list[str]:
    text = re.sub(r"\([^)]*\)", " ", text or "")          # "(JC)", "(deputising)"
    return [w for w in re.split(r"[^\w'-]+", text.lower().replace("&", " and ")) if w]


def is_group(owner: str) -> bool:
    """"All", "WS Business Team", "Subgroup chairs": an owner that is not one person."""
    return bool(set(_words(owner)) & GROUP_WORDS) or bool(_BUSINESS_SUPPORT.match((owner or "").strip()))


def looks_like_full_name(text: str) -> bool:
    """"Holly Reed", "Dr Mary O'Neil": two or more capitalised words, not a group, not initials."""
    words = [w for w in re.split(r"\s+", re.sub(r"\([^)]*\)", " ", text or "").strip()) if w]
    words = [w for w in words if w.lower().strip(".") not in TITLE_WORDS]
    if len(words) < 2 or is_group(text):
        return False
    return all(re.fullmatch(r"[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)*|Mc[A-Z][a-z]+|O'[A-Z][a-z]+", w) for w in words)


@lru_cache(maxsize=8192)  # pure, and called for every pair of names in an import
def normalise_name(name: str) -> str:
    """"Det Supt Damian O'Neil (DON)" -> "damian o'neil": lower case, no titles, ranks or brackets."""
    words = [w.strip("'-.") for w in _words(name)]
    kept = [w for w in words if w and w not in TITLE_WORDS]
    return " ".join(kept or [w for w in words if w])   # "- -" has no name left: "", never " "


@lru_cache(maxsize=8192)
def name_similarity(a: str, b: str) -> float:
    """How alike two people's names are, 0-100, titles aside: "J Smith" / "Jane Smith" and "Jo Smith" /
    "Joanne Smith" score 86 (likely the same person), a one-letter typo about 90, different people below 70."""
    na, nb = normalise_name(a), normalise_name(b)
    if not na or not nb:
        return 0
    score = fuzz.token_sort_ratio(na, nb)
    aw, bw = na.split(), nb.split()
    if len(aw) >= 2 and len(bw) >= 2 and aw[-1] == bw[-1] and aw[0][0] == bw[0][0]:
        if len(aw[0]) == 1 or len(bw[0]) == 1 or aw[0].startswith(bw[0]) or bw[0].startswith(aw[0]):
            score = max(score, 86)
    return score


CLOSE = 85   # name_similarity at or above which adding a person asks "is this someone already here?"


def closely_matches(name: str, other: str) -> bool:
    """Whether adding `name` when `other` exists may make a second record of one person (ADR 0096):
    the same name, or a letter or two apart with the same initials ("Owen Pryce" / "Owen Price";
    not "Sam Holt" / "Pam Holt")."""
    a, b = normalise_name(name), normalise_name(other)
    if not a or not b:
        return False
    if a == b:
        return True
    same_initials = sorted(w[0] for w in a.split()) == sorted(w[0] for w in b.split())
    return same_initials and name_similarity(name, other) >= CLOSE


def close_names(name: str, others: list[str], plain: list[str] | None = None) -> list[int]:
    """Indexes of `others` that closely_matches(name, ...): the same answers, in one vectorised pass over a
    partnership's hundreds of names (rapidfuzz) and the full rule only for names that could pass it.
    `plain`: normalise_name of each of `others`, when checking many names against one list."""
    target = normalise_name(name)
    if not target or not others:
        return []
    plain = plain if plain is not None else [normalise_name(other) for other in others]
    # closely_matches needs name_similarity >= CLOSE: a plain likeness that high, or the same surname (the
    # initial-and-surname rule); nothing else can pass.
    maybe = {index for _n, _score, index in process.extract(target, plain, scorer=fuzz.token_sort_ratio,
                                                            score_cutoff=CLOSE, limit=None)}
    surname = target.split()[-1]
    maybe.update(i for i, other in enumerate(plain) if other.endswith(surname))
    return [i for i in sorted(maybe) if closely_matches(name, others[i])]


# Words a pseudonym may use besides one name or initial: "Child T", "Mr K", "Baby L and sibling".
PSEUDONYM_WORDS = {"child", "children", "adult", "baby", "infant", "mr", "mrs", "ms", "miss", "mx", "young",
                   "person", "case", "man", "woman", "boy", "girl", "family", "sibling", "siblings", "twins", "and", "the"}


def check_pseudonym(value: str) -> str:
    """A pseudonym for a child or adult (a review's case, an audit's sample case): tidied, or refused when it looks
    like a real name, contact details or a date of birth. Records about abused children hold no real names."""
    from django.core.exceptions import ValidationError  # here, so the extractor's command stays free of Django

    value = " ".join((value or "").split())
    if not value:
        raise ValidationError('Enter a pseudonym, such as "Child T" or "Mr K". This record must hold no real names.')
    if len(value) > 60:
        raise ValidationError("The pseudonym must be 60 characters or fewer.")
    if "@" in value or re.search(r"\d{2}[/.-]\d{2}", value):
        raise ValidationError('The pseudonym looks like contact details or a date. Use a pseudonym such as "Child T".')
    names = [w for w in re.findall(r"(?<![\w'’-])[^\W\d_]+(?:['’-][^\W\d_]+)*(?![\w'’-])", value) if len(w) > 1 and w.lower() not in PSEUDONYM_WORDS]
    if len(names) >= 2:
        raise ValidationError(
            f'"{value}" looks like a real name. Use a pseudonym such as "Child T" or "Mr K": '
            "a first name or initial, never a full name.")
    return value
