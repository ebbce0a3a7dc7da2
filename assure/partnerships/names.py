"""Whether two people's names are close enough to be the same person: pure, no database.

One function, so it can be repointed to the shared name-matching rule in core when that lands.
"""
import re

from rapidfuzz import fuzz

CLOSE = 85   # token_sort_ratio at or above which two names are asked about ("Owen Pryce" / "Owen Price": 90)

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "cllr", "sir", "dame", "rev", "det", "supt", "insp", "dci",
          "di", "ds", "dc", "pc", "sgt"}


def normalise(name: str) -> str:
    """'Dr Owen  Pryce (OP)' -> 'owen pryce': lower case, no titles, brackets or punctuation."""
    name = re.sub(r"\([^)]*\)", " ", name or "")
    words = [w.strip(".'-") for w in re.split(r"[^\w'.-]+", name.lower())]
    kept = [w for w in words if w and w not in TITLES]
    return " ".join(kept or [w for w in words if w])


def closely_matches(name: str, other: str) -> bool:
    a, b = normalise(name), normalise(other)
    if not a or not b:
        return False
    aw, bw = a.split(), b.split()
    if a == b:
        return True
    # A letter or two apart, with the same initials: "Owen Price" / "Owen Pryce", not "Sam Holt" / "Pam Holt".
    if sorted(w[0] for w in aw) == sorted(w[0] for w in bw) and fuzz.token_sort_ratio(a, b) >= CLOSE:
        return True
    # "J Smith" and "Jane Smith", "Jo Smith" and "Joanne Smith": the same surname, one first name inside the other.
    return (len(aw) >= 2 and len(bw) >= 2 and aw[-1] == bw[-1]
            and (aw[0].startswith(bw[0]) or bw[0].startswith(aw[0])))
