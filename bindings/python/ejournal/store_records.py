"""The records of a store as dataclasses, and their conversion to and from the C structs of
ejournal/store*.h.

Records handed to a create method leave `id` as None to have one generated, and ignore
`revision` (the store's optimistic-concurrency version, 1 for a new record). Enum fields are
names: Institution.kind "school", Grade.column "current", AttendanceMark.reason "illness".
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Optional

from ._cdef import (EJ_CLASS_VERSION, EJ_COURSE_VERSION, EJ_INSTITUTION_VERSION,
                    EJ_PERSON_VERSION, EJ_SUBJECT_VERSION)
from ._columns import instant, micros
from ._lib import choice, decode_text, encode_text, enum_values, ffi, uuid_from_c
from .calendar import SchoolYear

__all__ = ["AcademicYear", "AttendanceMark", "Course", "Enrolment", "Grade", "Institution",
           "Lesson", "Person", "SchoolClass", "Subject"]

INSTITUTION_KINDS = enum_values("ej_institution_kind", "EJ_INSTITUTION_")
INSTITUTION_STATUSES = enum_values("ej_institution_status", "EJ_INSTITUTION_")
GENDERS = enum_values("ej_gender", "EJ_GENDER_")
LESSON_TYPES = enum_values("ej_lesson_type", "EJ_LESSON_")
COLUMN_KINDS = enum_values("ej_column_kind", "EJ_COLUMN_")
PUBLICATIONS = enum_values("ej_publication", "EJ_PUBLICATION_")
ABSENCE_REASONS = enum_values("ej_absence_reason", "EJ_ABSENCE_")

_NIL = uuid.UUID(int=0)


def name_of(names: dict[str, int], value: int) -> str:
    """The name of an enum constant, or its number as text for one a newer library added."""
    return next((name for name, number in names.items() if number == value), str(value))


def optional_uuid(value: Any) -> Optional[uuid.UUID]:
    """The id of an ej_uuid, None for nil."""
    result = uuid_from_c(value)
    return None if result == _NIL else result


def id_bytes(value: Optional[uuid.UUID], argument: str) -> list[int]:
    """The 16 bytes of an id for an ej_uuid initialiser; nil for None."""
    if value is None:
        return [0] * 16
    if not isinstance(value, uuid.UUID):
        raise TypeError(f"{argument} must be a uuid.UUID, not {type(value).__name__}")
    return list(value.bytes)


def py_date(value: Any) -> Optional[datetime.date]:
    """The date of an ej_date, None for {0, 0, 0}."""
    if value.year == 0:
        return None
    return datetime.date(value.year, value.month, value.day)


def date_fields(value: Optional[datetime.date], argument: str) -> tuple[int, int, int]:
    """An ej_date initialiser; {0, 0, 0} (no bound, no date) for None."""
    if value is None:
        return (0, 0, 0)
    if not isinstance(value, datetime.date):
        raise TypeError(f"{argument} must be a datetime.date, not {type(value).__name__}")
    return (value.year, value.month, value.day)


def c_date(value: Optional[datetime.date], argument: str) -> Any:
    """A new `ej_date *`, or NULL for None (an open bound)."""
    if value is None:
        return ffi.NULL
    return ffi.new("ej_date *", date_fields(value, argument))


def enum_number(names: dict[str, int], value: object, argument: str) -> int:
    """The constant named `value` (InvalidError listing the names otherwise)."""
    return choice(names, value, argument)


class CRecord:
    """A C struct and the UTF-8 buffers its strings point into, kept alive together."""

    def __init__(self, ctype: str) -> None:
        self.pointer = ffi.new(f"{ctype} *")
        self._texts: list[Any] = []

    def text(self, value: Optional[str], argument: str, optional: bool = False) -> Any:
        """A `const char *` for `value`, owned by this record (NULL for None when optional)."""
        encoded = encode_text(value, argument, optional)
        if encoded == ffi.NULL:
            return encoded
        buffer = ffi.new("char[]", encoded)
        self._texts.append(buffer)
        return buffer


@dataclass(frozen=True)
class Institution:
    """An educational institution; every other record belongs to one. Unless `kind` is "other"
    (the institute that runs the platform) it needs a valid ЄДРПОУ, a ДІСО id and the hromada's
    КАТОТТГ code; an empty oblast is taken from that code."""

    name: str
    kind: str = "school"
    edrpou: str = ""
    diso_id: str = ""
    oblast: str = ""
    hromada_katottg: str = ""
    status: str = "active"
    created_at: datetime.datetime = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    id: Optional[uuid.UUID] = None
    revision: int = 0

    def to_c(self) -> CRecord:
        record = CRecord("ej_institution")
        c = record.pointer
        c.version = EJ_INSTITUTION_VERSION
        c.kind = enum_number(INSTITUTION_KINDS, self.kind, "kind")
        c.id.bytes = id_bytes(self.id, "id")
        c.name = record.text(self.name, "name")
        c.diso_id = record.text(self.diso_id, "diso_id")
        c.edrpou = record.text(self.edrpou, "edrpou")
        c.oblast = record.text(self.oblast, "oblast")
        c.hromada_katottg = record.text(self.hromada_katottg, "hromada_katottg")
        c.status = enum_number(INSTITUTION_STATUSES, self.status, "status")
        c.created_at = micros(self.created_at, "created_at")
        return record

    @classmethod
    def from_c(cls, c: Any) -> "Institution":
        return cls(decode_text(c.name), name_of(INSTITUTION_KINDS, c.kind), decode_text(c.edrpou),
                   decode_text(c.diso_id), decode_text(c.oblast), decode_text(c.hromada_katottg),
                   name_of(INSTITUTION_STATUSES, c.status), instant(c.created_at),
                   uuid_from_c(c.id), c.revision)


@dataclass(frozen=True)
class Person:
    """A person as one institution knows them. `gender` is "feminine", "masculine" or None.
    Names are stored normalised (apostrophes as U+02BC), e-mail and phone in canonical form."""

    surname: str
    given_name: str
    patronymic: Optional[str] = None
    gender: Optional[str] = None
    email: str = ""
    phone: str = ""
    id: Optional[uuid.UUID] = None
    revision: int = 0

    def to_c(self, argument: str = "person") -> CRecord:
        record = CRecord("ej_person")
        self.fill(record, record.pointer, argument)
        return record

    def fill(self, record: CRecord, c: Any, argument: str) -> None:
        """Writes this person into the ej_person `c`, its strings owned by `record`."""
        c.version = EJ_PERSON_VERSION
        c.gender = -1 if self.gender is None else enum_number(GENDERS, self.gender,
                                                              f"{argument}.gender")
        c.id.bytes = id_bytes(self.id, f"{argument}.id")
        c.surname = record.text(self.surname, f"{argument}.surname")
        c.given_name = record.text(self.given_name, f"{argument}.given_name")
        c.patronymic = record.text(self.patronymic, f"{argument}.patronymic", optional=True)
        c.email = record.text(self.email, f"{argument}.email")
        c.phone = record.text(self.phone, f"{argument}.phone")

    @classmethod
    def from_c(cls, c: Any) -> "Person":
        patronymic = None if c.patronymic == ffi.NULL else decode_text(c.patronymic)
        gender = None if c.gender < 0 else name_of(GENDERS, c.gender)
        return cls(decode_text(c.surname), decode_text(c.given_name), patronymic, gender,
                   decode_text(c.email), decode_text(c.phone), uuid_from_c(c.id), c.revision)


@dataclass(frozen=True)
class AcademicYear:
    """An institution's academic year: its calendar (terms, holidays, bells …)."""

    id: uuid.UUID
    calendar: SchoolYear
    revision: int


@dataclass(frozen=True)
class SchoolClass:
    """A class such as "5-А" in one academic year (the name is normalised when stored)."""

    academic_year_id: uuid.UUID
    name: str
    id: Optional[uuid.UUID] = None
    revision: int = 0

    def to_c(self) -> CRecord:
        record = CRecord("ej_class")
        c = record.pointer
        c.version = EJ_CLASS_VERSION
        c.id.bytes = id_bytes(self.id, "id")
        c.academic_year_id.bytes = id_bytes(self.academic_year_id, "academic_year_id")
        c.name = record.text(self.name, "name")
        return record

    @classmethod
    def from_c(cls, c: Any) -> "SchoolClass":
        return cls(uuid_from_c(c.academic_year_id), decode_text(c.name), uuid_from_c(c.id),
                   c.revision)


@dataclass(frozen=True)
class Subject:
    """A subject the institution teaches."""

    name: str
    short_name: str = ""
    id: Optional[uuid.UUID] = None

    def to_c(self) -> CRecord:
        record = CRecord("ej_subject")
        c = record.pointer
        c.version = EJ_SUBJECT_VERSION
        c.id.bytes = id_bytes(self.id, "id")
        c.name = record.text(self.name, "name")
        c.short_name = record.text(self.short_name, "short_name")
        return record

    @classmethod
    def from_c(cls, c: Any) -> "Subject":
        return cls(decode_text(c.name), decode_text(c.short_name), uuid_from_c(c.id))


@dataclass(frozen=True)
class Course:
    """Who teaches what to whom: a subject to a class (or one subgroup of it) by a teacher."""

    academic_year_id: uuid.UUID
    subject_id: uuid.UUID
    class_id: uuid.UUID
    teacher_id: uuid.UUID
    subgroup_id: Optional[uuid.UUID] = None
    scale: str = "ukrainian_12"
    id: Optional[uuid.UUID] = None
    revision: int = 0

    def to_c(self) -> CRecord:
        record = CRecord("ej_course")
        c = record.pointer
        c.version = EJ_COURSE_VERSION
        c.id.bytes = id_bytes(self.id, "id")
        c.academic_year_id.bytes = id_bytes(self.academic_year_id, "academic_year_id")
        c.subject_id.bytes = id_bytes(self.subject_id, "subject_id")
        c.class_id.bytes = id_bytes(self.class_id, "class_id")
        c.subgroup_id.bytes = id_bytes(self.subgroup_id, "subgroup_id")
        c.teacher_id.bytes = id_bytes(self.teacher_id, "teacher_id")
        c.scale = record.text(self.scale, "scale")
        return record

    @classmethod
    def from_c(cls, c: Any) -> "Course":
        return cls(uuid_from_c(c.academic_year_id), uuid_from_c(c.subject_id),
                   uuid_from_c(c.class_id), uuid_from_c(c.teacher_id),
                   optional_uuid(c.subgroup_id), decode_text(c.scale), uuid_from_c(c.id),
                   c.revision)


@dataclass(frozen=True)
class Enrolment:
    """A student's time in a class: `departed` is the last day, None while still there."""

    id: uuid.UUID
    class_id: uuid.UUID
    student_id: uuid.UUID
    arrived: datetime.date
    departed: Optional[datetime.date]
    departure_note: str
    revision: int

    @classmethod
    def from_c(cls, c: Any) -> "Enrolment":
        return cls(uuid_from_c(c.id), uuid_from_c(c.class_id), uuid_from_c(c.student_id),
                   py_date(c.arrived), py_date(c.departed), decode_text(c.departure_note),
                   c.revision)


@dataclass(frozen=True)
class Lesson:
    """A lesson of a course on a date; `type` is "regular", "test", "laboratory" …;
    `homework_due` is the day the homework is due, or None."""

    id: uuid.UUID
    course_id: uuid.UUID
    date: datetime.date
    number: int
    type: str
    topic: str
    homework: str
    revision: int
    homework_due: Optional[datetime.date] = None

    @classmethod
    def from_c(cls, c: Any) -> "Lesson":
        return cls(uuid_from_c(c.id), uuid_from_c(c.course_id), py_date(c.date), c.number,
                   name_of(LESSON_TYPES, c.type), decode_text(c.topic), decode_text(c.homework),
                   c.revision, py_date(c.homework_due))


@dataclass(frozen=True)
class Grade:
    """A grade: `value` (exact) or a special `mark` ("н/а"), never both."""

    id: uuid.UUID
    course_id: uuid.UUID
    student_id: uuid.UUID
    lesson_id: Optional[uuid.UUID]
    date: datetime.date
    column: str
    value: Optional[Fraction]
    mark: str
    publication: str
    label: str
    comment: str
    recorded_by: uuid.UUID
    recorded_at: datetime.datetime
    revision: int

    @classmethod
    def from_c(cls, c: Any) -> "Grade":
        value = Fraction(c.value_num, c.value_den) if c.has_value else None
        return cls(uuid_from_c(c.id), uuid_from_c(c.course_id), uuid_from_c(c.student_id),
                   optional_uuid(c.lesson_id), py_date(c.date), name_of(COLUMN_KINDS, c.column),
                   value, decode_text(c.mark), name_of(PUBLICATIONS, c.publication),
                   decode_text(c.label), decode_text(c.comment), uuid_from_c(c.recorded_by),
                   instant(c.recorded_at), c.revision)


@dataclass(frozen=True)
class AttendanceMark:
    """A student's attendance at a lesson, or for the whole day when `lesson_id` is None."""

    id: uuid.UUID
    student_id: uuid.UUID
    lesson_id: Optional[uuid.UUID]
    date: datetime.date
    code: str
    reason: str
    document_ref: str
    recorded_by: uuid.UUID
    recorded_at: datetime.datetime
    revision: int

    @classmethod
    def from_c(cls, c: Any) -> "AttendanceMark":
        return cls(uuid_from_c(c.id), uuid_from_c(c.student_id), optional_uuid(c.lesson_id),
                   py_date(c.date), decode_text(c.code), name_of(ABSENCE_REASONS, c.reason),
                   decode_text(c.document_ref), uuid_from_c(c.recorded_by),
                   instant(c.recorded_at), c.revision)
