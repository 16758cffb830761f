"""Columns of the store's bulk calls (ejournal/store_journal.h): ids, dates, texts, enum names,
numbers and instants, from Python sequences or numpy/pandas columns, each checked against the
number of rows; and the relay of a progress callable.

A column may be a single value instead (one uuid.UUID, date, str or int), which then stands for
every row. Columns the C side reads in place (numpy int64 numerators, 16-byte id arrays) are not
copied.
"""

from __future__ import annotations

import array
import datetime
import numbers
import uuid
from typing import Any, Callable, Mapping, Optional

from ._buffers import int64_column, numpy
from ._lib import (CallbackAbortedError, InvalidError, RangeError, check, encode_text, exact, ffi,
                   integer)

_EUSER = ffi.typeof("ej_status").relements["EJ_EUSER"]
_INT64_MAX = 2**63 - 1
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)

# The kinds of single values that stand for a whole column.
_SCALARS = (uuid.UUID, datetime.date, str, numbers.Number)


def is_scalar(value: object) -> bool:
    """Whether `value` is one value for every row rather than a column."""
    return value is None or isinstance(value, _SCALARS)


def row_count(columns: Mapping[str, Any]) -> int:
    """The number of rows: the length of the first given column that is not a single value, or
    one row when every one is a single value."""
    for data in columns.values():
        if not is_scalar(data):
            return len(data)
    return 1


def _cells(data: Any, argument: str, rows: int) -> Any:
    """`data` as something indexable with `rows` items (a single value repeated)."""
    if is_scalar(data):
        return [data] * rows
    if len(data) != rows:
        raise InvalidError(f"{argument} has {len(data)} rows, but the call has {rows}")
    return data


def uuid_column(data: Any, argument: str, rows: int, optional: bool = False) -> Any:
    """An `ej_uuid[]` of `rows` ids: uuid.UUID values (None for "none" where `optional`), or a
    buffer of 16-byte items (a numpy 'S16' or 'V16' array, read in place)."""
    if data is None and optional:
        return ffi.NULL
    if not is_scalar(data) and not isinstance(data, (list, tuple)):
        try:
            view = memoryview(data)
        except TypeError:
            view = None
        if view is not None and view.ndim == 1 and view.itemsize == 16:
            if len(view) != rows:
                raise InvalidError(f"{argument} has {len(view)} rows, but the call has {rows}")
            return ffi.from_buffer("ej_uuid[]", view)
    raw = bytearray(16 * rows)
    for row, value in enumerate(_cells(data, argument, rows)):
        if value is None and optional:
            continue
        if not isinstance(value, uuid.UUID):
            raise TypeError(f"{argument}[{row}] must be a uuid.UUID, not {type(value).__name__}")
        raw[16 * row:16 * row + 16] = value.bytes
    column = ffi.new("ej_uuid[]", rows)
    ffi.memmove(column, raw, len(raw))
    return column


def date_column(data: Any, argument: str, rows: int) -> Any:
    """An `ej_date[]` of `rows` dates: datetime.date values, or a numpy datetime64 column."""
    if numpy is not None and not is_scalar(data) and not isinstance(data, (list, tuple)):
        values = numpy.asarray(data)
        if values.dtype.kind == "M":
            if len(values) != rows:
                raise InvalidError(f"{argument} has {len(values)} rows, but the call has {rows}")
            days = values.astype("datetime64[D]")
            months = days.astype("datetime64[M]")
            parts = numpy.empty((rows, 3), dtype=numpy.int32)
            parts[:, 0] = months.astype("datetime64[Y]").astype(numpy.int64) + 1970
            parts[:, 1] = months.astype(numpy.int64) % 12 + 1
            parts[:, 2] = (days - months).astype(numpy.int64) + 1
            return ffi.from_buffer("ej_date[]", parts)
        data = values.tolist()
    flat = array.array("i", bytes(12 * rows))
    for row, value in enumerate(_cells(data, argument, rows)):
        if not isinstance(value, datetime.date):
            raise TypeError(f"{argument}[{row}] must be a datetime.date, not "
                            f"{type(value).__name__}")
        flat[3 * row:3 * row + 3] = array.array("i", (value.year, value.month, value.day))
    return ffi.from_buffer("ej_date[]", flat)


class TextColumn:
    """A `const char *[]` (`.pointer`) of `rows` texts, None giving NULL, owning the UTF-8
    buffers it points into."""

    def __init__(self, data: Any, argument: str, rows: int) -> None:
        self._buffers = {}
        self.pointer = ffi.new("const char *[]", rows)
        for row, value in enumerate(_cells(data, argument, rows)):
            if value is None:
                continue
            buffer = self._buffers.get(value)
            if buffer is None:
                buffer = ffi.new("char[]", encode_text(value, f"{argument}[{row}]"))
                self._buffers[value] = buffer
            self.pointer[row] = buffer


def text_column(data: Any, argument: str, rows: int) -> Optional[TextColumn]:
    """A TextColumn, or None for a column not given (NULL)."""
    return None if data is None else TextColumn(data, argument, rows)


def int32_column(data: Any, argument: str, rows: int,
                 names: Optional[Mapping[str, int]] = None) -> Any:
    """An `int32_t[]` of `rows` integers (or enum constants by name when `names` is given);
    NULL for None."""
    if data is None:
        return ffi.NULL
    column = array.array("i", bytes(4 * rows))
    for row, value in enumerate(_cells(data, argument, rows)):
        if names is not None and isinstance(value, str):
            if value not in names:
                raise InvalidError(f"{argument}[{row}] = {value!r} is not one of "
                                   f"{', '.join(map(repr, names))}")
            column[row] = names[value]
        else:
            column[row] = integer(value, f"{argument}[{row}]")
    return ffi.from_buffer("int32_t[]", column)


def instant_column(data: Any, argument: str, rows: int) -> Any:
    """An `int64_t[]` of µs since the epoch from aware datetimes; NULL for None."""
    if data is None:
        return ffi.NULL
    column = array.array("q", bytes(8 * rows))
    for row, value in enumerate(_cells(data, argument, rows)):
        column[row] = micros(value, f"{argument}[{row}]")
    return ffi.from_buffer("int64_t[]", column)


def micros(value: object, argument: str) -> int:
    """µs since 1970-01-01T00:00:00Z of an aware datetime."""
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{argument} must be a datetime.datetime, not {type(value).__name__}")
    if value.tzinfo is None:
        raise InvalidError(f"{argument} = {value} has no time zone; instants are absolute")
    return (value - _EPOCH) // datetime.timedelta(microseconds=1)


def instant(value: int) -> datetime.datetime:
    """The aware UTC datetime of µs since the epoch."""
    return _EPOCH + datetime.timedelta(microseconds=value)


class GradeValues:
    """The value columns of a grade call: numerators, denominators, has_value and marks.

    Either `values` (numbers, or None where the row holds a mark) or `numerators` (an int64
    column, read in place) with optional `denominators` and `has_value`; `marks` (str, or None
    where the row holds a value) completes either.
    """

    def __init__(self, rows: int, values: Any, numerators: Any, denominators: Any,
                 has_value: Any, marks: Any) -> None:
        self.marks = text_column(marks, "marks", rows)
        if values is not None:
            if numerators is not None or denominators is not None or has_value is not None:
                raise InvalidError("give values, or numerators (with denominators and "
                                   "has_value), not both")
            self._from_values(values, rows)
            return
        self.numerators = ffi.NULL if numerators is None else self._checked(
            int64_column(numerators, "numerators"), "numerators", rows)
        self.denominators = ffi.NULL if denominators is None else self._checked(
            int64_column(denominators, "denominators"), "denominators", rows)
        self.has_value = ffi.NULL
        if has_value is not None:
            flags = bytes(1 if value else 0 for value in _cells(has_value, "has_value", rows))
            self._flags = ffi.from_buffer("uint8_t[]", flags)
            self.has_value = self._flags
        elif numerators is None:
            self.has_value = ffi.new("uint8_t[]", rows)

    @staticmethod
    def _checked(column: tuple, argument: str, rows: int) -> Any:
        pointer, length = column
        if length != rows:
            raise InvalidError(f"{argument} has {length} rows, but the call has {rows}")
        return pointer

    def _from_values(self, values: Any, rows: int) -> None:
        numerator = array.array("q", bytes(8 * rows))
        denominator = array.array("q", bytes(8 * rows))
        flags = bytearray(rows)
        for row, value in enumerate(_cells(values, "values", rows)):
            if value is None:
                denominator[row] = 1
                continue
            fraction = exact(value, f"values[{row}]")
            if abs(fraction.numerator) > _INT64_MAX or fraction.denominator > _INT64_MAX:
                raise RangeError(f"values[{row}] = {value} does not fit a 64-bit rational")
            numerator[row], denominator[row] = fraction.numerator, fraction.denominator
            flags[row] = 1
        self.numerators = ffi.from_buffer("int64_t[]", numerator)
        self.denominators = ffi.from_buffer("int64_t[]", denominator)
        self.has_value = ffi.from_buffer("uint8_t[]", flags)
        self._keep = (numerator, denominator, flags)


class ProgressRelay:
    """The ej_progress_fn of a bulk call over a Python callable `progress(done, total)`.

    Returning False aborts the call (CallbackAbortedError); an exception it raises aborts the
    call too and is raised again once the call has returned, with nothing stored.
    """

    def __init__(self, progress: Optional[Callable[[int, int], Any]]) -> None:
        self._progress = progress
        self._error: Optional[BaseException] = None
        self.callback = ffi.NULL
        if progress is not None:
            if not callable(progress):
                raise TypeError(f"progress must be callable, not {type(progress).__name__}")
            self.callback = ffi.callback("ej_progress_fn", self._call, onerror=self._failed)

    def _call(self, done: int, total: int, _payload: Any) -> int:
        return 1 if self._progress(done, total) is False else 0

    def _failed(self, _type: type, error: BaseException, _traceback: Any) -> int:
        self._error = error
        return 1

    def check(self, status: int) -> None:
        """check() for the call's status, raising the callable's own exception first."""
        if status == _EUSER and self._error is not None:
            raise self._error
        if status == _EUSER:
            try:
                check(status)
            except CallbackAbortedError as error:
                raise CallbackAbortedError(f"progress returned False: {error}", error.code,
                                           error.klass) from None
        check(status)


def ids_of(column: Any, rows: int) -> list[uuid.UUID]:
    """The ids of an `ej_uuid[]` the library filled."""
    raw = ffi.buffer(column, 16 * rows)[:] if rows else b""
    return [uuid.UUID(bytes=raw[16 * row:16 * row + 16]) for row in range(rows)]
