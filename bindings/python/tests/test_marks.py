"""Special marks: the official Ukrainian dictionary and custom ones."""

import pytest

import ejournal
from ejournal import Mark, MarkFlag, Marks


@pytest.fixture
def ukrainian():
    with Marks.ukrainian() as marks:
        yield marks


def test_the_official_marks(ukrainian):
    codes = [mark.code for mark in ukrainian]
    assert sorted(codes) == sorted(["н", "н/а", "зв.", "зар.", "не зар."])
    assert len(ukrainian) == 5
    assert all(not mark.flags & MarkFlag.COUNTS_IN_AVERAGE for mark in ukrainian)
    assert all(mark.label for mark in ukrainian)


@pytest.mark.parametrize("code, flag", [
    ("н", MarkFlag.ABSENCE), ("н/а", MarkFlag.ATTESTATION), ("зв.", MarkFlag.ATTESTATION),
    ("зар.", MarkFlag.PASS), ("не зар.", MarkFlag.FAIL)])
def test_official_mark_flags(ukrainian, code, flag):
    mark = ukrainian.lookup(code)
    assert mark.code == code
    assert mark.flags & flag


def test_pass_and_fail_exclude_each_other(ukrainian):
    assert not ukrainian["зар."].flags & MarkFlag.FAIL
    assert not ukrainian["не зар."].flags & MarkFlag.PASS
    assert not ukrainian["н"].flags & MarkFlag.ATTESTATION


@pytest.mark.parametrize("alias", ["зв", "звільнений"])
def test_aliases_find_the_canonical_code(ukrainian, alias):
    assert ukrainian.lookup(alias) == ukrainian.lookup("зв.")
    assert ukrainian.lookup(alias).label == "звільнений(а)"


def test_membership_and_missing_marks(ukrainian):
    assert "н" in ukrainian
    assert "x" not in ukrainian
    assert 5 not in ukrainian
    with pytest.raises(ejournal.NotFoundError) as raised:
        ukrainian.lookup("x")
    assert isinstance(raised.value, LookupError)
    assert "x" in raised.value.message


def test_a_custom_dictionary():
    marks = Marks()
    assert len(marks) == 0
    marks.add("хв", "хворів(ла)", MarkFlag.ABSENCE)
    marks.add_alias("хв", "Хв")
    assert marks.lookup("Хв") == Mark("хв", "хворів(ла)", MarkFlag.ABSENCE)
    assert list(marks) == [Mark("хв", "хворів(ла)", MarkFlag.ABSENCE)]


def test_an_average_value_sets_its_flag():
    marks = Marks()
    marks.add("зошит", "notebook checked", MarkFlag.COUNTS_IN_AVERAGE, average_value=6)
    assert marks["зошит"].flags == MarkFlag.COUNTS_IN_AVERAGE | MarkFlag.HAS_AVERAGE_VALUE


def test_codes_and_aliases_are_unique():
    marks = Marks()
    marks.add("a", "first")
    with pytest.raises(ejournal.ExistsError):
        marks.add("a", "again")
    marks.add("b", "second")
    with pytest.raises(ejournal.ExistsError):
        marks.add_alias("b", "a")
    with pytest.raises(ejournal.NotFoundError):
        marks.add_alias("c", "cc")


@pytest.mark.parametrize("code, flags", [
    ("", MarkFlag.NONE),
    ("x", MarkFlag.PASS | MarkFlag.FAIL),
    ("x", 1 << 12),
])
def test_bad_marks(code, flags):
    with pytest.raises(ejournal.InvalidError):
        Marks().add(code, "label", flags)


def test_flags_must_be_an_int():
    with pytest.raises(TypeError):
        Marks().add("x", "label", "absence")
