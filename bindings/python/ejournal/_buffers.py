"""Columns at the C boundary: caller buffers read in place, result columns copied out once."""

from __future__ import annotations

import array
import sys
from typing import Any

from ._lib import InvalidError, RangeError, ffi

try:
    import numpy
except ImportError:  # numpy is optional; columns then come back as array.array
    numpy = None

# Byte-order prefixes of struct format codes that mean the machine's own order.
_NATIVE_PREFIXES = ("@", "=", "<" if sys.byteorder == "little" else ">")

# The struct format codes of each integer column type ('l' is 4 bytes on some platforms, 8 on
# others; the item size is checked as well).
_INTEGER_FORMATS = {"int32_t": {"i", "l"}, "int64_t": {"q", "l"}}


def _format_code(view: memoryview) -> str:
    """The struct code of a buffer's items without a native byte-order prefix ("<q" → "q")."""
    code = view.format
    if len(code) == 2 and code[0] in _NATIVE_PREFIXES:
        return code[1]
    return code


def _view(data: Any, argument: str, expected: str, typecode: str) -> tuple[memoryview, bool]:
    """A one-dimensional, contiguous view of `data`, and whether it is a copy.

    A buffer (array.array, a numpy array, memoryview, bytes) is viewed in place; an array-like
    without the buffer protocol (a pandas Series) through numpy.asarray(), in place when its
    memory allows. Any other iterable is copied once into an array.array of `typecode`.
    InvalidError names `argument` for a view of the wrong shape; TypeError names the `expected`
    item type for data that is no column at all.
    """
    copied = False
    try:
        view = memoryview(data)
    except TypeError:
        try:
            if numpy is not None and hasattr(data, "__array__"):
                view = memoryview(numpy.asarray(data))
            else:
                view = memoryview(array.array(typecode, data))
                copied = True
        except TypeError as error:
            raise TypeError(f"{argument} must be a buffer of {expected} or an iterable of ints "
                            f"({error})") from None
        except OverflowError as error:
            raise RangeError(f"{argument}: {error}") from None
    if view.ndim != 1:
        raise InvalidError(f"{argument} must be one-dimensional, not {view.ndim}-dimensional")
    if not view.c_contiguous:
        raise InvalidError(f"{argument} is not contiguous (a strided view); pass a contiguous "
                           f"copy")
    return view, copied


def _holds(view: memoryview, ctype: str, formats: set[str]) -> bool:
    """Whether the items of `view` are exactly `ctype`, in the machine's byte order."""
    return view.itemsize == ffi.sizeof(ctype) and _format_code(view) in formats


def _wrong_items(argument: str, expected: str, view: memoryview) -> InvalidError:
    """The error for a column `argument` whose items are not of the `expected` type."""
    return InvalidError(f"{argument} must hold {expected} items, not format {view.format!r} of "
                        f"{view.itemsize}-byte items")


def _column(data: Any, argument: str, ctype: str, typecode: str, formats: set[str]) -> tuple:
    """A `ctype[]` over `data` (see _view()) and its length; InvalidError names `argument` unless
    the items are exactly `ctype`."""
    view, _ = _view(data, argument, ctype, typecode)
    if not _holds(view, ctype, formats):
        raise _wrong_items(argument, ctype, view)
    return ffi.from_buffer(f"{ctype}[]", view), len(view)


def int64_column(data: Any, argument: str) -> tuple:
    """An `int64_t[]` over `data` (read in place when it is an int64 buffer) and its length."""
    return _column(data, argument, "int64_t", "q", _INTEGER_FORMATS["int64_t"])


def bulk_columns(groups: Any, values: Any, weights: Any = None) -> tuple[str, list[Any], int]:
    """The integer columns of a bulk call, all of one width: the C type of their items
    ("int64_t" or "int32_t", choosing the C function), a `ctype[]` for each of groups, values and
    weights (NULL for None) and the number of rows.

    int64 and int32 buffers are read in place; other iterables (lists) are copied into int64.
    InvalidError names the argument of a column with other items or another length, and names
    the arguments and their types when the columns mix widths: none is widened behind the
    caller's back.
    """
    given = {"groups": groups, "values": values}
    if weights is not None:
        given["weights"] = weights
    expected = " or ".join(_INTEGER_FORMATS)
    read = {}
    for argument, data in given.items():
        view, copied = _view(data, argument, expected, "q")
        ctype = next((ctype for ctype, formats in _INTEGER_FORMATS.items()
                      if _holds(view, ctype, formats)), None)
        if ctype is None:
            raise _wrong_items(argument, expected, view)
        read[argument] = (view, ctype, copied)
    widths = {ctype for _, ctype, _ in read.values()}
    if len(widths) > 1:
        *others, last = read
        found = ", ".join(f"{argument} is {ctype.removesuffix('_t')}"
                          + (" (not a buffer: copied as int64)" if copied else "")
                          for argument, (_, ctype, copied) in read.items())
        raise InvalidError(f"{', '.join(others)} and {last} must share one width, all int32 or "
                           f"all int64: {found}")
    ctype = widths.pop()
    rows = len(read["groups"][0])
    pointers = []
    for argument, (view, _, _) in read.items():
        require_rows(argument, len(view), rows)
        pointers.append(ffi.from_buffer(f"{ctype}[]", view))
    if weights is None:
        pointers.append(ffi.NULL)
    return ctype, pointers, rows


def optional_mask_column(data: Any, argument: str, rows: int) -> Any:
    """A `uint8_t[]` over `data` (bytes, uint8 or bool arrays, iterables of 0/1) with `rows`
    rows, or NULL for None."""
    if data is None:
        return ffi.NULL
    column, length = _column(data, argument, "uint8_t", "B", {"B", "?"})
    require_rows(argument, length, rows)
    return column


def require_rows(argument: str, length: int, rows: int) -> None:
    """InvalidError unless the column `argument` has as many rows as groups."""
    if length != rows:
        raise InvalidError(f"{argument} has {length} rows, but groups has {rows}")


def copy_column(pointer: Any, length: int, as_flags: bool = False) -> Any:
    """A copy of an int64 result column: a numpy array when numpy is importable, else an
    array.array ('q', or 'B' for 0/1 flags). With numpy, flags become a bool array for masking.
    """
    raw = ffi.buffer(pointer, length * 8) if length else b""
    if numpy is not None:
        column = numpy.frombuffer(raw, dtype=numpy.int64).copy()
        return column != 0 if as_flags else column
    column = array.array("q")
    column.frombytes(raw)
    return array.array("B", column) if as_flags else column

