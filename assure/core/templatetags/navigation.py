"""The service navigation: one list of the partnership's pages, each shown only to roles that may open it."""
from dataclasses import dataclass

from django import template
from django.urls import reverse

from assure.core.access import may_open

register = template.Library()


@dataclass(frozen=True)
class Section:
    label: str
    url_name: str
    # URL names (or "namespace:" prefixes) of the pages that belong to this section, for the current-page mark.
    covers: tuple[str, ...]

    def contains(self, current: str) -> bool:
        return self.match(current) > 0

    def match(self, current: str) -> int:
        """How closely this section claims the page: the length of its longest name or prefix that covers it."""
        return max((len(name) for name in self.covers
                    if current == name or (name.endswith(":") or name.endswith("-")) and current.startswith(name)),
                   default=0)


SECTIONS = (
    Section("Overview", "reports:dashboard", ("reports:dashboard",)),
    Section("Meetings", "meetings:list", ("meetings:",)),
    Section("Action log", "actions:log", ("actions:",)),
    Section("My actions", "actions:mine", ("actions:mine",)),
    Section("Reviews", "reviews:dashboard", ("reviews:",)),
    Section("Assurance", "assurance:programme", ("assurance:",)),
    Section("Risks", "assurance:risk-list", ("assurance:risk-",)),
    Section("Performance", "performance:dataset", ("performance:",)),
    Section("Training", "training:course-list", ("training:",)),
    Section("Budget", "budget:year-list", ("budget:",)),
    Section("Reports", "reports:yearly-list", ("reports:yearly-",)),
    # The partnership's own set-up, one section: its list pages link to each other (partnerships' partnership_parts).
    Section("Partnership", "partnerships:body-list", ("partnerships:body-", "partnerships:membership-",
                                                       "partnerships:priority-", "partnerships:organisation-",
                                                       "partnerships:person-", "partnerships:account-",
                                                       "plans:")),
    Section("Import minutes", "imports:list", ("imports:",)),
)


def sections_for(role, current: str) -> list[dict]:
    """The sections this role may open, with the one holding the current page marked."""
    exact = any(current == s.url_name for s in SECTIONS)  # My actions, not also Action log
    closest = max(s.match(current) for s in SECTIONS)  # "assurance:risk-" (Risks), not also "assurance:" (Assurance)
    return [{"label": s.label, "url_name": s.url_name,
             "current": current == s.url_name if exact else closest > 0 and s.match(current) == closest}
            for s in SECTIONS if may_open(role, s.url_name)]


@register.inclusion_tag("includes/service_navigation.html", takes_context=True)
def service_navigation(context):
    request = context["request"]
    partnership, role = context.get("partnership"), context.get("role")
    match = getattr(request, "resolver_match", None)
    current = match.view_name if match else ""
    items = []
    if partnership is not None and role is not None:
        items = [{**item, "href": reverse(item["url_name"], kwargs={"slug": partnership.slug})}
                 for item in sections_for(role, current)]
    return {"items": items, "partnership": partnership, "request": request,
            "signed_in": request.user.is_authenticated and getattr(request.user, "is_verified", bool)(),
            "csrf_token": context.get("csrf_token")}


def parts_of_section(context, parts, current: str, label: str) -> dict:
    """The context of `includes/parts_navigation.html` for one section's parts [(url name, text)]: only those the
    person's role may open, the current one marked. Each app's parts tag (`{% training_parts %}`,
    `{% assurance_sections %}`, ...) names its parts and returns this."""
    role = context.get("role")
    return {"parts": [(name, text) for name, text in parts if may_open(role, name)], "current": current,
            "label": label, "partnership": context["partnership"]}

