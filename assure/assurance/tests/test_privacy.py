"""Free text about an escalation or complaint must not name a child: what reads like a full name is refused."""
import pytest
from django.core.exceptions import ValidationError

from ..privacy import full_names_in, refuse_full_names

KNOWN = ["Fenbridge Council", "Fenshire Police", "Fenshire Integrated Care Board", "Executive Board"]


@pytest.mark.parametrize(("text", "names"), [
    ("Jordan Blake was not seen at the home visit.", ["Jordan Blake"]),
    ("Concern about child Amy-Leigh O'Neil and her brother.", ["Amy-Leigh O'Neil"]),
    ("Strategy discussion not held for Mr Jordan Blake's son.", ["Jordan Blake's"]),
    ("The school said Kai McDonald had missed 20 days.", ["Kai McDonald"]),
    ("Dr Jane Smith disagreed with the threshold decision.", ["Jane Smith"]),
    # Not names: agencies, roles, meetings, pseudonyms, the partnership's own organisations, months.
    ("Fenbridge Council did not invite Fenshire Police to the Strategy Discussion.", []),
    ("Designated Safeguarding Lead escalated to the Head of Service at Stage 2.", []),
    ("Child T was discussed at the Initial Child Protection Conference in March.", []),
    ("Mr K and Baby L: the Health Visitor asked for a Child in Need meeting.", []),
    ("The MASH declined the referral; CAMHS were not consulted.", []),
    ("Fenshire Integrated Care Board named nurse disagreed.", []),
    ("", []),
])
def test_phrases_that_read_like_full_names(text, names):
    assert full_names_in(text, KNOWN) == names


def test_the_refusal_names_the_field_and_says_what_to_write_instead():
    with pytest.raises(ValidationError) as refused:
        refuse_full_names("Jordan Blake was missing", field="summary", what="description", known=KNOWN)
    message = refused.value.message_dict["summary"][0]
    assert '"Jordan Blake" looks like a person\'s full name' in message and "Child T" in message
    refuse_full_names("Child J was missing", field="summary", what="description", known=KNOWN)   # no error
