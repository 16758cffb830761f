"""Attendance as the school keeps it: a course's teacher marks each lesson, the class teacher the
daily page (also a kindergarten group's daily sheet) and the reasons of absences, a parent
explains their child's absence; counts with exact percentages per student and per class over a
period, and the alert of 10 consecutive school days of unexplained absence.

Codes come from a dictionary: the built-in Ukrainian one (builtin_attendance_codes()) unless a
call passes `codes`, the institution's own. An absence is explained when its code says so ("хв")
or its reason is known. Each write takes `now` (an aware datetime; None: the system clock) and
returns the marks it wrote as ejournal.AttendanceMark.

>>> [code.code for code in builtin_attendance_codes()]
['п', 'зп', 'н', 'хв', 'пп', 'від', 'кар']
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable, Mapping, Optional, Sequence

from ._cdef import EJ_ATTENDANCE_COUNTS_VERSION, EJ_ATTENDANCE_OPTIONS_VERSION
from ._lib import (check, decode_text, encode_text, enum_values, ffi, integer, lib,
                   to_fraction, uuid_from_c, uuid_to_c)
from ._services import now_arg, principal_arg, store_arg
from .access import Principal
from .calendar import _c_date, _py_date
from .frames import to_dataframe
from .store import Store, _read_list
from .store_records import ABSENCE_REASONS, AttendanceMark, CRecord, enum_number, name_of

__all__ = ["ATTENDANCE_KINDS", "AbsenceAlert", "AttendanceCode", "AttendanceCounts",
           "ClassAttendance", "absence_alerts", "builtin_attendance_codes", "class_attendance",
           "explain_absence", "student_attendance", "write_absence_reason",
           "write_daily_attendance", "write_lesson_attendance"]

#: "present", "late", "absent".
ATTENDANCE_KINDS = enum_values("ej_attendance_kind", "EJ_ATTENDANCE_")


@dataclass(frozen=True)
class AttendanceCode:
    """A code of a dictionary: `kind` is "present", "late" or "absent"; `explained` marks an
    absence the code itself explains (illness, quarantine)."""

    code: str
    title: str
    kind: str = "absent"
    explained: bool = False


def builtin_attendance_codes() -> list[AttendanceCode]:
    """The built-in Ukrainian dictionary, in its order."""
    code, title = ffi.new("const char **"), ffi.new("const char **")
    kind, explained = ffi.new("int32_t *"), ffi.new("int32_t *")
    result = []
    for index in range(lib.ej_attendance_builtin_count()):
        check(lib.ej_attendance_builtin_code(code, title, kind, explained, index))
        result.append(AttendanceCode(decode_text(code[0]), decode_text(title[0]),
                                     name_of(ATTENDANCE_KINDS, kind[0]), bool(explained[0])))
    return result


class _Options:
    """An `ej_attendance_options` and the buffers its columns point into."""

    def __init__(self, codes: Optional[Sequence[AttendanceCode]], alert_days: int = 10) -> None:
        self.record = CRecord("ej_attendance_options")
        c = self.record.pointer
        c.version = EJ_ATTENDANCE_OPTIONS_VERSION
        c.alert_days = integer(alert_days, "alert_days")
        if codes is None:
            return
        codes = list(codes)
        for code in codes:
            if not isinstance(code, AttendanceCode):
                raise TypeError(f"codes must hold AttendanceCode, not {type(code).__name__}")
        self._codes = ffi.new("const char *[]", [self.record.text(code.code, "code")
                                                 for code in codes])
        self._titles = ffi.new("const char *[]", [self.record.text(code.title, "title")
                                                  for code in codes])
        self._kinds = ffi.new("int32_t[]", [enum_number(ATTENDANCE_KINDS, code.kind, "kind")
                                            for code in codes])
        self._explained = ffi.new("int32_t[]", [1 if code.explained else 0 for code in codes])
        c.code_count = len(codes)
        c.codes, c.titles, c.kinds, c.explained = (self._codes, self._titles, self._kinds,
                                                   self._explained)

    @property
    def pointer(self) -> Any:
        return self.record.pointer


def _marks(call: Callable[[Any], int]) -> list[AttendanceMark]:
    return _read_list("attendance", AttendanceMark, call)


def _text(value: Optional[str], argument: str, optional: bool = False) -> Any:
    """A `char[]` holding `value` (NULL for None when `optional`); the caller keeps it alive."""
    encoded = encode_text(value, argument, optional)
    return encoded if encoded == ffi.NULL else ffi.new("char[]", encoded)


def _entries(marks: Mapping[uuid.UUID, str]) -> tuple[int, Any, Any, list]:
    """`marks` ({student: code}) as the count, students and codes columns of a write, and the
    buffers the codes point into."""
    if not isinstance(marks, Mapping):
        raise TypeError(f"marks must map students to codes, not {type(marks).__name__}")
    students = ffi.new("ej_uuid[]", max(len(marks), 1))
    texts = []
    for row, (student, code) in enumerate(marks.items()):
        students[row] = uuid_to_c(student)[0]
        texts.append(_text(code, f"marks[{student}]"))
    codes = ffi.new("const char *[]", texts or [ffi.NULL])
    return len(marks), students, codes, texts


def write_lesson_attendance(store: Store, principal: Principal, institution: uuid.UUID,
                            lesson: uuid.UUID, marks: Mapping[uuid.UUID, str], *,
                            codes: Optional[Sequence[AttendanceCode]] = None,
                            now: Optional[datetime.datetime] = None) -> list[AttendanceMark]:
    """Marks attendance at `lesson`: {student: code} for students enrolled in the course's class
    (and subgroup) that day. An existing mark takes the new code. The course's teacher only.
    InvalidError for no marks or a code the dictionary lacks (quoted); NotFoundError for an
    unknown lesson or a student not enrolled; PermissionDeniedError."""
    count, students, texts, _kept = _entries(marks)
    options = _Options(codes)
    return _marks(lambda out: lib.ej_attendance_write_lesson(
        out, store_arg(store), now_arg(now), principal_arg(principal), uuid_to_c(institution),
        uuid_to_c(lesson), count, students, texts, options.pointer))


def write_daily_attendance(store: Store, principal: Principal, institution: uuid.UUID,
                           school_class: uuid.UUID, date: datetime.date,
                           marks: Mapping[uuid.UUID, str], *,
                           codes: Optional[Sequence[AttendanceCode]] = None,
                           now: Optional[datetime.datetime] = None) -> list[AttendanceMark]:
    """Marks whole-day attendance of `school_class` on `date` (a school day of its year): the
    daily page, or a kindergarten group's daily sheet. The class teacher only. Errors as
    write_lesson_attendance; InvalidError also for a day that is not a school day."""
    count, students, texts, _kept = _entries(marks)
    options = _Options(codes)
    return _marks(lambda out: lib.ej_attendance_write_daily(
        out, store_arg(store), now_arg(now), principal_arg(principal), uuid_to_c(institution),
        uuid_to_c(school_class), _c_date(date, "date"), count, students, texts,
        options.pointer))


def write_absence_reason(store: Store, principal: Principal, institution: uuid.UUID,
                         student: uuid.UUID, first: datetime.date, last: datetime.date,
                         reason: str, document_ref: str = "", *,
                         codes: Optional[Sequence[AttendanceCode]] = None,
                         now: Optional[datetime.datetime] = None) -> list[AttendanceMark]:
    """Sets `reason` ("unknown", "illness", "family", "valid_document", "other") and
    `document_ref` on every absence of `student` from `first` to `last`; returns the marks
    changed. The class teacher of the student's class. NotFoundError when there is no absence
    then; InvalidError for a bad range, reason or document reference."""
    options = _Options(codes)
    document = _text(document_ref, "document_ref")
    return _marks(lambda out: lib.ej_attendance_set_reason(
        out, store_arg(store), now_arg(now), principal_arg(principal), uuid_to_c(institution),
        uuid_to_c(student), _c_date(first, "first"), _c_date(last, "last"),
        enum_number(ABSENCE_REASONS, reason, "reason"),
        document, options.pointer))


def explain_absence(store: Store, principal: Principal, institution: uuid.UUID,
                    student: uuid.UUID, first: datetime.date, last: datetime.date, reason: str,
                    explanation: str, *, codes: Optional[Sequence[AttendanceCode]] = None,
                    now: Optional[datetime.datetime] = None) -> list[AttendanceMark]:
    """A parent's explanation of their child's absence from `first` to `last`: `reason`
    ("illness", "family", "other") and the note on every absence not yet explained; returns the
    marks changed. The child's parents only. ConflictError when all are explained already."""
    options = _Options(codes)
    note = _text(explanation, "explanation")
    return _marks(lambda out: lib.ej_attendance_explain(
        out, store_arg(store), now_arg(now), principal_arg(principal), uuid_to_c(institution),
        uuid_to_c(student), _c_date(first, "first"), _c_date(last, "last"),
        enum_number(ABSENCE_REASONS, reason, "reason"), note, options.pointer))


@dataclass(frozen=True)
class AttendanceCounts:
    """Counts of a period (`student` is None for a class's total). A lesson is missed when its
    own mark is an absence, or it has none and the day's mark is one; a school day is missed
    when the daily mark is an absence, or there is none and every lesson of the day was. The
    percentages are exact — 100 × attended / counted — and None when nothing counted."""

    student: Optional[uuid.UUID]
    lessons: int
    lessons_missed: int
    lessons_missed_explained: int
    lessons_missed_unexplained: int
    lessons_late: int
    school_days: int
    days_missed: int
    days_missed_explained: int
    days_missed_unexplained: int
    lessons_percent: Optional[Fraction]
    days_percent: Optional[Fraction]

    @classmethod
    def from_c(cls, c: Any) -> "AttendanceCounts":
        student = uuid_from_c(c.student_id)
        return cls(None if student.int == 0 else student, c.lessons, c.lessons_missed,
                   c.lessons_missed_explained, c.lessons_missed_unexplained, c.lessons_late,
                   c.school_days, c.days_missed, c.days_missed_explained,
                   c.days_missed_unexplained,
                   to_fraction(c.lessons_percent) if c.has_lessons_percent else None,
                   to_fraction(c.days_percent) if c.has_days_percent else None)


def _new_counts() -> Any:
    return ffi.new("ej_attendance_counts *", {"version": EJ_ATTENDANCE_COUNTS_VERSION})


def student_attendance(store: Store, principal: Principal, institution: uuid.UUID,
                       student: uuid.UUID, first: datetime.date, last: datetime.date, *,
                       codes: Optional[Sequence[AttendanceCode]] = None) -> AttendanceCounts:
    """The counts of `student` from `first` to `last` in every class they were enrolled in. The
    student, their parents, their class teacher and the administration."""
    options = _Options(codes)
    out = _new_counts()
    check(lib.ej_attendance_student(out, store_arg(store), principal_arg(principal),
                                    uuid_to_c(institution), uuid_to_c(student),
                                    _c_date(first, "first"), _c_date(last, "last"),
                                    options.pointer))
    return AttendanceCounts.from_c(out)


@dataclass(frozen=True)
class ClassAttendance:
    """A class's counts: a row per student in Ukrainian alphabetical order, and the total."""

    students: list[AttendanceCounts]
    total: AttendanceCounts

    def to_dataframe(self) -> Any:
        """The students' rows as a pandas DataFrame (ejournal.to_dataframe)."""
        return to_dataframe(self.students)


def class_attendance(store: Store, principal: Principal, institution: uuid.UUID,
                     school_class: uuid.UUID, first: datetime.date, last: datetime.date, *,
                     codes: Optional[Sequence[AttendanceCode]] = None) -> ClassAttendance:
    """The counts of `school_class` from `first` to `last`: every student enrolled on any day
    of it (only the class's lessons and the days in the class), and their sum. The class
    teacher and the administration."""
    options = _Options(codes)
    out = ffi.new("ej_attendance_report **")
    check(lib.ej_attendance_class(out, store_arg(store), principal_arg(principal),
                                  uuid_to_c(institution), uuid_to_c(school_class),
                                  _c_date(first, "first"), _c_date(last, "last"),
                                  options.pointer))
    report = out[0]
    try:
        count = ffi.new("int64_t *")
        check(lib.ej_attendance_report_count(count, report))
        rows = []
        row = _new_counts()
        for index in range(count[0]):
            check(lib.ej_attendance_report_get(row, report, index))
            rows.append(AttendanceCounts.from_c(row))
        check(lib.ej_attendance_report_total(row, report))
        return ClassAttendance(rows, AttendanceCounts.from_c(row))
    finally:
        lib.ej_attendance_report_free(report)


@dataclass(frozen=True)
class AbsenceAlert:
    """A student whose unexplained absence ran `days` consecutive school days, from
    `first_day` to `last_day`."""

    student: uuid.UUID
    first_day: datetime.date
    last_day: datetime.date
    days: int

    @classmethod
    def from_c(cls, c: Any) -> "AbsenceAlert":
        return cls(uuid_from_c(c.student_id), _py_date(c.first_day), _py_date(c.last_day), c.days)


def absence_alerts(store: Store, principal: Principal, institution: uuid.UUID,
                   school_class: uuid.UUID, as_of: datetime.date, *, alert_days: int = 10,
                   codes: Optional[Sequence[AttendanceCode]] = None) -> list[AbsenceAlert]:
    """The students of `school_class` whose unexplained absence has run at least `alert_days`
    consecutive school days up to `as_of` (weekends and holidays neither count nor break a
    run). The class teacher and the administration."""
    options = _Options(codes, alert_days)
    return _read_list("absence_alert", AbsenceAlert, lambda out: lib.ej_attendance_alerts(
        out, store_arg(store), principal_arg(principal), uuid_to_c(institution),
        uuid_to_c(school_class), _c_date(as_of, "as_of"), options.pointer))
