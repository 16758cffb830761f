"""Academic years: terms, holidays, the working week, make-up days, days off and the bell
schedule; which dates are school days, and on which dates a weekly timetable's lessons fall.

A date is a school day when it lies inside the year and, if the year has terms, inside a term,
and either it is a make-up day or it is a working weekday (Monday–Friday, or Monday–Saturday in
a 6-day week) that is neither in a holiday nor a day off. Weekdays are ISO numbers, as
``date.isoweekday()`` gives them: 1 = Monday … 7 = Sunday.

>>> import datetime
>>> year = SchoolYear.typical(2024)
>>> year.first, year.last
(datetime.date(2024, 9, 2), datetime.date(2025, 6, 30))
>>> year.count_school_days(year.first, year.last)
175
>>> year.term_index(datetime.date(2025, 1, 6)) is None, year.term_index(datetime.date(2025, 2, 3))
(True, 1)
>>> year.lesson_dates([(1, 2), (1, 1)], datetime.date(2024, 9, 2), datetime.date(2024, 9, 8))
[(datetime.date(2024, 9, 2), 1), (datetime.date(2024, 9, 2), 2)]
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional

from ._lib import Handle, check, encode_text, ffi, integer, lib, take_text

__all__ = ["Bell", "Holiday", "MakeUpDay", "SchoolYear", "Term"]

_EBUFS = ffi.typeof("ej_status").relements["EJ_EBUFS"]


@dataclass(frozen=True)
class Term:
    """A semester or quarter, `first` to `last` inclusive."""

    name: str
    first: datetime.date
    last: datetime.date


@dataclass(frozen=True)
class Holiday:
    """A holiday period (канікули) or a public holiday, `first` to `last` inclusive."""

    name: str
    first: datetime.date
    last: datetime.date


@dataclass(frozen=True)
class MakeUpDay:
    """A date outside the working week made a school day with the timetable of the working
    weekday `follows` (1 = Monday … 7 = Sunday)."""

    date: datetime.date
    follows: int


@dataclass(frozen=True)
class Bell:
    """A lesson of the bell schedule, in minutes after midnight (Europe/Kyiv wall clock): 08:30
    is 510. Lessons are numbered from 1, or from 0 where a school has a "0th lesson"."""

    number: int
    start_minute: int
    end_minute: int


def _c_date(value: object, argument: str) -> Any:
    """A new `ej_date *` for a datetime.date (a datetime counts by its date)."""
    if not isinstance(value, datetime.date):
        raise TypeError(f"{argument} must be a datetime.date, not {type(value).__name__}")
    return ffi.new("ej_date *", (value.year, value.month, value.day))


def _py_date(value: Any) -> datetime.date:
    return datetime.date(value.year, value.month, value.day)


def _record(kind: type, value: object, argument: str) -> Any:
    """`value` as a `kind`: an instance passes, a tuple is unpacked into one."""
    if isinstance(value, kind):
        return value
    if isinstance(value, tuple):
        return kind(*value)
    raise TypeError(f"{argument} must be a {kind.__name__} or a tuple, not "
                    f"{type(value).__name__}")


class _YearHandle(Handle):
    _CTYPE = "ej_school_year"
    _FREE = "ej_school_year_free"


def _count(call: Callable[[Any], int]) -> int:
    out = ffi.new("int32_t *")
    check(call(out))
    return out[0]


def _period(kind: type, getter: Callable, year: Any, index: int) -> Any:
    name = ffi.new("char **")
    first, last = ffi.new("ej_date *"), ffi.new("ej_date *")
    check(getter(name, first, last, year, index))
    return kind(take_text(name[0]), _py_date(first), _py_date(last))


@dataclass(frozen=True)
class SchoolYear:
    """One school's academic year; checked in full when made (InvalidError names the field and
    value: "term 'II семестр' ends 2025-07-01, after the year's last day 2025-06-30").

    Terms go in date order and may not overlap; make-up days fall outside the working week and
    follow a working weekday; days off are working weekdays. Lists may hold the record types or
    plain tuples; they are kept as tuples. `week` is 5 or 6. Edit a copy with
    dataclasses.replace(year, ...), which checks the new year again.
    """

    name: str
    first: datetime.date
    last: datetime.date
    terms: tuple[Term, ...] = ()
    holidays: tuple[Holiday, ...] = ()
    week: int = 5
    make_up_days: tuple[MakeUpDay, ...] = ()
    days_off: tuple[datetime.date, ...] = ()
    bells: tuple[Bell, ...] = ()
    _handle: Any = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for attribute, kind in (("terms", Term), ("holidays", Holiday),
                                ("make_up_days", MakeUpDay), ("bells", Bell)):
            records = tuple(_record(kind, value, f"{attribute}[{index}]")
                            for index, value in enumerate(getattr(self, attribute)))
            object.__setattr__(self, attribute, records)
        object.__setattr__(self, "days_off", tuple(self.days_off))
        object.__setattr__(self, "_handle", self._build())

    def _build(self) -> _YearHandle:
        """The C year of these fields, checked by ej_school_year_validate."""
        name = encode_text(self.name, "name")
        first, last = _c_date(self.first, "first"), _c_date(self.last, "last")
        week = integer(self.week, "week")
        handle = _YearHandle._made_by(
            lambda out: lib.ej_school_year_new(out, name, first, last, week))
        year = handle._ptr
        for adder, periods, kind in ((lib.ej_school_year_add_term, self.terms, "terms"),
                                     (lib.ej_school_year_add_holiday, self.holidays, "holidays")):
            for index, period in enumerate(periods):
                check(adder(year, encode_text(period.name, f"{kind}[{index}].name"),
                            _c_date(period.first, f"{kind}[{index}].first"),
                            _c_date(period.last, f"{kind}[{index}].last")))
        for index, day in enumerate(self.make_up_days):
            check(lib.ej_school_year_add_make_up_day(
                year, _c_date(day.date, f"make_up_days[{index}].date"),
                integer(day.follows, f"make_up_days[{index}].follows")))
        for index, day in enumerate(self.days_off):
            check(lib.ej_school_year_add_day_off(year, _c_date(day, f"days_off[{index}]")))
        bells = ffi.new("ej_bell[]", [
            (integer(bell.number, f"bells[{index}].number"),
             integer(bell.start_minute, f"bells[{index}].start_minute"),
             integer(bell.end_minute, f"bells[{index}].end_minute"))
            for index, bell in enumerate(self.bells)])
        check(lib.ej_school_year_set_bells(year, bells, len(self.bells)))
        check(lib.ej_school_year_validate(year))
        return handle

    @classmethod
    def typical(cls, start_year: int) -> "SchoolYear":
        """A typical Ukrainian year starting in `start_year` (1400 … 9998; RangeError otherwise).

        Schools set their own dates: this is only a starting point to edit (with
        dataclasses.replace). The year runs from the first weekday on or after 1 September to
        30 June; "I семестр" to the last weekday on or before 27 December, "II семестр" from the
        first Monday on or after 7 January to the last weekday of May; autumn holidays the week
        holding 1 November, winter holidays between the semesters, spring holidays the week
        holding 28 March; a 5-day week; 7 lessons of 45 minutes from 08:30 with 10-minute breaks
        and a 20-minute break after the 3rd.
        """
        number = integer(start_year, "start_year")
        handle = _YearHandle._made_by(lambda out: lib.ej_school_year_typical(out, number))
        year = handle._ptr
        name = ffi.new("char **")
        first, last = ffi.new("ej_date *"), ffi.new("ej_date *")
        week = ffi.new("int32_t *")
        check(lib.ej_school_year_info(name, first, last, week, year))
        terms = [_period(Term, lib.ej_school_year_term, year, index)
                 for index in range(_count(lambda out: lib.ej_school_year_term_count(out, year)))]
        holidays = [_period(Holiday, lib.ej_school_year_holiday, year, index)
                    for index in range(_count(
                        lambda out: lib.ej_school_year_holiday_count(out, year)))]
        bell = ffi.new("ej_bell *")
        bells = []
        for index in range(_count(lambda out: lib.ej_school_year_bell_count(out, year))):
            check(lib.ej_school_year_bell(bell, year, index))
            bells.append(Bell(bell.number, bell.start_minute, bell.end_minute))
        handle.close()
        return cls(take_text(name[0]), _py_date(first), _py_date(last), tuple(terms),
                   tuple(holidays), week[0], (), (), tuple(bells))

    def is_school_day(self, date: datetime.date) -> bool:
        """Whether `date` is a school day."""
        out = ffi.new("int32_t *")
        check(lib.ej_school_year_is_school_day(out, self._handle._ptr, _c_date(date, "date")))
        return bool(out[0])

    def count_school_days(self, first: datetime.date, last: datetime.date) -> int:
        """How many school days lie in `first` … `last` (inclusive; InvalidError when reversed)."""
        out = ffi.new("size_t *")
        check(lib.ej_school_year_count_school_days(out, self._handle._ptr,
                                                   _c_date(first, "first"), _c_date(last, "last")))
        return int(out[0])

    def school_days(self, first: datetime.date, last: datetime.date) -> list[datetime.date]:
        """The school days in `first` … `last` (inclusive), ascending."""
        c_first, c_last = _c_date(first, "first"), _c_date(last, "last")
        days = self._fill("ej_date[]",
                          lambda out, capacity, count: lib.ej_school_year_school_days(
                              out, capacity, count, self._handle._ptr, c_first, c_last))
        return [_py_date(day) for day in days]

    def term_index(self, date: datetime.date) -> Optional[int]:
        """The index in `terms` of the term holding `date`, or None (before the first term,
        between terms, after the last one)."""
        out = ffi.new("int32_t *")
        check(lib.ej_school_year_term_index(out, self._handle._ptr, _c_date(date, "date")))
        return None if out[0] < 0 else int(out[0])

    def lesson_dates(self, slots: Iterable[tuple[int, int]], first: datetime.date,
                     last: datetime.date) -> list[tuple[datetime.date, int]]:
        """Every lesson of a weekly timetable in `first` … `last` (inclusive) as (date, lesson
        number): for each school day, ascending, the slots of its weekday — for a make-up day,
        the weekday it follows — in lesson order. `slots` holds (ISO weekday, lesson number)
        pairs, each on a working weekday, in the bell schedule when it has bells, none twice.
        """
        pairs = [(integer(weekday, f"slots[{index}] weekday"),
                  integer(lesson, f"slots[{index}] lesson number"))
                 for index, (weekday, lesson) in enumerate(slots)]
        c_slots = ffi.new("ej_timetable_slot[]", pairs)
        c_first, c_last = _c_date(first, "first"), _c_date(last, "last")
        lessons = self._fill("ej_lesson_slot[]",
                             lambda out, capacity, count: lib.ej_school_year_lesson_dates(
                                 out, capacity, count, self._handle._ptr, c_slots, len(pairs),
                                 c_first, c_last))
        return [(_py_date(lesson.date), int(lesson.lesson_number)) for lesson in lessons]

    @staticmethod
    def _fill(ctype: str, call: Callable[[Any, int, Any], int]) -> list:
        """The items of an (out, capacity, count) call: asks for the count, then fills."""
        count = ffi.new("size_t *")
        status = call(ffi.NULL, 0, count)
        if status != _EBUFS:
            check(status)
            return []
        items = ffi.new(ctype, count[0])
        check(call(items, count[0], count))
        return list(items)
