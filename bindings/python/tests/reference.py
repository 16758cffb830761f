"""Pure-Python exact references that the tests compare the library with."""

from decimal import Decimal
from fractions import Fraction


def reference_round(value: Fraction, decimals: int, mode: str) -> Decimal:
    """Pure-Python exact rounding, the oracle for the library's."""
    scaled = value * 10**decimals
    floor = scaled.numerator // scaled.denominator
    remainder = scaled - floor
    if mode == "floor":
        units = floor
    elif mode == "ceiling":
        units = floor + (remainder != 0)
    elif mode == "half_even":
        units = floor + (remainder > Fraction(1, 2)
                         or (remainder == Fraction(1, 2) and floor % 2 == 1))
    elif value < 0:  # half_up: ties away from zero, symmetric
        return -reference_round(-value, decimals, mode)
    else:
        units = floor + (remainder >= Fraction(1, 2))
    return Decimal(f"{units}E-{decimals}")
