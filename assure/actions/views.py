from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from assure.core import clock, dates
from assure.core.access import MANAGE, READ, UPDATE, partnership_view
from assure.core.forms import call_service
from assure.core.history import history_rows
from assure.core.pages import form_page
from assure.core.pagination import paginate
from assure.jobs import exports
from assure.partnerships.models import Person

from . import queries, rows, rules, services
from .filters import ActionLogFilter
from .forms import CompleteForm, EditForm, UpdateForm
from .models import Action, ActionOwner


def _decorate(actions, today):
    """Add the pure date judgements each row shows (the query already filtered on the same rules)."""
    for action in actions:
        action.overdue = dates.is_overdue(action.effective_due, action.is_live, today)
        action.due_soon = dates.is_due_soon(action.effective_due, action.is_live, today)
        action.due_text = dates.due_label(action.effective_due, action.due_at_next_meeting)
    return actions


def _my_person(request):
    return Person.objects.filter(partnership=request.partnership, user=request.user).first()


def _names_of_users(partnership, user_ids) -> dict:
    """People's names (as the partnership knows them) for sign-in accounts."""
    return dict(Person.objects.filter(partnership=partnership, user_id__in=user_ids).values_list("user_id", "full_name"))


def _action_or_404(request, pk) -> Action:
    return get_object_or_404(Action, pk=pk, partnership=request.partnership)


def _due(row):
    return row["effective_due"] or ("next meeting" if row["due_at_next_meeting"] else None)


def _item(row):
    """As the agenda item's own name (AgendaItem.__str__), from queries.for_download's values."""
    return f"{row['item_number']}. {row['item_title']}" if row["item_id"] else None


def download_columns(owners):
    """The action log's columns in a download (jobs.exports, ADR 0148), over queries.for_download's rows of values;
    `owners` gives a row's owners (queries.OwnersOfList)."""
    return [
        ("Reference", "pk"), ("Action", "text"), ("Board or group", "body_name"), ("Meeting", "meeting_date"),
        ("Agenda item", _item), ("Owners", owners), ("Owner organisation", "organisation_name"),
        ("Due", _due), ("Status", "get_status_display"), ("Overdue", "overdue_today"),
        ("RAG", "get_rag_display"), ("Times carried over", "carried_over"), ("Completed on", "completed_on"),
    ]


@partnership_view(READ)
def action_log(request):
    today = clock.today()
    log = ActionLogFilter.from_request(request, queries.action_log(request.partnership))
    if exports.wanted(request):
        return exports.download(request, queries.for_download(log.qs, today),
                                download_columns(queries.OwnersOfList(log.qs)), "actions", sheet="Action log")
    page = paginate(request, log.qs.values_list("pk", flat=True))
    keys = list(page.object_list)
    found, owners, to = queries.row_values(request.partnership, keys), queries.owner_names(keys), rows.links(
        request.partnership.slug)
    return render(request, "actions/action_log.html", {
        "form": log.form, "page": page, "filtered": log.is_filtering,
        "actions": [rows.log_row(values, owners.get(values["pk"], ""), today, to) for values in found],
    })


@partnership_view(READ)
def export_csv(request):
    """The old address of the action log's CSV (kept for bookmarks): the log's own download, same filters."""
    query = request.GET.copy()
    query["download"] = "csv"
    return redirect(reverse("actions:log", kwargs={"slug": request.partnership.slug}) + "?" + query.urlencode())


@partnership_view(READ)
def action_detail(request, pk):
    action = queries.action_for_page(request.partnership, pk)
    if action is None:
        raise Http404("No such action")
    _decorate([action], clock.today())
    can_update = rules.can_post_update(action, request.user, request.role)
    updates = list(action.updates.select_related("author", "meeting", "meeting__body"))
    names = _names_of_users(request.partnership, {u.author_id for u in updates if u.author_id})
    for update in updates:
        update.author_name = names.get(update.author_id) or (update.author.get_username() if update.author else "")
    context = {
        "action": action,
        "updates": updates,
        "history": history_rows(action, related=[ActionOwner.history.filter(action_id=action.pk)],
                                partnership=request.partnership),
        "can_update": can_update,
    }
    if can_update:
        context["update_form"] = UpdateForm(initial={"status": action.status, "version": action.version},
                                            status_choices=rules.statuses_for(request.role))
    return render(request, "actions/action_detail.html", context)


def _after_update(request, action, next_page):
    if next_page == "mine":
        return redirect("actions:mine", slug=request.partnership.slug)
    return redirect("actions:detail", slug=request.partnership.slug, pk=action.pk)


def _update_or_404(request, pk) -> Action:
    action = _action_or_404(request, pk)
    if not rules.can_post_update(action, request.user, request.role):
        raise PermissionDenied("You can only update actions you own.")
    return action


def _save_update(request, action, form):
    """Post the update in a bound UpdateForm; a redirect on success, else the form page with the problem."""
    if form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.post_update, action, text=data["text"], status=data["status"], by=request.user,
                        expected_version=form.expected_version):
            done = data["status"] == Action.Status.COMPLETED and action.status == Action.Status.COMPLETED
            messages.success(request, "The action is marked as complete." if done else "Your update has been saved.")
            return _after_update(request, action, data["next"])
    action.refresh_from_db()
    return render(request, "actions/action_update.html", {"action": action, "form": form})


@partnership_view(UPDATE)
def post_update(request, pk):
    action = _update_or_404(request, pk)
    choices = rules.statuses_for(request.role)
    if request.method == "POST":
        return _save_update(request, action, UpdateForm(request.POST, status_choices=choices))
    form = UpdateForm(initial={"status": action.status, "version": action.version,
                               "next": request.GET.get("next", "")}, status_choices=choices)
    return render(request, "actions/action_update.html", {"action": action, "form": form})


@partnership_view(UPDATE)
def complete(request, pk):
    """Mark an action complete, with an optional note on what was done; a person may post without one."""
    action = _update_or_404(request, pk)
    if request.method != "POST":
        form = CompleteForm(initial={"version": action.version, "next": request.GET.get("next", "")})
        return render(request, "actions/action_complete.html", {"action": action, "form": form})
    form = CompleteForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.complete_action, action, note=data["note"], by=request.user,
                        expected_version=form.expected_version):
            messages.success(request, "The action is marked as complete.")
            return _after_update(request, action, data["next"])
    action.refresh_from_db()
    return render(request, "actions/action_complete.html", {"action": action, "form": form})


@partnership_view(MANAGE)
def edit(request, pk):
    action = _action_or_404(request, pk)
    if request.method == "POST":
        form = EditForm(request.POST, partnership=request.partnership)
        if form.is_valid():
            data = form.cleaned_data
            owners = ([services.Owner(person=p) for p in data["people"]]
                      + [services.Owner(group_name=g) for g in form.group_names()])
            if call_service(
                form, services.edit_action,
                action, by=request.user, expected_version=form.expected_version, text=data["text"], owners=owners,
                due_date=data["due_date"], due_at_next_meeting=data["due_at_next_meeting"],
                status=data["status"], rag=data["rag"], owner_organisation=data["owner_organisation"],
                evidence_of_impact=data["evidence_of_impact"], note=data["note"],
            ):
                messages.success(request, "The action has been saved.")
                return redirect("actions:detail", slug=request.partnership.slug, pk=action.pk)
    else:
        form = EditForm(initial=EditForm.initial_for(action), partnership=request.partnership)
    return form_page(request, form, title="Change an action", caption=f"Action {action.pk}", submit="Save changes",
                     back_url=reverse("actions:detail", args=[request.partnership.slug, action.pk]))


MY_ACTIONS_PER_PAGE = 30


@partnership_view(UPDATE)
def my_actions(request):
    """The person's live actions as a compact list (soonest due first, grouped, paginated); each row links to
    its own update page, which returns here after saving."""
    today = clock.today()
    person = _my_person(request)
    live = queries.my_live_actions(request.partnership, person)
    page = paginate(request, live.values_list("pk", flat=True), per_page=MY_ACTIONS_PER_PAGE)
    to = rows.links(request.partnership.slug)
    groups = {dates.OVERDUE_GROUP: [], dates.DUE_SOON_GROUP: [], dates.LATER_GROUP: []}
    for values in queries.row_values(request.partnership, list(page.object_list)):
        row = rows.my_row(values, today, to)
        groups[row.group].append(row)
    completed = queries.my_recently_completed(request.partnership, person, today).values("pk", "text", "completed_on")
    return render(request, "actions/my_actions.html", {
        "person": person, "page": page, "groups": [(name, found) for name, found in groups.items() if found],
        "counts": queries.my_live_counts(live, today) if person else {},
        "completed": [rows.completed_row(values, to) for values in completed],
    })
