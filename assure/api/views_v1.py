"""The REST API, version 1 (ADR 0146). Read endpoints for meetings, agenda items, actions, reviews, assurance
records and dataset values; writes (an update on an action, a dataset value) call the owning app's service, so
the web's rules hold. Everything is scoped to the token's partnership: another partnership's record is a 404.

Visibility is the pages' own: reviews through `reviews.access.visible_reviews`, assurance through
`assurance.access` (a member reads the activities of their bodies, the escalations of their organisation).
"""
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Prefetch
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, permissions, status, viewsets
from rest_framework.decorators import action as route
from rest_framework.response import Response

from assure.actions import rules as action_rules
from assure.actions import services as action_services
from assure.actions.models import Action, ActionOwner
from assure.assurance import access as assurance_access
from assure.assurance.models import Activity, Escalation, Inspection, Risk
from assure.core.concurrency import EditConflict
from assure.meetings.models import AgendaItem, Meeting
from assure.performance import periods
from assure.performance import services as performance_services
from assure.performance.models import Figure, Indicator
from assure.reviews import access as review_access
from assure.reviews.models import Review

from . import filters, schema  # noqa: F401 (schema registers the token scheme)
from . import serializers as s


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"
    default_detail = "The record changed since you read it."


def call(service, *args, **kwargs):
    """Run one service in a savepoint; its refusal becomes a 400 naming the fields (nothing written), a clash of
    versions a 409, a refusal of permission a 403."""
    try:
        with transaction.atomic():
            return service(*args, **kwargs)
    except DjangoValidationError as error:
        if hasattr(error, "error_dict"):
            raise exceptions.ValidationError({field: [str(m) for e in errors for m in e.messages]
                                              for field, errors in error.error_dict.items()}) from None
        raise exceptions.ValidationError({"non_field_errors": error.messages}) from None
    except EditConflict as conflict:
        raise Conflict(str(conflict)) from None
    except DjangoPermissionDenied as refusal:
        raise exceptions.PermissionDenied(str(refusal)) from None


class MayWrite(permissions.BasePermission):
    """Reads for every role; writes as the access level on the web: `UPDATE` (business team and members, object
    rules in the view) for action updates, `MANAGE` (business team) for everything else."""
    message = "Your role in this partnership does not allow this."

    def has_permission(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            return True
        role = getattr(request, "role", None)
        if role is None:
            return False
        if getattr(view, "write_level", "manage") == "update":
            return role.can_update_own_actions
        return role.can_manage


class Scoped(viewsets.GenericViewSet):
    permission_classes = [permissions.IsAuthenticated, MayWrite]
    filter_backends = [DjangoFilterBackend]

    lookup_value_regex = "[0-9]+"
    model = None

    @property
    def partnership(self):
        return self.request.partnership

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):   # the schema is built with no token
            return self.model.objects.none()
        return self.scoped()

    def scoped(self):
        raise NotImplementedError


class ReadOnly(mixins.ListModelMixin, mixins.RetrieveModelMixin, Scoped):
    pass


@extend_schema_view(list=extend_schema(summary="The partnership's meetings, latest first"),
                    retrieve=extend_schema(summary="One meeting"))
class MeetingViewSet(ReadOnly):
    model = Meeting
    serializer_class = s.MeetingSerializer
    filterset_class = filters.MeetingFilter

    def scoped(self):
        return Meeting.objects.filter(partnership=self.partnership).select_related("body").order_by("-date", "id")


@extend_schema_view(list=extend_schema(summary="Agenda items with their minutes"),
                    retrieve=extend_schema(summary="One agenda item"))
class AgendaItemViewSet(ReadOnly):
    model = AgendaItem
    serializer_class = s.AgendaItemSerializer
    filterset_class = filters.AgendaItemFilter

    def scoped(self):
        return (AgendaItem.objects.filter(meeting__partnership=self.partnership).select_related("presenter")
                .order_by("meeting_id", "position", "id"))


@extend_schema_view(list=extend_schema(summary="The action log"), retrieve=extend_schema(summary="One action"))
class ActionViewSet(ReadOnly):
    model = Action
    serializer_class = s.ActionSerializer
    filterset_class = filters.ActionFilter
    write_level = "update"

    def scoped(self):
        owners = ActionOwner.objects.select_related("person").order_by("id")
        return (Action.objects.filter(partnership=self.partnership)
                .prefetch_related(Prefetch("owners", queryset=owners)).order_by("id"))

    @extend_schema(summary="Post an update on an action", request=s.NewActionUpdateSerializer,
                   responses={201: s.ActionUpdateSerializer},
                   description="As on the action's page: a member updates only the actions they own, and may set "
                               "open, in progress or completed; the business team updates any action.")
    @route(detail=True, methods=["post"], url_path="updates")
    def updates(self, request, pk=None):
        action = self.get_object()
        if not action_rules.can_post_update(action, request.user, request.role):
            raise exceptions.PermissionDenied("You can only update actions you own.")
        data = self._valid(s.NewActionUpdateSerializer)
        allowed = {value for value, _ in action_rules.statuses_for(request.role)}
        if data.get("status") and data["status"] not in allowed:
            raise exceptions.ValidationError({"status": ["Choose open, in progress or completed: the business team "
                                                         "sets the other statuses."]})
        update = call(action_services.post_update, action, text=data["text"], status=data.get("status"),
                      by=request.user, expected_version=data["version"])
        return Response(s.ActionUpdateSerializer(update).data, status=status.HTTP_201_CREATED)

    def _valid(self, serializer_class, **kwargs):
        serializer = serializer_class(data=self.request.data, **kwargs)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data


@extend_schema_view(list=extend_schema(summary="Reviews the token's user may see, as on the reviews pages"),
                    retrieve=extend_schema(summary="One review"))
class ReviewViewSet(ReadOnly):
    model = Review
    serializer_class = s.ReviewSerializer

    def scoped(self):
        return review_access.visible_reviews(self.request).select_related("case").order_by("id")


@extend_schema_view(list=extend_schema(summary="Assurance activities (audits, reviews, visits, inspections)"),
                    retrieve=extend_schema(summary="One assurance activity"))
class ActivityViewSet(ReadOnly):
    model = Activity
    serializer_class = s.ActivitySerializer
    filterset_class = filters.ActivityFilter

    def scoped(self):
        return assurance_access.visible_activities(self.request).order_by("-year", "id")


@extend_schema_view(list=extend_schema(summary="Inspections"), retrieve=extend_schema(summary="One inspection"))
class InspectionViewSet(ReadOnly):
    model = Inspection
    serializer_class = s.InspectionSerializer

    def scoped(self):
        return (Inspection.objects.filter(activity__in=assurance_access.visible_activities(self.request))
                .select_related("activity").order_by("id"))


@extend_schema_view(list=extend_schema(summary="Escalations and professional disagreements"),
                    retrieve=extend_schema(summary="One escalation"))
class EscalationViewSet(ReadOnly):
    model = Escalation
    serializer_class = s.EscalationSerializer

    def scoped(self):
        return (assurance_access.visible_escalations(self.request)
                .select_related("raised_by_organisation", "about_organisation").order_by("-raised_on", "id"))


@extend_schema_view(list=extend_schema(summary="The risk register"), retrieve=extend_schema(summary="One risk"))
class RiskViewSet(ReadOnly):
    model = Risk
    serializer_class = s.RiskSerializer
    filterset_class = filters.RiskFilter

    def scoped(self):
        return Risk.objects.filter(partnership=self.partnership).select_related("owner").order_by("number")


@extend_schema_view(
    list=extend_schema(summary="The partnership's own dataset values (figures)"),
    retrieve=extend_schema(summary="One dataset value"),
    create=extend_schema(summary="Enter a dataset value", request=s.NewFigureSerializer,
                         responses={201: s.FigureSerializer},
                         description="Business team only. A value already held for the indicator and period is "
                                     "replaced (its history keeps the old one), as on the figures page."),
    update=extend_schema(summary="Correct a dataset value", request=s.FigureChangeSerializer,
                         responses={200: s.FigureSerializer}, description="Business team only."),
)
class FigureViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, ReadOnly):
    model = Figure
    serializer_class = s.FigureSerializer
    filterset_class = filters.FigureFilter
    http_method_names = ["get", "post", "put", "head", "options"]

    def scoped(self):
        return (Figure.objects.filter(indicator__partnership=self.partnership)
                .select_related("indicator").order_by("indicator_id", "period_start", "id"))

    def create(self, request, *args, **kwargs):
        given = s.NewFigureSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        indicator = Indicator.objects.filter(partnership=self.partnership, pk=data["indicator_id"]).first()
        if indicator is None:
            raise exceptions.ValidationError({"indicator_id": ["No such indicator in this partnership."]})
        try:
            period = periods.parse_period(data["period"])
        except periods.PeriodError as error:
            raise exceptions.ValidationError({"period": [str(error)]}) from None
        figure = call(performance_services.record_figure, indicator, by=request.user, period=period,
                      value=data.get("value"), suppression=data["suppression"], note=data["note"])
        return Response(s.FigureSerializer(figure).data, status=status.HTTP_201_CREATED)

    def update(self, request, *args, **kwargs):
        figure = self.get_object()
        given = s.FigureChangeSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        saved = call(performance_services.record_figure, figure.indicator, by=request.user, period=figure.period,
                     value=data.get("value"), suppression=data["suppression"], note=data["note"],
                     expected_version=data["version"])
        return Response(s.FigureSerializer(saved).data)
