"""Exact numbers: rounding once by a policy, decimal text, doubles, formatting."""

import random
from decimal import Decimal
from fractions import Fraction

import pytest

import ejournal
from reference import reference_round


@pytest.mark.parametrize("value, decimals, expected", [
    (Decimal("93.825"), 2, "93.83"),
    (93.825, 2, "93.83"),               # a float means its shortest decimal, not its binary value
    (Fraction(193, 20), 1, "9.7"),      # ua-school.md §1.9: 9.65 → 9.7
    (Fraction(127, 15), 1, "8.5"),      # 8.466… → 8.5
    (Fraction(191, 20), 1, "9.6"),      # 9.55 → 9.6
    (Fraction(201, 22), 1, "9.1"),      # 9.136… → 9.1
    (Fraction(21, 2), 0, "11"),         # 10.5 → 11
    (Fraction(-21, 2), 0, "-11"),       # ties away from zero
    (Fraction(2, 3), 2, "0.67"),
    (9, 2, "9.00"),
])
def test_half_up_worked_examples(value, decimals, expected):
    rounded = ejournal.round_decimal(value, decimals)
    assert rounded == Decimal(expected)
    assert str(rounded) == expected  # the scale is exactly `decimals`


@pytest.mark.parametrize("mode, expected", [
    ("half_up", "11"), ("half_even", "10"), ("floor", "10"), ("ceiling", "11")])
def test_modes_on_a_tie(mode, expected):
    assert ejournal.round_decimal(Fraction(21, 2), 0, mode) == Decimal(expected)


@pytest.mark.parametrize("mode, expected", [
    ("half_up", "-2"), ("half_even", "-2"), ("floor", "-3"), ("ceiling", "-2")])
def test_modes_on_negative_values(mode, expected):
    assert ejournal.round_decimal(Fraction(-23, 10), 0, mode) == Decimal(expected)


def test_rounding_agrees_with_an_exact_reference():
    generator = random.Random(20240901)
    for _ in range(2000):
        value = Fraction(generator.randint(-10**9, 10**9), generator.randint(1, 10**6))
        decimals = generator.randint(0, 6)
        mode = generator.choice(["half_up", "half_even", "floor", "ceiling"])
        expected = reference_round(value, decimals, mode)
        assert ejournal.round_decimal(value, decimals, mode) == expected, (value, decimals, mode)


def test_exact_ties_agree_with_the_reference():
    generator = random.Random(7)
    for _ in range(500):
        decimals = generator.randint(0, 4)
        # k + 1/2 in units of the last kept digit: always an exact tie
        value = Fraction(2 * generator.randint(-10**6, 10**6) + 1, 2 * 10**decimals)
        for mode in ("half_up", "half_even"):
            assert ejournal.round_decimal(value, decimals, mode) == \
                reference_round(value, decimals, mode)


def test_round_decimal_rejects_bad_arguments():
    with pytest.raises(ejournal.InvalidError):
        ejournal.round_decimal(1, decimals=-1)
    with pytest.raises(ejournal.InvalidError):
        ejournal.round_decimal(1, decimals=19)
    with pytest.raises(ejournal.InvalidError):
        ejournal.round_decimal(float("nan"))
    with pytest.raises(ejournal.InvalidError):
        ejournal.round_decimal(float("inf"))
    with pytest.raises(TypeError):
        ejournal.round_decimal("9.5")
    with pytest.raises(TypeError):
        ejournal.round_decimal(True)
    with pytest.raises(ejournal.RangeError):
        ejournal.round_decimal(2**70)


def test_round_decimal_reports_overflow_of_the_result():
    with pytest.raises(ejournal.RangeError):
        ejournal.round_decimal(2**62, decimals=18)


@pytest.mark.parametrize("text, expected", [
    ("-12.375", Fraction(-12375, 1000)), ("7", Fraction(7)), ("0.1", Fraction(1, 10)),
    ("93.825", Fraction(93825, 1000))])
def test_parse_decimal_is_exact(text, expected):
    assert ejournal.parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["", "1e5", " 7", "7 ", "abc", "1.2.3", "--1"])
def test_parse_decimal_rejects_what_is_not_a_plain_decimal(text):
    with pytest.raises(ejournal.InvalidError):
        ejournal.parse_decimal(text)


def test_parse_decimal_reports_values_that_do_not_fit():
    with pytest.raises(ejournal.RangeError):
        ejournal.parse_decimal("99999999999999999999")
    with pytest.raises(ejournal.RangeError):
        ejournal.parse_decimal("0.0000000000000000000001")


def test_from_float_gives_the_shortest_decimal():
    assert ejournal.from_float(0.1) == Fraction(1, 10)
    assert ejournal.from_float(93.825) == Fraction(93825, 1000)
    assert ejournal.from_float(-2.5) == Fraction(-5, 2)
    with pytest.raises(ejournal.InvalidError):
        ejournal.from_float(float("nan"))
    with pytest.raises(ejournal.InvalidError):
        ejournal.from_float(float("-inf"))


def test_from_float_agrees_with_python_repr():
    generator = random.Random(11)
    for _ in range(500):
        value = round(generator.uniform(-1000, 1000), generator.randint(0, 6))
        assert ejournal.from_float(value) == Fraction(repr(value))


@pytest.mark.parametrize("value, expected", [
    (Decimal("9.70"), "9.70"), (Decimal("0.000000000000000001"), "0.000000000000000001"),
    (Decimal("-3.5"), "-3.5"), (Decimal("12"), "12"), (Decimal("1E+2"), "100")])
def test_format_decimal_keeps_the_scale_and_never_uses_exponents(value, expected):
    assert ejournal.format_decimal(value) == expected


def test_format_decimal_of_a_rounded_value_round_trips():
    rounded = ejournal.round_decimal(Fraction(193, 20), 2)
    assert ejournal.format_decimal(rounded) == "9.65"
    assert ejournal.parse_decimal(ejournal.format_decimal(rounded)) == Fraction(193, 20)
