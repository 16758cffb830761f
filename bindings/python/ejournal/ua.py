"""The Ukrainian derivation rules (ua-school.md §1.6, §1.9, §4): suggested thematic, semester and
annual grades, the certificate average with its 100–200 score, and the semester suggestion for
many pupils at once.

Derived grades are suggestions — the teacher sets the real grade — so each comes with its basis:
which grades counted, which did not and why, the rule applied and the exact mean.

Grades are ints 1 … 12, special marks ("н", "н/а", "зв.", …), None for an empty cell, or Items
when a grade should carry a label (their range and weight are not read).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, Iterable, Optional, Union

from ._buffers import bulk_columns, optional_mask_column
from ._cdef import EJ_UA_OPTIONS_VERSION
from ._lib import (ROUNDING, Number, OpenEnum, check, choice, decode_text, double, encode_text,
                   enum_values, ffi, integer, is_number, lib, owned, to_decimal, to_fraction)
from .aggregate import Grade, GradeSet, Item
from .bulk import BulkResult, read_bulk_result
from .marks import Marks, marks_pointer

__all__ = ["BasisEntry", "BasisUse", "CertificateAverage", "CertificateEntry", "Suggestion",
           "bulk_suggest_semester", "certificate_average", "certificate_score",
           "suggest_annual", "suggest_semester", "suggest_thematic"]


class BasisUse(OpenEnum):
    """Why a grade of a basis did or did not count (ej_basis_use)."""

    COUNTED = 1
    MARK_EXCLUDED = 2           #: a special mark that does not count (н, зв., …)
    EMPTY = 3                   #: no grade recorded
    REPLACED_BY_CORRECTED = 4   #: a semester grade superseded by its corrected grade
    EXCLUDED_BY_KIND = 5        #: an optional course (факультатив) of a certificate: never counts


@dataclass(frozen=True)
class BasisEntry:
    """One grade a suggestion or certificate average rests on.

    index: its position in the input it came from; source: "current", "thematic", "semester",
    "corrected", "subject", "state_exam" or "optional_course"; mark: the special mark, or None;
    value: the 12-point value that counted, or None.
    """

    index: int
    source: str
    label: str
    mark: Optional[str]
    value: Optional[Fraction]
    use: BasisUse


@dataclass(frozen=True)
class Suggestion:
    """A suggested grade: `grade` 1 … 12, or None when the suggestion is a `mark` such as
    "н/а"; the stable id of the rule applied ("ua.semester.mean_of_thematic", …); the exact
    mean of the counted grades (None when none counted) and the basis.
    """

    grade: Optional[int]
    mark: Optional[str]
    rule: str
    mean: Optional[Fraction]
    basis: list[BasisEntry]


@dataclass(frozen=True)
class CertificateEntry:
    """An entry of a certificate supplement: a grade (or a mark such as "зв."), its kind —
    "subject", "state_exam" (ДПА) or "optional_course" (never counts) — and whether it is an old
    5-point grade (3 → 6, 4 → 9, 5 → 12).
    """

    grade: Union[Number, str]
    kind: str = "subject"
    five_point: bool = False
    label: Optional[str] = None


@dataclass(frozen=True)
class CertificateAverage:
    """The certificate average: to tenths half-up (`average`), exact, its 100–200 `score`, and
    the basis."""

    average: Decimal
    exact: Fraction
    score: int
    basis: list[BasisEntry]


CERTIFICATE_KINDS = enum_values("ej_certificate_kind", "EJ_CERT_")


def _grade_set(grades: Iterable[Union[Item, Grade]], argument: str) -> GradeSet:
    return GradeSet(grades, default_range=(1, 12), argument=argument)


def ua_options(rounding: str, falls_back_to_current: bool = True) -> Any:
    """A new `ej_ua_options *`: the rounding mode by name and the NUSh 5–9 semester fallback."""
    options = ffi.new("ej_ua_options *")
    check(lib.ej_ua_options_init(options, EJ_UA_OPTIONS_VERSION))
    options.rounding_mode = choice(ROUNDING, rounding, "rounding")
    options.semester_falls_back_to_current = 1 if falls_back_to_current else 0
    return options


def _read_basis(basis: Any) -> list[BasisEntry]:
    count = ffi.new("int32_t *")
    check(lib.ej_basis_count(count, basis))
    index, use, has_value = ffi.new("int32_t *"), ffi.new("int32_t *"), ffi.new("int32_t *")
    source, label, mark = (ffi.new("const char **") for _ in range(3))
    value = ffi.new("ej_rational *")
    entries = []
    for position in range(count[0]):
        check(lib.ej_basis_get(index, source, label, mark, value, has_value, use, basis,
                               position))
        entries.append(BasisEntry(index[0], decode_text(source[0]), decode_text(label[0]),
                                  decode_text(mark[0]) or None,
                                  to_fraction(value) if has_value[0] else None,
                                  BasisUse(use[0])))
    return entries


def read_suggestion(suggestion: Any) -> Suggestion:
    """The Suggestion an `ej_suggestion *` holds (also one borrowed from a report)."""
    grade, mark = ffi.new("int32_t *"), ffi.new("const char **")
    check(lib.ej_suggestion_grade(grade, mark, suggestion))
    rule, mean, has_mean = ffi.new("const char **"), ffi.new("ej_rational *"), \
        ffi.new("int32_t *")
    check(lib.ej_suggestion_detail(rule, mean, has_mean, suggestion))
    basis = ffi.new("const ej_basis **")
    check(lib.ej_suggestion_basis(basis, suggestion))
    return Suggestion(grade[0] or None, decode_text(mark[0]) or None, decode_text(rule[0]),
                      to_fraction(mean) if has_mean[0] else None, _read_basis(basis[0]))


def _suggestion(make) -> Suggestion:
    suggestion = owned("ej_suggestion", lib.ej_suggestion_free, make)
    try:
        return read_suggestion(suggestion)
    finally:
        ffi.release(suggestion)


def suggest_thematic(grades: Iterable[Union[Item, Grade]], *, rounding: str = "half_up",
                     marks: Optional[Marks] = None) -> Suggestion:
    """The suggested thematic grade from the current grades of a topic: their mean rounded to a
    whole grade (half-up by default); "н/а" when no grade counts.

    InvalidError for a value that is not an integer 1 … 12 or an unknown mark.

    >>> suggest_thematic([10, 11, "н", 12]).grade
    11
    """
    current = _grade_set(grades, "grades")
    return _suggestion(lambda out: lib.ej_ua_suggest_thematic(
        out, current._ptr, marks_pointer(marks), ua_options(rounding)))


def suggest_semester(thematic: Iterable[Union[Item, Grade]],
                     current: Optional[Iterable[Union[Item, Grade]]] = None, *,
                     falls_back_to_current: bool = True, rounding: str = "half_up",
                     marks: Optional[Marks] = None) -> Suggestion:
    """The suggested semester grade from thematic grades; with none of them (and the NUSh 5–9
    fallback on) from the `current` grades."""
    thematic_set = _grade_set(thematic, "thematic")
    current_set = None if current is None else _grade_set(current, "current")
    return _suggestion(lambda out: lib.ej_ua_suggest_semester(
        out, thematic_set._ptr, ffi.NULL if current_set is None else current_set._ptr,
        marks_pointer(marks), ua_options(rounding, falls_back_to_current)))


def suggest_annual(semesters: Iterable[Union[Item, Grade]],
                   corrected: Optional[Iterable[Union[Item, Grade]]] = None, *,
                   rounding: str = "half_up", marks: Optional[Marks] = None) -> Suggestion:
    """The suggested annual grade from the semester grades, each replaced by its corrected grade
    when one is recorded. `corrected` is None or parallel to `semesters` (None = no correction).

    InvalidError when a corrected grade is below its semester grade (correction only raises) or
    the lengths differ.
    """
    semester_set = _grade_set(semesters, "semesters")
    corrected_set = None if corrected is None else _grade_set(corrected, "corrected")
    return _suggestion(lambda out: lib.ej_ua_suggest_annual(
        out, semester_set._ptr, ffi.NULL if corrected_set is None else corrected_set._ptr,
        marks_pointer(marks), ua_options(rounding)))


def _add_entry(certificate: Any, entry: Union[CertificateEntry, Number, str], index: int) -> None:
    if not isinstance(entry, CertificateEntry):
        if not (isinstance(entry, str) or is_number(entry)):
            raise TypeError(f"entries[{index}] must be a CertificateEntry, a number or a mark, "
                            f"not {type(entry).__name__}")
        entry = CertificateEntry(entry)
    argument = f"entries[{index}]"
    # Unlike grade sets, certificates take no NULL label: "" stands for none.
    label = encode_text("" if entry.label is None else entry.label, f"{argument}.label")
    kind = choice(CERTIFICATE_KINDS, entry.kind, f"{argument}.kind")
    if isinstance(entry.grade, str):
        check(lib.ej_certificate_add_mark(certificate, label,
                                          encode_text(entry.grade, f"{argument}.grade"), kind))
    else:
        flags = lib.EJ_CERT_FIVE_POINT if entry.five_point else 0
        check(lib.ej_certificate_add(certificate, label, double(entry.grade, f"{argument}.grade"),
                                     kind, flags))


def certificate_average(entries: Iterable[Union[CertificateEntry, Number, str]], *,
                        marks: Optional[Marks] = None) -> CertificateAverage:
    """The certificate average (ua-school.md §4): the mean of the subject and ДПА grades with
    зв., зар. and optional courses left out, rounded to tenths half-up, and its 100–200 score.
    Bare numbers and marks are subject entries.

    InvalidError for a grade outside 1 … 12 (3 … 5 for a 5-point entry) or an unknown mark;
    EmptyError when no grade counts.

    >>> certificate_average([10] * 13 + [9] * 7).average
    Decimal('9.7')
    """
    marks_ptr = marks_pointer(marks)
    certificate = owned("ej_certificate", lib.ej_certificate_free, lib.ej_certificate_new)
    try:
        for index, entry in enumerate(entries):
            _add_entry(certificate, entry, index)
        result = owned("ej_certificate_result", lib.ej_certificate_result_free,
                       lambda out: lib.ej_ua_certificate_average(out, certificate, marks_ptr))
    finally:
        ffi.release(certificate)
    try:
        return read_certificate_result(result)
    finally:
        ffi.release(result)


def read_certificate_result(result: Any) -> CertificateAverage:
    """The CertificateAverage an `ej_certificate_result *` holds (also one borrowed from a
    report)."""
    average, exact_mean, score = ffi.new("ej_decimal *"), ffi.new("ej_rational *"), \
        ffi.new("int32_t *")
    check(lib.ej_certificate_result_average(average, exact_mean, score, result))
    basis = ffi.new("const ej_basis **")
    check(lib.ej_certificate_result_basis(basis, result))
    return CertificateAverage(to_decimal(average), to_fraction(exact_mean), score[0],
                              _read_basis(basis[0]))


def certificate_score(tenths: int) -> int:
    """The 100–200 score of an average given in tenths, 10 … 120: 100 up to 2.0, then one point
    per tenth (97 → 177). RangeError outside 10 … 120."""
    out = ffi.new("int32_t *")
    check(lib.ej_ua_certificate_score(out, integer(tenths, "tenths")))
    return out[0]


def bulk_suggest_semester(groups: Any, values: Any, skip: Any = None,
                          rounding: str = "half_up") -> BulkResult:
    """The semester suggestion for many pupils at once: per group (pupil), the mean of the
    12-point grades rounded to a whole grade (the `rounded` column, 0 decimals).

    groups, values: buffers of one length, both int64 or both int32 (read in place; lists are
    copied as int64); skip: None or a uint8/bool buffer whose non-zero entries leave rows out
    (special marks). InvalidError for a value outside 1 … 12, a buffer of the wrong type or
    shape, or columns of mixed widths; EmptyError for no rows.
    """
    ctype, (group_column, value_column, _), rows = bulk_columns(groups, values)
    skip_column = optional_mask_column(skip, "skip", rows)
    mode = choice(ROUNDING, rounding, "rounding")
    suggest = (lib.ej_ua_bulk_suggest_semester_i32 if ctype == "int32_t"
               else lib.ej_ua_bulk_suggest_semester)
    return read_bulk_result(lambda out: suggest(
        out, group_column, value_column, skip_column, rows, mode))
