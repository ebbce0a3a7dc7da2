"""The standards a self-assessment asks against: the partnership's template for each framework, or the defaults
until it saves its own. A round copies them when it is set up (services.add_self_assessment_round)."""
from .models import Framework, TemplateStandard

# Drawn from the arrangements section 11 of the Children Act 2004 asks of agencies (Working Together) and the
# duties section 175/157 of the Education Act 2002 and Keeping Children Safe in Education put on schools and
# colleges. A starting point: the partnership edits its own.
DEFAULTS = {
    Framework.SECTION_11: [
        ("1", "Senior leadership and accountability",
         "A named senior lead for safeguarding; safeguarding is in the organisation's plans and reported to its board."),
        ("2", "Policies and procedures",
         "Up-to-date safeguarding policy, known to all staff and volunteers, in line with the partnership's procedures."),
        ("3", "Listening to children and families",
         "Services are shaped by what children and families say; children know how to raise a concern."),
        ("4", "Safer recruitment and managing allegations",
         "Safer recruitment checks; allegations against staff referred to the LADO."),
        ("5", "Training and development",
         "Staff trained to the level their role needs; attendance at partnership training."),
        ("6", "Supervision and support",
         "Staff working with children have regular safeguarding supervision."),
        ("7", "Information sharing",
         "Staff know when and how to share information; records are clear and kept."),
        ("8", "Multi-agency working and escalation",
         "The organisation takes part in multi-agency work and uses the escalation policy."),
    ],
    Framework.SECTION_175: [
        ("1", "Leadership and the designated safeguarding lead",
         "A designated safeguarding lead and deputies with time and training; governors' oversight."),
        ("2", "Safeguarding and child protection policy",
         "Policy reviewed each year, published, and known to staff, pupils and parents."),
        ("3", "Safer recruitment and the single central record",
         "Checks recorded on the single central record; trained people on interview panels."),
        ("4", "Staff training and induction",
         "Induction and annual updates for all staff; KCSIE part one read and understood."),
        ("5", "Early help and referrals",
         "Concerns recorded and acted on; referrals made to the front door; early help offered."),
        ("6", "Online safety and filtering",
         "Filtering and monitoring in place and checked; online safety taught."),
        ("7", "Teaching about safeguarding",
         "Relationships, sex and health education helps pupils keep themselves safe."),
        ("8", "Allegations and low-level concerns",
         "Allegations against staff handled with the LADO; low-level concerns recorded."),
        ("9", "Attendance and children missing education",
         "Absence followed up; children missing education reported to the local authority."),
    ],
}


def default_standards(framework: str) -> list[dict]:
    return [{"number": number, "title": title, "guidance": guidance}
            for number, title, guidance in DEFAULTS.get(framework, [])]


def template_standards(partnership, framework: str) -> list[dict]:
    """The partnership's standards for a framework ({number, title, guidance}, in order): its own template once it
    has saved one, else the defaults."""
    saved = TemplateStandard.objects.filter(partnership=partnership, framework=framework).order_by("position", "id")
    if saved.exists():
        return [{"number": s.number, "title": s.title, "guidance": s.guidance} for s in saved]
    return default_standards(framework)
