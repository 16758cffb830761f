"""The diary: a student's week (Monday–Sunday) of lessons with topics and homework, grades,
attendance and comments — only what the reader may see — and a parent's view of each child's
week.

Students and parents see published grades only; drafts are shown to those who read the course's
journal (its teacher, the class teacher, the administration). The reason and the document of an
absence are sensitive: shown to the administration, the class teacher and the student's parents,
None for everyone else.

>>> import datetime, uuid, ejournal
>>> with ejournal.open("memory:") as store:
...     try:
...         ejournal.diary_week(store, ejournal.Principal.system(), uuid.uuid4(), uuid.uuid4(),
...                             datetime.date(2024, 9, 4))
...     except ejournal.NotFoundError:
...         "no such student"
'no such student'
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable, Optional

from ._columns import instant
from ._lib import check, decode_text, ffi, lib, uuid_from_c, uuid_to_c
from ._services import principal_arg, store_arg
from .access import Principal
from .store import Store
from .store_records import (ABSENCE_REASONS, COLUMN_KINDS, LESSON_TYPES, PUBLICATIONS, c_date,
                            name_of, optional_uuid, py_date)

__all__ = ["DiaryAttendance", "DiaryComment", "DiaryGrade", "DiaryLesson", "DiaryWeek",
           "children_diaries", "diary_week"]


@dataclass(frozen=True)
class DiaryLesson:
    """A lesson of the student's timetable."""

    lesson_id: uuid.UUID
    course_id: uuid.UUID
    subject: str
    date: datetime.date
    number: int
    type: str
    topic: str
    homework: str
    homework_due: Optional[datetime.date]

    @classmethod
    def from_c(cls, c: Any) -> "DiaryLesson":
        return cls(uuid_from_c(c.lesson), uuid_from_c(c.course), decode_text(c.subject),
                   py_date(c.date), c.number, name_of(LESSON_TYPES, c.type),
                   decode_text(c.topic), decode_text(c.homework), py_date(c.homework_due))


@dataclass(frozen=True)
class DiaryGrade:
    """A grade (`value`, exact) or special `mark`, of a lesson or of an undated column (`label`:
    "Тема 2") set that day; `publication` is "draft" only for readers of the course's journal."""

    grade_id: uuid.UUID
    course_id: uuid.UUID
    subject: str
    date: datetime.date
    lesson_id: Optional[uuid.UUID]
    column: str
    label: str
    value: Optional[Fraction]
    mark: str
    publication: str
    comment: str

    @classmethod
    def from_c(cls, c: Any) -> "DiaryGrade":
        value = Fraction(c.value_num, c.value_den) if c.has_value else None
        return cls(uuid_from_c(c.grade), uuid_from_c(c.course), decode_text(c.subject),
                   py_date(c.date), optional_uuid(c.lesson), name_of(COLUMN_KINDS, c.column),
                   decode_text(c.label), value, decode_text(c.mark),
                   name_of(PUBLICATIONS, c.publication), decode_text(c.comment))


@dataclass(frozen=True)
class DiaryAttendance:
    """An attendance mark at a lesson, or for the whole day (`lesson_id` None). `reason` and
    `document_ref` are None when the reader may not see them."""

    attendance_id: uuid.UUID
    date: datetime.date
    lesson_id: Optional[uuid.UUID]
    code: str
    reason: Optional[str]
    document_ref: Optional[str]

    @classmethod
    def from_c(cls, c: Any) -> "DiaryAttendance":
        reason = name_of(ABSENCE_REASONS, c.reason) if c.reason != 0 else None
        document = None if c.document_ref == ffi.NULL else decode_text(c.document_ref)
        return cls(uuid_from_c(c.attendance), py_date(c.date), optional_uuid(c.lesson),
                   decode_text(c.code), reason, document)


@dataclass(frozen=True)
class DiaryComment:
    """A teacher's comment, dated by the Europe/Kyiv day it was made."""

    comment_id: uuid.UUID
    date: datetime.date
    author_id: uuid.UUID
    author: str
    course_id: Optional[uuid.UUID]
    subject: str
    lesson_id: Optional[uuid.UUID]
    text: str
    created_at: datetime.datetime

    @classmethod
    def from_c(cls, c: Any) -> "DiaryComment":
        return cls(uuid_from_c(c.comment), py_date(c.date), uuid_from_c(c.author),
                   decode_text(c.author_name), optional_uuid(c.course), decode_text(c.subject),
                   optional_uuid(c.lesson), decode_text(c.text), instant(c.created_at))


def _items(pointer: Any, count: int, convert: Callable[[Any], Any]) -> tuple:
    return tuple(convert(pointer[i]) for i in range(count))


@dataclass(frozen=True)
class DiaryWeek:
    """A student's week, Monday to Sunday; each tuple by date, then lesson number."""

    student_id: uuid.UUID
    surname: str
    given_name: str
    patronymic: str
    monday: datetime.date
    sunday: datetime.date
    school_days: tuple[datetime.date, ...]
    lessons: tuple[DiaryLesson, ...]
    grades: tuple[DiaryGrade, ...]
    attendance: tuple[DiaryAttendance, ...]
    comments: tuple[DiaryComment, ...]

    @classmethod
    def from_c(cls, c: Any) -> "DiaryWeek":
        return cls(uuid_from_c(c.student), decode_text(c.surname), decode_text(c.given_name),
                   decode_text(c.patronymic), py_date(c.monday), py_date(c.sunday),
                   _items(c.school_days, c.school_day_count, py_date),
                   _items(c.lessons, c.lesson_count, DiaryLesson.from_c),
                   _items(c.grades, c.grade_count, DiaryGrade.from_c),
                   _items(c.attendance, c.attendance_count, DiaryAttendance.from_c),
                   _items(c.comments, c.comment_count, DiaryComment.from_c))

    def on(self, day: datetime.date) -> "DiaryWeek":
        """The same week with only the records of `day` (the school days included)."""
        def keep(records: tuple) -> tuple:
            return tuple(record for record in records if record.date == day)
        return DiaryWeek(self.student_id, self.surname, self.given_name, self.patronymic,
                         self.monday, self.sunday,
                         tuple(date for date in self.school_days if date == day),
                         keep(self.lessons), keep(self.grades), keep(self.attendance),
                         keep(self.comments))


def _read(call: Callable[[Any], int]) -> list[DiaryWeek]:
    out = ffi.new("ej_diary **")
    check(call(out))
    diary = out[0]
    try:
        count = ffi.new("int64_t *")
        check(lib.ej_diary_count(count, diary))
        week = ffi.new("const ej_diary_week **")
        weeks = []
        for index in range(count[0]):
            check(lib.ej_diary_get(week, diary, index))
            weeks.append(DiaryWeek.from_c(week[0]))
        return weeks
    finally:
        lib.ej_diary_free(diary)


def _day_arg(day: datetime.date) -> Any:
    if not isinstance(day, datetime.date) or isinstance(day, datetime.datetime):
        raise TypeError(f"day must be a datetime.date, not {type(day).__name__}")
    return c_date(day, "day")


def diary_week(store: Store, principal: Principal, institution: uuid.UUID, student: uuid.UUID,
               day: datetime.date) -> DiaryWeek:
    """The week (Monday–Sunday) containing `day` of `student`, as `principal` may see it.
    NotFoundError for a person the institution does not have or who was never enrolled;
    RangeError for a day in the years 1400 or 9999;
    PermissionDeniedError unless the principal may read the student's record."""
    return _read(lambda out: lib.ej_diary_week_read(out, store_arg(store), principal_arg(principal),
                                                    uuid_to_c(institution), uuid_to_c(student),
                                                    _day_arg(day)))[0]


def children_diaries(store: Store, principal: Principal, institution: uuid.UUID,
                     parent: uuid.UUID, day: datetime.date) -> list[DiaryWeek]:
    """The weeks containing `day` of each child of `parent`, in Ukrainian alphabetical order.
    NotFoundError for a person the institution does not have; PermissionDeniedError unless the
    principal is that parent or the administration, and may read every child's record."""
    return _read(lambda out: lib.ej_diary_children_read(out, store_arg(store),
                                                        principal_arg(principal),
                                                        uuid_to_c(institution), uuid_to_c(parent),
                                                        _day_arg(day)))
