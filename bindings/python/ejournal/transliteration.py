"""The official Ukrainian → Latin transliteration (Cabinet of Ministers resolution No. 55 of
27.01.2010) and login names derived from it.

>>> transliterate("Мар'яна Щербак, ЄВГЕН")
'Mariana Shcherbak, YEVHEN'
>>> login_from_name("Лук'янчук", "Мар'яна")
'mariana.lukianchuk'
"""

from __future__ import annotations

from ._lib import encode_text, lib, string_from

__all__ = ["transliterate", "login_from_name"]


def transliterate(text: str) -> str:
    """`text` in the official Latin spelling, after NFC normalisation.

    є ї й ю я are ye yi y yu ya at the start of a word and ie i i iu ia elsewhere (an apostrophe
    never starts a word); зг is zgh; ь and apostrophes inside a word are dropped; a capital gives
    "Shch", or "SHCH" inside an all-caps word; other characters pass through. At most 65 536 UTF-8
    bytes; InvalidError otherwise.
    """
    encoded = encode_text(text, "text")
    return string_from(lambda out: lib.ej_transliterate(out, encoded))


def login_from_name(surname: str, given_name: str, separator: str = ".") -> str:
    """A login local part "<given name><separator><surname>" in [a-z0-9.-], at most 64 bytes.

    Both names are transliterated officially; Latin capitals become lower case, everything else
    outside a-z, 0-9, '.' and '-' is dropped (hyphens of double surnames stay), runs of '.' and
    '-' collapse and none is left at either end. When one name gives nothing, the other one
    alone remains. `separator` may hold only a-z, 0-9, '.' and '-'. Raises InvalidError naming
    the value when no letter or digit remains. The caller makes the login unique.
    """
    encoded_surname = encode_text(surname, "surname")
    encoded_given = encode_text(given_name, "given_name")
    encoded_separator = encode_text(separator, "separator")
    return string_from(lambda out: lib.ej_login_from_name(out, encoded_surname, encoded_given,
                                                           encoded_separator))
