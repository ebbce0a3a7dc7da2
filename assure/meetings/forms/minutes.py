"""The item page: minutes, decisions and new actions on one form, saved together (services.record_item_minutes)."""
from django import forms

from assure.actions.services import Owner
from assure.core.forms import DateField, VersionedForm
from assure.core.forms.summary import error_anchor
from assure.partnerships.models import Person

from .. import queries
from ..models import Decision
from ..services import DecisionChange, NewAction
from .fields import person_label


class ItemMinutesForm(VersionedForm):
    discussion = forms.CharField(widget=forms.Textarea(attrs={"rows": 10}), required=False,
                                 label="Minutes of the discussion")


class DecisionRowForm(forms.Form):
    """One decision: an existing one (its id) to keep, change or remove, or a new one."""

    id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, label="Decision")
    remove = forms.BooleanField(required=False, label="Remove this decision")


class ActionRowForm(forms.Form):
    """A new action agreed under the item. Owners: the body's members and the meeting's attendees, or groups."""

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, label="Action")
    groups = forms.CharField(max_length=300, required=False, label="Group owners (optional)",
                             help_text="Named groups, separated by commas, for example: Business team, All members")
    due_date = DateField(label="Due date (optional)", what="the due date", required=False)
    due_at_next_meeting = forms.BooleanField(required=False, label="Due at the next meeting")

    def __init__(self, *args, owners_offered=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.people = {str(p.pk): p for p in owners_offered}
        self.fields["people"] = forms.TypedMultipleChoiceField(
            choices=[(p.pk, person_label(p)) for p in owners_offered], coerce=lambda pk: self.people[str(pk)],
            required=False, widget=forms.CheckboxSelectMultiple, label="Owners")
        self.order_fields(["text", "people", "groups", "due_date", "due_at_next_meeting"])

    def is_blank(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return not any([(data.get("text") or "").strip(), data.get("people"), (data.get("groups") or "").strip(),
                        data.get("due_date"), data.get("due_at_next_meeting")])

    def clean(self):
        data = super().clean()
        if self.is_blank():
            return data
        if not (data.get("text") or "").strip():
            self.add_error("text", "Enter what needs to be done, or clear this action's other boxes")
        if not data.get("people") and not (data.get("groups") or "").strip():
            self.add_error("people", "Choose at least one owner, or type a group such as Business team")
        return data

    def new_action(self) -> NewAction:
        data = self.cleaned_data
        owners = [Owner(person=p) for p in data.get("people") or []]
        owners += [Owner(group_name=g.strip()) for g in (data.get("groups") or "").split(",") if g.strip()]
        return NewAction(text=data["text"], owners=owners, due_date=data.get("due_date"),
                         due_at_next_meeting=data.get("due_at_next_meeting", False))


DecisionFormSet = forms.formset_factory(DecisionRowForm, extra=0, max_num=100, absolute_max=100)
ActionFormSet = forms.formset_factory(ActionRowForm, extra=0, max_num=50, absolute_max=50)


def owners_offered(meeting) -> list[Person]:
    """The body's members and everyone recorded at the meeting: who actions are given to."""
    members, _ = queries.people_for(meeting.partnership, meeting.body)
    attended = [row.person for row in queries.attendance(meeting) if row.attended]
    seen, offered = set(), []
    for person in members + sorted(attended, key=lambda p: p.full_name):
        if person.pk not in seen:
            seen.add(person.pk)
            offered.append(person)
    return offered


def _rows(data, prefix: str, names, multi=(), limit=100) -> list[dict]:
    """A formset's rows as typed, to show again unbound (for "add another", which must not show errors yet)."""
    try:
        total = min(int(data.get(f"{prefix}-TOTAL_FORMS") or 0), limit)
    except ValueError:
        total = 0
    return [{**{n: data.get(f"{prefix}-{i}-{n}") for n in names}, **{m: data.getlist(f"{prefix}-{i}-{m}") for m in multi}}
            for i in range(total)]


class ItemPage:
    """The item page's three parts as one: valid only if all are; `changes()` gives the service's arguments.

    `grow` ("decision" or "action") shows `data` again, unbound, with one more empty row of that kind.
    """

    def __init__(self, item, data=None, *, grow=""):
        self.item = item
        decisions = list(Decision.objects.filter(item=item).order_by("id"))
        self.decisions_by_id = {d.pk: d for d in decisions}
        minutes_initial = {"discussion": item.discussion, "version": item.version}
        decision_initial, action_initial, extra = [{"id": d.pk, "text": d.text} for d in decisions], [], (1, 1)
        if grow and data is not None:
            minutes_initial = {"discussion": data.get("discussion", ""), "version": data.get("version")}
            decision_initial = _rows(data, "decisions", ["id", "text", "remove"])
            action_initial = _rows(data, "actions", ["text", "groups", "due_at_next_meeting"], ["people"], 50)
            for number, row in enumerate(action_initial):   # the date's three boxes, as typed
                row["due_date"] = [data.get(f"actions-{number}-due_date_{part}") for part in ("day", "month", "year")]
            extra, data = (int(grow == "decision"), int(grow == "action")), None
        self.minutes = ItemMinutesForm(data, initial=minutes_initial)
        self.decisions = DecisionFormSet(data, prefix="decisions", initial=decision_initial)
        self.decisions.extra = extra[0]
        self.actions = ActionFormSet(data, prefix="actions", initial=action_initial,
                                     form_kwargs={"owners_offered": owners_offered(item.meeting)})
        self.actions.extra = extra[1]

    @property
    def has_errors(self) -> bool:
        """For the page title's "Error: " prefix (core's error_title_prefix)."""
        return bool(self.errors())

    def is_valid(self) -> bool:
        return all([self.minutes.is_valid(), self.decisions.is_valid(), self.actions.is_valid()])

    def changes(self) -> dict:
        decisions = []
        for form in self.decisions:
            data = form.cleaned_data
            existing = self.decisions_by_id.get(data.get("id"))
            if data.get("id") and existing is None:
                continue   # removed by someone else since the page was opened: nothing to change
            decisions.append(DecisionChange(text=data.get("text") or "", decision=existing, remove=data.get("remove", False)))
        actions = [form.new_action() for form in self.actions if not form.is_blank()]
        return {"expected_version": self.minutes.expected_version,
                "discussion": self.minutes.cleaned_data["discussion"], "decisions": decisions, "new_actions": actions}

    def errors(self) -> list[tuple[str, str]]:
        """(anchor, message) for the error summary, naming each field."""
        found = [("main-content", e) for e in self.minutes.non_field_errors()]
        found += [(error_anchor(self.minutes[name]), e) for name, errs in self.minutes.errors.items() if name != "__all__"
                  for e in errs]
        for label, formset in (("Decision", self.decisions), ("New action", self.actions)):
            for number, form in enumerate(formset, start=1):
                for name, errs in form.errors.items():
                    anchor = error_anchor(form[name]) if name in form.fields else "main-content"
                    found += [(anchor, f"{label} {number}: {e}") for e in errs]
        return found
