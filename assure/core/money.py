"""Money in whole pence, and splitting a sum among partners so the parts add up exactly (ADR 0131). Pure.

Money is stored as integer pence (`PositiveBigIntegerField` / `BigIntegerField`), never floats; people type pounds
("£21,649", "7216.33", "1,200.5") and read "£21,649.00".
"""
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_AMOUNT = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$")
LARGEST_PENCE = 10**12   # ten billion pounds: anything larger is a typing mistake


class AmountRefused(ValueError):
    """An amount that cannot be read; the message says why in words a person can act on."""


def pence(text) -> int:
    """Whole pence from what a person or a spreadsheet wrote: "£1,200.50", "1200.5", 1200.5, "(300.00)" (negative)."""
    if isinstance(text, bool):
        raise AmountRefused(f"'{text}' is not an amount of money.")
    if isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, float | Decimal):
        value = Decimal(str(text))
    else:
        cleaned = " ".join(str(text or "").split()).replace("£", "").replace(" ", "")
        if cleaned.startswith("(") and cleaned.endswith(")"):
            cleaned = "-" + cleaned[1:-1]
        if not cleaned:
            raise AmountRefused("Enter an amount, for example 1,250.00.")
        if not _AMOUNT.match(cleaned):
            raise AmountRefused(f"'{text}' is not an amount in pounds and pence, for example 1,250.00.")
        try:
            value = Decimal(cleaned.replace(",", ""))
        except InvalidOperation as exc:
            raise AmountRefused(f"'{text}' is not an amount in pounds and pence.") from exc
    if value != value.quantize(Decimal("0.01")):
        raise AmountRefused(f"'{text}' has fractions of a penny: give pounds and pence, for example 1,250.05.")
    result = int((value * 100).to_integral_value(rounding=ROUND_HALF_UP))
    if abs(result) >= LARGEST_PENCE:
        raise AmountRefused(f"'{text}' is too large to be an amount in the budget.")
    return result


def pounds(amount_pence: int | None, *, sign: bool = False) -> str:
    """12345 -> "£123.45"; -500 -> "−£5.00"; None -> ""."""
    if amount_pence is None:
        return ""
    negative = amount_pence < 0
    whole, part = divmod(abs(amount_pence), 100)
    text = f"£{whole:,}.{part:02d}"
    if negative:
        return f"−{text}"
    return f"+{text}" if sign and amount_pence > 0 else text


def split(total_pence: int, weights: list) -> list[int]:
    """Split `total_pence` in proportion to `weights` (equal weights for equal shares) so the parts add up exactly.

    Largest remainder: each part is its exact share rounded down; the pennies left over go one each to the parts
    with the largest remainders, ties to the later part (so £21,649.00 in three equal shares is £7,216.33,
    £7,216.33 and £7,216.34). A negative total (a surplus to hand back) is split the same way."""
    if not weights:
        raise ValueError("nobody to split among")
    weights = [Decimal(str(w)) for w in weights]
    if any(w < 0 for w in weights) or sum(weights) == 0:
        raise ValueError("the shares must be positive")
    sign = -1 if total_pence < 0 else 1
    total = abs(total_pence)
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    parts = [int(e) for e in exact]
    left = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (exact[i] - parts[i], i), reverse=True)
    for i in order[:left]:
        parts[i] += 1
    return [sign * p for p in parts]
