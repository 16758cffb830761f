"""Entity ids across the C boundary: ej_uuid and the uuid_to_c / uuid_from_c helpers."""

import time
import uuid

import pytest

from ejournal import InvalidError
from ejournal._cdef import EJ_UUID_STRLEN
from ejournal._lib import check, ffi, lib, uuid_from_c, uuid_to_c

TEXT = "0123abcd-4567-89ef-8a1b-c2d3e4f5a6b7"


def format_in_c(value: uuid.UUID) -> str:
    """The library's text for `value`, handed over by uuid_to_c."""
    out = ffi.new("char[]", EJ_UUID_STRLEN + 1)
    check(lib.ej_uuid_format(out, len(out), uuid_to_c(value)))
    return ffi.string(out).decode("ascii")


def parse_in_c(text: str) -> uuid.UUID:
    """The library's reading of `text`, handed back by uuid_from_c."""
    out = ffi.new("ej_uuid *")
    check(lib.ej_uuid_parse(out, text.encode()))
    return uuid_from_c(out)


def test_bytes_cross_in_network_order():
    value = uuid.UUID(TEXT)
    converted = uuid_to_c(value)
    assert bytes(converted.bytes) == value.bytes
    assert converted.bytes[0] == 0x01 and converted.bytes[15] == 0xB7
    assert uuid_from_c(converted) == value
    assert uuid_from_c(converted[0]) == value


def test_round_trips_through_the_library():
    value = uuid.uuid4()
    assert format_in_c(value) == str(value)
    assert parse_in_c(str(value).upper()) == value
    assert parse_in_c(TEXT) == uuid.UUID(TEXT)


def test_nil():
    assert lib.ej_uuid_is_nil(uuid_to_c(uuid.UUID(int=0))) == 1
    assert lib.ej_uuid_is_nil(uuid_to_c(uuid.UUID(TEXT))) == 0
    assert uuid_from_c(ffi.new("ej_uuid *")) == uuid.UUID(int=0)


def test_generated_ids_are_time_ordered_version_7():
    out = ffi.new("ej_uuid *")
    seen = []
    before = time.time_ns() // 1_000_000
    for _ in range(1000):
        check(lib.ej_uuid_generate(out))
        value = uuid_from_c(out)
        assert value.version == 7 and value.variant == uuid.RFC_4122
        seen.append(value)
    after = time.time_ns() // 1_000_000
    assert len(set(seen)) == 1000
    made_at = [value.int >> 80 for value in seen]
    assert made_at == sorted(made_at)
    assert before <= made_at[0] and made_at[-1] <= after


@pytest.mark.parametrize("text, fragment", [
    ("", "0 bytes long"),
    ("0123abcd04567-89ef-8a1b-c2d3e4f5a6b7", "'0' at offset 8 where a '-' belongs"),
    ("0123abcg-4567-89ef-8a1b-c2d3e4f5a6b7", "'g' at offset 7 is not a hexadecimal digit"),
    ("{" + TEXT + "}", "38 bytes long, not 36"),
])
def test_malformed_text_is_refused(text, fragment):
    with pytest.raises(InvalidError, match=fragment):
        parse_in_c(text)


@pytest.mark.parametrize("value", [TEXT, uuid.UUID(TEXT).bytes, uuid.UUID(TEXT).int, None])
def test_only_uuid_objects_convert(value):
    with pytest.raises(TypeError, match="an id must be a uuid.UUID"):
        uuid_to_c(value)
