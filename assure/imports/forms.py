"""The upload form, and the check page: the draft record as one meeting form plus a formset per list.

Every list can be corrected, emptied row by row ("Remove") or extended (one blank row each), with no
JavaScript. `CheckForms.record()` gives back the record in MINUTES_SCHEMA shape plus the checker's
choices (see services.commit_import).
"""
from __future__ import annotations

import re

from django import forms
from django.forms import BaseFormSet, formset_factory

from assure.core.dates import parse_date
from assure.core.forms import DateField, VersionedForm
from assure.core.forms.summary import error_anchor
from assure.core.names import closely_matches

from .queries import CATEGORIES, NEW_CHOICE, NONE_CHOICE, SKIP_CHOICE, record_people

CATEGORY_CHOICES = [("present", "Present"), ("in_attendance", "In attendance"), ("apologies", "Apologies")]
UPDATE_STATUS_CHOICES = [("closed", "Closed (completed)"), ("carried_forward", "Carried forward"), ("open", "Still open")]


class UploadForm(forms.Form):
    # Empty files are let through here so the reader's own reason ("The file is empty.") is the one shown.
    file = forms.FileField(label="Minutes file", allow_empty_file=True,
                           help_text="A Word (.docx), PDF, text (.txt) or web page (.html) file of one meeting's minutes",
                           error_messages={"required": "Choose the minutes file to upload"})


def _text(label, required=False, **kwargs):
    return forms.CharField(label=label, required=required, **kwargs)


class MeetingForm(VersionedForm):
    body_match = forms.ChoiceField(label="Board or group that met",
                                   error_messages={"required": "Choose the board or group that met"})
    body = _text("Name of the new board or group", max_length=200, help_text="Only when you choose a new board or group")
    date = DateField(label="Date of the meeting")
    next_meeting_date = DateField(label="Date of the next meeting (optional)", required=False)

    def __init__(self, *args, bodies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body_match"].choices = [("", "Choose the board or group"), (NEW_CHOICE, "A new board or group (name below)")] + \
            [(str(b.pk), b.name) for b in bodies]

    def clean(self):
        data = super().clean()
        if data.get("body_match") == NEW_CHOICE and not (data.get("body") or "").strip():
            self.add_error("body", "Enter the name of the new board or group, or choose an existing one")
        return data


class _Row(forms.Form):
    """A row of a list: blank extra rows are ignored, filled ones must be complete."""

    def is_blank_extra(self) -> bool:
        return self.empty_permitted and not self.has_changed()


class PersonForm(_Row):
    category = forms.ChoiceField(label="Attendance", choices=CATEGORY_CHOICES, initial="present",
                                 error_messages={"required": "Choose whether they were present, in attendance or "
                                                             "sent apologies"})
    name = _text("Name", max_length=200)
    initials = _text("Initials", max_length=12)
    role = _text("Role", max_length=200)
    organisation = _text("Organisation (as written)", max_length=200)
    deputising_for = _text("Deputising for", max_length=200)
    match = forms.ChoiceField(label="Who is this?", required=False)
    organisation_match = forms.ChoiceField(label="Organisation of a new person", required=False, initial=NONE_CHOICE)

    def __init__(self, *args, person_choices=(), organisation_choices=(), match=None, person_names=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposal = match
        self.close_matches = []
        if self.is_bound and self.data.get(self.add_prefix("match")) == NEW_CHOICE:
            # The same check as adding a person anywhere: a close name is asked about, never created silently.
            typed = str(self.data.get(self.add_prefix("name")) or "")
            self.close_matches = [name for name in (person_names or {}).values() if closely_matches(typed, name)]
            if self.close_matches:
                self.fields["different_person"] = forms.BooleanField(
                    required=False, label="This is a different person",
                    help_text=f"Already in the partnership: {', '.join(self.close_matches[:3])}. "
                              "Tick only if this is someone else; otherwise choose them under 'Who is this?'.")
        names = dict(person_choices)
        likely = [(str(cid), f"{names.get(str(cid), cid)} ({score}% match)") for cid, score in (match.candidates if match else ())]
        likely_ids = {value for value, _ in likely}
        everyone = [(value, label) for value, label in person_choices if value not in likely_ids]
        choices = [("", "Choose who this is"), (NEW_CHOICE, "Add as a new person"), (SKIP_CHOICE, "Leave out")]
        if likely:
            choices.append(("Likely matches", likely))
        if everyone:
            choices.append(("Everyone else in the partnership", everyone))
        self.fields["match"].choices = choices
        self.fields["organisation_match"].choices = [(NONE_CHOICE, "None"), (NEW_CHOICE, "Add the organisation as written")] + \
            list(organisation_choices)

    @property
    def is_ambiguous(self) -> bool:
        return bool(self.proposal and self.proposal.outcome == "ambiguous")

    def clean(self):
        data = super().clean()
        if self.is_blank_extra():
            return data
        if not data.get("match"):
            self.add_error("match", "Choose who this is: someone already in the partnership, a new person, or leave them out")
        elif data["match"] == NEW_CHOICE and not (data.get("name") or "").strip():
            self.add_error("name", "Enter the new person's full name")
        elif data["match"] == NEW_CHOICE and self.close_matches and not data.get("different_person"):
            self.add_error("match", f"{data['name']} closely matches {self.close_matches[0]}, already in the partnership. "
                                    "Choose them, or tick 'This is a different person'")
        if data.get("organisation_match") == NEW_CHOICE and not (data.get("organisation") or "").strip():
            self.add_error("organisation", "Enter the organisation's name, or choose 'None'")
        return data


class ItemForm(_Row):
    number = _text("Number", max_length=20, help_text="As printed, for example 3 or 2.1")
    title = _text("Title", required=True, max_length=300, error_messages={"required": "Enter the item's title"})


class ActionForm(_Row):
    item = _text("Item number", max_length=20)
    text = _text("Action", required=True, widget=forms.Textarea(attrs={"rows": 2}),
                 error_messages={"required": "Enter what needs to be done"})
    owner_text = _text("Owner as written in the minutes", max_length=200)
    owners = _text("Owners", max_length=500, help_text="Full names or groups (such as 'Business team'), separated by semicolons")
    due = _text("Due", max_length=100, help_text="A date (2026-03-31), a month (March 2026) or 'next meeting'")


class DecisionForm(_Row):
    item = _text("Item number", max_length=20)
    text = _text("Decision", required=True, widget=forms.Textarea(attrs={"rows": 2}),
                 error_messages={"required": "Enter the decision"})


class UpdateForm(_Row):
    item = _text("Item number", max_length=20)
    text = _text("Update", required=True, widget=forms.Textarea(attrs={"rows": 2}),
                 error_messages={"required": "Enter the update"})
    status = forms.ChoiceField(label="Status", choices=UPDATE_STATUS_CHOICES, initial="open",
                               error_messages={"required": "Choose whether the action is closed, carried forward "
                                                           "or still open"})
    action_match = forms.ChoiceField(label="Earlier action it reports on", required=False, initial=NONE_CHOICE)

    def __init__(self, *args, action_choices=(), match=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposal = match
        self.fields["action_match"].choices = [(NONE_CHOICE, "Do not link to an action")] + list(action_choices)


class ForwardPlanForm(_Row):
    item = _text("Item number", max_length=20)
    text = _text("Item for a future meeting", required=True, max_length=300,
                 error_messages={"required": "Enter what the forward plan item is"})
    when = _text("When", max_length=100, help_text="For example April 2026, each September, or next meeting")


class RowFormSet(BaseFormSet):
    """A formset whose rows may each get their own keyword arguments (a row's proposed match)."""

    def __init__(self, *args, row_kwargs=(), **kwargs):
        self.row_kwargs = list(row_kwargs)
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if index is not None and index < len(self.row_kwargs):
            kwargs.update(self.row_kwargs[index])
        return kwargs

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = "Remove"

    def rows(self) -> list[dict]:
        kept = []
        for form in self.forms:
            if self.can_delete and self._should_delete_form(form):
                continue
            if form.is_blank_extra():
                continue
            kept.append({k: v for k, v in form.cleaned_data.items() if k != "DELETE"})
        return kept


def _formset(form, **kwargs):
    return formset_factory(form, formset=RowFormSet, extra=1, can_delete=True, max_num=500, absolute_max=1000, **kwargs)


PersonFormSet = _formset(PersonForm)
ItemFormSet = _formset(ItemForm)
ActionFormSet = _formset(ActionForm)
DecisionFormSet = _formset(DecisionForm)
UpdateFormSet = _formset(UpdateForm)
ForwardPlanFormSet = _formset(ForwardPlanForm)


def _initial_choice(match) -> str:
    if match is None:
        return ""
    if match.outcome == "matched":
        return str(match.id)
    return NEW_CHOICE if match.outcome == "new" else ""


class CheckForms:
    """Everything on the check page, bound or not, as one unit the view validates and saves."""

    def __init__(self, data, *, document, proposal, people, organisations, bodies, open_actions):
        record = document.record or {}
        self.document = document
        person_choices = [(str(p.pk), f"{p.full_name}{' – ' + p.organisation.name if p.organisation_id else ''}") for p in people]
        organisation_choices = [(str(o.pk), o.name) for o in organisations]
        action_choices = [(str(a.pk), f"{a.meeting.date:%-d %b %Y}: {a.text[:90]}") for a in open_actions]

        self.meeting = MeetingForm(data, prefix="meeting", bodies=bodies, initial={
            "version": document.version,
            "body_match": (str(proposal.body.id) if proposal.body.outcome == "matched"
                           else NEW_CHOICE if proposal.body.outcome == "new" and record.get("body") else ""),
            "body": record.get("body") or "",
            "date": parse_date(record.get("date")),
            "next_meeting_date": parse_date(record.get("next_meeting_date")),
        })
        people_rows = record_people(record)
        self.people = PersonFormSet(
            data, prefix="people",
            initial=[{**{k: person.get(k) or "" for k in ("name", "initials", "role", "organisation", "deputising_for")},
                      "category": category, "match": _initial_choice(match),
                      "organisation_match": (str(org.id) if org.outcome == "matched"
                                             else NEW_CHOICE if person.get("organisation") else NONE_CHOICE)}
                     for (category, person), match, org in zip(people_rows, proposal.people, proposal.organisations)],
            form_kwargs={"person_choices": person_choices, "organisation_choices": organisation_choices,
                         "person_names": {p.pk: p.full_name for p in people}},
            row_kwargs=[{"match": m} for m in proposal.people])
        self.items = ItemFormSet(data, prefix="items", initial=[
            {"number": i.get("number") or "", "title": i.get("title") or ""} for i in record.get("items") or []])
        self.actions = ActionFormSet(data, prefix="actions", initial=[
            {"item": a.get("item") or "", "text": a.get("text") or "", "owner_text": a.get("owner_text") or "",
             "owners": "; ".join(o for o in a.get("owners") or [] if o), "due": a.get("due") or ""}
            for a in record.get("actions") or []])
        self.decisions = DecisionFormSet(data, prefix="decisions", initial=[
            {"item": d.get("item") or "", "text": d.get("text") or ""} for d in record.get("decisions") or []])
        allowed = {value for value, _ in action_choices}
        self.updates = UpdateFormSet(
            data, prefix="updates",
            initial=[{"item": u.get("item") or "", "text": u.get("text") or "",
                      "status": u.get("status") if u.get("status") in dict(UPDATE_STATUS_CHOICES) else "open",
                      "action_match": str(m.id) if m.outcome == "matched" and str(m.id) in allowed else NONE_CHOICE}
                     for u, m in zip(record.get("action_updates") or [], proposal.updates)],
            form_kwargs={"action_choices": action_choices}, row_kwargs=[{"match": m} for m in proposal.updates])
        self.forward_plan = ForwardPlanFormSet(data, prefix="plan", initial=[
            {"item": f.get("item") or "", "text": f.get("text") or "", "when": f.get("when") or ""}
            for f in record.get("forward_plan") or []])
        self.formsets = [self.people, self.items, self.actions, self.decisions, self.updates, self.forward_plan]

    def is_valid(self) -> bool:
        return all([self.meeting.is_valid(), *[fs.is_valid() for fs in self.formsets]])

    @property
    def has_errors(self) -> bool:
        """For the page title's 'Error: ' prefix (base.html)."""
        return self.meeting.is_bound and bool(self.errors())

    @property
    def version(self) -> int:
        return self.meeting.cleaned_data["version"]

    def errors(self) -> list[tuple[str, str]]:
        """(field id, message) for the GOV.UK error summary, in page order."""
        found = [("main-content", e) for e in self.meeting.non_field_errors()]
        found += [(error_anchor(f), e) for f in self.meeting for e in f.errors]
        for formset in self.formsets:
            found += [("main-content", e) for e in formset.non_form_errors()]
            for form in formset.forms:
                found += [("main-content", e) for e in form.non_field_errors()]
                found += [(error_anchor(f), e) for f in form for e in f.errors]
        return found

    def record(self) -> dict:
        """The checked record: MINUTES_SCHEMA fields plus body_match, match, organisation_match, action_match."""
        meeting = self.meeting.cleaned_data
        people = {category: [] for category in CATEGORIES}
        for row in self.people.rows():
            people[row.pop("category")].append(row)
        return {
            "body": " ".join((meeting.get("body") or "").split()) if meeting["body_match"] == NEW_CHOICE
            else dict(self.meeting.fields["body_match"].choices).get(meeting["body_match"], ""),
            "body_match": meeting["body_match"],
            "date": meeting["date"].isoformat(),
            "next_meeting_date": meeting["next_meeting_date"].isoformat() if meeting.get("next_meeting_date") else None,
            "people": people,
            "items": self.items.rows(),
            "actions": [{**row, "owners": [o.strip() for o in re.split(r"[;\n]", row["owners"]) if o.strip()]}
                        for row in self.actions.rows()],
            "decisions": self.decisions.rows(),
            "action_updates": self.updates.rows(),
            "forward_plan": self.forward_plan.rows(),
            "flags": (self.document.record or {}).get("flags") or [],
        }
