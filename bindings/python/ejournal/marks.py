"""Special marks (позначки, ua-school.md §1.7): н, н/а, зв., зар., не зар. and custom ones, as a
dictionary with semantic flags.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from ._lib import (Handle, NotFoundError, Number, RangeError, check, decode_text, double,
                   encode_text, ffi, integer, lib)

__all__ = ["Mark", "MarkFlag", "Marks"]


class MarkFlag(enum.IntFlag):
    """What a special mark means (ej_mark_flag)."""

    NONE = 0
    COUNTS_IN_AVERAGE = 1  #: enters averages, at its average value or else the item's minimum
    ABSENCE = 2
    ATTESTATION = 4        #: may stand in a final column
    PASS = 8
    FAIL = 16
    HAS_AVERAGE_VALUE = 32  #: set by Marks.add() when it is given an average_value


@dataclass(frozen=True)
class Mark:
    """A special mark of a dictionary: its canonical code, what it means and its flags."""

    code: str
    label: str
    flags: MarkFlag


def marks_pointer(marks: Optional["Marks"]) -> Any:
    """The `const ej_marks *` for an optional dictionary: NULL (the official marks) for None."""
    if marks is None:
        return ffi.NULL
    if not isinstance(marks, Marks):
        raise TypeError(f"marks must be Marks, not {type(marks).__name__}")
    return marks._ptr


class Marks(Handle):
    """A dictionary of special marks. Use it from one thread at a time while it is changed."""

    _CTYPE = "ej_marks"
    _FREE = "ej_marks_free"

    def __init__(self) -> None:
        """An empty dictionary (see Marks.ukrainian() for the official marks)."""
        self._adopt(lib.ej_marks_new)

    @classmethod
    def ukrainian(cls) -> "Marks":
        """The official Ukrainian marks: н, н/а, зв., зар., не зар. (none counts in averages)."""
        return cls._made_by(lib.ej_marks_ukrainian)

    def add(self, code: str, label: str = "", flags: MarkFlag = MarkFlag.NONE,
            average_value: Optional[Number] = None) -> None:
        """Adds a mark. With `average_value` the mark enters averages at that value (add
        MarkFlag.COUNTS_IN_AVERAGE for it to count). ExistsError when the code is taken;
        InvalidError for an empty code, unknown flags, or both PASS and FAIL.
        """
        bits = integer(flags, "flags", 64)
        if not 0 <= bits < 2**32:
            raise RangeError(f"flags = {bits} does not fit a uint32_t")
        value = 0.0
        if average_value is not None:
            bits |= MarkFlag.HAS_AVERAGE_VALUE
            value = double(average_value, "average_value")
        check(lib.ej_marks_add(self._ptr, encode_text(code, "code"), encode_text(label, "label"),
                               bits, value))

    def add_alias(self, code: str, alias: str) -> None:
        """Accepts `alias` as another spelling of the mark `code` (NotFoundError for an unknown
        code, ExistsError when the alias is taken)."""
        check(lib.ej_marks_add_alias(self._ptr, encode_text(code, "code"),
                                     encode_text(alias, "alias")))

    def lookup(self, code_or_alias: str) -> Mark:
        """The mark spelled `code_or_alias` (its code or an alias); NotFoundError otherwise."""
        flags, code = ffi.new("uint32_t *"), ffi.new("const char **")
        check(lib.ej_marks_lookup(flags, code, self._ptr,
                                  encode_text(code_or_alias, "code_or_alias")))
        canonical = decode_text(code[0])
        label = next((mark.label for mark in self if mark.code == canonical), "")
        return Mark(canonical, label, MarkFlag(flags[0]))

    __getitem__ = lookup

    def __contains__(self, code_or_alias: object) -> bool:
        """True when `code_or_alias` spells a mark of the dictionary."""
        if not isinstance(code_or_alias, str):
            return False
        try:
            self.lookup(code_or_alias)
        except NotFoundError:
            return False
        return True

    def __len__(self) -> int:
        """The number of marks."""
        out = ffi.new("int32_t *")
        check(lib.ej_marks_count(out, self._ptr))
        return out[0]

    def __iter__(self) -> Iterator[Mark]:
        """The marks in the order they were added."""
        code, label, flags = ffi.new("const char **"), ffi.new("const char **"), \
            ffi.new("uint32_t *")
        for index in range(len(self)):
            check(lib.ej_marks_get(code, label, flags, self._ptr, index))
            yield Mark(decode_text(code[0]), decode_text(label[0]), MarkFlag(flags[0]))

    def __repr__(self) -> str:
        if self._cdata is None:
            return "<Marks closed>"
        return f"<Marks {[mark.code for mark in self]!r}>"
