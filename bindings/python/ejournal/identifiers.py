"""Ukrainian identifiers (ua-school.md §5.1–§5.4) and the 27 first-level units (§5.5).

Each validator removes spaces and returns the normalised form, or raises InvalidError naming the
value and the rule it breaks.

>>> normalize_edrpou("0003 2129")
'00032129'
>>> normalize_class_name("5 - а")
'5-А'
>>> parse_katottg("UA80000000000093317").region.iso
'UA-30'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable

from ._lib import check, decode_text, encode_text, ffi, lib, string_from, take_text

__all__ = ["Katottg", "Region", "normalize_class_name", "normalize_diso_id", "normalize_edrpou",
           "normalize_rnokpp", "parse_katottg", "regions"]


@dataclass(frozen=True)
class Region:
    """A first-level unit: an oblast, the Autonomous Republic of Crimea, Kyiv or Sevastopol."""

    katottg: str     #: two-digit КАТОТТГ first-level code ("80")
    iso: str         #: ISO 3166-2 code ("UA-30"); differs from the КАТОТТГ code for 5 units
    name_uk: str     #: "місто Київ"
    name_latin: str  #: national transliteration ("Kyiv")


@dataclass(frozen=True)
class Katottg:
    """A КАТОТТГ code split into its levels; zeros fill the levels below the object."""

    code: str        #: "UA" + 17 digits
    oblast: str      #: 2 digits, the first-level unit
    raion: str       #: 2 digits
    hromada: str     #: 3 digits
    settlement: str  #: 3 digits
    district: str    #: 2 digits, city district
    region: Region


def _region_at(index: int) -> Region:
    """The first-level unit at `index` of the library's table."""
    fields = [ffi.new("const char **") for _ in range(4)]
    check(lib.ej_region_get(*fields, index))
    return Region(*(decode_text(field[0]) for field in fields))


# The reference data are fixed for the life of the library, so they are read once.
@functools.cache
def regions() -> tuple[Region, ...]:
    """The 27 first-level units in КАТОТТГ code order."""
    count = ffi.new("int32_t *")
    check(lib.ej_region_count(count))
    return tuple(_region_at(index) for index in range(count[0]))


def _normalize(function: Callable[[Any, Any], int], text: str) -> str:
    """Calls an ej_*_normalize `function` on `text` and returns the string it hands out."""
    encoded = encode_text(text, "text")
    return string_from(lambda out: function(out, encoded))


def normalize_edrpou(text: str) -> str:
    """The ЄДРПОУ code as 8 digits; InvalidError for a wrong length, a non-digit or check digit."""
    return _normalize(lib.ej_edrpou_normalize, text)


def normalize_rnokpp(text: str) -> str:
    """The РНОКПП as 10 digits; InvalidError for a wrong length, a non-digit or check digit."""
    return _normalize(lib.ej_rnokpp_normalize, text)


def normalize_class_name(text: str) -> str:
    """The class name as "5-А": grade 1 … 12 and one Ukrainian capital letter (Latin refused)."""
    return _normalize(lib.ej_class_name_normalize, text)


def normalize_diso_id(text: str) -> str:
    """The ДІСО institution id as 1 … 20 digits (an opaque number without a checksum)."""
    return _normalize(lib.ej_diso_id_normalize, text)


def parse_katottg(text: str) -> Katottg:
    """The КАТОТТГ code ("UA" in either case and 17 digits) split into its levels."""
    out = ffi.new("char **")
    index = ffi.new("int32_t *")
    check(lib.ej_katottg_parse(out, index, encode_text(text, "text")))
    code = take_text(out[0])
    digits = code[2:]
    return Katottg(code, digits[0:2], digits[2:4], digits[4:7], digits[7:10], digits[10:12],
                   regions()[index[0]])
