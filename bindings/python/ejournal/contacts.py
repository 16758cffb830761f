"""E-mail addresses and Ukrainian phone numbers (ua-school.md §5.6).

Each validator returns the normalised form, or raises InvalidError naming the value and the rule
it breaks.

>>> normalize_email(" Director@Школа.укр ")
'Director@xn--80atdl2c.xn--j1amh'
>>> normalize_phone("(067) 123-45-67")
Phone(e164='+380671234567', kind=<PhoneKind.MOBILE: 1>, code='67')
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ._lib import check, encode_text, ffi, lib, string_from, take_text

__all__ = ["Phone", "PhoneKind", "normalize_email", "normalize_phone"]


class PhoneKind(enum.IntEnum):
    """What a number is, by its operator or area code (informational: numbers are portable)."""

    UNKNOWN = lib.EJ_PHONE_UNKNOWN  #: valid, but neither mobile nor fixed (toll-free, VoIP, …)
    MOBILE = lib.EJ_PHONE_MOBILE
    FIXED = lib.EJ_PHONE_FIXED


@dataclass(frozen=True)
class Phone:
    """A Ukrainian phone number in E.164 form."""

    e164: str        #: "+380" and the 9-digit national number
    kind: PhoneKind
    code: str        #: the operator range or area zone: the two digits after "+380"


def normalize_email(text: str) -> str:
    """The address trimmed, with its domain in lower-case ASCII (UTS #46) and its local part as
    typed; InvalidError for anything but one '@' between an RFC 5322 dot-atom (ASCII, at most 64
    bytes, not quoted) and a domain of at least two labels whose top level is not all digits."""
    encoded = encode_text(text, "text")
    return string_from(lambda out: lib.ej_email_normalize(out, encoded))


def normalize_phone(text: str) -> Phone:
    """The Ukrainian number as "+380XXXXXXXXX" with its kind; spaces, dashes, dots and
    parentheses are dropped and "+380", "00380", "380", "0" and the legacy "80" are accepted.
    InvalidError for other countries, letters or a national number that is not 9 digits."""
    out = ffi.new("char **")
    kind = ffi.new("int32_t *")
    check(lib.ej_phone_normalize(out, kind, encode_text(text, "text")))
    e164 = take_text(out[0])
    return Phone(e164, PhoneKind(kind[0]), e164[4:6])
