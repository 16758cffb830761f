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


def _format_code(view: memoryview) -> str:
    """The struct code of a buffer's items without a native byte-order prefix ("<q" → "q")."""
    code = view.format
    if len(code) == 2 and code[0] in _NATIVE_PREFIXES:
        return code[1]
    return code


def _column(data: Any, argument: str, ctype: str, typecode: str, formats: set[str]) -> tuple:
    """A `ctype[]` over `data` and its length.

    A buffer (array.array, a numpy array, memoryview, bytes) is read in place: it must be
    one-dimensional, contiguous and hold items of exactly `ctype`, else InvalidError names
    `argument`. An array-like without the buffer protocol (a pandas Series) is viewed through
    numpy.asarray(), in place when its memory allows. Any other iterable is copied once into an
    array.array of `typecode`.
    """
    try:
        view = memoryview(data)
    except TypeError:
        try:
            if numpy is not None and hasattr(data, "__array__"):
                view = memoryview(numpy.asarray(data))
            else:
                view = memoryview(array.array(typecode, data))
        except TypeError as error:
            raise TypeError(f"{argument} must be a buffer of {ctype} or an iterable of ints "
                            f"({error})") from None
        except OverflowError as error:
            raise RangeError(f"{argument}: {error}") from None
    if view.ndim != 1:
        raise InvalidError(f"{argument} must be one-dimensional, not {view.ndim}-dimensional")
    if not view.c_contiguous:
        raise InvalidError(f"{argument} is not contiguous (a strided view); pass a contiguous "
                           f"copy")
    expected_size = ffi.sizeof(ctype)
    if view.itemsize != expected_size or _format_code(view) not in formats:
        raise InvalidError(f"{argument} must hold {ctype} items, not format {view.format!r} of "
                           f"{view.itemsize}-byte items")
    return ffi.from_buffer(f"{ctype}[]", view), len(view)


def int64_column(data: Any, argument: str) -> tuple:
    """An `int64_t[]` over `data` (read in place when it is an int64 buffer) and its length."""
    return _column(data, argument, "int64_t", "q", {"q", "l"} if ffi.sizeof("long") == 8
                   else {"q"})


def optional_int64_column(data: Any, argument: str, rows: int) -> Any:
    """int64_column() of `data` with `rows` rows, or NULL for None."""
    if data is None:
        return ffi.NULL
    column, length = int64_column(data, argument)
    require_rows(argument, length, rows)
    return column


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

