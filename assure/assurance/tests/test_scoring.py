"""The 5 x 5 scale in tables: score, band (NPSA, ADR 0120), direction of travel, the checks on three scores."""
import pytest

from .. import scoring


@pytest.mark.parametrize(("likelihood", "impact", "score", "band"), [
    (1, 1, 1, "low"), (1, 3, 3, "low"), (3, 1, 3, "low"),
    (1, 4, 4, "moderate"), (2, 2, 4, "moderate"), (1, 5, 5, "moderate"), (2, 3, 6, "moderate"),
    (2, 4, 8, "high"), (3, 3, 9, "high"), (2, 5, 10, "high"), (4, 3, 12, "high"),
    (3, 5, 15, "extreme"), (4, 4, 16, "extreme"), (5, 4, 20, "extreme"), (5, 5, 25, "extreme"),
])
def test_score_and_band(likelihood, impact, score, band):
    assert scoring.score(likelihood, impact) == score
    assert scoring.band(score).key == band


def test_every_score_on_the_grid_has_exactly_one_band():
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            value = scoring.score(likelihood, impact)
            assert sum(value in band for band in scoring.BANDS) == 1, value


@pytest.mark.parametrize(("likelihood", "impact"), [(0, 3), (6, 1), (3, 0), (3, 6), (None, 2), ("3", 2), (2.5, 2),
                                                    (True, 3)])
def test_off_the_scale_is_refused(likelihood, impact):
    with pytest.raises(ValueError, match="1 to 5"):
        scoring.score(likelihood, impact)


@pytest.mark.parametrize("value", [0, 7, 13, 14, 26])
def test_no_band_for_what_is_not_a_score(value):
    with pytest.raises(ValueError):
        scoring.band(value)


@pytest.mark.parametrize(("current", "earlier", "previous"), [
    (12, [], None),                 # never saved before
    (12, [12, 12], None),           # saved, never re-scored
    (12, [12, 16, 20], 16),         # the latest change was from 16
    (12, [8, 12], 8),
    (9, [12, 9, 16], 12),           # back and forth: the one just before counts
])
def test_previous_score(current, earlier, previous):
    assert scoring.previous_score(current, earlier) == previous


@pytest.mark.parametrize(("current", "previous", "direction"), [
    (12, 16, scoring.FALLING), (16, 12, scoring.RISING), (12, 12, scoring.STEADY), (1, 25, scoring.FALLING),
])
def test_direction(current, previous, direction):
    assert scoring.direction(current, previous) == direction


@pytest.mark.parametrize(("inherent", "current", "target", "warned"), [
    (16, 12, 6, []),
    (16, 16, 16, []),
    (12, 16, 6, ["current score (16) is higher than the inherent score (12)"]),
    (16, 6, 8, ["target score (8) is higher than the current score (6)"]),
    (9, 12, 15, ["current score (12) is higher than the inherent score (9)",
                 "target score (15) is higher than the current score (12)"]),
])
def test_warnings(inherent, current, target, warned):
    found = scoring.warnings(inherent, current, target)
    assert len(found) == len(warned)
    for message, part in zip(found, warned, strict=True):
        assert part in message


@pytest.mark.parametrize(("inherent", "target", "refused"), [(16, 6, False), (16, 16, False), (12, 15, True),
                                                             (1, 2, True)])
def test_a_target_worse_than_inherent_is_refused(inherent, target, refused):
    assert bool(scoring.target_refusal(inherent, target)) is refused
