"""Bulk aggregation: millions of (group, value[, weight]) rows per call, as columns.

Input columns are read in place from any int64 or int32 buffer (array.array('q') or ('i'), numpy
int64 or int32 arrays, memoryview); int32 columns halve the memory a call reads. The per-group
result columns (int64) are copied out once and the C result freed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Optional

from ._buffers import bulk_columns, copy_column, optional_mask_column
from ._cdef import EJ_BULK_OPTIONS_VERSION
from ._lib import METHODS, ROUNDING, check, choice, ffi, integer, lib, owned

__all__ = ["BulkResult", "bulk_aggregate"]


@dataclass(frozen=True, eq=False)
class BulkResult:
    """Per-group results as columns of equal length, one row per group in order of first
    appearance: numpy arrays when numpy is importable, else array.array.

    groups: the group ids; counts: rows that counted; sums: Σ w·v in units of
    10^-(value_scale + weight_scale); weight_sums: Σ w in units of 10^-weight_scale;
    rounded: the result in units of 10^-decimals (0 where has_value is false);
    has_value: whether any row of the group counted (bool, or 0/1 without numpy).
    """

    groups: Any
    counts: Any
    sums: Any
    weight_sums: Any
    rounded: Any
    has_value: Any
    decimals: int

    def __len__(self) -> int:
        """The number of groups."""
        return len(self.groups)

    def values(self) -> list[Optional[Decimal]]:
        """The rounded results as Decimals (None for a group where no row counted)."""
        return [Decimal(f"{units}E-{self.decimals}") if present else None
                for units, present in zip(self.rounded.tolist(), self.has_value.tolist())]


def read_bulk_result(make: Callable[[Any], int]) -> BulkResult:
    """Runs a bulk call `make(out)`, copies its result columns and frees the C result."""
    result = owned("ej_bulk_result", lib.ej_bulk_result_free, make)
    try:
        groups, decimals = ffi.new("int64_t *"), ffi.new("int32_t *")
        check(lib.ej_bulk_result_info(groups, decimals, result))
        column = ffi.new("const int64_t **")

        def copy(which: int, as_flags: bool = False) -> Any:
            check(lib.ej_bulk_result_column(column, result, which))
            return copy_column(column[0], groups[0], as_flags)

        return BulkResult(copy(lib.EJ_BULK_GROUP), copy(lib.EJ_BULK_COUNT),
                          copy(lib.EJ_BULK_SUM), copy(lib.EJ_BULK_WEIGHT_SUM),
                          copy(lib.EJ_BULK_ROUNDED), copy(lib.EJ_BULK_HAS_VALUE, True),
                          decimals[0])
    finally:
        ffi.release(result)


def bulk_aggregate(groups: Any, values: Any, weights: Any = None, skip: Any = None,
                   value_scale: int = 0, weight_scale: int = 0, method: str = "mean",
                   decimals: int = 2, rounding: str = "half_up",
                   value_range: Optional[tuple[int, int]] = None) -> BulkResult:
    """Aggregates rows per group: value = values[i] × 10^-value_scale, weight likewise.

    groups, values, weights: buffers of one length and one width, all int64 or all int32 (read
        in place; lists are copied as int64); weights None: every weight is 1. Rows of a group
        need not be adjacent, but sorted groups take the fast path.
    skip: None, or a uint8/bool buffer; a non-zero entry leaves its row out (a special mark).
    method: "mean", "weighted_mean", "sum", "lowest" or "highest" (UnsupportedError for
        "median" and "mode").
    decimals, rounding: the policy of the `rounded` column.
    value_range: (min, max) in value units that every counted value must lie in.

    Raises InvalidError naming the argument for a buffer of the wrong type or shape, for columns
    of mixed widths, a negative weight or a value outside value_range; EmptyError for no rows;
    RangeError when a sum overflows int64.
    """
    ctype, (group_column, value_column, weight_column), rows = bulk_columns(groups, values,
                                                                            weights)
    skip_column = optional_mask_column(skip, "skip", rows)

    options = ffi.new("ej_bulk_options *")
    check(lib.ej_bulk_options_init(options, EJ_BULK_OPTIONS_VERSION))
    options.method = choice(METHODS, method, "method")
    options.value_scale = integer(value_scale, "value_scale")
    options.weight_scale = integer(weight_scale, "weight_scale")
    options.rounding_mode = choice(ROUNDING, rounding, "rounding")
    options.decimals = integer(decimals, "decimals")
    if value_range is not None:
        options.check_range = 1
        options.value_min = integer(value_range[0], "value_range[0]", 64)
        options.value_max = integer(value_range[1], "value_range[1]", 64)
    aggregate = lib.ej_bulk_aggregate_i32 if ctype == "int32_t" else lib.ej_bulk_aggregate
    return read_bulk_result(lambda out: aggregate(
        out, group_column, value_column, weight_column, skip_column, rows, options))
