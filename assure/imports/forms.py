"""The upload form, and the check page: the draft record as one meeting form plus a formset per list.

Every list can be corrected, emptied row by row ("Remove") or extended (one blank row each), with no
JavaScript. `CheckForms.record()` gives back the record in MINUTES_SCHEMA shape plus the checker's
choices (see services.commit_import).
"""
from __future__ import annotations

import re

from django import forms
from django.forms import BaseFormSet, formset_factory

from assure.core.dates import parse_date, parse_due, parse_time
from assure.core.forms import DateField, VersionedForm
from assure.core.forms.summary import error_anchor
from assure.core.names import closely_matches
from assure.core.text import shorten

from .queries import CATEGORIES, NEW_CHOICE, NONE_CHOICE, SKIP_CHOICE, describe_flag, record_people
from .source import Locator, layout_from_text

CATEGORY_CHOICES = [("present", "Present"), ("in_attendance", "In attendance"), ("apologies", "Apologies")]
UPDATE_STATUS_CHOICES = [("closed", "Closed (completed)"), ("carried_forward", "Carried forward"), ("open", "Still open")]


MAX_FILES = 50   # one folder of a year's minutes and more; Django refuses over DATA_UPLOAD_MAX_NUMBER_FILES (100)


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input (`<input type="file" multiple>`): cleaned to a list of UploadedFiles."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, (list, tuple)) else [data]) if item]
        if not files:
            return super().clean(None, initial)   # "required"
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class UploadForm(forms.Form):
    # Empty files are let through here so the reader's own reason ("The file is empty.") is the one shown.
    file = MultipleFileField(label="Minutes files", allow_empty_file=True,
                             help_text="One meeting's minutes a file: Word (.docx), PDF, text (.txt) or web page "
                                       f"(.html). Choose up to {MAX_FILES} files at once.",
                             error_messages={"required": "Choose the minutes file or files to upload"})

    def clean_file(self):
        files = self.cleaned_data["file"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(f"Choose at most {MAX_FILES} files at once (you chose {len(files)}).")
        return files


def _text(label, required=False, **kwargs):
    return forms.CharField(label=label, required=required, **kwargs)


class TimeTextField(forms.CharField):
    """A time typed as words or digits ("2pm", "14:00"), cleaned to "HH:MM"."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return ""
        time = parse_time(value)
        if time is None:
            raise forms.ValidationError(f"Enter the start time as a time of day, like 14:00 or 2pm (not '{value}')",
                                        code="invalid")
        return f"{time:%H:%M}"


class MeetingForm(VersionedForm):
    body_match = forms.ChoiceField(label="Board or group that met",
                                   error_messages={"required": "Choose the board or group that met"})
    body = _text("Name of the new board or group", max_length=200, help_text="Only when you choose a new board or group")
    date = DateField(label="Date of the meeting")
    start_time = TimeTextField(label="Start time (optional)", max_length=20, required=False,
                               help_text="For example 14:00 or 2pm")
    location = _text("Place (optional)", max_length=200, help_text="As written, for example Room 4 or Microsoft Teams")
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


def shown(form, name) -> str:
    """A form field's current value as text, for the row's one-line summary."""
    if name not in form.fields:
        return ""
    value = form[name].value()
    field = form.fields[name]
    if isinstance(field, DateField):
        if isinstance(value, (list, tuple)):
            return "/".join(str(part) for part in value if part) if any(value) else ""
        return f"{value:%-d %b %Y}" if value else ""
    if isinstance(field, forms.ChoiceField):
        for choice, label in field.choices:
            for option, text in (label if isinstance(label, (list, tuple)) else [(choice, label)]):
                if str(option) == str(value or ""):
                    return str(text)
        return ""
    return " ".join(str(value or "").split())


class _Row(forms.Form):
    """A row of a list: blank extra rows are ignored, filled ones must be complete.

    `source` is where the row's text is in the document (a source.Place, or None); `flags` what needs a person."""

    def __init__(self, *args, source=None, flags=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.source = source
        self.flags = list(flags)

    PRIMARY: tuple[str, ...] = ()   # the fields shown first when the row is open; the rest under "More"
    WIDE: tuple[str, ...] = ("text", "discussion", "action_match", "match")

    @property
    def needs_a_person(self) -> bool:
        """Shown open on the check page: something is uncertain or wrong in this row."""
        return bool(self.flags or self.errors)

    @property
    def primary_fields(self):
        return [self[name] for name in self.PRIMARY if name in self.fields]

    @property
    def more_fields(self):
        return [field for field in self.visible_fields() if field.name not in self.PRIMARY]

    @property
    def more_has_errors(self) -> bool:
        """An error under "More" opens it, so the error summary's link lands on a field a person can see."""
        return any(field.errors for field in self.more_fields)

    def shown(self, name) -> str:
        return shown(self, name)

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
    PRIMARY = ("name", "initials", "category", "match", "different_person")

    @property
    def summary(self) -> str:
        initials = self.shown("initials")
        who = self["match"].value()
        chosen = self.shown("match").split(" – ")[0].split(" (")[0]
        match = ("new person" if who == NEW_CHOICE else "left out" if who == SKIP_CHOICE
                 else "who is not yet chosen" if not who
                 else "" if chosen == self.shown("name") else f"is {chosen}")
        return " · ".join(part for part in (self.shown("name") + (f" ({initials})" if initials else ""),
                                            self.shown("category"), match) if part.strip())

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


def _person_flags(person: dict, match, names: dict) -> list[str]:
    """What a person must decide about an attendee: only who they are, when that is not certain."""
    label = person.get("name") or person.get("initials") or "someone"
    if match is not None and match.outcome == "ambiguous":
        likely = " or ".join(names.get(str(cid), str(cid)).split(" – ")[0] for cid, _ in match.candidates[:3])
        return [f"Who is {label}? It could be {likely}." if likely else f"Who is {label}? It is not certain."]
    if not (person.get("name") or "").strip():
        return [f"{label}: no name was read. Choose who this is, or leave them out."]
    return []


class ItemForm(_Row):
    number = _text("Number", max_length=20, help_text="As printed, for example 3 or 2.1")
    title = _text("Title", required=True, max_length=300, error_messages={"required": "Enter the item's title"})
    discussion = _text("Minutes of the discussion", widget=forms.Textarea(attrs={"rows": 4}))
    PRIMARY = ("number", "title", "discussion")

    @property
    def summary(self) -> str:
        return " ".join(part for part in (self.shown("number"), self.shown("title")) if part)


class ActionForm(_Row):
    item = _text("Item", max_length=20)
    text = _text("Action", required=True, widget=forms.Textarea(attrs={"rows": 2}),
                 error_messages={"required": "Enter what needs to be done"})
    owner_text = _text("Owner as written in the minutes", max_length=200)
    owners = _text("Owners", max_length=500, help_text="Separate names with ;")
    due = DateField(label="Due date", what="the due date", required=False, help_text="")
    due_text = forms.CharField(required=False, widget=forms.HiddenInput, max_length=200)
    PRIMARY = ("text", "owners", "due", "item")

    @property
    def summary(self) -> str:
        owners = self.shown("owners") or self.shown("owner_text") or "no owner"
        due = self.shown("due")
        return " · ".join(part for part in (self.shown("item"), self.shown("text"), owners,
                                            f"due {due}" if due else "no due date") if part)


class DecisionForm(_Row):
    item = _text("Item number", max_length=20)
    text = _text("Decision", required=True, widget=forms.Textarea(attrs={"rows": 2}),
                 error_messages={"required": "Enter the decision"})
    PRIMARY = ("text", "item")

    @property
    def summary(self) -> str:
        return " · ".join(p for p in (self.shown("item"), self.shown("text")) if p)


class UpdateForm(_Row):
    item = _text("Item", max_length=20)
    text = _text("Update", required=True, widget=forms.Textarea(attrs={"rows": 2}),
                 error_messages={"required": "Enter the update"})
    status = forms.ChoiceField(label="Status", choices=UPDATE_STATUS_CHOICES, initial="open",
                               error_messages={"required": "Choose whether the action is closed, carried forward "
                                                           "or still open"})
    action_match = forms.ChoiceField(label="Earlier action it reports on", required=False, initial=NONE_CHOICE)
    PRIMARY = ("text", "action_match", "status", "item")
    WIDE = ("text",)

    @property
    def summary(self) -> str:
        linked = self.linked_to
        return " · ".join(p for p in (self.shown("item"), self.shown("text"), self.shown("status"),
                                      f"on the action of {linked}" if linked else "not linked to an action") if p)

    def __init__(self, *args, action_choices=(), match=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposal = match
        # The proposed action(s) first, with how sure the match is; then every other open action.
        labels = dict(action_choices)
        likely = [(str(cid), f"{labels[str(cid)]} (proposed, {score}% match)")
                  for cid, score in (match.candidates if match else ()) if str(cid) in labels]
        likely_ids = {value for value, _ in likely}
        others = [(value, label) for value, label in action_choices if value not in likely_ids]
        choices = [(NONE_CHOICE, "Do not link to an action")]
        if likely:
            choices.append(("Proposed", likely))
        if others:
            choices.append(("Other open actions", others))
        self.fields["action_match"].choices = choices

    @property
    def linked_to(self) -> str:
        """The chosen action's label, for the row's summary line ("" when not linked)."""
        value = self["action_match"].value()
        for choice, label in self.fields["action_match"].choices:
            options = label if isinstance(label, (list, tuple)) else [(choice, label)]
            for option, text in options:
                if str(option) == str(value) and option != NONE_CHOICE:
                    return text
        return ""


class ForwardPlanForm(_Row):
    item = _text("Item number", max_length=20)
    text = _text("Item for a future meeting", required=True, max_length=300,
                 error_messages={"required": "Enter what the forward plan item is"})
    when = _text("When", max_length=100, help_text="For example April 2026, each September, or next meeting")
    PRIMARY = ("text", "when", "item")

    @property
    def summary(self) -> str:
        return " · ".join(p for p in (self.shown("text"), self.shown("when")) if p)


class PassageForm(_Row):
    """Minutes text the reading placed under no item: a person says which item's minutes it belongs to."""
    text = _text("Text", required=True, widget=forms.Textarea(attrs={"rows": 3}),
                 error_messages={"required": "Enter the text, or empty the item number to leave it out"})
    item = _text("Add to the minutes of item", max_length=20,
                 help_text="The item number, for example 3. Leave it empty to leave the text out of the meeting "
                           "record; it stays in the file you uploaded.")
    PRIMARY = ("item", "text")

    @property
    def summary(self) -> str:
        return self.shown("text")


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
PassageFormSet = formset_factory(PassageForm, formset=RowFormSet, extra=0, max_num=500, absolute_max=1000)


def _initial_choice(match) -> str:
    if match is None:
        return ""
    if match.outcome == "matched":
        return str(match.id)
    return NEW_CHOICE if match.outcome == "new" else ""


def _initial_due(action: dict, meeting_date, next_meeting_date):
    """The due date to show in the date boxes: the record's ISO date, or an older draft's phrase read as a date."""
    due = action.get("due")
    date = parse_date(due) if isinstance(due, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", due) else None
    if date is None and due:
        read = parse_due(str(due), meeting_date)
        date = read.date or (next_meeting_date if read.next_meeting else None)
    return date


def _phrase(due) -> str:
    """An older draft's due as written ("Next meeting"), kept beside the date; an ISO date is not a phrase."""
    due = str(due or "")
    return "" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", due) else due


def _flag_action(flag: dict, actions: list[dict]) -> int | None:
    """The action an extractor flag is about: same item, and its owner cell naming the owner; else the item's first."""
    item, owner = str(flag.get("item") or ""), (flag.get("owner") or "").lower()
    same_item = [i for i, a in enumerate(actions) if str(a.get("item") or "") == item]
    named = [i for i in same_item if owner and owner in (actions[i].get("owner_text") or "").lower()]
    return (named or same_item or [None])[0]


class CheckForms:
    """Everything on the check page, bound or not, as one unit the view validates and saves.

    Besides the forms it knows what needs a person (`things_to_check`: anchor and message, in page order; each
    row's `flags`) and where each row's text is in the source (`form.source`, from source.Locator).
    """

    def __init__(self, data, *, document, proposal, people, organisations, bodies, open_actions, owner_problems=()):
        record = document.record or {}
        self.document = document
        self.layout = document.source_layout or layout_from_text(document.source_text)
        self.layout_kept = bool(document.source_layout)  # False: the pane shows the plain text, tables flattened
        locator = Locator(self.layout)
        person_choices = [(str(p.pk), f"{p.full_name}{' – ' + p.organisation.name if p.organisation_id else ''}") for p in people]
        organisation_choices = [(str(o.pk), o.name) for o in organisations]
        action_choices = [(str(a.pk), f"{a.meeting.date:%-d %b %Y}: {a.text[:90]}") for a in open_actions]
        meeting_date, next_meeting_date = parse_date(record.get("date")), parse_date(record.get("next_meeting_date"))

        self.meeting_flags = []
        if proposal.body.outcome != "matched":
            self.meeting_flags.append(f"Which board or group met? The minutes say '{record.get('body')}'."
                                      if record.get("body") else "The minutes do not say which board or group met.")
        if meeting_date is None:
            self.meeting_flags.append("The date of the meeting was not read.")
        self.meeting = MeetingForm(data, prefix="meeting", bodies=bodies, initial={
            "version": document.version,
            "body_match": (str(proposal.body.id) if proposal.body.outcome == "matched"
                           else NEW_CHOICE if proposal.body.outcome == "new" and record.get("body") else ""),
            "body": record.get("body") or "",
            "date": meeting_date,
            "start_time": record.get("start_time") or "",
            "location": record.get("location") or "",
            "next_meeting_date": next_meeting_date,
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
            row_kwargs=[{"match": match, "source": locator.locate(person.get("name") or ""),
                         "flags": _person_flags(person, match, dict(person_choices))}
                        for (_category, person), match in zip(people_rows, proposal.people)])

        items = record.get("items") or []
        self.items = ItemFormSet(data, prefix="items", initial=[
            {"number": i.get("number") or "", "title": i.get("title") or "", "discussion": i.get("discussion") or ""}
            for i in items], row_kwargs=[{"source": locator.locate(i.get("title") or "")} for i in items])

        actions = record.get("actions") or []
        action_flags, flagged_owners = [[] for _ in actions], set()
        self.other_flags = []
        # Minutes text the reading placed under no item: shown for a person to place, never dropped silently.
        self.unplaced = PassageFormSet(data, prefix="unplaced", initial=[
            {"text": text.strip(), "item": ""} for text in record.get("other_text") or []
            if isinstance(text, str) and text.strip()], row_kwargs=[{"flags": [
                "The reading could not tell which item this text belongs to. If it is part of the minutes, enter the "
                "item's number; if not, leave it empty."]} for text in record.get("other_text") or []
                if isinstance(text, str) and text.strip()])
        for flag in record.get("flags") or []:
            index = _flag_action(flag, actions) if isinstance(flag, dict) and flag.get("owner") else None
            (action_flags[index] if index is not None else self.other_flags).append(describe_flag(flag))
            if index is not None:
                flagged_owners.add((index, flag["owner"]))
        for index, message in owner_problems:   # the extractor's flag already says it about this owner
            if 0 <= index < len(actions) and not any(message.startswith(f"Owner '{owner}' ")
                                                     for i, owner in flagged_owners if i == index):
                action_flags[index].append(message)
        dues = [_initial_due(a, meeting_date, next_meeting_date) for a in actions]
        for action, due, flags in zip(actions, dues, action_flags):
            written = action.get("due_text") or (action.get("due") if due is None else "") or ""
            if due is None and re.search(r"\d", str(written)):
                flags.append(f"Due '{written}' was not read as a date. Enter the due date, or leave it empty.")
        self.actions = ActionFormSet(data, prefix="actions", initial=[
            {"item": a.get("item") or "", "text": a.get("text") or "", "owner_text": a.get("owner_text") or "",
             "owners": "; ".join(o for o in a.get("owners") or [] if o), "due": due,
             "due_text": a.get("due_text") or _phrase(a.get("due"))}
            for a, due in zip(actions, dues)],
            row_kwargs=[{"source": locator.locate(a.get("text") or ""), "flags": flags}
                        for a, flags in zip(actions, action_flags)])

        decisions = record.get("decisions") or []
        self.decisions = DecisionFormSet(data, prefix="decisions", initial=[
            {"item": d.get("item") or "", "text": d.get("text") or ""} for d in decisions],
            row_kwargs=[{"source": locator.locate(d.get("text") or "")} for d in decisions])

        allowed = {value for value, _ in action_choices}
        updates = record.get("action_updates") or []
        self.updates = UpdateFormSet(
            data, prefix="updates",
            initial=[{"item": u.get("item") or "", "text": u.get("text") or "",
                      "status": u.get("status") if u.get("status") in dict(UPDATE_STATUS_CHOICES) else "open",
                      "action_match": str(m.id) if m.outcome == "matched" and str(m.id) in allowed else NONE_CHOICE}
                     for u, m in zip(updates, proposal.updates)],
            form_kwargs={"action_choices": action_choices},
            row_kwargs=[{"match": m, "source": locator.locate(u.get("text") or ""),
                         "flags": ([f"Which earlier action does '{shorten(u.get('text'))}' report on? "
                                    "Choose it, or leave the update unlinked."]
                                   if allowed and not (m.outcome == "matched" and str(m.id) in allowed) else [])}
                        for u, m in zip(updates, proposal.updates)])

        plan = record.get("forward_plan") or []
        self.forward_plan = ForwardPlanFormSet(data, prefix="plan", initial=[
            {"item": f.get("item") or "", "text": f.get("text") or "", "when": f.get("when") or ""} for f in plan],
            row_kwargs=[{"source": locator.locate(f.get("text") or "")} for f in plan])
        self.formsets = [self.people, self.items, self.actions, self.decisions, self.updates, self.forward_plan,
                         self.unplaced]

    @property
    def things_to_check(self) -> list[tuple[str, str]]:
        """(anchor, message) for everything uncertain, in page order: the short list at the top of the page."""
        found = [("meeting", message) for message in self.meeting_flags]
        for formset, row in ((self.people, "person"), (self.actions, "action"), (self.updates, "update")):
            for index, form in enumerate(formset.forms):
                found += [(f"{row}-{index}", message) for message in form.flags]
        if self.unplaced.forms:
            count = len(self.unplaced.forms)
            found.append(("unplaced", f"{count} passage{'s' if count > 1 else ''} of the minutes "
                                      f"{'were' if count > 1 else 'was'} not placed under any item"))
        return found + [("source", message) for message in self.other_flags]

    @property
    def meeting_summary(self) -> str:
        form = self.meeting
        body = shown(form, "body") if form["body_match"].value() == NEW_CHOICE else shown(form, "body_match")
        time, place, following = shown(form, "start_time"), shown(form, "location"), shown(form, "next_meeting_date")
        return " · ".join(p for p in (body if body and not body.startswith("Choose") else "board or group not chosen",
                                      shown(form, "date") or "no date", time and f"at {time}", place,
                                      following and f"next meeting {following}") if p)

    @property
    def added_rows(self):
        """(noun, row name, the blank form) of every list: one place at the end of the page to add what was missed."""
        lists = [("a person", "person", self.people), ("an agenda item", "item", self.items),
                 ("an action", "action", self.actions), ("an update on an earlier action", "update", self.updates),
                 ("a decision", "decision", self.decisions), ("a forward plan entry", "plan", self.forward_plan)]
        return [(noun, row, formset.forms[-1]) for noun, row, formset in lists
                if len(formset.forms) > formset.initial_form_count()]

    @property
    def added_rows_have_errors(self) -> bool:
        return any(form.errors for _noun, _row, form in self.added_rows)

    @property
    def meeting_needs_a_person(self) -> bool:
        return bool(self.meeting_flags or self.meeting.errors)

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
        """(field id, message) for the GOV.UK error summary, in page order; a row's messages say which row."""
        found = [("main-content", e) for e in self.meeting.non_field_errors()]
        found += [(error_anchor(f), e) for f in self.meeting for e in f.errors]
        lists = [(self.people, "Person"), (self.items, "Item"), (self.actions, "Action"), (self.updates, "Update"),
                 (self.decisions, "Decision"), (self.forward_plan, "Forward plan entry"), (self.unplaced, "Passage")]
        for formset, noun in lists:
            found += [("main-content", e) for e in formset.non_form_errors()]
            for index, form in enumerate(formset.forms):
                row = f"New {noun.lower()}" if index >= formset.initial_form_count() else f"{noun} {index + 1}"
                what = " ".join(str(form.initial.get("name") or form.initial.get("title") or form.initial.get("text")
                                    or "").split())
                label = f"{row} ({shorten(what, 40)})" if what else row
                found += [("main-content", f"{label}: {e}") for e in form.non_field_errors()]
                found += [(error_anchor(f), f"{label}: {e}") for f in form for e in f.errors]
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
            "start_time": meeting.get("start_time") or None,
            "location": " ".join((meeting.get("location") or "").split()) or None,
            "next_meeting_date": meeting["next_meeting_date"].isoformat() if meeting.get("next_meeting_date") else None,
            "people": people,
            "items": self.items.rows(),
            "actions": [{**row, "owners": [o.strip() for o in re.split(r"[;\n]", row["owners"]) if o.strip()],
                         "due": row["due"].isoformat() if row.get("due") else None}
                        for row in self.actions.rows()],
            "decisions": self.decisions.rows(),
            "action_updates": self.updates.rows(),
            "forward_plan": self.forward_plan.rows(),
            # Passages a person placed under an item; those left without one stay only in the uploaded file.
            "placed_text": [row for row in self.unplaced.rows() if row["item"].strip()],
            "flags": (self.document.record or {}).get("flags") or [],
        }
