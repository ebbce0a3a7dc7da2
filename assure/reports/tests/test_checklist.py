"""The statutory checklist: which requirements a kind of report has, what meets them, what blocks publication."""
from assure.reports.yearly import checklist, sections


def codes(kind):
    return [r.code for r in checklist.requirements_for(kind)]


def test_an_adults_report_is_checked_against_schedule_2_paragraph_4_a_to_g():
    assert codes("adults") == [f"SAB-{letter}" for letter in "abcdefg"]


def test_a_childrens_report_is_checked_against_working_together_only():
    assert codes("children") and all(code.startswith("WT-") for code in codes("children"))


def test_a_joint_report_must_meet_both():
    assert set(codes("joint")) == set(codes("children")) | set(codes("adults"))


def test_every_requirement_names_sections_the_report_has():
    for requirement in checklist.REQUIREMENTS:
        for kind in requirement.kinds:
            keys = {spec.key for spec in sections.sections_for(kind)}
            assert set(requirement.sections) <= keys, requirement.code


def test_a_requirement_is_met_by_any_filled_section_it_names():
    lines = {line.requirement.code: line for line in checklist.check("children", {"reviews"}, {})}
    assert lines["WT-reviews"].met and lines["WT-reviews"].met_by == ("reviews",)
    assert lines["WT-done"].met  # governance or reviews
    assert not lines["WT-voice"].met


def test_an_empty_requirement_blocks_publication_until_a_reason_is_recorded():
    filled = {"governance", "reviews", "effectiveness", "training", "priorities"}
    blocking = checklist.blocking(checklist.check("children", filled, {}))
    assert [line.requirement.code for line in blocking] == ["WT-voice"]
    excused = checklist.check("children", filled, {"WT-voice": "Gathered in the next year's survey"})
    assert checklist.blocking(excused) == []
    blank_reason = checklist.check("children", filled, {"WT-voice": "   "})
    assert [line.requirement.code for line in checklist.blocking(blank_reason)] == ["WT-voice"]


def test_sections_that_need_words_are_filled_only_by_words():
    voice, reviews = sections.BY_KEY["voice"], sections.BY_KEY["reviews"]
    assert not sections.is_filled(voice, "", has_live_data=True)
    assert sections.is_filled(voice, "We asked 40 young people.", has_live_data=False)
    assert sections.is_filled(reviews, "", has_live_data=True)
    assert not sections.is_filled(reviews, "  \n", has_live_data=False)


def test_each_kind_has_its_statutory_recipients():
    assert "Child Safeguarding Practice Review Panel" in checklist.RECIPIENTS["children"]
    assert "Local Healthwatch" in checklist.RECIPIENTS["adults"]
    assert set(checklist.RECIPIENTS["joint"]) == set(checklist.RECIPIENTS["children"]) | set(checklist.RECIPIENTS["adults"])
