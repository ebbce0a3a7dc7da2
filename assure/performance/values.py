"""Reading a figure as a person or a spreadsheet wrote it, and checking it suits the indicator's unit. Pure.

"1,234", "4.8", "4.8%", 12 and 0.5 are numbers; DfE's suppression symbols (c, k, u, x, z and ":", with or
without square brackets, any case) are figures that were not published, kept with their meaning, never a zero.
"""
import re
from decimal import Decimal, InvalidOperation

from .models.figures import SUPPRESSION_CODES

LARGEST = Decimal("1e10")
_NUMBER = re.compile(r"^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$")


class ValueRefused(ValueError):
    """A figure that cannot be kept; the message says why, in words a person can act on."""


def read_value(cell) -> tuple[Decimal | None, str]:
    """(the number, "") or (None, the suppression code). Raises ValueRefused."""
    if isinstance(cell, bool):
        raise ValueRefused(f"'{cell}' is not a number.")
    if isinstance(cell, int | float | Decimal):
        number = Decimal(str(cell))
    else:
        text = str(cell if cell is not None else "").strip()
        if not text:
            raise ValueRefused("The value is empty: give a number, or a code such as 'c' for a figure not published.")
        code = text.strip("[]").lower()
        if code in SUPPRESSION_CODES:
            return None, code
        cleaned = text.removesuffix("%").strip()
        if not _NUMBER.match(cleaned) or cleaned in ("", "-", "+", "."):
            raise ValueRefused(f"'{text}' is not a number (nor a code for a figure not published: "
                               f"{', '.join(SUPPRESSION_CODES)}).")
        try:
            number = Decimal(cleaned.replace(",", ""))
        except InvalidOperation as exc:
            raise ValueRefused(f"'{text}' is not a number.") from exc
    if not number.is_finite() or abs(number) >= LARGEST:
        raise ValueRefused(f"'{cell}' is too large to be a figure of the dataset.")
    if number.as_tuple().exponent < -4:
        number = number.quantize(Decimal("0.0001"))
    return number, ""


def unit_refusal(value: Decimal | None, unit: str) -> str:
    """Why a number cannot be a figure in this unit, or ""."""
    if value is None:
        return ""
    if value < 0:
        return "A figure cannot be negative."
    if unit == "percentage" and value > 100:
        return f"{value.normalize():f} is over 100, so it cannot be a percentage."
    if unit == "count" and value != value.to_integral_value():
        return f"{value.normalize():f} is not a whole number, and this indicator is a count."
    return ""
