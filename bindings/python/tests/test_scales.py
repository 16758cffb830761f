"""Scales and threshold tables."""

from fractions import Fraction

import pytest

import ejournal
from ejournal import Band, Scale, ScaleKind, Symbol, Threshold, Thresholds


@pytest.fixture(scope="module")
def twelve():
    return Scale.builtin("ukrainian_12")


def test_twelve_point_scale(twelve):
    assert twelve.kind is ScaleKind.NUMERIC
    assert twelve.range == (Fraction(1), Fraction(12))
    assert isinstance(twelve.name, str) and twelve.name
    assert twelve.symbols == []
    assert twelve.parse("10") == Fraction(10)
    assert isinstance(twelve.parse("1"), Fraction)


@pytest.mark.parametrize("text", ["0", "13", "10.5", "", "десять", "-1"])
def test_twelve_point_scale_rejects_what_is_not_a_grade(twelve, text):
    with pytest.raises(ejournal.InvalidError):
        twelve.parse(text)


@pytest.mark.parametrize("value, member", [(1, True), (12, True), (7, True), (0, False),
                                           (13, False), (Fraction(21, 2), False)])
def test_twelve_point_membership(twelve, value, member):
    assert twelve.contains(value) is member
    assert (value in twelve) is member


@pytest.mark.parametrize("value, code, name", [
    (1, "I", "Початковий"), (3, "I", "Початковий"), (4, "II", "Середній"),
    (6, "II", "Середній"), (7, "III", "Достатній"), (9, "III", "Достатній"),
    (10, "IV", "Високий"), (11, "IV", "Високий"), (12, "IV", "Високий")])
def test_twelve_point_levels(twelve, value, code, name):
    assert twelve.level(value) == Band(code, name)


def test_level_outside_the_scale_is_a_range_error(twelve):
    with pytest.raises(ejournal.RangeError):
        twelve.level(13)


def test_nush_levels_are_symbols_in_order():
    scale = Scale.builtin("nush_levels")
    assert scale.kind is ScaleKind.SYMBOLIC
    codes = [symbol.code for symbol in scale.symbols]
    assert codes == ["П", "С", "Д", "В"]
    values = [symbol.value for symbol in scale.symbols]
    assert values == sorted(values) and len(set(values)) == 4
    assert scale.parse("В") == scale.symbols[-1].value
    assert scale.parse(scale.symbols[0].label) == scale.symbols[0].value


def test_other_builtin_scales():
    assert Scale.builtin("five_point").range == (2, 5)
    hundred = Scale.builtin("hundred_point")
    assert hundred.range == (0, 100)
    assert hundred.level(95).code == "A"
    assert hundred.level(59).code == "FX"
    pass_fail = Scale.builtin("pass_fail")
    assert pass_fail.symbols == [Symbol("не зар.", "не зараховано", 0),
                                 Symbol("зар.", "зараховано", 1)]
    assert pass_fail.parse("зараховано") == 1
    assert len(Scale.builtin("nush_descriptors").symbols) == 4


def test_every_builtin_scale_can_be_made():
    for name in Scale.BUILTIN:
        with Scale.builtin(name) as scale:
            assert isinstance(scale.kind, ScaleKind)


def test_a_verbal_scale_has_nothing_to_parse():
    scale = Scale.builtin("nush_verbal")
    assert scale.kind is ScaleKind.VERBAL
    assert scale.range is None
    with pytest.raises(ejournal.UnsupportedError):
        scale.parse("молодець")


def test_five_point_levels_are_its_grades():
    scale = Scale.builtin("five_point")
    assert scale.level(4) == Band("4", "добре")
    assert scale.level(2) == Band("2", "незадовільно")


def test_a_scale_without_levels_has_no_level():
    with pytest.raises(ejournal.UnsupportedError):
        Scale.numeric("plain", 0, 10).level(4)


def test_custom_numeric_scale_on_half_points():
    scale = Scale.numeric("half points", 0, 10, Fraction(1, 2))
    assert scale.name == "half points"
    assert scale.parse("7.5") == Fraction(15, 2)
    assert scale.contains(Fraction(15, 2))
    assert not scale.contains(Fraction(29, 4))
    with pytest.raises(ejournal.InvalidError):
        scale.parse("7.25")


def test_custom_numeric_scale_with_levels():
    levels = Thresholds("bands", 0, 10, [(0, "low"), Threshold(5, "high", "вище")])
    scale = Scale.numeric("ten", 0, 10, 1, levels)
    levels.close()  # the scale keeps its own copy
    assert scale.level(7) == Band("high", "вище")
    assert scale.level(2).code == "low"


@pytest.mark.parametrize("arguments", [
    ("bad", 10, 0, 1), ("bad", 0, 10, 0), ("bad", 0, 10, -1), ("bad", 5, 5, 1)])
def test_bad_numeric_scales(arguments):
    with pytest.raises(ejournal.InvalidError):
        Scale.numeric(*arguments)


def test_levels_must_cover_the_scale():
    levels = Thresholds("bands", 0, 5, [(0, "low")])
    with pytest.raises(ejournal.InvalidError):
        Scale.numeric("ten", 0, 10, 1, levels)


def test_values_that_cannot_cross_a_double_exactly_are_refused():
    with pytest.raises(ejournal.InvalidError, match="exactly"):
        Scale.numeric("thirds", 0, 1, Fraction(1, 3))


def test_custom_symbolic_scale():
    scale = Scale.symbolic("letters", [("F", "fail", 0), Symbol("C", "fair", 2),
                                       ("A", "excellent", 4)])
    assert scale.symbols == [Symbol("F", "fail", 0), Symbol("C", "fair", 2),
                             Symbol("A", "excellent", 4)]
    assert scale.parse("A") == 4
    assert scale.parse("fair") == 2
    assert scale.range == (0, 4)
    with pytest.raises(ejournal.InvalidError):
        scale.parse("B")


@pytest.mark.parametrize("symbols", [
    [("A", "a", 1), ("A", "b", 2)],   # repeated code
    [("A", "a", 2), ("B", "b", 1)],   # values not increasing
    [("", "a", 1)],                   # empty code
    []])
def test_bad_symbolic_scales(symbols):
    with pytest.raises(ejournal.InvalidError):
        Scale.symbolic("bad", symbols)


def test_names_are_nfc_normalised_utf8():
    assert Scale.verbal("Cafe\u0301 ʼоцінювання").name == "Caf\u00e9 ʼоцінювання"


def test_scale_cannot_be_built_directly():
    with pytest.raises(TypeError):
        Scale()


@pytest.mark.parametrize("value, code", [
    (100, "A"), (90, "A"), (89, "B"), (82, "B"), (81, "C"), (74, "C"), (73, "D"), (64, "D"),
    (63, "E"), (60, "E"), (59, "FX"), (35, "FX"), (34, "F"), (0, "F"), (Fraction(179, 2), "B")])
def test_hundred_to_ects(value, code):
    assert Thresholds.builtin("hundred_to_ects").lookup(value).code == code


@pytest.mark.parametrize("value, five", [(12, 5), (10, 5), (9, 4), (7, 4), (6, 3), (4, 3),
                                         (3, 2), (1, 2)])
def test_twelve_to_five(value, five):
    assert Thresholds.builtin("ukrainian_12_to_five").lookup(value).value == five


@pytest.mark.parametrize("value, five", [(100, 5), (90, 5), (89, 4), (74, 4), (73, 3), (60, 3),
                                         (59, 2), (0, 2)])
def test_hundred_to_five(value, five):
    assert Thresholds.builtin("hundred_to_five").lookup(value).value == five


@pytest.mark.parametrize("five, twelve", [(3, 6), (4, 9), (5, 12)])
def test_old_five_point_grades_to_twelve(five, twelve):
    assert Thresholds.builtin("five_to_ukrainian_12").lookup(five).value == twelve


def test_a_table_lookup_outside_its_domain_is_a_range_error():
    with pytest.raises(ejournal.RangeError):
        Thresholds.builtin("hundred_to_ects").lookup(101)
    with pytest.raises(ejournal.RangeError):
        Thresholds.builtin("five_to_ukrainian_12").lookup(2)


def test_level_table_lookup():
    band = Thresholds.builtin("ukrainian_12_levels").lookup(8)
    assert (band.code, band.name) == ("III", "Достатній")


def test_custom_table_with_values():
    table = Thresholds("pass", 0, 100, [Threshold(50, "P", "pass", 1), (0, "F", "fail", 0)])
    assert table.lookup(50) == Band("P", "pass", Fraction(1))
    assert table.lookup(Fraction(99, 2)) == Band("F", "fail", Fraction(0))


@pytest.mark.parametrize("rows", [
    [],                                       # no rows
    [(0, "A"), (0, "B")],                     # equal bounds
    [(0, "A"), (150, "B")],                   # a bound outside the domain
    [(0, "")],                                # an empty code
])
def test_bad_custom_tables(rows):
    with pytest.raises(ejournal.InvalidError):
        Thresholds("bad", 0, 100, rows)


def test_a_table_needs_values_on_every_row_or_none():
    with pytest.raises(ejournal.InvalidError, match="every row"):
        Thresholds("mixed", 0, 100, [(50, "P", "pass", 1), (0, "F", "fail")])


def test_min_above_max_is_invalid():
    with pytest.raises(ejournal.InvalidError):
        Thresholds("bad", 100, 0, [(0, "A")])
