"""Reports through the grading engine (ua-school.md §1.2, §1.6, §1.9, §4, §7): a student's
averages and suggested grades per course and term with their basis, the certificate average, and
level distributions of a class, an institution and an oblast.

Every call reads the store at once and computes exactly (Fractions). Only courses on the 12-point
scale are reported. Statistics are aggregates only — counts, level distributions, means — never a
list or ranking of named students (§7), and count published grades only. Terms count from 0.

The levels of the 12-point scale (§1.2): "initial" 1–3, "average" 4–6, "sufficient" 7–9,
"high" 10–12.

>>> level_of(9)
'sufficient'
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, NamedTuple, Optional

from ._cdef import EJ_LEVEL_STATISTICS_INFO_VERSION, EJ_TERM_REPORT_INFO_VERSION
from ._lib import (check, choice, decode_text, encode_text, enum_values, ffi, integer, lib, owned,
                   to_fraction, uuid_from_c, uuid_to_c)
from ._services import principal_arg, store_arg
from .access import Principal
from .frames import to_dataframe
from .store import Store
from .store_records import name_of, optional_uuid
from .ua import CertificateAverage, Suggestion, read_certificate_result, read_suggestion, \
    ua_options

__all__ = ["CertificateReport", "Distribution", "LevelShare", "LevelStatistics",
           "SubjectDistribution", "TermReport", "certificate_report", "class_statistics",
           "institution_statistics", "level_of", "oblast_statistics", "student_term_report"]

LEVELS = enum_values("ej_achievement_level", "EJ_LEVEL_")
COLUMNS = enum_values("ej_report_column", "EJ_REPORT_")


class LevelShare(NamedTuple):
    """The grades of one level and their exact share (percent) of the graded ones."""

    level: str
    count: int
    percent: Fraction


@dataclass(frozen=True)
class Distribution:
    """How a set of 12-point grades spreads over the four levels (initial, average, sufficient,
    high); `marked` counts special marks (н/а, зв., …), in no level; `mean` is exact, None when
    nothing is graded."""

    levels: list[LevelShare]
    graded: int
    marked: int
    mean: Optional[Fraction]

    def to_dataframe(self) -> Any:
        """The four levels as a pandas DataFrame (ejournal.to_dataframe)."""
        return to_dataframe(self.levels)


@dataclass(frozen=True)
class SubjectDistribution:
    """A subject's distribution; `subject` is None in oblast statistics (matched by name)."""

    subject: Optional[uuid.UUID]
    name: str
    distribution: Distribution


@dataclass(frozen=True)
class TermReport:
    """A student's results in one course and term: the exact average of the term's current and
    notebook grades that count, and the suggested thematic (the open topic), semester and annual
    grades with their basis. `drafts_included` is False for readers who see published grades
    only (the student, their parents)."""

    course: uuid.UUID
    subject: uuid.UUID
    subject_name: str
    term: int
    term_name: str
    drafts_included: bool
    current_counted: int
    current_average: Optional[Fraction]
    thematic: Suggestion
    semester: Suggestion
    annual: Suggestion


@dataclass(frozen=True)
class CertificateReport:
    """A student's certificate average (§4; basis labels are the subjects' names) and the course
    each basis entry came from."""

    average: CertificateAverage
    courses: list[uuid.UUID]


@dataclass(frozen=True)
class LevelStatistics:
    """Level statistics of a class, an institution or an oblast. Fields that do not apply are 0
    or "": `classes` is an institution's, `oblast_*`, `institutions` (active ones) and
    `reporting` (those with the year and term) an oblast's."""

    term_name: str
    oblast_katottg: str
    oblast_name: str
    institutions: int
    reporting: int
    classes: int
    students: int
    subjects: list[SubjectDistribution]
    overall: Distribution


def level_of(grade: int) -> str:
    """The level of a 12-point grade; InvalidError outside 1 … 12."""
    out = ffi.new("int32_t *")
    check(lib.ej_report_level_of(out, integer(grade, "grade")))
    return name_of(LEVELS, out[0])


def _distribution(value: Any) -> Distribution:
    levels = [LevelShare(name_of(LEVELS, i + 1), value.counts[i], to_fraction(value.percents[i]))
              for i in range(4)]
    return Distribution(levels, value.graded, value.marked,
                        to_fraction(value.mean) if value.has_mean else None)


def _term(term: int) -> int:
    return integer(term, "term")


def student_term_report(store: Store, principal: Principal, institution: uuid.UUID,
                        student: uuid.UUID, course: uuid.UUID, term: int, *,
                        rounding: str = "half_up",
                        falls_back_to_current: bool = True) -> TermReport:
    """The results of `student` in `course` for the `term`-th term of its year. The course's
    journal readers see drafts; the student and their parents published grades only.

    NotFoundError for a course or student of another institution or a student who does not take
    the course; RangeError for a term the year lacks; UnsupportedError for a course not on the
    12-point scale; PermissionDeniedError."""
    options = ua_options(rounding, falls_back_to_current)
    ids = [uuid_to_c(institution), uuid_to_c(student), uuid_to_c(course)]
    report = owned("ej_term_report", lib.ej_term_report_free,
                   lambda out: lib.ej_report_student_term(out, store_arg(store),
                                                          principal_arg(principal), *ids,
                                                          _term(term), options))
    try:
        info = ffi.new("ej_term_report_info *", {"version": EJ_TERM_REPORT_INFO_VERSION})
        check(lib.ej_term_report_info_get(info, report))
        suggestion = ffi.new("const ej_suggestion **")
        suggestions = []
        for which in (lib.EJ_SUGGEST_THEMATIC, lib.EJ_SUGGEST_SEMESTER, lib.EJ_SUGGEST_ANNUAL):
            check(lib.ej_term_report_suggestion(suggestion, report, which))
            suggestions.append(read_suggestion(suggestion[0]))
        return TermReport(uuid_from_c(info.course), uuid_from_c(info.subject),
                          decode_text(info.subject_name), info.term, decode_text(info.term_name),
                          bool(info.drafts_included), info.current_counted,
                          to_fraction(info.current_average) if info.has_current_average
                          else None, *suggestions)
    finally:
        ffi.release(report)


def certificate_report(store: Store, principal: Principal, institution: uuid.UUID,
                       student: uuid.UUID, year: uuid.UUID, *,
                       rounding: str = "half_up") -> CertificateReport:
    """The certificate average of `student` over the annual and ДПА grades of their 12-point
    courses in the academic year `year` (зв. and зар. left out, tenths half-up, 100–200 score).

    NotFoundError for a student or year of another institution or no enrolment in the year;
    EmptyError when no grade counts; PermissionDeniedError."""
    options = ua_options(rounding)
    ids = [uuid_to_c(institution), uuid_to_c(student), uuid_to_c(year)]
    report = owned("ej_certificate_report", lib.ej_certificate_report_free,
                   lambda out: lib.ej_report_certificate(out, store_arg(store),
                                                         principal_arg(principal), *ids, options))
    try:
        result = ffi.new("const ej_certificate_result **")
        check(lib.ej_certificate_report_result(result, report))
        average = read_certificate_result(result[0])
        course = ffi.new("ej_uuid *")
        courses = []
        for index in range(len(average.basis)):
            check(lib.ej_certificate_report_course(course, report, index))
            courses.append(uuid_from_c(course))
        return CertificateReport(average, courses)
    finally:
        ffi.release(report)


def _statistics(make: Any) -> LevelStatistics:
    statistics = owned("ej_level_statistics", lib.ej_level_statistics_free, make)
    try:
        info = ffi.new("ej_level_statistics_info *",
                       {"version": EJ_LEVEL_STATISTICS_INFO_VERSION})
        check(lib.ej_level_statistics_info_get(info, statistics))
        count = ffi.new("int64_t *")
        check(lib.ej_level_statistics_subject_count(count, statistics))
        row = ffi.new("const ej_subject_distribution **")
        subjects = []
        for index in range(count[0]):
            check(lib.ej_level_statistics_subject_get(row, statistics, index))
            subjects.append(SubjectDistribution(optional_uuid(row[0].subject),
                                                decode_text(row[0].name),
                                                _distribution(row[0].distribution)))
        return LevelStatistics(decode_text(info.term_name), decode_text(info.oblast_katottg),
                               decode_text(info.oblast_name), info.institutions, info.reporting,
                               info.classes, info.students, subjects,
                               _distribution(info.overall))
    finally:
        ffi.release(statistics)


def class_statistics(store: Store, principal: Principal, institution: uuid.UUID,
                     school_class: uuid.UUID, term: int,
                     column: str = "current") -> LevelStatistics:
    """The class's published grades of `column` ("current", "thematic", "semester" — a
    correction replacing its grade — or "annual") in the `term`-th term, by level and subject.
    The administration and the class teacher may read it."""
    ids = [uuid_to_c(institution), uuid_to_c(school_class)]
    counted = choice(COLUMNS, column, "column")
    return _statistics(lambda out: lib.ej_report_class_statistics(
        out, store_arg(store), principal_arg(principal), *ids, _term(term), counted))


def institution_statistics(store: Store, principal: Principal, institution: uuid.UUID,
                           year: uuid.UUID, term: int,
                           column: str = "current") -> LevelStatistics:
    """The institution's published grades of `column` in the `term`-th term of `year`, by level
    and subject. The administration may read it."""
    ids = [uuid_to_c(institution), uuid_to_c(year)]
    counted = choice(COLUMNS, column, "column")
    return _statistics(lambda out: lib.ej_report_institution_statistics(
        out, store_arg(store), principal_arg(principal), *ids, _term(term), counted))


def oblast_statistics(store: Store, principal: Principal, oblast: str, year_name: str,
                      term: int, column: str = "current") -> LevelStatistics:
    """The published grades of `column` in the `term`-th term of the academic year named
    `year_name` ("2024/2025") in every active institution of the oblast with the two-digit
    КАТОТТГ code `oblast` ("59"); subjects matched by name. Institute operators may read it."""
    oblast_text = encode_text(oblast, "oblast")
    year_text = encode_text(year_name, "year_name")
    counted = choice(COLUMNS, column, "column")
    return _statistics(lambda out: lib.ej_report_oblast_statistics(
        out, store_arg(store), principal_arg(principal), oblast_text, year_text, _term(term),
        counted))
