from django.shortcuts import render

from assure.core.access import READ, UPDATE, partnership_view

from .models import Action


@partnership_view(READ)
def action_log(request):
    actions = Action.objects.filter(partnership=request.partnership)
    return render(request, "actions/action_log.html", {"actions": actions})


@partnership_view(UPDATE)
def my_actions(request):
    actions = Action.objects.filter(partnership=request.partnership, owners__person__user=request.user)
    return render(request, "actions/action_log.html", {"actions": actions})
