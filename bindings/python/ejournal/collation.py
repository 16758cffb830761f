"""Person names: normalisation, Ukrainian alphabetical order and search keys.

>>> normalize_name("Iванна  Пeтpенко", lenient=True)
NormalizedName(text='Іванна Петренко', changes=4)
>>> sorted(["Яна", "Ірина", "Ґава", "Гава"], key=Collator().sort_key)
['Гава', 'Ґава', 'Ірина', 'Яна']
>>> search_key("МАР’ЯНА") == search_key("мар'яна"), latin_search_key("Київ")
(True, 'kyiv')
"""

from __future__ import annotations

from typing import Any, Callable, NamedTuple, Optional

from ._lib import check, encode_text, ffi, lib, string_from

__all__ = ["Collator", "NormalizedName", "latin_search_key", "normalize_name", "search_key"]


class NormalizedName(NamedTuple):
    """A repaired name and how many repairs it took (NFC itself is not counted)."""

    text: str
    changes: int


def normalize_name(text: str, lenient: bool = False) -> NormalizedName:
    """`text` ready for storage and comparison.

    NFC; every apostrophe variant becomes U+02BC, dash variants become '-', spaces (NBSP too) are
    trimmed and collapsed. A Latin look-alike letter (I, a, o, …) in a word whose letters are
    mostly Cyrillic raises InvalidError naming the letter and the word, or is replaced by its
    Cyrillic twin when `lenient`. Control characters raise InvalidError. At most 1024 UTF-8 bytes.
    """
    encoded = encode_text(text, "text")
    changes = ffi.new("uint32_t *")
    mode = lib.EJ_NORMALIZE_LENIENT if lenient else lib.EJ_NORMALIZE_STRICT
    normalised = string_from(lambda out: lib.ej_name_normalize(out, changes, encoded, mode))
    return NormalizedName(normalised, changes[0])


def search_key(text: str) -> str:
    """A key that ignores case, apostrophe variant and spacing: "мар'яна", "МАР’ЯНА" and
    "Марʼяна" give the same one. InvalidError as for normalize_name."""
    encoded = encode_text(text, "text")
    return string_from(lambda out: lib.ej_search_key(out, encoded))


def latin_search_key(text: str) -> str:
    """search_key in the official Latin spelling: "Kyiv" and "Київ" both give "kyiv"."""
    encoded = encode_text(text, "text")
    return string_from(lambda out: lib.ej_latin_search_key(out, encoded))


class Collator:
    """Ukrainian alphabetical order (Г < Ґ < Д, Е < Є, И < І < Ї < Й); case and apostrophes count
    only when all else is equal. Not for use by two threads at once: make one per thread."""

    def __init__(self) -> None:
        out = ffi.new("ej_collator **")
        check(lib.ej_collator_new(out))
        self._ptr = ffi.gc(out[0], lib.ej_collator_free)

    def compare(self, a: str, b: str) -> int:
        """-1, 0 or 1 as `a` sorts before, with or after `b`."""
        order = ffi.new("int32_t *")
        check(lib.ej_collator_compare(order, self._ptr, encode_text(a, "a"), encode_text(b, "b")))
        return int(order[0])

    def sort_key(self, text: str) -> bytes:
        """Bytes whose order is compare's order: `sorted(names, key=collator.sort_key)`."""
        encoded = encode_text(text, "text")
        return self._key(lambda data, length: lib.ej_collator_sort_key(data, length, self._ptr,
                                                                       encoded))

    def name_sort_key(self, surname: str, given_name: str, patronymic: Optional[str] = None,
                      person_id: int = 0) -> bytes:
        """A key ordering by surname, then given name, then patronymic, then `person_id`
        (0 … 2**64-1), then the raw names, so that only identical names with identical ids tie."""
        if not isinstance(person_id, int) or not 0 <= person_id < 2**64:
            raise TypeError(f"person_id must be an int in 0 … 2**64-1, not {person_id!r}")
        encoded = (encode_text(surname, "surname"), encode_text(given_name, "given_name"),
                   encode_text(patronymic, "patronymic", optional=True))
        return self._key(lambda data, length: lib.ej_collator_name_sort_key(
            data, length, self._ptr, *encoded, person_id))

    def _key(self, call: Callable[[Any, Any], int]) -> bytes:
        """A copy of the key the collator lends until its next call."""
        data = ffi.new("const uint8_t **")
        length = ffi.new("size_t *")
        check(call(data, length))
        return bytes(ffi.buffer(data[0], length[0]))
