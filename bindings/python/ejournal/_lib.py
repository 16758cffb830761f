"""Loading libejournal through cffi (ABI mode), the exception hierarchy and the conversions made
at the C boundary: str ↔ UTF-8, numbers ↔ double / ej_rational / ej_decimal, option names ↔ enum
constants, and handles that free themselves.
"""

from __future__ import annotations

import ctypes.util
import enum
import math
import numbers
import os
import uuid
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Union

import cffi

from . import _cdef

ffi = cffi.FFI()
ffi.cdef(_cdef.CDEF)

#: The file name the dynamic linker knows the library by.
SONAME = f"libejournal.so.{_cdef.EJ_ABI_VERSION}"
#: The environment variable that names the library file to load (the tests set it).
LIBRARY_ENV = "EJOURNAL_LIBRARY"

Number = Union[int, Fraction, Decimal, float]

_INT64_MIN = -(2**63)
_INT64_MAX = 2**63 - 1


# ---------------------------------------------------------------------------------- C enums

def enum_values(ctype: str, prefix: str) -> dict[str, int]:
    """The constants of a C enum from the cdef, named without `prefix` and in lower case."""
    return {name[len(prefix):].lower(): value
            for name, value in ffi.typeof(ctype).relements.items()}


class OpenEnum(enum.Enum):
    """An enum mirroring an append-only C enum: a value added by a newer library becomes a
    member named UNKNOWN_<value> instead of failing."""

    @classmethod
    def _missing_(cls, value: object):
        if not isinstance(value, int):
            return None
        member = object.__new__(cls)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)


# ------------------------------------------------------------------------------------ errors

_STATUS = ffi.typeof("ej_status").relements


class ErrorClass(enum.IntEnum):
    """The subsystem that reported an error (ej_error_class)."""

    NONE = 0
    ARGUMENT = 1
    GRADING = 2
    TEXT = 3
    STORAGE = 4
    ACCESS = 5
    INTERNAL = 6


class Error(Exception):
    """Base of every ejournal error.

    Attributes: ``code`` (the negative ej_status), ``klass`` (an ErrorClass) and ``message``
    (English text from the library or from the Python layer).
    """

    status = _STATUS["EJ_ERROR"]

    def __init__(self, message: str, code: Optional[int] = None,
                 klass: ErrorClass = ErrorClass.ARGUMENT) -> None:
        super().__init__(message)
        self.message = message
        self.code = self.status if code is None else code
        self.klass = klass

    def __str__(self) -> str:
        return self.message


class InvalidError(Error, ValueError):
    """A bad argument or input (EJ_EINVALID); the message names the value."""

    status = _STATUS["EJ_EINVALID"]


class ValidationError(InvalidError):
    """A form refused field by field (EJ_EINVALID with field problems): ``problems`` lists every
    problem found at once as (field, problem) pairs, e.g. ("edrpou", "has a wrong check digit")."""

    def __init__(self, message: str, problems: list[tuple[str, str]],
                 code: Optional[int] = None, klass: ErrorClass = ErrorClass.ARGUMENT) -> None:
        super().__init__(message, code, klass)
        self.problems = problems


class NotFoundError(Error, LookupError):
    """A referenced thing does not exist (EJ_ENOTFOUND)."""

    status = _STATUS["EJ_ENOTFOUND"]


class ExistsError(Error):
    """It already exists (EJ_EEXISTS)."""

    status = _STATUS["EJ_EEXISTS"]


class ConflictError(Error):
    """A concurrent modification or a state-machine violation (EJ_ECONFLICT)."""

    status = _STATUS["EJ_ECONFLICT"]


class PermissionDeniedError(Error):
    """The acting principal may not do this (EJ_EPERM)."""

    status = _STATUS["EJ_EPERM"]


class ExpiredError(Error):
    """A token or invitation has expired (EJ_EEXPIRED)."""

    status = _STATUS["EJ_EEXPIRED"]


class StorageError(Error):
    """A storage backend or I/O failure (EJ_ESTORAGE)."""

    status = _STATUS["EJ_ESTORAGE"]


class OutOfMemoryError(Error, MemoryError):
    """The library ran out of memory (EJ_ENOMEM)."""

    status = _STATUS["EJ_ENOMEM"]


class BufferTooSmallError(Error):
    """A caller buffer is too small (EJ_EBUFS)."""

    status = _STATUS["EJ_EBUFS"]


class VersionError(Error):
    """An unknown options version, or a library whose version does not fit (EJ_EVERSION)."""

    status = _STATUS["EJ_EVERSION"]


class UnsupportedError(Error):
    """A valid request the library does not do (EJ_EUNSUPPORTED)."""

    status = _STATUS["EJ_EUNSUPPORTED"]


class EmptyError(Error, ValueError):
    """Nothing to compute: no value counts (EJ_EEMPTY)."""

    status = _STATUS["EJ_EEMPTY"]


class RangeError(Error, ValueError):
    """A value outside its domain, or a result that overflows its type (EJ_ERANGE)."""

    status = _STATUS["EJ_ERANGE"]


class CallbackAbortedError(Error):
    """A callback asked the library to stop (EJ_EUSER)."""

    status = _STATUS["EJ_EUSER"]


_ERROR_BY_STATUS = {cls.status: cls for cls in (
    Error, InvalidError, NotFoundError, ExistsError, ConflictError, PermissionDeniedError,
    ExpiredError, StorageError, OutOfMemoryError, BufferTooSmallError, VersionError,
    UnsupportedError, EmptyError, RangeError, CallbackAbortedError)}


def error_for(code: int, message: str, klass: int = ErrorClass.ARGUMENT) -> Error:
    """The exception for a status code (Error itself for a code this package does not know)."""
    try:
        error_class = ErrorClass(klass)
    except ValueError:
        error_class = ErrorClass.INTERNAL
    return _ERROR_BY_STATUS.get(code, Error)(message, code, error_class)


def check(status: int) -> None:
    """Raises the exception for `status` with ej_error_last()'s message, unless it is EJ_OK."""
    if status == 0:
        return
    last = lib.ej_error_last()
    # ej_error_last() belongs to the call that just failed on this thread; read it at once.
    message = ffi.string(last.message).decode("utf-8", "replace")
    klass = last.klass if last.code == status else ErrorClass.INTERNAL
    message = message or ffi.string(lib.ej_status_str(status)).decode()
    problems = _field_problems() if last.code == status else []
    if problems:
        raise ValidationError(message, problems, status, ErrorClass(klass))
    raise error_for(status, message, klass)


def _field_problems() -> list[tuple[str, str]]:
    """The (field, problem) pairs of the last failure on this thread (ej_error_field())."""
    field, problem = ffi.new("const char **"), ffi.new("const char **")
    problems = []
    for index in range(lib.ej_error_field_count()):
        if lib.ej_error_field(field, problem, index) == 0:
            problems.append((ffi.string(field[0]).decode("utf-8", "replace"),
                             ffi.string(problem[0]).decode("utf-8", "replace")))
    return problems


def status_string(code: int) -> str:
    """The library's static English text for a status code ("EJ_EINVALID: …")."""
    return ffi.string(lib.ej_status_str(code)).decode("utf-8")


# ---------------------------------------------------------------------------------- loading

def library_candidates(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The files or names that load() tries, in order.

    $EJOURNAL_LIBRARY alone when it is set; else a libejournal.so.N inside this package's
    directory or beside it; else the SONAME, which the dynamic linker resolves (LD_LIBRARY_PATH,
    the ldconfig cache, /usr/lib…).
    """
    override = environ.get(LIBRARY_ENV)
    if override:
        return [override]
    package = Path(__file__).resolve().parent
    bundled = [str(path) for path in (package / SONAME, package.parent / SONAME)
               if path.exists()]
    return bundled + [SONAME]


def check_version(library_number: int, header_number: int) -> None:
    """Raises VersionError unless a library of `library_number` can serve declarations made for
    `header_number` (both M × 1 000 000 + m × 1 000 + p): the majors must match, and the library
    must not be older than the headers, or functions declared in the cdef could be missing.
    """
    def text(number: int) -> str:
        return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"

    if library_number // 1_000_000 != header_number // 1_000_000 or library_number < header_number:
        raise VersionError(
            f"libejournal {text(library_number)} does not fit this Python package, which was "
            f"generated for the {text(header_number)} headers (same major, not older, needed)",
            klass=ErrorClass.ARGUMENT)


def load(environ: Mapping[str, str] = os.environ) -> tuple[Any, str]:
    """Opens libejournal and checks its version; returns (library, the path or name opened)."""
    failures = []
    for candidate in library_candidates(environ):
        try:
            library = ffi.dlopen(candidate)
        except OSError as error:
            failures.append(f"{candidate}: {error}")
            continue
        check_version(library.ej_version_number(), _cdef.EJ_VERSION_NUMBER)
        return library, candidate
    hint = ""
    installed = ctypes.util.find_library("ejournal")
    if installed and installed != SONAME:
        hint = f" (the system has {installed}, an incompatible ABI)"
    raise ImportError(f"cannot load {SONAME}{hint}; set {LIBRARY_ENV} to the library file. "
                      + "; ".join(failures))


lib, library_path = load()


# -------------------------------------------------------------------------------- handles

class Handle:
    """Owns one C handle, freed by close(), by leaving a with block, or by garbage collection.

    A subclass names its C type and free function (_CTYPE, _FREE); _adopt() makes the C object.
    """

    _CTYPE: str
    _FREE: str
    _cdata: Any = None

    def _adopt(self, make: Callable[[Any], int]) -> None:
        """Calls `make(out)` with a fresh `_CTYPE **` and takes ownership of *out."""
        out = ffi.new(f"{self._CTYPE} **")
        check(make(out))
        self._cdata = ffi.gc(out[0], getattr(lib, self._FREE))

    @classmethod
    def _made_by(cls, make: Callable[[Any], int]):
        """A new instance owning the C object that `make(out)` creates (no __init__ call)."""
        handle = cls.__new__(cls)
        handle._adopt(make)
        return handle

    @property
    def _ptr(self) -> Any:
        """The handle for a C call; InvalidError once closed."""
        if self._cdata is None:
            raise InvalidError(f"the {type(self).__name__} is closed")
        return self._cdata

    def close(self) -> None:
        """Frees the C object now; further use raises InvalidError. Closing twice is harmless."""
        if self._cdata is not None:
            ffi.release(self._cdata)
            self._cdata = None

    def __enter__(self):
        """Returns the object itself; the with block closes it at the end."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Closes the object."""
        self.close()


def owned(ctype: str, free: Callable[[Any], None], make: Callable[[Any], int]) -> Any:
    """Calls `make(out)` with a fresh `ctype **` and returns *out, garbage-collected by `free`
    (for results read once and dropped)."""
    out = ffi.new(f"{ctype} **")
    check(make(out))
    return ffi.gc(out[0], free)


# ------------------------------------------------------------------------------ conversions

def encode_text(text: Optional[str], argument: str, optional: bool = False) -> Any:
    """UTF-8 bytes of `text` for a `const char *` (ffi.NULL for None when `optional`).

    A str that cannot be UTF-8 (lone surrogates) or that holds NUL, which would silently cut the
    C string short, raises InvalidError naming `argument` before any C call.
    """
    if text is None and optional:
        return ffi.NULL
    if not isinstance(text, str):
        raise TypeError(f"{argument} must be a str, not {type(text).__name__}")
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidError(f"{argument} is not valid Unicode text (a lone surrogate at index "
                           f"{error.start})") from None
    if b"\0" in encoded:
        raise InvalidError(f"{argument} contains a NUL character")
    return encoded


def decode_text(pointer: Any) -> str:
    """The str of a NUL-terminated UTF-8 string from the library ("" for NULL)."""
    if pointer == ffi.NULL:
        return ""
    return ffi.string(pointer).decode("utf-8")


def take_text(pointer: Any) -> str:
    """The str of a string the library handed out, which is then freed with ej_free."""
    try:
        return decode_text(pointer)
    finally:
        lib.ej_free(pointer)


def string_from(call: Callable[[Any], int]) -> str:
    """The str a `char **out` function hands out: `call(out)` makes the call."""
    out = ffi.new("char **")
    check(call(out))
    return take_text(out[0])


class TextArray:
    """A `const char *[]` (`.pointer`) over str values, owning the UTF-8 buffers it points
    into: a cdata array does not keep its items alive, this object does."""

    def __init__(self, texts: list, argument: str) -> None:
        self._buffers = [ffi.new("char[]", encode_text(text, f"{argument}[{index}]"))
                         for index, text in enumerate(texts)]
        self.pointer = ffi.new("const char *[]", self._buffers)


def is_number(value: object) -> bool:
    """True for the numbers the API accepts: ints, Fractions, Decimals, floats (not bools)."""
    return (isinstance(value, (numbers.Rational, float, Decimal))
            and not isinstance(value, bool))


def exact(value: object, argument: str) -> Fraction:
    """`value` as an exact Fraction. A float means the shortest decimal that round-trips to it
    (0.1 is 1/10), as the C API reads doubles. TypeError for a non-number, InvalidError for NaN
    or an infinity.
    """
    if not is_number(value):
        raise TypeError(f"{argument} must be a number, not {type(value).__name__}")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidError(f"{argument} is {value}, not a finite number")
        return Fraction(repr(float(value)))  # float(): numpy 2 spells repr "np.float64(…)"
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidError(f"{argument} is {value}, not a finite number")
        return Fraction(value)
    return Fraction(value)


def double(value: object, argument: str) -> float:
    """`value` as a double that the library reads back as exactly the same number.

    Floats pass unchanged (NaN and infinities too: the library rejects them itself). An int,
    Fraction or Decimal whose exact value the library would not read back from a double — 1/3,
    2**60 + 1 — raises InvalidError rather than being silently changed.
    """
    if isinstance(value, float):
        return value
    wanted = exact(value, argument)
    try:
        converted = float(wanted)
    except OverflowError:
        raise RangeError(f"{argument} = {value} is too large") from None
    if Fraction(repr(converted)) != wanted:
        raise InvalidError(f"{argument} = {value} cannot cross the C API exactly (the library "
                           f"reads a double as its shortest decimal, {converted!r})")
    return converted


def rational(value: object, argument: str) -> Any:
    """A new `ej_rational *` holding `value` exactly (RangeError when it does not fit int64)."""
    fraction = exact(value, argument)
    if not (_INT64_MIN <= fraction.numerator <= _INT64_MAX
            and fraction.denominator <= _INT64_MAX):
        raise RangeError(f"{argument} = {value} does not fit a 64-bit rational")
    return ffi.new("ej_rational *", [fraction.numerator, fraction.denominator])


def uuid_to_c(value: uuid.UUID) -> Any:
    """A new `ej_uuid *` holding `value`'s 16 bytes in network order (TypeError for a
    non-UUID: ids are never guessed from strings or ints here)."""
    if not isinstance(value, uuid.UUID):
        raise TypeError(f"an id must be a uuid.UUID, not {type(value).__name__}")
    return ffi.new("ej_uuid *", {"bytes": list(value.bytes)})


def uuid_from_c(value: Any) -> uuid.UUID:
    """The uuid.UUID of an `ej_uuid` or `ej_uuid *` from the library."""
    return uuid.UUID(bytes=ffi.buffer(value.bytes)[:])


def to_fraction(value: Any) -> Fraction:
    """The Fraction of an ej_rational."""
    return Fraction(value.num, value.den)


def to_decimal(value: Any) -> Decimal:
    """The Decimal of an ej_decimal, with exactly its scale of decimals ({970, 2} → 9.70)."""
    return Decimal(f"{value.units}E-{value.scale}")


def integer(value: object, argument: str, bits: int = 32) -> int:
    """`value` as an int for a C integer of `bits` bits (ints and integer-like objects such as
    numpy ints; not bools). RangeError when it does not fit, rather than cffi's OverflowError.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{argument} must be an int, not {type(value).__name__}")
    number = int(value)
    if not -(2 ** (bits - 1)) <= number < 2 ** (bits - 1):
        raise RangeError(f"{argument} = {number} does not fit a {bits}-bit integer")
    return number


def choice(choices: Mapping[str, int], value: object, argument: str) -> int:
    """The enum constant named `value` among `choices` (InvalidError listing them otherwise)."""
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    try:
        return choices[value]
    except KeyError:
        raise InvalidError(f"{argument} = {value!r} is not one of "
                           f"{', '.join(map(repr, choices))}") from None


ROUNDING = enum_values("ej_rounding_mode", "EJ_ROUND_")
METHODS = enum_values("ej_method", "EJ_METHOD_")
EMPTY_POLICIES = enum_values("ej_empty_policy", "EJ_EMPTY_")
