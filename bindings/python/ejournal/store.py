"""Stores of school records: open one by URI, create and read institutions, people, the
structure of a school year and the journal (lessons, grades, attendance) in bulk, and change
records against the revision they were read at (ejournal.store_updates).

Every method is one transaction: it lands whole or, on any error (or a progress callable that
aborts), leaves the store unchanged. Every record but an institution belongs to one institution,
which every method names first; a record of another institution is NotFoundError. A Store may be
used from several threads at once.

>>> import datetime, ejournal
>>> with ejournal.open("memory:") as store:
...     school = store.create_institution(ejournal.Institution(
...         "Ліцей № 1", edrpou="32855961", diso_id="12345",
...         hromada_katottg="UA80000000000093317"))
...     ids = store.create_people(school, [ejournal.Person("Їжак", "Іван"),
...                                        ejournal.Person("Гнатюк", "Олена")])
...     [person.surname for person in store.people(school)]
['Гнатюк', 'Їжак']
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any, Callable, Iterable, Optional

from . import _columns as col
from ._cdef import (EJ_ATTENDANCE_COLUMNS_VERSION, EJ_ATTENDANCE_QUERY_VERSION,
                    EJ_GRADE_COLUMNS_VERSION, EJ_GRADE_QUERY_VERSION, EJ_LESSON_COLUMNS_VERSION,
                    EJ_STORE_OPTIONS_VERSION)
from ._lib import Handle, check, encode_text, ffi, integer, lib, uuid_to_c
from .calendar import Bell, Holiday, MakeUpDay, SchoolYear, Term
from .store_records import (ABSENCE_REASONS, COLUMN_KINDS, LESSON_TYPES, PUBLICATIONS,
                            AcademicYear, AttendanceMark, CRecord, Course, Enrolment, Grade,
                            Institution, Lesson, Person, SchoolClass, Subject, c_date,
                            date_fields, enum_number)
from .store_updates import StoreUpdates

__all__ = ["Store", "open"]

Progress = Optional[Callable[[int, int], Any]]


def _read_list(prefix: str, record: type, make: Callable[[Any], int]) -> list:
    """The records of the list handle `make(out)` creates (ej_<prefix>_list), as `record`s."""
    out = ffi.new(f"ej_{prefix}_list **")
    check(make(out))
    handle = out[0]
    try:
        count = ffi.new("int64_t *")
        check(getattr(lib, f"ej_{prefix}_list_count")(count, handle))
        view = ffi.new(f"const ej_{prefix} **")
        get = getattr(lib, f"ej_{prefix}_list_get")
        result = []
        for index in range(count[0]):
            check(get(view, handle, index))
            result.append(record.from_c(view[0]))
        return result
    finally:
        getattr(lib, f"ej_{prefix}_list_free")(handle)


def _read_calendar(year: Any) -> SchoolYear:
    """The SchoolYear of an `ej_school_year *`."""
    def count(getter: Callable) -> int:
        out = ffi.new("int32_t *")
        check(getter(out, year))
        return out[0]

    def date(value: Any) -> datetime.date:
        return datetime.date(value.year, value.month, value.day)

    name, first, last = ffi.new("char **"), ffi.new("ej_date *"), ffi.new("ej_date *")
    week, follows = ffi.new("int32_t *"), ffi.new("int32_t *")
    check(lib.ej_school_year_info(name, first, last, week, year))
    year_name = ffi.string(name[0]).decode("utf-8")
    lib.ej_free(name[0])
    periods = {}
    for kind, count_of, getter in ((Term, lib.ej_school_year_term_count, lib.ej_school_year_term),
                                   (Holiday, lib.ej_school_year_holiday_count,
                                    lib.ej_school_year_holiday)):
        items = []
        for index in range(count(count_of)):
            period_name = ffi.new("char **")
            period_first, period_last = ffi.new("ej_date *"), ffi.new("ej_date *")
            check(getter(period_name, period_first, period_last, year, index))
            text = ffi.string(period_name[0]).decode("utf-8")
            lib.ej_free(period_name[0])
            items.append(kind(text, date(period_first), date(period_last)))
        periods[kind] = tuple(items)
    day = ffi.new("ej_date *")
    make_up = []
    for index in range(count(lib.ej_school_year_make_up_day_count)):
        check(lib.ej_school_year_make_up_day(day, follows, year, index))
        make_up.append(MakeUpDay(date(day), follows[0]))
    days_off = []
    for index in range(count(lib.ej_school_year_day_off_count)):
        check(lib.ej_school_year_day_off(day, year, index))
        days_off.append(date(day))
    bell = ffi.new("ej_bell *")
    bells = []
    for index in range(count(lib.ej_school_year_bell_count)):
        check(lib.ej_school_year_bell(bell, year, index))
        bells.append(Bell(bell.number, bell.start_minute, bell.end_minute))
    return SchoolYear(year_name, date(first), date(last), periods[Term], periods[Holiday],
                      week[0], tuple(make_up), tuple(days_off), tuple(bells))


class Store(Handle, StoreUpdates):
    """An open store; a context manager that closes it on exit. Use after close() raises
    InvalidError. Made by ejournal.open()."""

    _CTYPE = "ej_store"
    _FREE = "ej_store_free"

    @property
    def backend(self) -> str:
        """"memory", "sqlite" or "postgresql"."""
        out = ffi.new("const char **")
        check(lib.ej_store_backend(out, self._ptr))
        return ffi.string(out[0]).decode("utf-8")

    @property
    def schema_version(self) -> int:
        """The database's schema version (0 for the memory backend)."""
        out = ffi.new("int32_t *")
        check(lib.ej_store_schema_version(out, self._ptr))
        return out[0]

    def _create(self, function: Callable, *arguments: Any) -> uuid.UUID:
        """Calls a single-record create function and returns the new id."""
        out = ffi.new("ej_uuid *")
        check(function(out, self._ptr, *arguments))
        return uuid.UUID(bytes=bytes(out.bytes))

    # ------------------------------------------------------------ institutions and people

    def create_institution(self, institution: Institution) -> uuid.UUID:
        """Stores a new institution; returns its id (ExistsError for a taken id or ЄДРПОУ)."""
        record = institution.to_c()
        return self._create(lib.ej_store_institution_create, record.pointer)

    def institution(self, id: uuid.UUID) -> Institution:
        """The institution `id` (NotFoundError when there is none)."""
        return _read_list("institution", Institution,
                          lambda out: lib.ej_store_institution_get(out, self._ptr,
                                                                   uuid_to_c(id)))[0]

    def institutions(self) -> list[Institution]:
        """Every institution, by name in Ukrainian order."""
        return _read_list("institution", Institution,
                          lambda out: lib.ej_store_institutions_list(out, self._ptr))

    def create_person(self, institution: uuid.UUID, person: Person) -> uuid.UUID:
        """Stores a new person of `institution`; returns the id."""
        record = person.to_c()
        return self._create(lib.ej_store_person_create, uuid_to_c(institution), record.pointer)

    def create_people(self, institution: uuid.UUID, people: Iterable[Person],
                      progress: Progress = None) -> list[uuid.UUID]:
        """Stores new people at once, all or none; returns their ids in order."""
        people = list(people)
        array = ffi.new("ej_person[]", len(people))
        record = CRecord("ej_person")
        for index, person in enumerate(people):
            if not isinstance(person, Person):
                raise TypeError(f"people[{index}] must be a Person, not {type(person).__name__}")
            person.fill(record, array[index], f"people[{index}]")
        out = ffi.new("ej_uuid[]", len(people))
        relay = col.ProgressRelay(progress)
        relay.check(lib.ej_store_people_create(out, self._ptr, uuid_to_c(institution), array,
                                               len(people), relay.callback, ffi.NULL))
        return col.ids_of(out, len(people))

    def person(self, institution: uuid.UUID, id: uuid.UUID) -> Person:
        """The person `id` of `institution` (NotFoundError when it has none)."""
        return _read_list("person", Person, lambda out: lib.ej_store_person_get(
            out, self._ptr, uuid_to_c(institution), uuid_to_c(id)))[0]

    def people(self, institution: uuid.UUID) -> list[Person]:
        """The institution's people in Ukrainian alphabetical order."""
        return _read_list("person", Person, lambda out: lib.ej_store_people_list(
            out, self._ptr, uuid_to_c(institution)))

    # -------------------------------------------------------- the structure of a school year

    def create_academic_year(self, institution: uuid.UUID, calendar: SchoolYear,
                             id: Optional[uuid.UUID] = None) -> uuid.UUID:
        """Stores a new academic year with `calendar`; returns its id."""
        if not isinstance(calendar, SchoolYear):
            raise TypeError(f"calendar must be a SchoolYear, not {type(calendar).__name__}")
        given = ffi.NULL if id is None else uuid_to_c(id)
        return self._create(lib.ej_store_academic_year_create, uuid_to_c(institution), given,
                            calendar._handle._ptr)

    def academic_year(self, institution: uuid.UUID, id: uuid.UUID) -> AcademicYear:
        """The academic year `id` of `institution`, calendar included."""
        out, revision = ffi.new("ej_school_year **"), ffi.new("int64_t *")
        check(lib.ej_store_academic_year_get(out, revision, self._ptr, uuid_to_c(institution),
                                             uuid_to_c(id)))
        try:
            return AcademicYear(id, _read_calendar(out[0]), revision[0])
        finally:
            lib.ej_school_year_free(out[0])

    def create_class(self, institution: uuid.UUID, school_class: SchoolClass) -> uuid.UUID:
        """Stores a new class; its name is normalised ("5 - а" → "5-А")."""
        record = school_class.to_c()
        return self._create(lib.ej_store_class_create, uuid_to_c(institution), record.pointer)

    def school_class(self, institution: uuid.UUID, id: uuid.UUID) -> SchoolClass:
        """The class `id` of `institution`."""
        return _read_list("class", SchoolClass, lambda out: lib.ej_store_class_get(
            out, self._ptr, uuid_to_c(institution), uuid_to_c(id)))[0]

    def classes(self, institution: uuid.UUID, academic_year: uuid.UUID) -> list[SchoolClass]:
        """The classes of an academic year, "2-А" before "10-А"."""
        return _read_list("class", SchoolClass, lambda out: lib.ej_store_classes_list(
            out, self._ptr, uuid_to_c(institution), uuid_to_c(academic_year)))

    def create_subject(self, institution: uuid.UUID, subject: Subject) -> uuid.UUID:
        """Stores a new subject (ExistsError for a name the institution has)."""
        record = subject.to_c()
        return self._create(lib.ej_store_subject_create, uuid_to_c(institution), record.pointer)

    def subject(self, institution: uuid.UUID, id: uuid.UUID) -> Subject:
        """The subject `id` of `institution`."""
        return _read_list("subject", Subject, lambda out: lib.ej_store_subject_get(
            out, self._ptr, uuid_to_c(institution), uuid_to_c(id)))[0]

    def subjects(self, institution: uuid.UUID) -> list[Subject]:
        """The institution's subjects by name in Ukrainian order."""
        return _read_list("subject", Subject, lambda out: lib.ej_store_subjects_list(
            out, self._ptr, uuid_to_c(institution)))

    def create_course(self, institution: uuid.UUID, course: Course) -> uuid.UUID:
        """Stores a new course."""
        record = course.to_c()
        return self._create(lib.ej_store_course_create, uuid_to_c(institution), record.pointer)

    def course(self, institution: uuid.UUID, id: uuid.UUID) -> Course:
        """The course `id` of `institution`."""
        return _read_list("course", Course, lambda out: lib.ej_store_course_get(
            out, self._ptr, uuid_to_c(institution), uuid_to_c(id)))[0]

    def courses(self, institution: uuid.UUID,
                school_class: Optional[uuid.UUID] = None) -> list[Course]:
        """The institution's courses (of one class when given), by id."""
        given = ffi.NULL if school_class is None else uuid_to_c(school_class)
        return _read_list("course", Course, lambda out: lib.ej_store_courses_list(
            out, self._ptr, uuid_to_c(institution), given))

    def enrol(self, institution: uuid.UUID, school_class: uuid.UUID, students: Any,
              arrived: datetime.date, progress: Progress = None) -> list[uuid.UUID]:
        """Enrols students in a class from the day `arrived`, all or none; returns the
        enrolments' ids."""
        rows = col.row_count({"students": students})
        ids = col.uuid_column(students, "students", rows)
        out = ffi.new("ej_uuid[]", rows)
        relay = col.ProgressRelay(progress)
        relay.check(lib.ej_store_enrol(out, self._ptr, uuid_to_c(institution),
                                       uuid_to_c(school_class), ids, rows,
                                       c_date(arrived, "arrived"), relay.callback, ffi.NULL))
        return col.ids_of(out, rows)

    def enrolments(self, institution: uuid.UUID, school_class: uuid.UUID,
                   on: Optional[datetime.date] = None) -> list[Enrolment]:
        """The enrolments of a class (only those current on `on` when given)."""
        return _read_list("enrolment", Enrolment, lambda out: lib.ej_store_enrolments_list(
            out, self._ptr, uuid_to_c(institution), uuid_to_c(school_class), c_date(on, "on")))

    # ------------------------------------------------------------------------ the journal

    def create_lessons(self, institution: uuid.UUID, *, courses: Any, dates: Any, numbers: Any,
                       types: Any = None, topics: Any = None, homework: Any = None,
                       ids: Any = None, progress: Progress = None) -> list[uuid.UUID]:
        """Stores lessons given as columns (or single values for every row), all or none;
        returns their ids. `types` are names ("regular", "test" …)."""
        rows = col.row_count({"courses": courses, "dates": dates, "numbers": numbers})
        c = ffi.new("ej_lesson_columns *")
        c.version, c.count = EJ_LESSON_COLUMNS_VERSION, rows
        kept = [col.uuid_column(ids, "ids", rows, optional=True),
                col.uuid_column(courses, "courses", rows),
                col.date_column(dates, "dates", rows),
                col.int32_column(numbers, "numbers", rows),
                col.int32_column(types, "types", rows, LESSON_TYPES),
                col.text_column(topics, "topics", rows),
                col.text_column(homework, "homework", rows)]
        c.ids, c.courses, c.dates, c.numbers, c.types = kept[:5]
        c.topics = kept[5].pointer if kept[5] else ffi.NULL
        c.homework = kept[6].pointer if kept[6] else ffi.NULL
        return self._bulk(lib.ej_store_lessons_create, institution, c, rows, progress)

    def lessons(self, institution: uuid.UUID, course: uuid.UUID,
                first: Optional[datetime.date] = None,
                last: Optional[datetime.date] = None) -> list[Lesson]:
        """A course's lessons from `first` to `last` (inclusive; None is open), by date and
        number."""
        return _read_list("lesson", Lesson, lambda out: lib.ej_store_lessons_list(
            out, self._ptr, uuid_to_c(institution), uuid_to_c(course), c_date(first, "first"),
            c_date(last, "last")))

    def lessons_for_student(self, institution: uuid.UUID, student: uuid.UUID,
                            first: Optional[datetime.date] = None,
                            last: Optional[datetime.date] = None) -> list[Lesson]:
        """A student's lessons from `first` to `last` (inclusive; None is open), the rows of
        their diary: the lessons of every course of a class they are enrolled in on the
        lesson's date, taught to the whole class or to a subgroup of theirs; by date, number
        and id."""
        return _read_list("lesson", Lesson, lambda out: lib.ej_store_lessons_for_student(
            out, self._ptr, uuid_to_c(institution), uuid_to_c(student), c_date(first, "first"),
            c_date(last, "last")))

    def _bulk(self, function: Callable, institution: uuid.UUID, columns_struct: Any, rows: int,
              progress: Progress) -> list[uuid.UUID]:
        """Runs a bulk create over a filled columns struct; returns the new ids."""
        out = ffi.new("ej_uuid[]", rows)
        relay = col.ProgressRelay(progress)
        relay.check(function(out, self._ptr, uuid_to_c(institution), columns_struct,
                             relay.callback, ffi.NULL))
        return col.ids_of(out, rows)

    def create_grades(self, institution: uuid.UUID, *, courses: Any, students: Any, dates: Any,
                      recorded_by: Any, values: Any = None, marks: Any = None,
                      numerators: Any = None, denominators: Any = None, has_value: Any = None,
                      lessons: Any = None, columns: Any = None, publications: Any = None,
                      labels: Any = None, recorded_at: Any = None, ids: Any = None,
                      progress: Progress = None) -> list[uuid.UUID]:
        """Stores grades given as columns (or single values for every row), all or none; returns
        their ids.

        Each row holds a value or a special mark: `values` (numbers, None where the row has a
        mark) or `numerators` (an int64 column read in place) with `denominators` and
        `has_value`; `marks` gives the mark where a row has no value. `columns` and
        `publications` are names ("current", "thematic" …; "draft", "published"); `lessons`
        may hold None (no lesson); `recorded_at` holds aware datetimes. `progress(done, total)`
        is called after each batch: returning False aborts (CallbackAbortedError), and so does
        an exception, which is raised again; either way nothing is stored.
        """
        rows = _bulk_rows({"courses": courses, "students": students, "dates": dates,
                           "values": values, "numerators": numerators, "marks": marks})
        grade_values = col.GradeValues(rows, values, numerators, denominators, has_value, marks)
        c = ffi.new("ej_grade_columns *")
        c.version, c.count = EJ_GRADE_COLUMNS_VERSION, rows
        labels_column = col.text_column(labels, "labels", rows)
        kept = (col.uuid_column(ids, "ids", rows, optional=True),
                col.uuid_column(courses, "courses", rows),
                col.uuid_column(students, "students", rows),
                col.uuid_column(lessons, "lessons", rows, optional=True),
                col.date_column(dates, "dates", rows),
                col.int32_column(columns, "columns", rows, COLUMN_KINDS),
                col.int32_column(publications, "publications", rows, PUBLICATIONS),
                col.uuid_column(recorded_by, "recorded_by", rows),
                col.instant_column(recorded_at, "recorded_at", rows))
        (c.ids, c.courses, c.students, c.lessons, c.dates, c.columns, c.publications,
         c.recorded_by, c.recorded_at) = kept
        c.numerators, c.denominators = grade_values.numerators, grade_values.denominators
        c.has_value = grade_values.has_value
        c.marks = grade_values.marks.pointer if grade_values.marks else ffi.NULL
        c.labels = labels_column.pointer if labels_column else ffi.NULL
        return self._bulk(lib.ej_store_grades_create, institution, c, rows, progress)

    def grades(self, institution: uuid.UUID, *, course: Optional[uuid.UUID] = None,
               student: Optional[uuid.UUID] = None, first: Optional[datetime.date] = None,
               last: Optional[datetime.date] = None, column: Optional[str] = None,
               published_only: bool = False) -> list[Grade]:
        """The grades of a course or a student (at least one), by date, then student."""
        query = ffi.new("ej_grade_query *")
        query.version = EJ_GRADE_QUERY_VERSION
        query.column = 0 if column is None else enum_number(COLUMN_KINDS, column, "column")
        query.course = _optional_id(course)
        query.student = _optional_id(student)
        query.first = date_fields(first, "first")
        query.last = date_fields(last, "last")
        query.published_only = 1 if published_only else 0
        return _read_list("grade", Grade, lambda out: lib.ej_store_grades_find(
            out, self._ptr, uuid_to_c(institution), query))

    def create_attendance(self, institution: uuid.UUID, *, students: Any, dates: Any,
                          codes: Any, recorded_by: Any, lessons: Any = None,
                          reasons: Any = None, recorded_at: Any = None, ids: Any = None,
                          progress: Progress = None) -> list[uuid.UUID]:
        """Stores attendance marks given as columns (or single values), all or none; returns
        their ids. A None lesson marks the whole day; `reasons` are names ("illness" …)."""
        rows = _bulk_rows({"students": students, "dates": dates, "codes": codes})
        c = ffi.new("ej_attendance_columns *")
        c.version, c.count = EJ_ATTENDANCE_COLUMNS_VERSION, rows
        codes_column = col.text_column(codes, "codes", rows)
        kept = (col.uuid_column(ids, "ids", rows, optional=True),
                col.uuid_column(students, "students", rows),
                col.date_column(dates, "dates", rows),
                col.uuid_column(lessons, "lessons", rows, optional=True),
                col.int32_column(reasons, "reasons", rows, ABSENCE_REASONS),
                col.uuid_column(recorded_by, "recorded_by", rows),
                col.instant_column(recorded_at, "recorded_at", rows))
        (c.ids, c.students, c.dates, c.lessons, c.reasons, c.recorded_by, c.recorded_at) = kept
        c.codes = codes_column.pointer if codes_column else ffi.NULL
        return self._bulk(lib.ej_store_attendance_create, institution, c, rows, progress)

    def attendance(self, institution: uuid.UUID, *, student: Optional[uuid.UUID] = None,
                   lesson: Optional[uuid.UUID] = None, first: Optional[datetime.date] = None,
                   last: Optional[datetime.date] = None) -> list[AttendanceMark]:
        """The marks of a student or a lesson (at least one), by date, then student."""
        query = ffi.new("ej_attendance_query *")
        query.version = EJ_ATTENDANCE_QUERY_VERSION
        query.student = _optional_id(student)
        query.lesson = _optional_id(lesson)
        query.first = date_fields(first, "first")
        query.last = date_fields(last, "last")
        return _read_list("attendance", AttendanceMark, lambda out: lib.ej_store_attendance_find(
            out, self._ptr, uuid_to_c(institution), query))


def _bulk_rows(given: dict[str, Any]) -> int:
    """The number of rows of a bulk call: the first given column's length."""
    return col.row_count({name: data for name, data in given.items() if data is not None})


def _optional_id(value: Optional[uuid.UUID]) -> Any:
    """An ej_uuid initialiser: nil for None."""
    return {"bytes": [0] * 16} if value is None else {"bytes": list(uuid_to_c(value).bytes)}


def open(uri: str, *, pool_size: int = 4, busy_timeout_ms: int = 5000,
         migrate: bool = True) -> Store:
    """Opens (creating and migrating as needed) the store `uri` names: "memory:",
    "sqlite:PATH", "sqlite::memory:" or "postgresql://…". Use it as a context manager.

    InvalidError for an unknown scheme or bad options; VersionError for a database whose schema
    is newer than this library's; StorageError when the database cannot be opened.
    """
    options = ffi.new("ej_store_options *")
    check(lib.ej_store_options_init(options, EJ_STORE_OPTIONS_VERSION))
    options.pool_size = integer(pool_size, "pool_size")
    options.busy_timeout_ms = integer(busy_timeout_ms, "busy_timeout_ms")
    options.migrate = 1 if migrate else 0
    target = encode_text(uri, "uri")
    return Store._made_by(lambda out: lib.ej_store_open(out, target, options))
