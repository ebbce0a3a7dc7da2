"""Self-assessment rounds' pages: the list, setting up a round, the partnership's template of standards, and a round
with its returns grid, return rate, outstanding list and chase list.

Thin views: check access (`partnership_view`, then `access`), bind the form, call one service, render.
"""
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.pages import form_page

from .. import access, services
from .. import queries_self_assessment as queries
from ..forms_self_assessment import AskOrganisationsForm, DeadlineForm, RoundForm, StartRoundForm, TemplateForm
from ..models import Activity, Framework, SelfAssessmentRound
from ..standards import template_standards


def round_url(request, activity_id) -> str:
    return reverse("assurance:sa-round-detail", args=[request.partnership.slug, activity_id])


def _list_url(request) -> str:
    return reverse("assurance:sa-round-list", args=[request.partnership.slug])


@partnership_view(READ)
def round_list(request):
    rounds = list(queries.rounds(request.partnership, access.visible_activities(request)))
    for self_assessment in rounds:
        returns = list(self_assessment.returns.all())
        self_assessment.asked = len(returns)
        self_assessment.returned = sum(1 for r in returns if r.is_returned)
        self_assessment.rate = queries.return_rate(self_assessment.returned, self_assessment.asked)
    return render(request, "assurance/self_assessment/round_list.html", {
        "rounds": rounds, "my_returns": access.my_returns(request), "frameworks": Framework.choices,
        "today": clock.today(),
    })


@partnership_view(MANAGE)
def round_add(request):
    today = clock.today()
    year = today.year if today.month >= 4 else today.year - 1
    form = RoundForm(request.POST or None, partnership=request.partnership, initial={"year": year})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_self_assessment_round, partnership=request.partnership,
                               by=request.user, **form.cleaned_data)
        if outcome:
            messages.success(request, f"Round set up: {outcome.result.returns.count()} returns asked for.")
            return redirect(round_url(request, outcome.result.activity_id))
    return form_page(request, form, title="Set up a self-assessment round", back_url=_list_url(request),
                     submit="Set up round",
                     intro="The round asks the standards of the partnership's current template for its framework. "
                           "Each organisation's nominated contact is someone of that organisation; change them on "
                           "its return.")


@partnership_view(MANAGE)
def template_edit(request):
    framework = request.GET.get("framework", Framework.SECTION_11)   # the form posts back to the same address
    if framework not in Framework.values:
        raise Http404("No such framework")
    label = Framework(framework).label
    form = TemplateForm(request.POST or None, standards=template_standards(request.partnership, framework))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.save_standards_template, partnership=request.partnership, by=request.user,
                        framework=framework, standards=form.standards()):
            messages.success(request, f"Standards for {label} saved. New rounds will ask them.")
            return redirect(_list_url(request))
    return form_page(request, form, title=f"Standards: {label}", back_url=_list_url(request),
                     submit="Save standards",
                     intro="Number, title and guidance of each standard, in the order returns ask them. Empty a "
                           "standard's boxes to remove it. Rounds already set up keep the standards they asked.")


@partnership_view(READ)
def round_detail(request, activity_id):
    self_assessment = access.get_round_or_404(request, activity_id)
    today = clock.today()
    return render(request, "assurance/self_assessment/round_detail.html", {
        "round": self_assessment, "activity": self_assessment.activity, "today": today,
        **queries.round_overview(self_assessment, today),
    })


@partnership_view(MANAGE)
def round_organisations(request, activity_id):
    self_assessment = access.get_round_or_404(request, activity_id)
    form = AskOrganisationsForm(request.POST or None, self_assessment=self_assessment)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.ask_organisations, self_assessment, by=request.user,
                               organisations=form.cleaned_data["organisations"])
        if outcome:
            messages.success(request, f"{len(outcome.result)} more asked for a return.")
            return redirect(round_url(request, activity_id))
    return form_page(request, form, title="Ask more organisations or schools", caption=str(self_assessment),
                     back_url=round_url(request, activity_id), submit="Add to the round",
                     intro="Each gets a return against the round's standards, due by the round's deadline.")


@partnership_view(MANAGE)
def round_start(request, activity_id):
    """The round of a self-assessment planned on the programme (its returns, standards and deadline)."""
    activity = access.get_activity_or_404(request, activity_id, kind=Activity.Kind.SELF_ASSESSMENT)
    if SelfAssessmentRound.objects.filter(activity=activity).exists():
        return redirect(round_url(request, activity.pk))
    form = StartRoundForm(request.POST or None, partnership=request.partnership,
                          initial={"organisations": list(activity.agencies.all())})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.set_up_round, activity, by=request.user, **form.cleaned_data)
        if outcome:
            messages.success(request, f"Round set up: {outcome.result.returns.count()} returns asked for.")
            return redirect(round_url(request, activity.pk))
    return form_page(request, form, title="Set up the round of returns", caption=activity.title,
                     back_url=reverse("assurance:activity-detail", args=[request.partnership.slug, activity.pk]),
                     submit="Set up round",
                     intro="The round asks the standards of the partnership's current template for its framework.")


@partnership_view(MANAGE)
def round_deadline(request, activity_id):
    self_assessment = access.get_round_or_404(request, activity_id)
    form = DeadlineForm(request.POST or None, initial={"deadline": self_assessment.deadline,
                                                       **VersionedForm.version_of(self_assessment)})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.change_deadline, self_assessment, by=request.user,
                        expected_version=form.expected_version, deadline=form.cleaned_data["deadline"]):
            messages.success(request, "Deadline changed.")
            return redirect(round_url(request, activity_id))
    return form_page(request, form, title="Change the deadline for returns", caption=str(self_assessment),
                     back_url=round_url(request, activity_id), submit="Save deadline",
                     intro="Returns already in keep their dates; whether each was late is read against the new "
                           "deadline. The earlier deadline stays in the round's history.")
