"""Fixtures for the import tests: published-measure indicators and the fictional files in ../fixtures."""
from pathlib import Path

from . import factories

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DFE_FILE = FIXTURES / "dfe_children_in_need_fictional.csv"
NEIGHBOURS_FILE = FIXTURES / "dfe_statistical_neighbours_fictional.csv"


def published_indicators(partnership, by) -> dict:
    """Three yearly indicators and a quarterly one, whose comparators come from the fictional DfE file."""
    common = {"polarity": "lower", "frequency": "yearly", "comparators": "published"}
    return {
        "CPP-RATE": factories.indicator(partnership, by, code="CPP-RATE", name="Child protection plans per 10,000",
                                        unit="rate_children", published_measure="cpp_rate_per_10000", **common),
        "CP-2YR": factories.indicator(partnership, by, code="CP-2YR", name="Plans lasting two years or more",
                                      unit="percentage", published_measure="cpp_2yrs_percent", **common),
        "CP-REPEAT": factories.indicator(partnership, by, code="CP-REPEAT", name="Repeat child protection plans",
                                         unit="percentage", published_measure="repeat_cpp_percent",
                                         **{**common, "frequency": "quarterly"}),
        "REREF": factories.indicator(partnership, by, code="REREF", name="Re-referrals within 12 months",
                                     unit="percentage", published_measure="rereferral_percent", **common),
    }


def csv_bytes(rows: list[list]) -> bytes:
    import csv
    import io
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode()
