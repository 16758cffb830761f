"""The class journal as a teacher keeps it: lessons of the courses they teach, grades per lesson
and in the undated columns (thematic, semester, corrected, annual, state exam, notebook, custom),
special marks ("н", "н/а", "зв." …), pencil drafts and publishing, corrections with reasons, and
comments to a student.

The editing window: an entry is dated by its lesson (lessons, current grades) or by the day it
was set (undated columns). Within `editing_window_days` (default 7) of today in Europe/Kyiv the
course's teacher writes it; older entries, and every change the administrator makes, need the
right to correct journal entries and a `reason`, which the audit trail keeps. Each function
takes `now` (an aware datetime; None: the system clock) and is one unit of work: on any error
nothing is stored. Read the records back with Store.lessons() and Store.grades().

>>> import ejournal
>>> with ejournal.open("memory:") as store:
...     try:
...         ejournal.write_comment(store, ejournal.Principal.anonymous(), uuid.uuid4(),
...                                uuid.uuid4(), "Молодець!")
...     except ejournal.NotFoundError:
...         "no such student"
'no such student'
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from typing import Any, Optional

from ._cdef import (EJ_COMMENT_FORM_VERSION, EJ_GRADE_EDIT_VERSION, EJ_GRADE_FORM_VERSION,
                    EJ_GRADE_WRITTEN_VERSION, EJ_JOURNAL_OPTIONS_VERSION, EJ_LESSON_FORM_VERSION)
from ._lib import check, encode_text, ffi, integer, lib, uuid_from_c, uuid_to_c
from ._services import now_arg, principal_arg, store_arg
from .access import Principal
from .store import Store
from .store_records import (COLUMN_KINDS, LESSON_TYPES, PUBLICATIONS, CRecord, date_fields,
                            enum_number, id_bytes)

__all__ = ["GradeWritten", "LessonWritten", "edit_grade", "edit_lesson", "publish_grade",
           "record_grade", "record_lesson", "remove_lesson", "write_comment"]


@dataclass(frozen=True)
class LessonWritten:
    """A lesson as stored: its id and revision (pass the revision to edit_lesson)."""

    id: uuid.UUID
    revision: int


@dataclass(frozen=True)
class GradeWritten:
    """A grade as stored. `newly_published` is True when the call made it visible to the
    student and parents (a new published grade, or a draft published): what a notification to
    parents announces."""

    id: uuid.UUID
    revision: int
    newly_published: bool


def _options(editing_window_days: int) -> Any:
    return ffi.new("ej_journal_options *", {
        "version": EJ_JOURNAL_OPTIONS_VERSION,
        "editing_window_days": integer(editing_window_days, "editing_window_days")})


def _lesson_form(course: uuid.UUID, date: datetime.date, number: int, topic: str, homework: str,
                 homework_due: Optional[datetime.date], lesson_type: str,
                 reason: Optional[str]) -> CRecord:
    if date is None:
        raise TypeError("date must be a datetime.date, not None")
    form = CRecord("ej_lesson_form")
    c = form.pointer
    c.version = EJ_LESSON_FORM_VERSION
    c.number = integer(number, "number")
    c.course_id.bytes = id_bytes(course, "course")
    c.date.year, c.date.month, c.date.day = date_fields(date, "date")
    c.type = enum_number(LESSON_TYPES, lesson_type, "type")
    c.homework_due.year, c.homework_due.month, c.homework_due.day = date_fields(
        homework_due, "homework_due")
    c.topic = form.text(topic, "topic")
    c.homework = form.text(homework, "homework")
    c.reason = form.text(reason, "reason", optional=True)
    return form


def record_lesson(store: Store, principal: Principal, institution: uuid.UUID,
                  course: uuid.UUID, date: datetime.date, number: int = 1, *, topic: str = "",
                  homework: str = "", homework_due: Optional[datetime.date] = None,
                  type: str = "regular", reason: Optional[str] = None,
                  editing_window_days: int = 7,
                  now: Optional[datetime.datetime] = None) -> LessonWritten:
    """Records a lesson of `course` on `date` (a school day of the course's year), numbered
    `number` in the bell schedule, with its topic and homework due on `homework_due` (after the
    lesson). `type` is "regular", "test", "laboratory", "practical", "thematic", "excursion" or
    "other". InvalidError for a bad field or a missing reason (naming it); PermissionDeniedError
    unless the principal teaches the course (or, past the window, corrects journal entries);
    NotFoundError for an unknown course; ExistsError for a second lesson at the same date and
    number."""
    form = _lesson_form(course, date, number, topic, homework, homework_due, type, reason)
    out_id = ffi.new("ej_uuid *")
    out_revision = ffi.new("int64_t *")
    check(lib.ej_journal_lesson_record(out_id, out_revision, store_arg(store), now_arg(now),
                                       principal_arg(principal), uuid_to_c(institution),
                                       form.pointer, _options(editing_window_days)))
    return LessonWritten(uuid_from_c(out_id[0]), out_revision[0])


def edit_lesson(store: Store, principal: Principal, institution: uuid.UUID, lesson: uuid.UUID,
                revision: int, course: uuid.UUID, date: datetime.date, number: int = 1, *,
                topic: str = "", homework: str = "",
                homework_due: Optional[datetime.date] = None, type: str = "regular",
                reason: Optional[str] = None, editing_window_days: int = 7,
                now: Optional[datetime.datetime] = None) -> int:
    """Replaces the fields of `lesson` (read at `revision`; `course` must be its course) and
    returns its new revision. A lesson with grades or attendance marks keeps its date. Errors as
    record_lesson; NotFoundError for an unknown lesson; ConflictError for a stale revision or a
    move of a lesson with entries."""
    form = _lesson_form(course, date, number, topic, homework, homework_due, type, reason)
    out_revision = ffi.new("int64_t *")
    check(lib.ej_journal_lesson_edit(out_revision, store_arg(store), now_arg(now),
                                     principal_arg(principal), uuid_to_c(institution),
                                     uuid_to_c(lesson), integer(revision, "revision", 64),
                                     form.pointer, _options(editing_window_days)))
    return out_revision[0]


def remove_lesson(store: Store, principal: Principal, institution: uuid.UUID, lesson: uuid.UUID,
                  revision: int, *, reason: Optional[str] = None, editing_window_days: int = 7,
                  now: Optional[datetime.datetime] = None) -> None:
    """Removes `lesson` read at `revision`. ConflictError for a stale revision or a lesson with
    grades, attendance marks or comments; NotFoundError for an unknown lesson; the access and
    window rules of edit_lesson apply."""
    check(lib.ej_journal_lesson_remove(store_arg(store), now_arg(now), principal_arg(principal),
                                       uuid_to_c(institution), uuid_to_c(lesson),
                                       integer(revision, "revision", 64),
                                       encode_text(reason, "reason", optional=True),
                                       _options(editing_window_days)))


def _written(call: Any) -> GradeWritten:
    out = ffi.new("ej_grade_written *", {"version": EJ_GRADE_WRITTEN_VERSION})
    check(call(out))
    return GradeWritten(uuid_from_c(out.id), out.revision, bool(out.newly_published))


def record_grade(store: Store, principal: Principal, institution: uuid.UUID, course: uuid.UUID,
                 student: uuid.UUID, value: str, *, lesson: Optional[uuid.UUID] = None,
                 column: str = "current", label: str = "", comment: str = "",
                 draft: bool = False, reason: Optional[str] = None,
                 editing_window_days: int = 7,
                 now: Optional[datetime.datetime] = None) -> GradeWritten:
    """Records `student`'s grade `value` — a value of the course's scale ("10", "В") or a special
    mark ("н", "н/а", "зв.", "зар.", "не зар.") — at `lesson` (column "current") or in an undated
    column ("thematic", "semester", "corrected", "annual", "state_exam", "notebook", "custom")
    titled `label` ("Тема 2", "I семестр"; required for "custom"). A `draft` is the teacher's
    pencil, seen by no student or parent until published. InvalidError for a value off the
    scale, a mark out of its column, a corrected grade not above the semester grade, a student
    not enrolled on the grade's day, a lesson not yet held; ExistsError when the student has
    that grade; UnsupportedError on a verbal scale; PermissionDeniedError and NotFoundError as
    record_lesson."""
    form = CRecord("ej_grade_form")
    c = form.pointer
    c.version = EJ_GRADE_FORM_VERSION
    c.column = enum_number(COLUMN_KINDS, column, "column")
    c.course_id.bytes = id_bytes(course, "course")
    c.student_id.bytes = id_bytes(student, "student")
    c.lesson_id.bytes = id_bytes(lesson, "lesson")
    c.publication = PUBLICATIONS["draft" if draft else "published"]
    c.label = form.text(label, "label")
    c.value = form.text(value, "value")
    c.comment = form.text(comment, "comment")
    c.reason = form.text(reason, "reason", optional=True)
    return _written(lambda out: lib.ej_journal_grade_record(
        out, store_arg(store), now_arg(now), principal_arg(principal), uuid_to_c(institution),
        c, _options(editing_window_days)))


def edit_grade(store: Store, principal: Principal, institution: uuid.UUID, grade: uuid.UUID,
               revision: int, value: str, *, comment: str = "", reason: Optional[str] = None,
               editing_window_days: int = 7,
               now: Optional[datetime.datetime] = None) -> GradeWritten:
    """Changes `grade` (read at `revision`) to `value` with `comment`. A draft changes freely; a
    published grade only with a `reason` (audited before → after), and a published thematic
    grade never (ConflictError). ConflictError also for a stale revision; errors otherwise as
    record_grade."""
    edit = CRecord("ej_grade_edit")
    c = edit.pointer
    c.version = EJ_GRADE_EDIT_VERSION
    c.grade_id.bytes = id_bytes(grade, "grade")
    c.revision = integer(revision, "revision", 64)
    c.value = edit.text(value, "value")
    c.comment = edit.text(comment, "comment")
    c.reason = edit.text(reason, "reason", optional=True)
    return _written(lambda out: lib.ej_journal_grade_edit(
        out, store_arg(store), now_arg(now), principal_arg(principal), uuid_to_c(institution),
        c, _options(editing_window_days)))


def publish_grade(store: Store, principal: Principal, institution: uuid.UUID, grade: uuid.UUID,
                  revision: int, *, reason: Optional[str] = None, editing_window_days: int = 7,
                  now: Optional[datetime.datetime] = None) -> GradeWritten:
    """Publishes the draft `grade` read at `revision`. ConflictError when it is published
    already or the revision is stale; the access and window rules of edit_grade apply."""
    return _written(lambda out: lib.ej_journal_grade_publish(
        out, store_arg(store), now_arg(now), principal_arg(principal), uuid_to_c(institution),
        uuid_to_c(grade), integer(revision, "revision", 64),
        encode_text(reason, "reason", optional=True), _options(editing_window_days)))


def write_comment(store: Store, principal: Principal, institution: uuid.UUID,
                  student: uuid.UUID, text: str, *, course: Optional[uuid.UUID] = None,
                  lesson: Optional[uuid.UUID] = None,
                  now: Optional[datetime.datetime] = None) -> uuid.UUID:
    """Writes a comment to `student` (shown in the diary) and returns its id: by the teacher of
    `course`, whose student must belong to it, or by the class teacher of the student's class;
    `lesson` is a lesson of `course`. InvalidError for empty, too long or bad text or a
    misplaced lesson; PermissionDeniedError; NotFoundError for an unknown student, course or
    lesson."""
    form = CRecord("ej_comment_form")
    c = form.pointer
    c.version = EJ_COMMENT_FORM_VERSION
    c.student_id.bytes = id_bytes(student, "student")
    c.course_id.bytes = id_bytes(course, "course")
    c.lesson_id.bytes = id_bytes(lesson, "lesson")
    c.text = form.text(text, "text")
    out = ffi.new("ej_uuid *")
    check(lib.ej_journal_comment_write(out, store_arg(store), now_arg(now),
                                       principal_arg(principal), uuid_to_c(institution),
                                       form.pointer))
    return uuid_from_c(out[0])
