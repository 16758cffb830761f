"""Academic years: school days, terms, timetable dates, the typical year and refused input."""

import dataclasses
import datetime
import re

import pytest

import ejournal
from ejournal import Bell, Holiday, InvalidError, MakeUpDay, RangeError, SchoolYear, Term

D = datetime.date


def sample_year(**changes):
    """2024/2025: two semesters, the autumn holidays, Monday 14 October off and made up on
    Saturday 19 October by Monday's timetable."""
    year = SchoolYear(
        "2024/2025", D(2024, 9, 2), D(2025, 6, 30),
        terms=[Term("I семестр", D(2024, 9, 2), D(2024, 12, 27)),
               ("II семестр", D(2025, 1, 13), D(2025, 5, 30))],
        holidays=[Holiday("Осінні канікули", D(2024, 10, 28), D(2024, 11, 3))],
        make_up_days=[MakeUpDay(D(2024, 10, 19), 1)],
        days_off=[D(2024, 10, 14)])
    return dataclasses.replace(year, **changes)


def test_fields_are_kept_as_tuples_of_records():
    year = sample_year()
    assert year.terms == (Term("I семестр", D(2024, 9, 2), D(2024, 12, 27)),
                          Term("II семестр", D(2025, 1, 13), D(2025, 5, 30)))
    assert year.days_off == (D(2024, 10, 14),)
    assert year.week == 5 and year.bells == ()
    assert year == sample_year()
    assert ejournal.SchoolYear is SchoolYear


def test_school_days_around_a_holiday_week_and_a_make_up_day():
    year = sample_year()
    assert year.school_days(D(2024, 10, 14), D(2024, 11, 5)) == [
        D(2024, 10, 15), D(2024, 10, 16), D(2024, 10, 17), D(2024, 10, 18), D(2024, 10, 19),
        D(2024, 10, 21), D(2024, 10, 22), D(2024, 10, 23), D(2024, 10, 24), D(2024, 10, 25),
        D(2024, 11, 4), D(2024, 11, 5)]
    assert year.count_school_days(D(2024, 10, 14), D(2024, 11, 5)) == 12
    assert year.school_days(D(2024, 10, 28), D(2024, 11, 3)) == []
    assert year.count_school_days(D(2025, 7, 1), D(2025, 8, 31)) == 0


@pytest.mark.parametrize("day, expected", [
    (D(2024, 9, 1), False), (D(2024, 9, 2), True), (D(2024, 10, 14), False),
    (D(2024, 10, 19), True), (D(2024, 10, 20), False), (D(2024, 10, 30), False),
    (D(2025, 1, 6), False), (D(2025, 5, 30), True), (D(2025, 6, 2), False),
    (datetime.datetime(2024, 10, 19, 23, 59), True)])
def test_is_school_day(day, expected):
    assert sample_year().is_school_day(day) is expected


def test_six_day_week():
    year = sample_year(week=6, make_up_days=[], days_off=[])
    assert year.school_days(D(2024, 9, 6), D(2024, 9, 9)) == [
        D(2024, 9, 6), D(2024, 9, 7), D(2024, 9, 9)]


@pytest.mark.parametrize("day, expected", [
    (D(2024, 9, 1), None), (D(2024, 9, 2), 0), (D(2024, 12, 27), 0), (D(2024, 12, 30), None),
    (D(2025, 1, 13), 1), (D(2025, 5, 30), 1), (D(2025, 5, 31), None)])
def test_term_index(day, expected):
    assert sample_year().term_index(day) == expected


def test_lesson_dates():
    year = sample_year()
    slots = [(3, 3), (1, 2), (1, 1)]  # Wednesday 3rd lesson, Monday 1st and 2nd
    assert year.lesson_dates(slots, D(2024, 10, 14), D(2024, 10, 23)) == [
        (D(2024, 10, 16), 3), (D(2024, 10, 19), 1), (D(2024, 10, 19), 2), (D(2024, 10, 21), 1),
        (D(2024, 10, 21), 2), (D(2024, 10, 23), 3)]
    assert year.lesson_dates([], D(2024, 10, 14), D(2024, 10, 23)) == []
    assert year.lesson_dates(slots, D(2024, 10, 28), D(2024, 11, 3)) == []


def test_lesson_dates_refuses_bad_slots():
    year = sample_year(bells=[Bell(1, 510, 555), (2, 565, 610)])
    with pytest.raises(InvalidError, match="timetable slot 0 is on Saturday, not a working day "
                                           "of the 5-day week"):
        year.lesson_dates([(6, 1)], D(2024, 9, 2), D(2024, 9, 30))
    with pytest.raises(InvalidError, match="timetable slot 1: lesson 3 is not in the bell "
                                           "schedule"):
        year.lesson_dates([(1, 1), (2, 3)], D(2024, 9, 2), D(2024, 9, 30))
    with pytest.raises(InvalidError, match=r"argument 'slots\[0\].weekday' is 0"):
        year.lesson_dates([(0, 1)], D(2024, 9, 2), D(2024, 9, 30))
    with pytest.raises(InvalidError, match="timetable slot 1 repeats Monday lesson 1"):
        year.lesson_dates([(1, 1), (1, 1)], D(2024, 9, 2), D(2024, 9, 30))


def test_typical_year():
    year = SchoolYear.typical(2024)
    assert (year.name, year.first, year.last, year.week) == (
        "2024/2025", D(2024, 9, 2), D(2025, 6, 30), 5)
    assert year.terms == (Term("I семестр", D(2024, 9, 2), D(2024, 12, 27)),
                          Term("II семестр", D(2025, 1, 13), D(2025, 5, 30)))
    assert year.holidays == (Holiday("Осінні канікули", D(2024, 10, 28), D(2024, 11, 3)),
                             Holiday("Зимові канікули", D(2024, 12, 28), D(2025, 1, 12)),
                             Holiday("Весняні канікули", D(2025, 3, 24), D(2025, 3, 30)))
    assert year.bells[0] == Bell(1, 510, 555) and year.bells[-1] == Bell(7, 850, 895)
    assert len(year.bells) == 7
    assert year.count_school_days(year.first, year.last) == 175
    assert year.make_up_days == () and year.days_off == ()


def test_typical_year_as_a_starting_point():
    year = SchoolYear.typical(2025)
    changed = dataclasses.replace(year, days_off=[D(2025, 10, 14)])
    assert changed.count_school_days(changed.first, changed.last) == \
        year.count_school_days(year.first, year.last) - 1
    with pytest.raises(RangeError, match="start year 9999 is outside 1400..9998"):
        SchoolYear.typical(9999)


@pytest.mark.parametrize("changes, message", [
    ({"name": ""}, "the year has an empty name"),
    ({"last": D(2024, 9, 1)}, "year '2024/2025' ends 2024-09-01, before it starts 2024-09-02"),
    ({"week": 7}, "argument 'week' is 7, not an ej_work_week"),
    ({"terms": [("II семестр", D(2025, 1, 13), D(2025, 7, 1))]},
     "term 'II семестр' ends 2025-07-01, after the year's last day 2025-06-30"),
    ({"holidays": [("Літо", D(2025, 6, 1), D(2025, 8, 31))]},
     "holiday 'Літо' ends 2025-08-31, after the year's last day 2025-06-30"),
    ({"make_up_days": [(D(2024, 10, 18), 1)]},
     "make-up day 2024-10-18 is a Friday, already a working day of the 5-day week"),
    ({"make_up_days": [(D(2024, 10, 19), 9)]}, "argument 'follows' is 9, not an ej_weekday"),
    ({"days_off": [D(2024, 10, 20)]},
     "day off 2024-10-20 is a Sunday, not a working day of the 5-day week"),
    ({"bells": [(1, 480, 525), (2, 520, 565)]},
     "bell 2 (08:40–09:25) starts before bell 1 (08:00–08:45) ends"),
    ({"name": "x\udc80"}, "name is not valid Unicode text"),
])
def test_invalid_years_are_refused(changes, message):
    with pytest.raises(InvalidError, match=re.escape(message)):
        sample_year(**changes)


def test_bad_arguments():
    year = sample_year()
    with pytest.raises(InvalidError, match="the range 2024-10-23 to 2024-10-14 ends before"):
        year.school_days(D(2024, 10, 23), D(2024, 10, 14))
    with pytest.raises(InvalidError, match="ends before it starts"):
        year.count_school_days(D(2024, 10, 23), D(2024, 10, 14))
    with pytest.raises(TypeError, match="date must be a datetime.date, not str"):
        year.is_school_day("2024-10-14")
    with pytest.raises(TypeError, match="terms\\[0\\] must be a Term or a tuple, not str"):
        sample_year(terms=["I"])
    with pytest.raises(RangeError, match="week = 4294967296 does not fit"):
        sample_year(week=2**32)
