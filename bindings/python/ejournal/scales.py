"""Grading scales and threshold tables (ua-school.md §1.2–§1.4): the 12-point scale with its
levels, NUSh levels and descriptors, 5-point, 100-point with ECTS letters, pass/fail, custom ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable, NamedTuple, Optional, Union

from ._lib import (Handle, InvalidError, Number, OpenEnum, TextArray, check, choice, decode_text,
                   double, encode_text, enum_values, ffi, lib, rational, to_fraction)

__all__ = ["Band", "Threshold", "Thresholds", "Scale", "ScaleKind", "Symbol"]


@dataclass(frozen=True)
class Threshold:
    """A row of a custom threshold table: values from `lower_bound` (inclusive) up to the next
    higher bound map to it. `value` is its number on a target scale, if the table converts.
    """

    lower_bound: Number
    code: str
    name: str = ""
    value: Optional[Number] = None


@dataclass(frozen=True)
class Band:
    """The row a value falls in: a level of a scale ("IV", "Високий"), an ECTS letter, …"""

    code: str
    name: str
    value: Optional[Fraction] = None


class Thresholds(Handle):
    """An immutable table mapping values of a domain [min, max] to rows by inclusive lower
    bounds, checked from the highest down. Shareable between threads.
    """

    #: Names accepted by builtin().
    BUILTIN = enum_values("ej_thresholds_id", "EJ_THRESHOLDS_")
    _CTYPE = "ej_thresholds"
    _FREE = "ej_thresholds_free"

    def __init__(self, name: str, min: Number, max: Number,
                 rows: Iterable[Union[Threshold, tuple]]) -> None:
        """A custom table over [min, max]; `rows` are Threshold objects or tuples of their
        fields, in any order. All rows have a `value` or none has.
        """
        table = [row if isinstance(row, Threshold) else Threshold(*row) for row in rows]
        with_values = [row.value is not None for row in table]
        if any(with_values) and not all(with_values):
            raise InvalidError("rows: either every row has a value or none has")
        bounds = ffi.new("double[]", [double(row.lower_bound, f"rows[{index}].lower_bound")
                                      for index, row in enumerate(table)])
        codes = TextArray([row.code for row in table], "rows.code")
        names = TextArray([row.name for row in table], "rows.name")
        values = ffi.NULL
        if table and all(with_values):
            values = ffi.new("double[]", [double(row.value, f"rows[{index}].value")
                                          for index, row in enumerate(table)])
        arguments = (encode_text(name, "name"), double(min, "min"), double(max, "max"))
        self._adopt(lambda out: lib.ej_thresholds_new(out, *arguments, len(table), bounds,
                                                      codes.pointer, names.pointer, values))

    @classmethod
    def builtin(cls, which: str) -> "Thresholds":
        """A built-in table: "ukrainian_12_levels", "hundred_to_ects", "ukrainian_12_to_five",
        "hundred_to_five" or "five_to_ukrainian_12".
        """
        which_id = choice(cls.BUILTIN, which, "which")
        return cls._made_by(lambda out: lib.ej_thresholds_builtin(out, which_id))

    def lookup(self, value: Number) -> Band:
        """The row for `value`; RangeError outside the domain or below every bound."""
        code, name = ffi.new("const char **"), ffi.new("const char **")
        target, has_target = ffi.new("ej_rational *"), ffi.new("int32_t *")
        check(lib.ej_thresholds_lookup(code, name, target, has_target, self._ptr,
                                       rational(value, "value")))
        return Band(decode_text(code[0]), decode_text(name[0]),
                    to_fraction(target) if has_target[0] else None)


class ScaleKind(OpenEnum):
    """What a scale's grades are."""

    NUMERIC = 1   #: numbers in [min, max] on a step
    SYMBOLIC = 2  #: ordered symbols
    VERBAL = 3    #: free text only


@dataclass(frozen=True)
class Symbol:
    """One symbol of a symbolic scale: shown as `code`, counted as `value`."""

    code: str
    label: str
    value: Number


class _ScaleInfo(NamedTuple):
    kind: ScaleKind
    name: str
    min: Fraction
    max: Fraction
    symbol_count: int


class Scale(Handle):
    """A grading scale. Immutable; shareable between threads."""

    #: Names accepted by builtin().
    BUILTIN = enum_values("ej_scale_id", "EJ_SCALE_")
    _CTYPE = "ej_scale"
    _FREE = "ej_scale_free"

    def __init__(self) -> None:
        """Not for direct use: scales come from the class methods."""
        raise TypeError("make a Scale with Scale.builtin(), numeric(), symbolic() or verbal()")

    @classmethod
    def builtin(cls, which: str) -> "Scale":
        """A built-in scale: "ukrainian_12", "nush_levels", "nush_descriptors", "nush_verbal",
        "five_point", "hundred_point" or "pass_fail".
        """
        which_id = choice(cls.BUILTIN, which, "which")
        return cls._made_by(lambda out: lib.ej_scale_builtin(out, which_id))

    @classmethod
    def numeric(cls, name: str, min: Number, max: Number, step: Number = 1,
                levels: Optional[Thresholds] = None) -> "Scale":
        """Numbers min + k·step up to max; `levels` (copied) names bands over [min, max]."""
        if levels is not None and not isinstance(levels, Thresholds):
            raise TypeError(f"levels must be Thresholds, not {type(levels).__name__}")
        arguments = (encode_text(name, "name"), double(min, "min"), double(max, "max"),
                     double(step, "step"), ffi.NULL if levels is None else levels._ptr)
        return cls._made_by(lambda out: lib.ej_scale_numeric(out, *arguments))

    @classmethod
    def symbolic(cls, name: str, symbols: Iterable[Union[Symbol, tuple]]) -> "Scale":
        """Ordered symbols, lowest first: Symbol objects or (code, label, value) tuples, with
        distinct codes and strictly increasing values.
        """
        table = [symbol if isinstance(symbol, Symbol) else Symbol(*symbol) for symbol in symbols]
        codes = TextArray([symbol.code for symbol in table], "symbols.code")
        labels = TextArray([symbol.label for symbol in table], "symbols.label")
        values = ffi.new("double[]", [double(symbol.value, f"symbols[{index}].value")
                                      for index, symbol in enumerate(table)])
        encoded_name = encode_text(name, "name")
        return cls._made_by(lambda out: lib.ej_scale_symbolic(
            out, encoded_name, len(table), codes.pointer, labels.pointer, values))

    @classmethod
    def verbal(cls, name: str) -> "Scale":
        """A verbal (text-only) scale: nothing on it can be parsed or aggregated."""
        encoded_name = encode_text(name, "name")
        return cls._made_by(lambda out: lib.ej_scale_verbal(out, encoded_name))

    def _info(self) -> _ScaleInfo:
        kind, name, count = ffi.new("int32_t *"), ffi.new("const char **"), ffi.new("int32_t *")
        low, high = ffi.new("ej_rational *"), ffi.new("ej_rational *")
        check(lib.ej_scale_info(kind, name, low, high, count, self._ptr))
        return _ScaleInfo(ScaleKind(kind[0]), decode_text(name[0]), to_fraction(low),
                          to_fraction(high), count[0])

    @property
    def kind(self) -> ScaleKind:
        """NUMERIC, SYMBOLIC or VERBAL."""
        return self._info().kind

    @property
    def name(self) -> str:
        """The scale's name."""
        return self._info().name

    @property
    def range(self) -> Optional[tuple[Fraction, Fraction]]:
        """(min, max) of its values; None for a verbal scale, which has none."""
        info = self._info()
        return None if info.kind is ScaleKind.VERBAL else (info.min, info.max)

    @property
    def symbols(self) -> list[Symbol]:
        """The symbols of a symbolic scale, lowest first (empty for other kinds)."""
        code, label, value = ffi.new("const char **"), ffi.new("const char **"), \
            ffi.new("ej_rational *")
        symbols = []
        for index in range(self._info().symbol_count):
            check(lib.ej_scale_symbol(code, label, value, self._ptr, index))
            symbols.append(Symbol(decode_text(code[0]), decode_text(label[0]),
                                  to_fraction(value)))
        return symbols

    def parse(self, text: str) -> Fraction:
        """Reads a grade: a number on a numeric scale ("10", "87.5"), a symbol's code or label
        otherwise. InvalidError when it is not a grade of this scale; UnsupportedError when the
        scale is verbal.
        """
        out = ffi.new("ej_rational *")
        check(lib.ej_scale_parse(out, self._ptr, encode_text(text, "text")))
        return to_fraction(out)

    def contains(self, value: Number) -> bool:
        """True when `value` is a grade of this scale (in range and on its step, or a symbol's
        value)."""
        out = ffi.new("int32_t *")
        check(lib.ej_scale_contains(out, self._ptr, rational(value, "value")))
        return bool(out[0])

    __contains__ = contains

    def level(self, value: Number) -> Band:
        """The level of a value: Band("IV", "Високий") for 11 on the 12-point scale.
        UnsupportedError when the scale has no levels; RangeError outside the scale.
        """
        code, name = ffi.new("const char **"), ffi.new("const char **")
        check(lib.ej_scale_level(code, name, self._ptr, rational(value, "value")))
        return Band(decode_text(code[0]), decode_text(name[0]))

    def __repr__(self) -> str:
        if self._cdata is None:
            return "<Scale closed>"
        return f"<Scale {self.name!r} {self.kind.name.lower()}>"

