"""Free text about a case must not name the child: a pure check for words that read like a person's full name.

"Jordan Blake was not seen" or "child Amy-Leigh O'Neil" is refused; "Fenbridge Council did not share the strategy
discussion notes", "Stage 2 with the Designated Safeguarding Lead", "Mr K" or "Child T" are not. A full name is two
or more capitalised words in a row, none of them a word of the safeguarding world (agencies, roles, meetings,
months, days) or of the partnership's own organisations and boards (`known`). It reads like a name; it may not be
one, so the message says what to write instead. Case references themselves are checked by
core.names.check_pseudonym.
"""
import re
from collections.abc import Iterable

from django.core.exceptions import ValidationError

from assure.core.names import TITLE_WORDS

# Capitalised words that are not people's names in what professionals write about a case.
COMMON_WORDS = frozenset("""
a an the and or of for to in on at by with from about after before not no this that it its he she they we i
child children's children young person people adult adults baby infant family families parent parents carer carers
mother father mum dad sibling siblings brother sister grandparent grandmother grandfather foster kinship
mr mrs ms miss mx dr
council county city borough district town parish unitary authority local
police constabulary force officer constable sergeant inspector detective superintendent chief
health nhs trust hospital hospitals integrated care board icb gp gps practice surgery clinic midwife midwifery
midwives nurse nursing health visitor visitors visiting school schools academy academies college nursery pre
primary secondary special education educational early years designated safeguarding lead leads deputy head
headteacher teacher senco send
social worker workers work services service team teams unit hub mash front door duty assessment assessments
children's adults' youth justice probation housing fire rescue ambulance camhs mental substance misuse
domestic abuse violence exploitation missing neglect harm sexual criminal county lines
strategy discussion discussions meeting meetings conference conferences core group review reviews plan plans
protection need needs looked after initial section referral referrals contact consultation supervision
stage manager managers senior principal named doctor doctors practitioner practitioners professional
professionals partnership partnerships panel group subgroup executive independent scrutineer chair business
safeguarding multi agency agencies partner partners voluntary sector community
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
north south east west northern southern eastern western central upper lower great little new old
concern concerns escalation escalations disagreement disagreements decision decisions outcome agreed
""".split())

_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)*"
_RUN = re.compile(rf"{_WORD}(?:\s+{_WORD})+")


def _plain(word: str) -> str:
    return re.sub(r"['’]s$", "", word).lower()


def full_names_in(text: str, known: Iterable[str] = ()) -> list[str]:
    """The phrases of `text` that read like a person's full name, in order."""
    ignored = COMMON_WORDS | TITLE_WORDS | {_plain(w) for phrase in known for w in re.findall(r"[\w'’-]+", phrase or "")}
    found = []
    for run in _RUN.finditer(text or ""):
        words = run.group().split()
        name: list[str] = []
        for word in [*words, ""]:
            if word and _plain(word) not in ignored:
                name.append(word)
                continue
            if len(name) >= 2:
                found.append(" ".join(name))
            name = []
    return found


def refuse_full_names(text: str, *, field: str, what: str, known: Iterable[str] = ()) -> None:
    """A ValidationError on `field` when `text` reads like it names a person."""
    names = full_names_in(text, known)
    if names:
        raise ValidationError({field: (
            f'The {what} must not name anyone: "{names[0]}" looks like a person\'s full name. Describe people by '
            'their role (for example "allocated social worker") and a child by a pseudonym such as "Child T".')})
