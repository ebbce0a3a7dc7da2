"""Any HTML that users type or that arrives in documents goes through here before display."""
import nh3

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "u"}


def clean_html(text: str) -> str:
    return nh3.clean(text or "", tags=ALLOWED_TAGS, attributes={}, link_rel=None)
