"""Changing stored records against the revision they were read at (optimistic concurrency).

Each method takes a record as a Store handed it out (a Grade, AttendanceMark, Lesson or
Enrolment, whose `revision` says which state was read), changes only the fields given, and returns
the record's new revision. When someone else saved the record after it was read, the method raises
ConflictError and changes nothing: read the record again and redo the change. A record of another
institution, or none, is NotFoundError; a bad value is InvalidError naming it.

>>> import datetime, ejournal
>>> with ejournal.open("memory:") as store:
...     school = store.create_institution(ejournal.Institution(
...         "Ліцей № 1", edrpou="32855961", diso_id="12345",
...         hromada_katottg="UA80000000000093317"))
...     year = store.create_academic_year(school, ejournal.SchoolYear.typical(2024))
...     class_5a = store.create_class(school, ejournal.SchoolClass(year, "5-А"))
...     student = store.create_person(school, ejournal.Person("Їжак", "Іван"))
...     _ = store.enrol(school, class_5a, [student], datetime.date(2024, 9, 2))
...     [read] = store.enrolments(school, class_5a)
...     store.end_enrolment(school, read, datetime.date(2024, 12, 27), "Наказ № 12")
...     try:
...         store.end_enrolment(school, read, datetime.date(2024, 12, 28))
...     except ejournal.ConflictError:
...         print("changed since it was read")
2
changed since it was read
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any, Callable

from ._cdef import (EJ_ATTENDANCE_CHANGE_VERSION, EJ_GRADE_CHANGE_VERSION,
                    EJ_LESSON_CHANGE_VERSION)
from ._lib import check, encode_text, ffi, lib, rational, uuid_to_c
from .store_records import (ABSENCE_REASONS, LESSON_TYPES, PUBLICATIONS, AttendanceMark, CRecord,
                            Enrolment, Grade, Lesson, c_date, date_fields, enum_number)

__all__ = ["StoreUpdates"]


class _Unchanged:
    """The default of every field of a change: the field stays as it is."""

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()


class StoreUpdates:
    """The methods of ejournal.Store that change stored records (a mixin of Store)."""

    _ptr: Any

    def _update(self, function: Callable, institution: uuid.UUID, record: Any, kind: type,
                argument: str, *inputs: Any) -> int:
        """Calls an ej_store_*_update-like `function` for `record` (a `kind` as read) and
        returns the new revision."""
        if not isinstance(record, kind):
            raise TypeError(f"{argument} must be a {kind.__name__} read from the store, not "
                            f"{type(record).__name__}")
        out = ffi.new("int64_t *")
        check(function(out, self._ptr, uuid_to_c(institution), uuid_to_c(record.id),
                       record.revision, *inputs))
        return out[0]

    def update_grade(self, institution: uuid.UUID, grade: Grade, *, value: Any = UNCHANGED,
                     mark: Any = UNCHANGED, publication: Any = UNCHANGED,
                     comment: Any = UNCHANGED) -> int:
        """Changes a grade as read: its `value` (a number, kept exact) or special `mark`
        ("н/а"), either of which replaces the other; its `publication` ("draft" or
        "published"); its `comment` ("" removes it). Returns the new revision.

        ConflictError when the grade changed after it was read; NotFoundError when the
        institution has no such grade; InvalidError for both a value and a mark, an empty or
        overlong mark, or an unknown publication.
        """
        change = CRecord("ej_grade_change")
        c = change.pointer
        c.version = EJ_GRADE_CHANGE_VERSION
        if value is not UNCHANGED:
            exact = rational(value, "value")
            c.value_num, c.value_den = exact.num, exact.den
        if mark is not UNCHANGED:
            c.mark = change.text(mark, "mark")
        if publication is not UNCHANGED:
            c.publication = enum_number(PUBLICATIONS, publication, "publication")
        if comment is not UNCHANGED:
            c.comment = change.text(comment, "comment")
        return self._update(lib.ej_store_grade_update, institution, grade, Grade, "grade", c)

    def update_attendance(self, institution: uuid.UUID, mark: AttendanceMark, *,
                          code: Any = UNCHANGED, reason: Any = UNCHANGED,
                          document_ref: Any = UNCHANGED) -> int:
        """Changes an attendance mark as read: its `code` ("н", "хв" …), its `reason`
        ("illness", "family" …) or its `document_ref` ("" removes it). Returns the new
        revision; ConflictError when the mark changed after it was read."""
        change = CRecord("ej_attendance_change")
        c = change.pointer
        c.version = EJ_ATTENDANCE_CHANGE_VERSION
        if code is not UNCHANGED:
            c.code = change.text(code, "code")
        if reason is not UNCHANGED:
            c.reason = enum_number(ABSENCE_REASONS, reason, "reason")
        if document_ref is not UNCHANGED:
            c.document_ref = change.text(document_ref, "document_ref")
        return self._update(lib.ej_store_attendance_update, institution, mark, AttendanceMark,
                            "mark", c)

    def update_lesson(self, institution: uuid.UUID, lesson: Lesson, *, topic: Any = UNCHANGED,
                      homework: Any = UNCHANGED, homework_due: Any = UNCHANGED,
                      type: Any = UNCHANGED) -> int:
        """Changes a lesson as read: its `topic` or `homework` ("" removes either), the day
        the homework is due (`homework_due`: a date not before the lesson, or None to remove
        it) or its `type` ("regular", "test" …). Returns the new revision; ConflictError when
        the lesson changed after it was read."""
        change = CRecord("ej_lesson_change")
        c = change.pointer
        c.version = EJ_LESSON_CHANGE_VERSION
        if topic is not UNCHANGED:
            c.topic = change.text(topic, "topic")
        if homework is not UNCHANGED:
            c.homework = change.text(homework, "homework")
        if homework_due is not UNCHANGED:
            # The struct only points at the date: `due` keeps it alive until the call returns.
            due = ffi.new("ej_date *", date_fields(homework_due, "homework_due"))
            c.homework_due = due
        if type is not UNCHANGED:
            c.type = enum_number(LESSON_TYPES, type, "type")
        return self._update(lib.ej_store_lesson_update, institution, lesson, Lesson, "lesson", c)

    def end_enrolment(self, institution: uuid.UUID, enrolment: Enrolment,
                      departed: datetime.date, note: str = "") -> int:
        """Ends an enrolment as read: `departed` becomes the student's last day in the class
        (not before the arrival) and `note` the departure note (e.g. the transfer order). An
        enrolment already ended gets the new day and note. Returns the new revision;
        ConflictError when the enrolment changed after it was read."""
        return self._update(lib.ej_store_enrolment_end, institution, enrolment, Enrolment,
                            "enrolment", c_date(departed, "departed"), encode_text(note, "note"))
