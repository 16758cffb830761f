"""Ukrainian identifiers and the first-level units."""

import pytest

import ejournal
from ejournal import InvalidError, Katottg, Region
from ejournal.identifiers import (normalize_class_name, normalize_diso_id, normalize_edrpou,
                                  normalize_rnokpp, parse_katottg, regions)


@pytest.mark.parametrize("code", ["32855961", "00032129", "14360506", "38621185", "00034051",
                                  "26418568", "30707830", "30000005", "00054020"])
def test_valid_edrpou_codes(code):
    assert normalize_edrpou(code) == code


def test_edrpou_spaces_are_removed():
    assert normalize_edrpou(" 3285 5961 ") == "32855961"


@pytest.mark.parametrize("code, fragment", [
    ("32855968", "expected 1, got 8"), ("30000000", "expected 5, got 0"),
    ("3285596", "must have 8 digits, not 7"), ("1759013776", "must have 8 digits, not 10"),
    ("3285596a", "non-digit at position 8"), ("", "not 0"), ("1" * 2000, "'text'")])
def test_invalid_edrpou_codes(code, fragment):
    with pytest.raises(InvalidError, match=fragment):
        normalize_edrpou(code)


def test_rnokpp():
    assert normalize_rnokpp("1759013776") == "1759013776"
    with pytest.raises(InvalidError, match="'1759013770' has a wrong check digit"):
        normalize_rnokpp("1759013770")
    with pytest.raises(InvalidError, match="must have 10 digits"):
        normalize_rnokpp("32855961")


@pytest.mark.parametrize("text, expected", [
    ("5-А", "5-А"), ("5а", "5-А"), ("5 - А", "5-А"), ("5-а", "5-А"), ("11-Б", "11-Б"),
    ("12 ґ", "12-Ґ")])
def test_class_names(text, expected):
    assert normalize_class_name(text) == expected


@pytest.mark.parametrize("text, fragment", [
    ("5-A", "Latin letter 'A'"), ("0-А", "grade 0"), ("13-А", "grade 13"),
    ("", "must start with a grade"), ("5-Ы", "not a letter of the Ukrainian alphabet")])
def test_invalid_class_names(text, fragment):
    with pytest.raises(InvalidError, match=fragment):
        normalize_class_name(text)


def test_diso_ids():
    assert normalize_diso_id("0012 345") == "0012345"
    with pytest.raises(InvalidError, match="1 … 20 digits, not 21"):
        normalize_diso_id("1" * 21)
    with pytest.raises(InvalidError, match="non-digit"):
        normalize_diso_id("12-3")


def test_katottg_levels_and_region():
    parsed = parse_katottg("ua71020130000086047")
    assert isinstance(parsed, Katottg)
    assert parsed.code == "UA71020130000086047"
    assert (parsed.oblast, parsed.raion, parsed.hromada, parsed.settlement, parsed.district) \
        == ("71", "02", "013", "000", "00")
    assert parsed.region == Region("71", "UA-71", "Черкаська область", "Cherkaska oblast")
    assert parse_katottg("UA85000000000065278").region.name_latin == "Sevastopol"


@pytest.mark.parametrize("text, fragment", [
    ("UA99000000000093317", "'99' is not an oblast"), ("80000000000093317", "'UA'"),
    ("UA800", "17 digits, not 3")])
def test_invalid_katottg_codes(text, fragment):
    with pytest.raises(InvalidError, match=fragment):
        parse_katottg(text)


def test_regions():
    units = regions()
    assert len(units) == 27
    assert len({unit.katottg for unit in units}) == 27
    assert len({unit.iso for unit in units}) == 27
    differing = {unit.katottg: unit.iso for unit in units if unit.iso[3:] != unit.katottg}
    assert differing == {"01": "UA-43", "44": "UA-09", "73": "UA-77", "80": "UA-30",
                         "85": "UA-40"}
    assert units[-2] == Region("80", "UA-30", "місто Київ", "Kyiv")


@pytest.mark.parametrize("function", [normalize_edrpou, normalize_rnokpp, normalize_class_name,
                                      normalize_diso_id, parse_katottg])
def test_bad_arguments(function):
    with pytest.raises(TypeError):
        function(None)
    with pytest.raises(InvalidError, match="NUL"):
        function("12\0")
    with pytest.raises(InvalidError, match="surrogate"):
        function("12\udc80")


def test_exported_from_the_package():
    assert ejournal.normalize_edrpou is normalize_edrpou
    assert ejournal.regions is regions
