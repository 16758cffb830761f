"""The institution's administrator sets up a school year: the calendar, classes, subgroups,
subjects, courses, enrolments, class teachers and parent links, and class lists from CSV.

Every function takes the acting principal (PermissionDeniedError when the access policy refuses
it) and `now` for the audit entries (an aware datetime; None: the system clock). Each call is one
unit of work that audits every record it changes, or stores nothing. An id of another
institution is NotFoundError. A class-list file with problems raises ValidationError listing
every one as (field, problem) pairs, the field being "line <n>: <column>", "line <n>" or "file".

>>> import ejournal
>>> sorted(ejournal.COURSE_SCALES)[:2]
['five_point', 'hundred_point']
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any, Optional, Union

from ._cdef import EJ_CLASS_LIST_MAX_BYTES, EJ_CLASS_LIST_MAX_ROWS, EJ_COURSE_FORM_VERSION
from ._lib import InvalidError, check, encode_text, ffi, lib, uuid_from_c, uuid_to_c
from ._services import now_arg, principal_arg, store_arg
from .access import Principal
from .calendar import SchoolYear
from .invitations import PARENT_RELATIONS
from .store import Store
from .store_records import CRecord, enum_number, id_bytes

__all__ = ["CLASS_LIST_MAX_BYTES", "CLASS_LIST_MAX_ROWS", "COURSE_SCALES", "add_subgroup_member",
           "assign_class_teacher", "create_academic_year", "create_class", "create_course",
           "create_subgroup", "create_subject", "enrol_student", "import_class_list",
           "link_parent", "reassign_course", "record_departure", "remove_subgroup_member",
           "rename_class", "unlink_parent", "update_academic_year", "withdraw_class_teacher"]

#: The largest class-list file read, in bytes.
CLASS_LIST_MAX_BYTES = EJ_CLASS_LIST_MAX_BYTES
#: The most students one class-list file may list.
CLASS_LIST_MAX_ROWS = EJ_CLASS_LIST_MAX_ROWS
#: The grading scales a course may use.
COURSE_SCALES = frozenset({"ukrainian_12", "nush_levels", "nush_descriptors", "nush_verbal",
                           "five_point", "hundred_point", "pass_fail"})


def _calendar(calendar: SchoolYear) -> Any:
    if not isinstance(calendar, SchoolYear):
        raise TypeError(f"calendar must be a SchoolYear, not {type(calendar).__name__}")
    return calendar._handle._ptr


def _date(value: datetime.date, argument: str) -> Any:
    if not isinstance(value, datetime.date):
        raise TypeError(f"{argument} must be a datetime.date, not {type(value).__name__}")
    return ffi.new("ej_date *", (value.year, value.month, value.day))


def _made(call: Any) -> uuid.UUID:
    """The id a creator writes through its `ej_uuid *out_id`."""
    out = ffi.new("ej_uuid *")
    check(call(out))
    return uuid_from_c(out)


def _common(store: Store, principal: Principal, institution: uuid.UUID,
            now: Optional[datetime.datetime]) -> tuple[Any, Any, Any, Any]:
    return store_arg(store), now_arg(now), principal_arg(principal), uuid_to_c(institution)


def create_academic_year(store: Store, principal: Principal, institution: uuid.UUID,
                         calendar: SchoolYear, *,
                         now: Optional[datetime.datetime] = None) -> uuid.UUID:
    """Stores a new academic year with `calendar`; its id. NotFoundError for an unknown
    institution."""
    c_calendar = _calendar(calendar)
    common = _common(store, principal, institution, now)
    return _made(lambda out: lib.ej_setup_academic_year_create(out, *common, c_calendar))


def update_academic_year(store: Store, principal: Principal, institution: uuid.UUID,
                         year: uuid.UUID, calendar: SchoolYear, *,
                         now: Optional[datetime.datetime] = None) -> None:
    """Replaces the calendar of the academic year `year`."""
    check(lib.ej_setup_academic_year_update(*_common(store, principal, institution, now),
                                            uuid_to_c(year), _calendar(calendar)))


def create_class(store: Store, principal: Principal, institution: uuid.UUID, year: uuid.UUID,
                 name: str, *, now: Optional[datetime.datetime] = None) -> uuid.UUID:
    """Stores the class `name` ("5 - а" becomes "5-А") in `year`; its id. InvalidError for a
    name that is no class name; ExistsError when the year has it."""
    common = _common(store, principal, institution, now)
    c_name = encode_text(name, "name")
    return _made(lambda out: lib.ej_setup_class_create(out, *common, uuid_to_c(year), c_name))


def rename_class(store: Store, principal: Principal, institution: uuid.UUID,
                 school_class: uuid.UUID, name: str, *,
                 now: Optional[datetime.datetime] = None) -> None:
    """Renames a class; errors as create_class."""
    check(lib.ej_setup_class_rename(*_common(store, principal, institution, now),
                                    uuid_to_c(school_class), encode_text(name, "name")))


def create_subgroup(store: Store, principal: Principal, institution: uuid.UUID,
                    school_class: uuid.UUID, name: str, *,
                    now: Optional[datetime.datetime] = None) -> uuid.UUID:
    """Stores a subgroup ("1 група") of a class; its id. ExistsError when the class has it."""
    common = _common(store, principal, institution, now)
    c_name = encode_text(name, "name")
    return _made(lambda out: lib.ej_setup_subgroup_create(out, *common, uuid_to_c(school_class),
                                                          c_name))


def add_subgroup_member(store: Store, principal: Principal, institution: uuid.UUID,
                        subgroup: uuid.UUID, student: uuid.UUID, *,
                        now: Optional[datetime.datetime] = None) -> None:
    """Adds a student enrolled in the subgroup's class. InvalidError for anyone else;
    ExistsError when already a member."""
    check(lib.ej_setup_subgroup_member_add(*_common(store, principal, institution, now),
                                           uuid_to_c(subgroup), uuid_to_c(student)))


def remove_subgroup_member(store: Store, principal: Principal, institution: uuid.UUID,
                           subgroup: uuid.UUID, student: uuid.UUID, *,
                           now: Optional[datetime.datetime] = None) -> None:
    """Removes a student from a subgroup. NotFoundError when not a member."""
    check(lib.ej_setup_subgroup_member_remove(*_common(store, principal, institution, now),
                                              uuid_to_c(subgroup), uuid_to_c(student)))


def create_subject(store: Store, principal: Principal, institution: uuid.UUID, name: str,
                   short_name: str = "", *,
                   now: Optional[datetime.datetime] = None) -> uuid.UUID:
    """Stores a subject; its id. ExistsError when the institution has one of that name."""
    common = _common(store, principal, institution, now)
    c_name, c_short = encode_text(name, "name"), encode_text(short_name, "short_name")
    return _made(lambda out: lib.ej_setup_subject_create(out, *common, c_name, c_short))


def create_course(store: Store, principal: Principal, institution: uuid.UUID, *,
                  subject: uuid.UUID, school_class: uuid.UUID, teacher: uuid.UUID,
                  subgroup: Optional[uuid.UUID] = None, scale: str = "ukrainian_12",
                  now: Optional[datetime.datetime] = None) -> uuid.UUID:
    """Stores a course: `subject` taught to `school_class` (or its `subgroup`) by `teacher` on
    `scale` (one of COURSE_SCALES); its id. InvalidError for a subgroup of another class, a
    teacher without the teacher role or an unknown scale."""
    form = CRecord("ej_course_form")
    c = form.pointer
    c.version = EJ_COURSE_FORM_VERSION
    c.subject_id.bytes = id_bytes(subject, "subject")
    c.class_id.bytes = id_bytes(school_class, "school_class")
    c.subgroup_id.bytes = id_bytes(subgroup, "subgroup")
    c.teacher_id.bytes = id_bytes(teacher, "teacher")
    c.scale = form.text(scale, "scale")
    common = _common(store, principal, institution, now)
    return _made(lambda out: lib.ej_setup_course_create(out, *common, c))


def reassign_course(store: Store, principal: Principal, institution: uuid.UUID,
                    course: uuid.UUID, teacher: uuid.UUID, scale: str = "ukrainian_12", *,
                    now: Optional[datetime.datetime] = None) -> None:
    """Gives a course another teacher and scale."""
    check(lib.ej_setup_course_reassign(*_common(store, principal, institution, now),
                                       uuid_to_c(course), uuid_to_c(teacher),
                                       encode_text(scale, "scale")))


def enrol_student(store: Store, principal: Principal, institution: uuid.UUID,
                  school_class: uuid.UUID, student: uuid.UUID, arrived: datetime.date, *,
                  now: Optional[datetime.datetime] = None) -> uuid.UUID:
    """Enrols a student in a class from `arrived`; the enrolment's id. ConflictError when the
    student is in a class on or after that day (one class at a time)."""
    common = _common(store, principal, institution, now)
    c_arrived = _date(arrived, "arrived")
    return _made(lambda out: lib.ej_setup_enrol(out, *common, uuid_to_c(school_class),
                                                uuid_to_c(student), c_arrived))


def record_departure(store: Store, principal: Principal, institution: uuid.UUID,
                     enrolment: uuid.UUID, departed: datetime.date, note: str = "", *,
                     now: Optional[datetime.datetime] = None) -> None:
    """Ends an enrolment: `departed` is the last day in the class, `note` the reason or order.
    ConflictError when it already ended; InvalidError for a day before the arrival."""
    check(lib.ej_setup_departure_record(*_common(store, principal, institution, now),
                                        uuid_to_c(enrolment), _date(departed, "departed"),
                                        encode_text(note, "note")))


def assign_class_teacher(store: Store, principal: Principal, institution: uuid.UUID,
                         school_class: uuid.UUID, teacher: uuid.UUID, *,
                         now: Optional[datetime.datetime] = None) -> uuid.UUID:
    """Makes a teacher the class teacher of a class; the grant's id. ConflictError when the
    class has one."""
    common = _common(store, principal, institution, now)
    return _made(lambda out: lib.ej_setup_class_teacher_assign(out, *common,
                                                               uuid_to_c(school_class),
                                                               uuid_to_c(teacher)))


def withdraw_class_teacher(store: Store, principal: Principal, institution: uuid.UUID,
                           school_class: uuid.UUID, *,
                           now: Optional[datetime.datetime] = None) -> None:
    """Withdraws the class teacher of a class. NotFoundError when it has none."""
    check(lib.ej_setup_class_teacher_withdraw(*_common(store, principal, institution, now),
                                              uuid_to_c(school_class)))


def link_parent(store: Store, principal: Principal, institution: uuid.UUID, parent: uuid.UUID,
                child: uuid.UUID, relation: str = "other", *,
                now: Optional[datetime.datetime] = None) -> uuid.UUID:
    """Links a parent (holding the parent role) to a child (a student) as `relation` (one of
    PARENT_RELATIONS); the link's id. ExistsError when already linked."""
    number = enum_number(PARENT_RELATIONS, relation, "relation")
    common = _common(store, principal, institution, now)
    return _made(lambda out: lib.ej_setup_parent_link(out, *common, uuid_to_c(parent),
                                                      uuid_to_c(child), number))


def unlink_parent(store: Store, principal: Principal, institution: uuid.UUID, parent: uuid.UUID,
                  child: uuid.UUID, *, now: Optional[datetime.datetime] = None) -> None:
    """Removes the link of a parent to a child. NotFoundError when they are not linked."""
    check(lib.ej_setup_parent_unlink(*_common(store, principal, institution, now),
                                     uuid_to_c(parent), uuid_to_c(child)))


def import_class_list(store: Store, principal: Principal, institution: uuid.UUID,
                      school_class: uuid.UUID, arrived: datetime.date,
                      csv: Union[str, bytes], *,
                      now: Optional[datetime.datetime] = None) -> list[uuid.UUID]:
    """Creates a student per row of the CSV class list `csv` (bytes, or a str sent as UTF-8) and
    enrols them in `school_class` from `arrived`, all or nothing; the new students' ids in row
    order. The format is that of ej_setup_class_list_import(): a header naming the columns
    surname, given_name, patronymic, birth_date, email, gender (or their Ukrainian names), ';' or
    ',' as the delimiter, quoted fields, an optional BOM. ValidationError lists every problem."""
    if isinstance(csv, str):
        try:
            csv = csv.encode("utf-8")
        except UnicodeEncodeError as error:
            raise InvalidError(f"csv is not valid UTF-8: {error.reason}") from None
    if not isinstance(csv, (bytes, bytearray)):
        raise TypeError(f"csv must be str or bytes, not {type(csv).__name__}")
    count = ffi.new("int64_t *")
    students = ffi.new("ej_uuid[]", CLASS_LIST_MAX_ROWS)
    data = ffi.from_buffer(csv)
    check(lib.ej_setup_class_list_import(count, students,
                                         *_common(store, principal, institution, now),
                                         uuid_to_c(school_class), _date(arrived, "arrived"),
                                         data, len(csv)))
    return [uuid_from_c(students[index]) for index in range(count[0])]
