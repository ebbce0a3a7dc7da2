"""The button Enter presses in a form: the first submit button in tree order (HTML's default button)."""
from html.parser import HTMLParser


class _Forms(HTMLParser):
    """Each form's submit buttons, in order, as {"name", "text"}."""

    def __init__(self):
        super().__init__()
        self.forms, self.current = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append([])
        elif self.forms and tag == "button" and attrs.get("type", "submit") == "submit":
            self.current = {"name": attrs.get("name"), "text": ""}
        elif self.forms and tag == "input" and attrs.get("type") == "submit":
            self.forms[-1].append({"name": attrs.get("name"), "text": attrs.get("value", "")})

    def handle_data(self, data):
        if self.current is not None:
            self.current["text"] += data

    def handle_endtag(self, tag):
        if tag == "button" and self.current is not None:
            self.forms[-1].append({**self.current, "text": " ".join(self.current["text"].split())})
            self.current = None


def default_button_of_form_with_add_another(page: str) -> dict:
    """The first submit button of the form that has an "Add another" button (name="add_another")."""
    parser = _Forms()
    parser.feed(page)
    [buttons] = [b for b in parser.forms if any(button["name"] == "add_another" for button in b)]
    return buttons[0]
