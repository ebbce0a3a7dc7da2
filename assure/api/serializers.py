"""What the API shows of each record, and what its writes accept. Serializers only read and check: every write
goes through the owning app's service (views_v1.py), never `save()` here."""
from decimal import Decimal

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from assure.actions.models import Action, ActionUpdate
from assure.assurance.models import Activity, Escalation, Inspection, Risk
from assure.meetings.models import AgendaItem, Meeting
from assure.performance.models import Figure
from assure.performance.models.figures import SUPPRESSION_CODES
from assure.performance.models.indicators import FIGURE
from assure.reviews.models import Review


class MeetingSerializer(serializers.ModelSerializer):
    body = serializers.CharField(source="body.name", read_only=True)
    body_id = serializers.IntegerField(read_only=True)

    class Meta:
        model = Meeting
        fields = ["id", "body_id", "body", "date", "start_time", "location", "status", "minutes_approved_on"]


class AgendaItemSerializer(serializers.ModelSerializer):
    meeting_id = serializers.IntegerField(read_only=True)
    presenter = serializers.CharField(source="presenter.full_name", read_only=True, allow_null=True, default=None)

    class Meta:
        model = AgendaItem
        fields = ["id", "meeting_id", "number", "title", "position", "presenter", "discussion"]


class ActionOwnerSerializer(serializers.Serializer):
    person_id = serializers.IntegerField(allow_null=True)
    name = serializers.CharField(help_text="The person's full name, or the group named as owner")


class ActionSerializer(serializers.ModelSerializer):
    owners = serializers.SerializerMethodField()
    body_id = serializers.IntegerField(read_only=True, allow_null=True)
    meeting_id = serializers.IntegerField(read_only=True, allow_null=True)

    class Meta:
        model = Action
        fields = ["id", "text", "status", "rag", "due_date", "due_at_next_meeting", "completed_on", "body_id",
                  "meeting_id", "owners", "evidence_of_impact", "version"]

    @extend_schema_field(ActionOwnerSerializer(many=True))
    def get_owners(self, action):
        return [{"person_id": o.person_id, "name": o.person.full_name if o.person_id else o.group_name}
                for o in action.owners.all()]


class ActionUpdateSerializer(serializers.ModelSerializer):
    class Meta:
        model = ActionUpdate
        fields = ["id", "created_at", "text", "status"]


class NewActionUpdateSerializer(serializers.Serializer):
    text = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="",
                                 help_text="What has been done; may be empty when the status changes")
    status = serializers.ChoiceField(choices=Action.Status.choices, required=False,
                                     help_text="The action's status after this update (default: unchanged). A "
                                               "member may set open, in progress or completed.")
    version = serializers.IntegerField(min_value=1, max_value=2**31 - 1,
                                       help_text="The action's version you read; a later change answers 409")


class ReviewSerializer(serializers.ModelSerializer):
    case = serializers.CharField(source="case.pseudonym", read_only=True, help_text="The case's pseudonym")

    class Meta:
        model = Review
        fields = ["id", "case", "kind", "stage", "publication_deferred", "publication_planned_on", "published_on"]


class ActivitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Activity
        fields = ["id", "year", "kind", "title", "theme", "status", "owner_body_id", "reporting_body_id",
                  "planned_start", "planned_report", "reported_on"]
        read_only_fields = fields


class InspectionSerializer(serializers.ModelSerializer):
    activity_id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(source="activity.title", read_only=True)
    status = serializers.CharField(source="activity.status", read_only=True)

    class Meta:
        model = Inspection
        fields = ["id", "activity_id", "title", "inspection_type", "status", "start_date", "end_date"]


class EscalationSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(read_only=True)
    raised_by_organisation = serializers.CharField(source="raised_by_organisation.name", read_only=True)
    about_organisation = serializers.CharField(source="about_organisation.name", read_only=True)

    class Meta:
        model = Escalation
        fields = ["id", "reference", "kind", "raised_on", "raised_by_organisation", "about_organisation",
                  "learning_theme", "outcome", "resolved_on"]


class RiskSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(read_only=True)
    owner = serializers.CharField(source="owner.full_name", read_only=True)

    class Meta:
        model = Risk
        fields = ["id", "reference", "title", "category", "status", "owner", "body_id", "current_likelihood",
                  "current_impact", "target_likelihood", "target_impact", "review_date", "closed_on"]
        read_only_fields = fields


class FigureSerializer(serializers.ModelSerializer):
    indicator_id = serializers.IntegerField(read_only=True)
    indicator = serializers.CharField(source="indicator.code", read_only=True, help_text="The indicator's code")
    period = serializers.CharField(source="period.code", read_only=True,
                                   help_text="2026-04 (a month), 2026-Q2 (a quarter) or 2026/27 (a financial year)")

    class Meta:
        model = Figure
        fields = ["id", "indicator_id", "indicator", "period", "period_start", "value", "suppression", "note",
                  "source", "version"]


_VALUE = {"max_digits": FIGURE["max_digits"], "decimal_places": FIGURE["decimal_places"], "allow_null": True,
          "required": False, "min_value": Decimal("-1e9"), "max_value": Decimal("1e9"),
          "help_text": "The figure; null (with a suppression code) when it was not published"}
_SUPPRESSION = {"choices": [("", "Published"), *SUPPRESSION_CODES.items()], "required": False, "default": "",
                "help_text": "Why the figure was not published (the DfE's symbols); empty when it was"}


class NewFigureSerializer(serializers.Serializer):
    indicator_id = serializers.IntegerField(min_value=1, max_value=2**31 - 1)
    period = serializers.CharField(max_length=20, help_text="2026-04 (a month), 2026-Q2 (a quarter: July to "
                                                            "September 2026) or 2026/27 (a financial year)")
    value = serializers.DecimalField(**_VALUE)
    suppression = serializers.ChoiceField(**_SUPPRESSION)
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class FigureChangeSerializer(serializers.Serializer):
    value = serializers.DecimalField(**_VALUE)
    suppression = serializers.ChoiceField(**_SUPPRESSION)
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
    version = serializers.IntegerField(min_value=1, max_value=2**31 - 1,
                                       help_text="The figure's version you read; a later change answers 409")
