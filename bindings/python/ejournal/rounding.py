"""Exact numbers at the library's edge: rounding once by an explicit policy, reading decimal text
and doubles exactly, and formatting rounded values.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ._lib import (ROUNDING, InvalidError, Number, RangeError, check, choice, encode_text, ffi,
                   integer, lib, rational, string_from, to_decimal, to_fraction)

__all__ = ["round_decimal", "parse_decimal", "from_float", "format_decimal"]


def round_decimal(value: Number, decimals: int = 2, rounding: str = "half_up") -> Decimal:
    """Rounds an exact value to `decimals` (0 … 18) decimals with the library's arithmetic.

    `rounding` is "half_up" (ties away from zero, the default), "half_even", "floor" or
    "ceiling". Floats count as their shortest decimal, so 93.825 rounds to 93.83.

    >>> round_decimal(Fraction(193, 20), 1)
    Decimal('9.7')
    """
    out = ffi.new("ej_decimal *")
    check(lib.ej_round(out, rational(value, "value"), choice(ROUNDING, rounding, "rounding"),
                       integer(decimals, "decimals")))
    return to_decimal(out)


def parse_decimal(text: str) -> Fraction:
    """Reads a decimal literal such as "-12.375" or "7" exactly (no exponent, no spaces)."""
    out = ffi.new("ej_rational *")
    check(lib.ej_rational_parse(out, encode_text(text, "text")))
    return to_fraction(out)


def from_float(value: float) -> Fraction:
    """The shortest decimal that round-trips to `value`, exactly: from_float(0.1) == 1/10."""
    if not isinstance(value, (float, int)) or isinstance(value, bool):
        raise TypeError(f"value must be a float, not {type(value).__name__}")
    out = ffi.new("ej_rational *")
    check(lib.ej_rational_from_double(out, float(value)))
    return to_fraction(out)


def format_decimal(value: Decimal) -> str:
    """Formats a rounded value with exactly its decimals, never in exponent form ("9.70")."""
    if not isinstance(value, Decimal):
        raise TypeError(f"value must be a Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise InvalidError(f"value is {value}, not a finite number")
    sign, digits, exponent = value.as_tuple()
    units = int("".join(map(str, digits)) or "0") * 10 ** max(exponent, 0)
    if sign:
        units = -units
    if not -(2**63) <= units < 2**63:
        raise RangeError(f"value {value} does not fit 64-bit units")
    decimal = ffi.new("ej_decimal *", [units, max(-exponent, 0), 0])
    return string_from(lambda out: lib.ej_decimal_format(out, decimal))
