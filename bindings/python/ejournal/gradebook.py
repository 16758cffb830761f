"""The gradebook (grading-and-interop.md §1, §2; ua-school.md §1.6): a tree of categories and
items with each student's grades, computed under a named policy — Moodle's aggregation, Canvas's
grade calculation or the Ukrainian rules — into a result that says, for every node, what it is
worth and why it did or did not count. Letter schemes turn a percentage into a letter and back.

The course is described with plain dataclasses (Gradebook, Category, Item, GradingPeriod);
grades are Grade objects, bare numbers or None (not graded), either parallel to the items or
keyed by item id. Exact values come back as Fractions, the displayed percentage as a Decimal.

>>> book = Gradebook([Category("course", aggregation="mean")],
...                  [Item("A1", "course", max=100), Item("A2", "course", max=80),
...                   Item("A3", "course", max=10)])
>>> compute(book, [70, 20, 10]).total
Fraction(65, 1)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any, Optional, Union

from ._cdef import (EJ_CATEGORY_OPTIONS_VERSION, EJ_GRADEBOOK_POLICY_OPTIONS_VERSION,
                    EJ_ITEM_OPTIONS_VERSION)
from ._lib import (ROUNDING, Handle, InvalidError, Number, OpenEnum, TextArray, check, choice,
                   decode_text, double, encode_text, enum_values, ffi, integer, lib, owned,
                   rational, to_decimal, to_fraction)

__all__ = ["Category", "Gradebook", "GradebookResult", "Grade", "GradingPeriod", "Item",
           "LetterScheme", "NodeResult", "Outcome", "PeriodResult", "canvas_letter",
           "canvas_letter_score", "compute", "compute_class", "moodle_letter"]

AGGREGATIONS = enum_values("ej_gradebook_aggregation", "EJ_AGGREGATION_")
POLICIES = enum_values("ej_gradebook_policy", "EJ_GRADEBOOK_POLICY_")


# ------------------------------------------------------------------------------- the course

@dataclass(frozen=True)
class Category:
    """A category: the course (root) when `parent` is "", else a child of the category `parent`.

    aggregation: how it combines its children under Moodle — "natural" (the default), "mean",
        "weighted_mean", "simple_weighted_mean", "mean_with_extra_credits", "median", "lowest",
        "highest" or "mode"; Canvas and the Ukrainian rules ignore it.
    exclude_empty: Moodle "Exclude empty grades". drop_lowest, keep_highest: Moodle and Canvas
        drop rules; drop_highest: Canvas. min, max: the total's range (Moodle, non-natural).
    weight: its weight in the parent (None: not set) — a Moodle coefficient, a Moodle natural
        weight as a fraction when weight_overridden, a Canvas group weight in percent.
    extra_credit, hidden: Moodle.
    """

    id: str
    parent: str = ""
    name: str = ""
    aggregation: str = "natural"
    exclude_empty: bool = True
    drop_lowest: int = 0
    keep_highest: int = 0
    drop_highest: int = 0
    min: Number = 0
    max: Number = 100
    weight: Optional[Number] = None
    weight_overridden: bool = False
    extra_credit: bool = False
    hidden: bool = False


@dataclass(frozen=True)
class Item:
    """A graded item of the category `category`.

    order: a stable tie-break order (Canvas: the assignment id). min, max: its range (Canvas:
    max is the points possible). weight: as Category.weight. extra_credit: Moodle. hidden:
    Moodle hidden item, Canvas not visible to the student. never_drop, omitted (left out of the
    grade) and period (a grading period's id, None for none): Canvas.
    """

    id: str
    category: str
    name: str = ""
    order: int = 0
    min: Number = 0
    max: Number = 100
    weight: Optional[Number] = None
    weight_overridden: bool = False
    extra_credit: bool = False
    hidden: bool = False
    never_drop: bool = False
    omitted: bool = False
    period: Optional[str] = None


@dataclass(frozen=True)
class Grade:
    """One student's grade for one item: a score (None: not graded) and its flags — excluded
    (Moodle), excused, pending_review and hidden (Canvas)."""

    score: Optional[Number] = None
    excluded: bool = False
    excused: bool = False
    pending_review: bool = False
    hidden: bool = False


@dataclass(frozen=True)
class GradingPeriod:
    """A Canvas grading period with its weight in percent (read when the periods are
    weighted)."""

    id: str
    weight: Number = 0


@dataclass
class Gradebook:
    """The course: its categories (exactly one with parent ""), its items and (Canvas) its
    weighting scheme and grading periods."""

    categories: list[Category] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    weighted_groups: bool = False
    periods: list[GradingPeriod] = field(default_factory=list)
    weighted_periods: bool = False


#: A grade as given: a Grade, a bare score, or None for an ungraded item.
GradeLike = Union[Grade, Number, None]
#: One student's grades: parallel to the items, or keyed by item id (missing ids: ungraded).
StudentGrades = Union[Sequence[GradeLike], Mapping[str, GradeLike]]


def _flag(value: object, argument: str) -> int:
    if not isinstance(value, bool):
        raise TypeError(f"{argument} must be a bool, not {type(value).__name__}")
    return 1 if value else 0


def _set_weight(options: Any, weight: Optional[Number], argument: str) -> None:
    options.has_weight = 0 if weight is None else 1
    options.weight = 0.0 if weight is None else double(weight, argument)


def _add_category(book: Any, category: Category, argument: str) -> None:
    if not isinstance(category, Category):
        raise TypeError(f"{argument} must be a Category, not {type(category).__name__}")
    options = ffi.new("ej_category_options *")
    check(lib.ej_category_options_init(options, EJ_CATEGORY_OPTIONS_VERSION))
    options.aggregation = choice(AGGREGATIONS, category.aggregation, f"{argument}.aggregation")
    options.exclude_empty = _flag(category.exclude_empty, f"{argument}.exclude_empty")
    options.drop_lowest = integer(category.drop_lowest, f"{argument}.drop_lowest")
    options.keep_highest = integer(category.keep_highest, f"{argument}.keep_highest")
    options.drop_highest = integer(category.drop_highest, f"{argument}.drop_highest")
    options.min = double(category.min, f"{argument}.min")
    options.max = double(category.max, f"{argument}.max")
    _set_weight(options, category.weight, f"{argument}.weight")
    options.weight_overridden = _flag(category.weight_overridden, f"{argument}.weight_overridden")
    options.extra_credit = _flag(category.extra_credit, f"{argument}.extra_credit")
    options.hidden = _flag(category.hidden, f"{argument}.hidden")
    check(lib.ej_gradebook_add_category(book, encode_text(category.id, f"{argument}.id"),
                                        encode_text(category.parent, f"{argument}.parent"),
                                        encode_text(category.name, f"{argument}.name"), options))


def _add_item(book: Any, item: Item, argument: str) -> None:
    if not isinstance(item, Item):
        raise TypeError(f"{argument} must be an Item, not {type(item).__name__}")
    options = ffi.new("ej_item_options *")
    check(lib.ej_item_options_init(options, EJ_ITEM_OPTIONS_VERSION))
    options.order = integer(item.order, f"{argument}.order", 64)
    options.min = double(item.min, f"{argument}.min")
    options.max = double(item.max, f"{argument}.max")
    _set_weight(options, item.weight, f"{argument}.weight")
    options.weight_overridden = _flag(item.weight_overridden, f"{argument}.weight_overridden")
    options.extra_credit = _flag(item.extra_credit, f"{argument}.extra_credit")
    options.hidden = _flag(item.hidden, f"{argument}.hidden")
    options.never_drop = _flag(item.never_drop, f"{argument}.never_drop")
    options.omitted = _flag(item.omitted, f"{argument}.omitted")
    check(lib.ej_gradebook_add_item(
        book, encode_text(item.id, f"{argument}.id"),
        encode_text(item.category, f"{argument}.category"),
        encode_text(item.name, f"{argument}.name"),
        encode_text(item.period, f"{argument}.period", optional=True), options))


class _Book(Handle):
    """A Gradebook in C memory, built once per compute() call."""

    _CTYPE = "ej_gradebook"
    _FREE = "ej_gradebook_free"

    def __init__(self, book: Gradebook) -> None:
        if not isinstance(book, Gradebook):
            raise TypeError(f"book must be a Gradebook, not {type(book).__name__}")
        self._adopt(lib.ej_gradebook_new)
        self.item_count = len(book.items)
        for index, category in enumerate(book.categories):
            _add_category(self._ptr, category, f"book.categories[{index}]")
        for index, item in enumerate(book.items):
            _add_item(self._ptr, item, f"book.items[{index}]")
        for index, period in enumerate(book.periods):
            if not isinstance(period, GradingPeriod):
                raise TypeError(f"book.periods[{index}] must be a GradingPeriod, "
                                f"not {type(period).__name__}")
            check(lib.ej_gradebook_add_period(
                self._ptr, encode_text(period.id, f"book.periods[{index}].id"),
                double(period.weight, f"book.periods[{index}].weight")))
        check(lib.ej_gradebook_set_weighted_groups(
            self._ptr, _flag(book.weighted_groups, "book.weighted_groups")))
        check(lib.ej_gradebook_set_weighted_periods(
            self._ptr, _flag(book.weighted_periods, "book.weighted_periods")))

    def item_index(self, item_id: str, argument: str) -> int:
        """The index of the item `item_id` (NotFoundError when there is none)."""
        out = ffi.new("int32_t *")
        check(lib.ej_gradebook_item_index(out, self._ptr, encode_text(item_id, argument)))
        return out[0]


class _Grades(Handle):
    """A students × items grades table in C memory."""

    _CTYPE = "ej_gradebook_grades"
    _FREE = "ej_gradebook_grades_free"

    def __init__(self, book: _Book, students: Sequence[StudentGrades], argument: str) -> None:
        self._adopt(lambda out: lib.ej_gradebook_grades_new(out, book._ptr,
                                                            integer(len(students), argument)))
        for student, grades in enumerate(students):
            self._fill(book, student, grades, f"{argument}[{student}]")

    def _fill(self, book: _Book, student: int, grades: StudentGrades, argument: str) -> None:
        if isinstance(grades, Mapping):
            cells = [(book.item_index(item_id, f"{argument} key {item_id!r}"), grade,
                      f"{argument}[{item_id!r}]") for item_id, grade in grades.items()]
        elif isinstance(grades, (str, bytes)) or not isinstance(grades, Iterable):
            raise TypeError(f"{argument} must be a sequence of grades or a mapping of item ids "
                            f"to grades, not {type(grades).__name__}")
        else:
            listed = list(grades)
            if len(listed) != book.item_count:
                raise InvalidError(f"{argument} has {len(listed)} grades, but the gradebook has "
                                   f"{book.item_count} items")
            cells = [(item, grade, f"{argument}[{item}]") for item, grade in enumerate(listed)]
        for item, grade, name in cells:
            self._set(student, item, grade, name)

    def _set(self, student: int, item: int, grade: GradeLike, argument: str) -> None:
        if not isinstance(grade, Grade):
            grade = Grade(grade)
        if grade.score is not None:
            check(lib.ej_gradebook_grades_set_score(self._ptr, student, item,
                                                    double(grade.score, argument)))
        flags = ((lib.EJ_GRADEBOOK_GRADE_EXCLUDED if grade.excluded else 0)
                 | (lib.EJ_GRADEBOOK_GRADE_EXCUSED if grade.excused else 0)
                 | (lib.EJ_GRADEBOOK_GRADE_PENDING_REVIEW if grade.pending_review else 0)
                 | (lib.EJ_GRADEBOOK_GRADE_HIDDEN if grade.hidden else 0))
        if flags:
            check(lib.ej_gradebook_grades_set_flags(self._ptr, student, item, flags))


# ---------------------------------------------------------------------------------- results

class Outcome(OpenEnum):
    """Why a node did or did not count for the student (ej_gradebook_outcome)."""

    COUNTED = 1
    EMPTY_EXCLUDED = 2   #: no grade, and empty grades are left out (or ungraded)
    EMPTY_AS_ZERO = 3    #: no grade, counted at its minimum (Moodle) or as 0 (Canvas final)
    EXCLUDED = 4         #: Moodle excluded grade
    EXCUSED = 5          #: Canvas excused
    DROPPED = 6          #: removed by drop lowest / keep highest / drop highest
    HIDDEN = 7           #: hidden, and the policy leaves hidden items out
    OMITTED = 8          #: Canvas omitted item
    PENDING_REVIEW = 9   #: Canvas pending review, in the current grade
    EXTRA_CREDIT = 10    #: counted as extra credit
    ZERO_WEIGHT = 11     #: weight 0, or an automatic weight squeezed to 0
    OUTSIDE_PERIODS = 12  #: Canvas weighted periods: the item lies in no period


@dataclass(frozen=True)
class NodeResult:
    """A category or item of one student's result.

    outcome and reason: how it took part (reason is "" when it counted). value: its grade as
    used — a category's total, an item's score — or None. range: the range the value lies in.
    weight: Moodle's calculated weight, its share of its parent (None: not applicable).
    contribution: Moodle, its share of the course range; Canvas, the points it adds to its group.
    """

    id: str
    is_category: bool
    outcome: Outcome
    reason: str
    value: Optional[Fraction]
    range: tuple[Fraction, Fraction]
    weight: Optional[Fraction]
    contribution: Optional[Fraction]


@dataclass(frozen=True)
class PeriodResult:
    """A Canvas grading period's grade in percent (None: none), and its score and points
    possible."""

    id: str
    percent: Optional[Fraction]
    score: Fraction
    possible: Fraction


@dataclass(frozen=True)
class GradebookResult:
    """One student's computed gradebook.

    total: the course total, exact (None: no grade, e.g. Canvas with nothing graded); range: the
    range it lies in; percent: the total in percent of its range, exact, and percent_2dp that
    rounded to 2 decimals half-up (None when there is none); mark: the Ukrainian policy's mark
    when no grade is suggested ("н/а"), else None; nodes: every category, then every item, in
    the order of the book; periods: Canvas grading periods.
    """

    total: Optional[Fraction]
    range: tuple[Fraction, Fraction]
    percent: Optional[Fraction]
    percent_2dp: Optional[Decimal]
    mark: Optional[str]
    nodes: list[NodeResult]
    periods: list[PeriodResult]

    def category(self, category_id: str) -> NodeResult:
        """The result of the category `category_id` (KeyError when there is none)."""
        return self._node(category_id, True)

    def item(self, item_id: str) -> NodeResult:
        """The result of the item `item_id` (KeyError when there is none)."""
        return self._node(item_id, False)

    def _node(self, node_id: str, is_category: bool) -> NodeResult:
        for node in self.nodes:
            if node.id == node_id and node.is_category == is_category:
                return node
        raise KeyError(node_id)


def _optional(value: Any, present: Any) -> Optional[Fraction]:
    return to_fraction(value) if present[0] else None


def _read_nodes(result: Any) -> list[NodeResult]:
    count = ffi.new("int32_t *")
    check(lib.ej_gradebook_result_node_count(count, result))
    node_id, reason = ffi.new("const char **"), ffi.new("const char **")
    is_category, outcome = ffi.new("int32_t *"), ffi.new("int32_t *")
    value, low, high = (ffi.new("ej_rational *") for _ in range(3))
    weight, contribution = ffi.new("ej_rational *"), ffi.new("ej_rational *")
    has_value, has_weight, has_contribution = (ffi.new("int32_t *") for _ in range(3))
    nodes = []
    for index in range(count[0]):
        check(lib.ej_gradebook_result_node(node_id, is_category, outcome, reason, result, index))
        check(lib.ej_gradebook_result_node_value(value, has_value, low, high, result, index))
        check(lib.ej_gradebook_result_node_weight(weight, has_weight, contribution,
                                                  has_contribution, result, index))
        nodes.append(NodeResult(decode_text(node_id[0]), bool(is_category[0]),
                                Outcome(outcome[0]), decode_text(reason[0]),
                                _optional(value, has_value),
                                (to_fraction(low), to_fraction(high)),
                                _optional(weight, has_weight),
                                _optional(contribution, has_contribution)))
    return nodes


def _read_periods(result: Any) -> list[PeriodResult]:
    count = ffi.new("int32_t *")
    check(lib.ej_gradebook_result_period_count(count, result))
    period_id, has_percent = ffi.new("const char **"), ffi.new("int32_t *")
    percent, score, possible = (ffi.new("ej_rational *") for _ in range(3))
    periods = []
    for index in range(count[0]):
        check(lib.ej_gradebook_result_period(period_id, percent, has_percent, score, possible,
                                             result, index))
        periods.append(PeriodResult(decode_text(period_id[0]), _optional(percent, has_percent),
                                    to_fraction(score), to_fraction(possible)))
    return periods


def _read_result(result: Any) -> GradebookResult:
    total, low, high = (ffi.new("ej_rational *") for _ in range(3))
    has_total = ffi.new("int32_t *")
    check(lib.ej_gradebook_result_total(total, has_total, low, high, result))
    percent, rounded = ffi.new("ej_rational *"), ffi.new("ej_decimal *")
    has_percent = ffi.new("int32_t *")
    check(lib.ej_gradebook_result_percent(percent, rounded, has_percent, result))
    mark = ffi.new("const char **")
    check(lib.ej_gradebook_result_mark(mark, result))
    return GradebookResult(_optional(total, has_total), (to_fraction(low), to_fraction(high)),
                           _optional(percent, has_percent),
                           to_decimal(rounded) if has_percent[0] else None,
                           decode_text(mark[0]) or None, _read_nodes(result),
                           _read_periods(result))


# ---------------------------------------------------------------------------------- compute

def _policy(policy: str, exclude_hidden: bool, final_grade: bool,
            rounding: str) -> tuple[int, Any]:
    kind = choice(POLICIES, policy, "policy")
    options = ffi.new("ej_gradebook_policy_options *")
    check(lib.ej_gradebook_policy_options_init(options, EJ_GRADEBOOK_POLICY_OPTIONS_VERSION))
    options.exclude_hidden = _flag(exclude_hidden, "exclude_hidden")
    options.final_grade = _flag(final_grade, "final_grade")
    options.rounding_mode = choice(ROUNDING, rounding, "rounding")
    return kind, options


def compute(book: Gradebook, grades: StudentGrades, policy: str = "moodle", *,
            exclude_hidden: bool = False, final_grade: bool = False,
            rounding: str = "half_up") -> GradebookResult:
    """Computes one student's gradebook.

    grades: the student's grades parallel to book.items, or a mapping of item ids to grades
        (items left out are ungraded); each a Grade, a number or None.
    policy: "moodle" (exclude_hidden: "show totals excluding hidden items"), "canvas"
        (final_grade: ungraded counts 0 and pending review counts) or "ukrainian" (rounding:
        how a mean becomes a whole grade, "half_up" by default).

    Raises InvalidError naming the node for a malformed tree (a cycle, a missing parent or
    category, duplicate ids, no root or two, a negative range or weight, …) or a score the
    policy does not accept; NotFoundError for a mapping key that is no item's id.
    """
    kind, options = _policy(policy, exclude_hidden, final_grade, rounding)
    with _Book(book) as handle, _Grades(handle, [grades], "grades") as table:
        result = owned("ej_gradebook_result", lib.ej_gradebook_result_free,
                       lambda out: lib.ej_gradebook_compute(out, handle._ptr, table._ptr, 0, kind,
                                                            options))
        try:
            return _read_result(result)
        finally:
            ffi.release(result)


def compute_class(book: Gradebook, grades_by_student: Sequence[StudentGrades],
                  policy: str = "moodle", *, exclude_hidden: bool = False,
                  final_grade: bool = False, rounding: str = "half_up") -> list[GradebookResult]:
    """Computes the gradebook of every student at once (the tree is checked once); element s
    equals compute(book, grades_by_student[s], …). Arguments and errors as compute()."""
    if not isinstance(grades_by_student, Sequence) or isinstance(grades_by_student, (str, bytes)):
        raise TypeError(f"grades_by_student must be a sequence, "
                        f"not {type(grades_by_student).__name__}")
    kind, options = _policy(policy, exclude_hidden, final_grade, rounding)
    with _Book(book) as handle, \
            _Grades(handle, grades_by_student, "grades_by_student") as table:
        results = owned("ej_gradebook_class_result", lib.ej_gradebook_class_result_free,
                        lambda out: lib.ej_gradebook_compute_class(out, handle._ptr, table._ptr,
                                                                   kind, options))
        try:
            count, student = ffi.new("int32_t *"), ffi.new("const ej_gradebook_result **")
            check(lib.ej_gradebook_class_result_count(count, results))
            computed = []
            for index in range(count[0]):
                check(lib.ej_gradebook_class_result_get(student, results, index))
                computed.append(_read_result(student[0]))
            return computed
        finally:
            ffi.release(results)


# ---------------------------------------------------------------------------------- letters

class LetterScheme(Handle):
    """Rows of (letter, inclusive lower bound in percent), highest first. Immutable; shareable
    between threads."""

    #: Names accepted by builtin().
    BUILTIN = enum_values("ej_letter_scheme_id", "EJ_LETTERS_")
    _CTYPE = "ej_letter_scheme"
    _FREE = "ej_letter_scheme_free"

    def __init__(self, rows: Iterable[tuple[str, Number]]) -> None:
        """A custom scheme from (letter, lower bound) pairs, highest bound first. InvalidError
        for no rows, an empty letter, or bounds that do not decrease strictly."""
        if isinstance(rows, (str, bytes)) or not isinstance(rows, Iterable):
            raise TypeError(f"rows must be an iterable of (letter, bound) pairs, "
                            f"not {type(rows).__name__}")
        table = list(rows)
        letters = TextArray([letter for letter, _ in table], "rows.letter")
        bounds = ffi.new("double[]", [double(bound, f"rows[{index}].bound")
                                      for index, (_, bound) in enumerate(table)])
        self._adopt(lambda out: lib.ej_letter_scheme_new(out, len(table), letters.pointer,
                                                         bounds))

    @classmethod
    def builtin(cls, which: str) -> "LetterScheme":
        """A built-in scheme: "moodle" (A 93 … F 0) or "canvas" (A 94 … F 0)."""
        which_id = choice(cls.BUILTIN, which, "which")
        return cls._made_by(lambda out: lib.ej_letter_scheme_builtin(out, which_id))

    @property
    def rows(self) -> list[tuple[str, Fraction]]:
        """The (letter, lower bound) rows, highest first."""
        count, letter = ffi.new("int32_t *"), ffi.new("const char **")
        bound = ffi.new("ej_rational *")
        check(lib.ej_letter_scheme_count(count, self._ptr))
        rows = []
        for index in range(count[0]):
            check(lib.ej_letter_scheme_get(letter, bound, self._ptr, index))
            rows.append((decode_text(letter[0]), to_fraction(bound)))
        return rows


_builtin_schemes: dict[str, LetterScheme] = {}


def _scheme(scheme: Optional[LetterScheme], default: str) -> LetterScheme:
    if scheme is None:
        # Immutable, so one instance per process serves every call.
        if default not in _builtin_schemes:
            _builtin_schemes[default] = LetterScheme.builtin(default)
        return _builtin_schemes[default]
    if not isinstance(scheme, LetterScheme):
        raise TypeError(f"scheme must be a LetterScheme, not {type(scheme).__name__}")
    return scheme


def moodle_letter(percent: Number, scheme: Optional[LetterScheme] = None) -> str:
    """Moodle's letter of a percentage (clamped to 0…100; the first row whose bound ≤ it), by
    Moodle's default letters unless `scheme` is given.

    >>> moodle_letter(93), moodle_letter(Fraction(9299, 100))
    ('A', 'A-')
    """
    chosen = _scheme(scheme, "moodle")
    out = ffi.new("const char **")
    check(lib.ej_letter_scheme_moodle_letter(out, chosen._ptr, rational(percent, "percent")))
    return decode_text(out[0])


def canvas_letter(percent: Number, scheme: Optional[LetterScheme] = None) -> str:
    """Canvas's letter of a percentage (rounded to 4 decimals, negatives as 0; the first row
    whose bound ≤ it, else the last), by Canvas's default scheme unless `scheme` is given.

    >>> canvas_letter(Decimal("93.99995"))
    'A'
    """
    chosen = _scheme(scheme, "canvas")
    out = ffi.new("const char **")
    check(lib.ej_letter_scheme_canvas_letter(out, chosen._ptr, rational(percent, "percent")))
    return decode_text(out[0])


def canvas_letter_score(letter: str, scheme: Optional[LetterScheme] = None) -> Fraction:
    """Canvas's score of a typed letter: 100 for the top letter, else the next-higher bound
    minus 1. NotFoundError for a letter the scheme does not have.

    >>> canvas_letter_score("B+")
    Fraction(89, 1)
    """
    chosen = _scheme(scheme, "canvas")
    out = ffi.new("ej_rational *")
    check(lib.ej_letter_scheme_canvas_score(out, chosen._ptr, encode_text(letter, "letter")))
    return to_fraction(out)
