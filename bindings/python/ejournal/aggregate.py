"""Aggregation (grading-and-interop.md §1): each grade normalised to its range, combined by a
Moodle-style method, mapped to a target range, kept exact and rounded once at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, Iterable, Optional, Union

from ._buffers import int64_column
from ._cdef import EJ_AGGREGATE_OPTIONS_VERSION
from ._lib import (EMPTY_POLICIES, METHODS, ROUNDING, Handle, Number, OpenEnum, check, choice,
                   double, encode_text, ffi, integer, is_number, lib, owned, to_decimal,
                   to_fraction)
from .marks import Marks, marks_pointer

__all__ = ["AggregateResult", "GradeSet", "Item", "ItemOutcome", "ItemUse", "aggregate", "mean"]

#: A grade as recorded: a number, a special mark's code (or alias), or None for nothing yet.
Grade = Union[Number, str, None]


@dataclass(frozen=True)
class Item:
    """A grade with the range it was given on, its weight and an optional label."""

    grade: Grade = None
    min: Number = 0
    max: Number = 100
    weight: Number = 1
    label: Optional[str] = None


class GradeSet(Handle):
    """An ordered set of grades in C memory, for aggregating the same grades several times.
    Use it from one thread at a time.
    """

    _CTYPE = "ej_gradeset"
    _FREE = "ej_gradeset_free"

    def __init__(self, items: Iterable[Union[Item, Grade]] = (), *,
                 default_range: tuple[Number, Number] = (0, 100), argument: str = "items") -> None:
        """A set holding `items`; bare grades among them lie on `default_range`. Error messages
        name a grade as `argument`[index]."""
        self._adopt(lib.ej_gradeset_new)
        self._default_range = default_range
        self._argument = argument
        self.extend(items)

    def add(self, item: Union[Item, Grade]) -> None:
        """Appends one grade (an Item, or a bare grade on the default range)."""
        index = len(self)
        name = f"{self._argument}[{index}]"
        if not isinstance(item, Item):
            if not (item is None or isinstance(item, str) or is_number(item)):
                raise TypeError(f"{name} must be an Item, a number, a mark or None, "
                                f"not {type(item).__name__}")
            item = Item(item, *self._default_range)
        label = encode_text(item.label, f"{name}.label", optional=True)
        bounds = (double(item.min, f"{name}.min"), double(item.max, f"{name}.max"),
                  double(item.weight, f"{name}.weight"))
        if item.grade is None:
            check(lib.ej_gradeset_add_empty(self._ptr, label, *bounds))
        elif isinstance(item.grade, str):
            check(lib.ej_gradeset_add_mark(self._ptr, label, encode_text(item.grade, name),
                                           *bounds))
        else:
            check(lib.ej_gradeset_add(self._ptr, label, double(item.grade, name), *bounds))

    def extend(self, items: Iterable[Union[Item, Grade]]) -> None:
        """Appends every grade of `items`."""
        # A str is iterable too, but its characters are not the grades someone meant.
        if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
            raise TypeError(f"{self._argument} must be an iterable of grades, "
                            f"not {type(items).__name__}")
        for item in items:
            self.add(item)

    def clear(self) -> None:
        """Removes every grade, keeping the memory for reuse."""
        check(lib.ej_gradeset_clear(self._ptr))

    def __len__(self) -> int:
        """The number of grades."""
        out = ffi.new("int32_t *")
        check(lib.ej_gradeset_count(out, self._ptr))
        return out[0]


class ItemUse(OpenEnum):
    """How one grade took part in an aggregate (ej_item_use)."""

    COUNTED = 1
    EMPTY_EXCLUDED = 2
    EMPTY_AS_MINIMUM = 3
    MARK_EXCLUDED = 4
    MARK_COUNTED = 5
    ZERO_WEIGHT = 6


@dataclass(frozen=True)
class ItemOutcome:
    """How a grade took part and its share of the result (0 when it did not count)."""

    use: ItemUse
    share: Fraction


@dataclass(frozen=True)
class AggregateResult:
    """An aggregate: rounded by the requested policy, exact, the range it lies in, and one
    outcome per input grade in input order.
    """

    value: Decimal
    exact: Fraction
    range: tuple[Fraction, Fraction]
    items: list[ItemOutcome]


def _read_result(result: Any) -> AggregateResult:
    rounded, exact_value = ffi.new("ej_decimal *"), ffi.new("ej_rational *")
    check(lib.ej_aggregate_result_value(rounded, exact_value, result))
    low, high = ffi.new("ej_rational *"), ffi.new("ej_rational *")
    check(lib.ej_aggregate_result_range(low, high, result))
    count = ffi.new("int32_t *")
    check(lib.ej_aggregate_result_item_count(count, result))
    use, share = ffi.new("int32_t *"), ffi.new("ej_rational *")
    outcomes = []
    for index in range(count[0]):
        check(lib.ej_aggregate_result_item(use, share, result, index))
        outcomes.append(ItemOutcome(ItemUse(use[0]), to_fraction(share)))
    return AggregateResult(to_decimal(rounded), to_fraction(exact_value),
                           (to_fraction(low), to_fraction(high)), outcomes)


def aggregate(items: Union[GradeSet, Iterable[Union[Item, Grade]]], method: str = "mean",
              empty: str = "exclude", decimals: int = 2, rounding: str = "half_up",
              target: tuple[Number, Number] = (0, 100),
              marks: Optional[Marks] = None) -> AggregateResult:
    """Aggregates grades exactly and rounds the result once.

    items: a GradeSet, or Items and bare grades (numbers, mark codes, None), the bare ones lying
        on the target range.
    method: "mean", "weighted_mean", "median", "mode" (a tie gives the highest), "lowest",
        "highest" or "sum" (Σ w·g of raw grades, in [Σ w·min, Σ w·max], not mapped).
    empty: "exclude" leaves empty grades out; "as_minimum" counts them at their minimum.
    decimals, rounding: the policy of `value` ("half_up", "half_even", "floor", "ceiling").
    target: the range the result is mapped to and clamped in.
    marks: the special marks to recognise; None means Marks.ukrainian().

    Raises InvalidError for a range with max ≤ min, a value outside its range, a negative
    weight, weights summing to 0 or an unknown mark; EmptyError when no grade counts.

    >>> aggregate([Item(70, 0, 100), Item(20, 0, 80), Item(10, 0, 10)]).value
    Decimal('65.00')
    """
    if not isinstance(items, GradeSet):
        items = GradeSet(items, default_range=target)
    options = ffi.new("ej_aggregate_options *")
    check(lib.ej_aggregate_options_init(options, EJ_AGGREGATE_OPTIONS_VERSION))
    options.method = choice(METHODS, method, "method")
    options.empty_policy = choice(EMPTY_POLICIES, empty, "empty")
    options.rounding_mode = choice(ROUNDING, rounding, "rounding")
    options.decimals = integer(decimals, "decimals")
    options.target_min = double(target[0], "target[0]")
    options.target_max = double(target[1], "target[1]")
    marks_ptr = marks_pointer(marks)
    result = owned("ej_aggregate_result", lib.ej_aggregate_result_free,
                   lambda out: lib.ej_aggregate(out, items._ptr, marks_ptr, options))
    try:
        return _read_result(result)
    finally:
        ffi.release(result)


def mean(values: Any, scale: int = 0, decimals: int = 2, rounding: str = "half_up") -> Decimal:
    """The exact mean of scaled integers (values[i] × 10^-scale), rounded once.

    `values` is any int64 buffer (array.array('q'), a numpy int64 array; read in place) or an
    iterable of ints. EmptyError when there are none.

    >>> mean([10, 11, 11])
    Decimal('10.67')
    """
    column, count = int64_column(values, "values")
    out = ffi.new("ej_decimal *")
    check(lib.ej_mean(out, column, count, integer(scale, "scale"),
                      choice(ROUNDING, rounding, "rounding"), integer(decimals, "decimals")))
    return to_decimal(out)
