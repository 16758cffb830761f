"""The Ukrainian derivation rules: suggestions with their basis, the certificate average."""

import random
from decimal import Decimal
from fractions import Fraction

import pytest

import ejournal
from ejournal import Item, ua
from ejournal.ua import BasisUse, CertificateEntry
from reference import reference_round


def test_thematic_is_the_rounded_mean_of_current_grades():
    suggestion = ua.suggest_thematic([10, 11, "н", Item(12, label="контрольна")])
    assert suggestion.grade == 11
    assert suggestion.mark is None
    assert suggestion.rule == "ua.thematic.mean_of_current"
    assert suggestion.mean == 11
    assert [entry.use for entry in suggestion.basis] == [
        BasisUse.COUNTED, BasisUse.COUNTED, BasisUse.MARK_EXCLUDED, BasisUse.COUNTED]
    assert [entry.index for entry in suggestion.basis] == [0, 1, 2, 3]
    assert suggestion.basis[2].mark == "н" and suggestion.basis[2].value is None
    assert suggestion.basis[3].label == "контрольна"
    assert suggestion.basis[3].value == 12
    assert {entry.source for entry in suggestion.basis} == {"current"}


@pytest.mark.parametrize("grades, rounding, expected", [
    ([9, 10], "half_up", 10), ([10, 11], "half_up", 11), ([10, 11], "half_even", 10),
    ([10, 11], "floor", 10), ([10, 10, 11], "ceiling", 11), ([10, 10, 11], "half_up", 10),
    ([1], "half_up", 1), ([12, 12], "half_up", 12)])
def test_thematic_rounding_policies(grades, rounding, expected):
    suggestion = ua.suggest_thematic(grades, rounding=rounding)
    assert suggestion.grade == expected
    assert suggestion.mean == Fraction(sum(grades), len(grades))


@pytest.mark.parametrize("grades", [[], ["н", "н"], [None, None], [None, "н"]])
def test_no_basis_suggests_not_attested(grades):
    suggestion = ua.suggest_thematic(grades)
    assert suggestion.grade is None
    assert suggestion.mark == "н/а"
    assert suggestion.mean is None
    assert suggestion.rule == "ua.no_basis"


def test_thematic_agrees_with_an_exact_reference():
    generator = random.Random(1917)
    for _ in range(200):
        grades = [generator.randint(1, 12) for _ in range(generator.randint(1, 15))]
        expected = reference_round(Fraction(sum(grades), len(grades)), 0, "half_up")
        assert ua.suggest_thematic(grades).grade == int(expected)


@pytest.mark.parametrize("bad", [0, 13, -1, Fraction(21, 2), 10.5, "x", "10"])
def test_thematic_rejects_what_is_not_a_twelve_point_grade(bad):
    with pytest.raises(ejournal.InvalidError):
        ua.suggest_thematic([10, bad])


@pytest.mark.parametrize("bad", [True, object(), b"10", [10]])
def test_thematic_rejects_invalid_types(bad):
    with pytest.raises(TypeError):
        ua.suggest_thematic([10, bad])


def test_grades_must_be_an_iterable_of_grades():
    with pytest.raises(TypeError):
        ua.suggest_thematic("10 11")
    with pytest.raises(TypeError):
        ua.suggest_thematic(10)


def test_semester_from_thematic_grades():
    suggestion = ua.suggest_semester([9, 10, 10], current=[1, 1, 1])
    assert suggestion.grade == 10
    assert suggestion.mean == Fraction(29, 3)
    assert suggestion.rule == "ua.semester.mean_of_thematic"
    assert {entry.source for entry in suggestion.basis} == {"thematic"}


def test_semester_falls_back_to_current_grades():
    suggestion = ua.suggest_semester([], current=[7, 8, "н", 8])
    assert suggestion.grade == 8
    assert suggestion.rule == "ua.semester.mean_of_current"
    assert suggestion.mean == Fraction(23, 3)
    assert "current" in {entry.source for entry in suggestion.basis}


def test_semester_without_the_fallback_is_not_attested():
    suggestion = ua.suggest_semester([], current=[7, 8], falls_back_to_current=False)
    assert suggestion.mark == "н/а"
    assert suggestion.grade is None


def test_annual_from_semesters():
    suggestion = ua.suggest_annual([7, 8])
    assert suggestion.grade == 8
    assert suggestion.mean == Fraction(15, 2)
    assert suggestion.rule == "ua.annual.mean_of_semesters"


def test_annual_uses_the_corrected_grade():
    suggestion = ua.suggest_annual([7, 8], corrected=[None, 10])
    assert suggestion.grade == 9
    assert suggestion.mean == Fraction(17, 2)
    uses = {(entry.source, entry.use) for entry in suggestion.basis}
    assert ("semester", BasisUse.REPLACED_BY_CORRECTED) in uses
    corrected = [entry for entry in suggestion.basis if entry.source == "corrected"
                 and entry.use is BasisUse.COUNTED]
    assert [entry.value for entry in corrected] == [10]


def test_annual_of_a_shared_attestation_mark():
    suggestion = ua.suggest_annual(["зв.", "зв."])
    assert suggestion.grade is None
    assert suggestion.mark == "зв."


def test_a_correction_only_raises():
    with pytest.raises(ejournal.InvalidError):
        ua.suggest_annual([9, 10], corrected=[8, None])


def test_corrections_must_be_parallel():
    with pytest.raises(ejournal.InvalidError):
        ua.suggest_annual([9, 10], corrected=[None])


def _certificate(tens, nines, eights=0):
    return [10] * tens + [9] * nines + [8] * eights


@pytest.mark.parametrize("grades, average, exact, score", [
    (_certificate(13, 7), "9.7", Fraction(193, 20), 177),       # 9.65 → 9.7
    (_certificate(0, 7, 8), "8.5", Fraction(127, 15), 165),     # 8.466… → 8.5
    (_certificate(11, 9), "9.6", Fraction(191, 20), 176),       # 9.55 → 9.6
    (_certificate(3, 19), "9.1", Fraction(201, 22), 171),       # 9.136… → 9.1
])
def test_certificate_average_worked_examples(grades, average, exact, score):
    result = ua.certificate_average(grades)
    assert result.average == Decimal(average)
    assert str(result.average) == average
    assert result.exact == exact
    assert result.score == score
    assert len(result.basis) == len(grades)
    assert {entry.source for entry in result.basis} == {"subject"}


def test_certificate_exclusions_and_state_exams():
    entries = _certificate(13, 7) + [
        CertificateEntry("зв.", label="фізична культура"),
        "зар.",
        CertificateEntry(12, "optional_course", label="факультатив"),
    ]
    result = ua.certificate_average(entries)
    assert result.average == Decimal("9.7")
    assert [entry.use for entry in result.basis[-3:-1]] == [BasisUse.MARK_EXCLUDED] * 2
    assert [entry.mark for entry in result.basis[-3:-1]] == ["зв.", "зар."]
    assert result.basis[-3].label == "фізична культура"
    assert result.basis[-1].source == "optional_course"
    assert result.basis[-1].use is BasisUse.EXCLUDED_BY_KIND
    with_exam = ua.certificate_average(_certificate(13, 7) + [CertificateEntry(12, "state_exam")])
    assert with_exam.exact == Fraction(205, 21)
    assert with_exam.basis[-1].source == "state_exam"


def test_old_five_point_grades_count_as_twelve_point():
    result = ua.certificate_average([CertificateEntry(5, five_point=True),
                                     CertificateEntry(4, five_point=True),
                                     CertificateEntry(3, five_point=True)])
    assert result.exact == 9
    assert [entry.value for entry in result.basis] == [12, 9, 6]


def test_certificate_bad_input():
    with pytest.raises(ejournal.EmptyError):
        ua.certificate_average(["зв.", "зар."])
    with pytest.raises(ejournal.EmptyError):
        ua.certificate_average([])
    with pytest.raises(ejournal.InvalidError):
        ua.certificate_average([10, 13])
    with pytest.raises(ejournal.InvalidError):
        ua.certificate_average([CertificateEntry(2, five_point=True)])
    with pytest.raises(ejournal.InvalidError):
        ua.certificate_average([10, "?"])
    with pytest.raises(ejournal.InvalidError):
        ua.certificate_average([CertificateEntry(10, "elective")])
    with pytest.raises(ejournal.InvalidError):
        ua.certificate_average([float("nan")])
    with pytest.raises(TypeError):
        ua.certificate_average([10, None])


# ua-school.md §4: the conversion table to the 100–200 scale.
SCORE_TABLE = {10: 100, 15: 100, 20: 100, 21: 101, 25: 105, 30: 110, 35: 115, 40: 120,
               45: 125, 50: 130, 55: 135, 60: 140, 65: 145, 70: 150, 75: 155, 80: 160,
               85: 165, 90: 170, 95: 175, 100: 180, 105: 185, 110: 190, 115: 195, 119: 199,
               120: 200}


@pytest.mark.parametrize("tenths, score", SCORE_TABLE.items())
def test_certificate_score_table(tenths, score):
    assert ua.certificate_score(tenths) == score


def test_certificate_score_is_linear_above_two():
    assert [ua.certificate_score(tenths) for tenths in range(10, 121)] == [
        100 if tenths <= 20 else 100 + tenths - 20 for tenths in range(10, 121)]


@pytest.mark.parametrize("tenths", [9, 0, -5, 121, 200])
def test_certificate_score_outside_its_domain(tenths):
    with pytest.raises(ejournal.RangeError):
        ua.certificate_score(tenths)


def test_certificate_score_takes_an_int():
    with pytest.raises(TypeError):
        ua.certificate_score(9.7)
