"""Personal names (ПІБ), the gendered words of generated texts, and dates and counted nouns in
Ukrainian ("uk") and English ("en").

>>> name = parse_full_name("Шевченко Тарас Григорович")
>>> format_name(name, "surname_initials")
'Шевченко Т. Г.'
>>> gender_word("not_attested", "feminine")
'не атестована'
>>> import datetime
>>> format_date(datetime.date(2024, 9, 1))
'1 вересня 2024 р.'
>>> format_count(5, {"one": "пропуск", "few": "пропуски", "many": "пропусків"})
'5 пропусків'
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Mapping, Optional

from ._lib import (InvalidError, NotFoundError, check, choice, decode_text, encode_text,
                   enum_values, ffi, integer, lib, string_from)

__all__ = ["FullName", "format_count", "format_date", "format_name", "gender_word",
           "guess_gender", "parse_full_name"]

NAME_STYLES = enum_values("ej_name_style", "EJ_NAME_")
GENDERS = enum_values("ej_gender", "EJ_GENDER_")
GENDER_WORDS = enum_values("ej_gender_word_kind", "EJ_WORD_")
DATE_STYLES = enum_values("ej_date_style", "EJ_DATE_")
PLURAL_CATEGORIES = ("one", "few", "many", "other")


@dataclass(frozen=True)
class FullName:
    """A name in the official order; `patronymic` is None when the person has none."""

    surname: str
    given: str
    patronymic: Optional[str] = None


def parse_full_name(text: str) -> FullName:
    """Splits "Прізвище Ім'я По-батькові" (the patronymic is optional).

    The text is put in NFC, every apostrophe becomes U+02BC, runs of white space collapse and
    hyphenated double surnames stay whole. Raises InvalidError quoting the text unless it has
    exactly 2 or 3 words.
    """
    encoded = encode_text(text, "text")
    parts = ffi.new("char *[3]")
    try:
        check(lib.ej_name_parse(parts, parts + 1, parts + 2, encoded))
        patronymic = None if parts[2] == ffi.NULL else decode_text(parts[2])
        return FullName(decode_text(parts[0]), decode_text(parts[1]), patronymic)
    finally:
        for part in parts:
            lib.ej_free(part)


def format_name(name: FullName, style: str = "full") -> str:
    """`name` as "full" ("Шевченко Тарас Григорович"), "surname_initials" ("Шевченко Т. Г.") or
    "initials_surname" ("Т. Г. Шевченко"). Each part must be one word."""
    code = choice(NAME_STYLES, style, "style")
    surname = encode_text(name.surname, "surname")
    given = encode_text(name.given, "given")
    patronymic = encode_text(name.patronymic, "patronymic", optional=True)
    return string_from(lambda out: lib.ej_name_format(out, surname, given, patronymic, code))


def gender_word(word: str, gender: str) -> str:
    """"not_attested", "pupil" or "exempt" in the "feminine" or "masculine" gender:
    не атестована / не атестований, учениця / учень, звільнена / звільнений."""
    word_code = choice(GENDER_WORDS, word, "word")
    gender_code = choice(GENDERS, gender, "gender")
    out = ffi.new("const char **")
    check(lib.ej_gender_word(out, word_code, gender_code))
    return decode_text(out[0])


def guess_gender(name: FullName) -> Optional[str]:
    """The grammatical gender the patronymic shows — "masculine" for -ович, "feminine" for
    -івна and -ївна — or None when it shows none. Prefer the gender the person chose."""
    patronymic = encode_text(name.patronymic, "patronymic", optional=True)
    gender = ffi.new("int32_t *")
    try:
        check(lib.ej_gender_guess(gender, patronymic))
    except NotFoundError:
        return None
    return next(key for key, value in GENDERS.items() if value == gender[0])


def format_date(date: datetime.date, style: str = "long", locale: str = "uk") -> str:
    """`date` as "long" ("1 вересня 2024 р." / "1 September 2024"), "month_year" ("вересень 2024"),
    "weekday" ("неділя") or "numeric" ("01.09.2024" / "01/09/2024"); `locale` is "uk" or "en".
    A datetime is taken by its calendar date."""
    if not isinstance(date, datetime.date):
        raise TypeError(f"date must be a datetime.date, not {type(date).__name__}")
    code = choice(DATE_STYLES, style, "style")
    encoded_locale = encode_text(locale, "locale")
    c_date = ffi.new("ej_date *", (date.year, date.month, date.day))
    return string_from(lambda out: lib.ej_date_format(out, c_date, code, encoded_locale))


def format_count(n: int, forms: Mapping[str, str], locale: str = "uk") -> str:
    """"<n> <form>", the form chosen by the CLDR plural rules of `locale` from `forms`, keyed by
    "one", "few", "many" and "other" (Ukrainian uses one/few/many, English one/other; a missing
    form falls back to "other"). Raises InvalidError when no form fits, RangeError for |n| > 2^53.
    """
    number = integer(n, "n", bits=64)
    unknown = set(forms) - set(PLURAL_CATEGORIES)
    if unknown:
        raise InvalidError(f"forms has keys {sorted(unknown)!r}; expected some of "
                         f"{', '.join(PLURAL_CATEGORIES)}")
    encoded = [encode_text(forms.get(category), category, optional=True)
               for category in PLURAL_CATEGORIES]
    encoded_locale = encode_text(locale, "locale")
    return string_from(lambda out: lib.ej_count_format(out, number, encoded_locale, *encoded))
