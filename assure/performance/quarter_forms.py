"""Forms of the quarter's pages: commentary, reopening a quarter, sending the pack to a meeting."""
from django import forms

from assure.core.forms import VersionedForm
from assure.meetings.models import AgendaItem, Meeting

from .services.commentary import MAX_COMMENTARY, MAX_REASON

NEW_ITEM = "new"


class CommentaryForm(forms.Form):
    text = forms.CharField(
        label="Commentary", widget=forms.Textarea(attrs={"rows": 10}), max_length=MAX_COMMENTARY,
        help_text="Why the figure moved, what it means for children and adults, and what is being done about it",
        error_messages={"required": "Enter the commentary",
                        "max_length": f"The commentary must be {MAX_COMMENTARY:,} characters or fewer"})


class EditCommentaryForm(CommentaryForm, VersionedForm):
    pass


class ReopenQuarterForm(forms.Form):
    reason = forms.CharField(label="Why is the quarter being reopened?", max_length=MAX_REASON,
                             help_text="Kept in the quarter's history", error_messages={
                                 "required": "Enter why the quarter is being reopened",
                                 "max_length": f"The reason must be {MAX_REASON} characters or fewer"})


class PackToMeetingForm(forms.Form):
    """The meeting (scheduled, of this partnership), then the item: one on its agenda or a new one."""

    meeting = forms.ModelChoiceField(queryset=Meeting.objects.none(), empty_label="Choose",
                                     label="Meeting that receives the pack",
                                     error_messages={"required": "Choose the meeting",
                                                     "invalid_choice": "Choose a scheduled meeting of the partnership"})
    item = forms.ChoiceField(label="Agenda item", error_messages={"required": "Choose the agenda item",
                                                                  "invalid_choice": "Choose an item on that meeting's "
                                                                                    "agenda, or a new item"})
    formats = forms.MultipleChoiceField(label="Files to add as papers", widget=forms.CheckboxSelectMultiple,
                                        choices=[("pdf", "PDF"), ("docx", "Word (.docx), editable")],
                                        initial=["pdf"], error_messages={
                                            "required": "Choose the PDF, the Word file or both"})

    def __init__(self, *args, partnership, new_item_title: str, **kwargs):
        super().__init__(*args, **kwargs)
        meetings = (Meeting.objects.filter(partnership=partnership, status=Meeting.Status.SCHEDULED)
                    .select_related("body").order_by("date"))
        self.fields["meeting"].queryset = meetings
        self.fields["meeting"].label_from_instance = lambda m: f"{m.body.name}, {m.date:%-d %B %Y}"
        items = AgendaItem.objects.filter(meeting__in=meetings).select_related("meeting", "meeting__body").order_by(
            "meeting__date", "position")
        self.items = {str(i.pk): i for i in items}
        self.fields["item"].choices = [(NEW_ITEM, f"Add a new item ‘{new_item_title}’")] + [
            (str(i.pk), f"{i.meeting.body.name} {i.meeting.date:%-d %B %Y}: {i.number} {i.title}")
            for i in items]
        self.fields["item"].initial = NEW_ITEM

    def clean(self):
        cleaned = super().clean()
        meeting, item = cleaned.get("meeting"), cleaned.get("item")
        if meeting is not None and item and item != NEW_ITEM and self.items[item].meeting_id != meeting.pk:
            self.add_error("item", "Choose an item on the agenda of the meeting you chose, or a new item")
        cleaned["agenda_item"] = None if item in (None, "", NEW_ITEM) else self.items.get(item)
        return cleaned
