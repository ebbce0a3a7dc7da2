"""Moving between the parts of assurance: each list page names every other part once, in its "Parts of assurance"
navigation, and none but the overview (back to its year's programme) carries a back link. Found walking the demo:
some lists repeated two or three parts in an "Also in assurance" line or their opening paragraph, only two had a
back link, and the risk register had no such navigation."""
import pytest
from django.urls import reverse

from ..templatetags.assurance_nav import SECTIONS


@pytest.mark.parametrize("current", [name for name, _ in SECTIONS])
def test_each_list_page_links_every_other_part_of_assurance_once(partnership, readonly_user, client_for, current):
    page = client_for(readonly_user).get(reverse(current, kwargs={"slug": partnership.slug}))
    assert page.status_code == 200
    main = page.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    for name, _ in SECTIONS:
        href = f'href="{reverse(name, kwargs={"slug": partnership.slug})}"'
        assert main.count(href) == (0 if name == current else 1), (current, name)
    # the overview alone goes back to its own year's programme
    assert ("govuk-back-link" in page.content.decode()) == (current == "assurance:overview")
